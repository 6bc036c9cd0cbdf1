import { parseWording, rangeInScalar } from './helpers.js';
import type { Rule } from './rule.js';

/**
 * A target wording the grammar cannot read ("6,5% trở", "dưới %", "từ 5%"): reported at the
 * exact column inside the wording, with what the grammar expected there.
 */
export const malformedTarget: Rule = {
  code: 'malformed-target',
  severity: 'error',
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
