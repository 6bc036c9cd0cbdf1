import { parseNumber, type GrammarIssue } from '../grammar/index.js';
import { editInScalar, parseWording, rangeInScalar } from './helpers.js';
import type { Rule, RuleContext } from './rule.js';
import type { TargetSite } from './helpers.js';

/**
 * A number in a target written in the other convention: "6.5%" where plans write "6,5%",
 * "1,234.5", or "4,670" (which reads as 4,67) where thousands are meant ("4.670"). A
 * warning with a fix that rewrites the number the Vietnamese way.
 */
export const numberConvention: Rule = {
  code: 'number-convention',
  severity: 'warning',
  check(ctx) {
    forGrammarWarnings(ctx, ['number-convention', 'number-ambiguous'], (site, wording, issue) => {
      const suggested = String(issue.params?.suggested ?? '');
      const meant = parseNumber(suggested);
      return { text: String(issue.params?.text ?? wording.slice(issue.start, issue.end)), suggested, meant: meant.ok ? meant.value : suggested };
    });
  },
};

/**
 * Stray whitespace in a target: a space inside a unit ("m 2", "20 %") or around the wording.
 * A warning with a fix; adopted texts that print it so keep it, with a suppression comment.
 */
export const targetSpacing: Rule = {
  code: 'target-spacing',
  severity: 'warning',
  check(ctx) {
    forGrammarWarnings(ctx, ['unit-spacing', 'surrounding-space'], (site, wording, issue) => {
      const fix = issue.fix;
      const suggested = fix ? wording.slice(0, fix.start) + fix.replacement + wording.slice(fix.end) : wording.trim();
      return { wording, suggested };
    });
  },
};

/** Reports each grammar warning of the given codes, at its columns, with the grammar's fix. */
function forGrammarWarnings(
  ctx: RuleContext,
  codes: string[],
  params: (site: TargetSite, wording: string, issue: GrammarIssue) => Record<string, string | number>,
): void {
  for (const site of ctx.plan.targets) {
    const wording = site.target.wording;
    if (typeof wording !== 'string' || site.status !== 'set') continue;
    const r = parseWording(wording);
    for (const issue of r.warnings) {
      if (!codes.includes(issue.code)) continue;
      const pointer = `${site.pointer}/wording`;
      const range = rangeInScalar(ctx.model, pointer, wording, issue.start, Math.max(issue.end, issue.start + 1));
      const fix = issue.fix ? editInScalar(ctx.model, pointer, wording, issue.fix.start, issue.fix.end, issue.fix.replacement) : undefined;
      ctx.reportAt(pointer, params(site, wording, issue), { ...(range ? { range } : {}), ...(fix ? { fix } : {}) });
    }
  }
}
