// A result whose unit does not convert to its target's: the achievement verdict would compare
// two different measures, so it stays unknown, and the drafter is told why.

import { unitFactor, withShareBase } from '../vocabulary/index.js';
import { str } from './helpers.js';
import type { Rule } from './rule.js';

export const resultUnitMismatch: Rule = {
  code: 'result-unit-mismatch',
  severity: 'warning',
  check(ctx) {
    for (const site of ctx.plan.resultSites) {
      const r = site.result;
      const owner = ctx.plan.resolve(site.ref);
      const target = owner?.part ? owner.part.target : owner?.indicator.target;
      // The target's unit, else its owner's; with neither, nothing to compare against.
      const expected = withShareBase(str(target?.target.unit) ?? target?.unit, str(target?.target.of)) ?? target?.unit;
      const unit = withShareBase(str(r.unit) ?? site.unit, str(r.of));
      if (expected === undefined || unit === undefined) continue;
      if (unitFactor(unit, expected) !== undefined) continue;
      const at = ctx.model.sourceMap.get(`${site.pointer}/unit`) ? `${site.pointer}/unit` : site.pointer;
      ctx.reportAt(at, { wording: str(r.wording) ?? '', stage: site.stage, id: site.ref, unit, expected });
    }
  },
};
