import { fill, registerFilter } from '../diagnostics/localize.js';
import { grammarExpectedMessage, grammarIssueMessages, type GrammarIssueCode } from '../grammar/index.js';
import { parseWording, rangeInScalar } from './helpers.js';
import type { Rule } from './rule.js';

// `{issue|grammar}` renders the grammar's own message for its issue code, in the language
// asked for, followed by the forms it expected there.
registerFilter('grammar', (code, lang, params) => {
  const template = grammarIssueMessages[code as GrammarIssueCode];
  if (!template) return String(code);
  const text = fill(template[lang], params, lang);
  return params.expected ? `${text} ${fill(grammarExpectedMessage[lang], params, lang)}` : text;
});

/**
 * A target wording the grammar cannot read ("6,5% trở", "dưới %", "từ 5%"): reported at the
 * exact column inside the wording, with what the grammar expected there.
 */
export const malformedTarget: Rule = {
  code: 'malformed-target',
  severity: 'error',
  message: {
    vi: 'Chỉ tiêu “{wording}” không đọc được: {issue|grammar}',
    en: 'The target “{wording}” cannot be read: {issue|grammar}',
  },
  check(ctx) {
    for (const site of ctx.plan.targets) {
      const wording = site.target.wording;
      if (typeof wording !== 'string' || site.status !== 'set') continue;
      const r = parseWording(wording);
      if (r.ok) continue;
      const { code, start, params } = r.error;
      // An empty span ("missing … here") still marks one character when there is one.
      const end = r.error.end > start ? r.error.end : Math.min(start + 1, wording.length);
      const pointer = `${site.pointer}/wording`;
      const range = rangeInScalar(ctx.model, pointer, wording, start, end);
      ctx.reportAt(pointer, { ...(params ?? {}), wording, issue: code }, range ? { range } : {});
    }
  },
};
