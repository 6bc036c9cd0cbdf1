import { describeTarget } from './helpers.js';
import { isAdopted } from './readiness.js';
import type { Rule } from './rule.js';

/**
 * A target still `{ placeholder: true }`: the next-year scaffold writes those for the
 * drafter to fill in. A warning, so a draft validates while it is being written; it names
 * last year's target (`previousTarget`) when the scaffold kept it. In an adopted plan the
 * same target is an error, adopted-placeholder, and this warning is not repeated.
 */
export const placeholderTarget: Rule = {
  code: 'placeholder-target',
  severity: 'warning',
  check(ctx) {
    if (isAdopted(ctx.plan.raw)) return;
    for (const site of ctx.plan.targets) {
      if (site.dropped || site.target.placeholder !== true) continue;
      ctx.reportAt(site.pointer, { id: site.id, previous: site.previous ? describeTarget(site.previous) : '—' });
    }
  },
};
