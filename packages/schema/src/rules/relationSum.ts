import { childPointer } from '../model/pointer.js';
import { isCheckable } from '../model/planView.js';
import type { Target } from '../model/types.js';
import { unitFactor } from '../vocabulary/index.js';
import { num } from './helpers.js';
import type { Rule, RuleContext } from './rule.js';
import { unitWithBase } from './targetConsistency.js';

/**
 * A declared sum holds: `total` = the sum of `parts` (social-insurance coverage 51% = 47,5%
 * compulsory + 3,5% voluntary). Compared on single values (not ranges) in units that convert
 * (scale words, spellings); a relation whose members are ranges, placeholders, unknown or of
 * units that measure other things is not checked.
 */
export const relationSum: Rule = {
  code: 'relation-sum',
  severity: 'error',
  check(ctx) {
    for (const { source: r, pointer, id } of ctx.plan.relations) {
      if (r.kind !== 'sum' || typeof r.total !== 'string') continue;
      const total = valueOf(ctx, r.total);
      const refs: unknown[] = Array.isArray(r.parts) ? r.parts : [];
      const parts = refs.map((p) => (typeof p === 'string' ? valueOf(ctx, p) : undefined));
      if (!total || parts.length === 0 || parts.some((p) => !p)) continue;
      // Each part in the total's unit ("730 nghìn tỷ đồng" adds to a total in "tỷ đồng" as 730.000).
      const factors = (parts as Member[]).map((p) => unitFactor(p.unit, total.unit));
      if (factors.some((f) => f === undefined)) continue;
      const sum = (parts as Member[]).reduce((s, p, i) => s + p.value * factors[i]!, 0);
      if (Math.abs(sum - total.value) <= 1e-9 * Math.max(1, Math.abs(sum), Math.abs(total.value))) continue;
      const totalAt = childPointer(pointer, 'total');
      ctx.reportAt(ctx.model.sourceMap.get(totalAt) ? totalAt : pointer, {
        id,
        total: r.total,
        totalValue: total.value,
        parts: (refs as string[]).join(' + '),
        sum: Math.round(sum * 1e9) / 1e9,
      });
    }
  },
};

interface Member {
  value: number;
  unit: string;
}

/** The single value an id stands for: a narrative target's, an indicator's or a part's. */
function valueOf(ctx: RuleContext, ref: string): Member | undefined {
  const entity = ctx.model.entities.get(ref);
  let target: Target | undefined;
  if (entity?.kind === 'narrative') {
    target = ctx.plan.narratives.find((x) => x.id === ref)?.target?.target;
  } else if (entity?.kind === 'indicator' || entity?.kind === 'part') {
    const resolved = ctx.plan.resolve(ref);
    target = resolved?.targets.length === 1 ? resolved.targets[0]!.target : undefined;
  }
  if (!isCheckable(target) || target.op === 'range') return undefined;
  const value = num(target.value);
  return value === undefined ? undefined : { value, unit: unitWithBase(target) ?? '' };
}
