import { childPointer } from '../model/pointer.js';
import type { IndicatorNode } from '../model/planView.js';
import { describeTarget } from './helpers.js';
import type { Rule } from './rule.js';

/**
 * An indicator of the baseline (last year's plan) that this plan neither carries nor marks
 * `dropped: { reason }`. Reported where it stood: on the id of the indicator that followed
 * it last year (the drafter's eye is on that spot of the list), else on the one before it,
 * else on `indicators:`.
 */
export const missingIndicator: Rule = {
  code: 'missing-indicator',
  severity: 'error',
  needsBaseline: true,
  check(ctx) {
    const baseline = ctx.baseline?.plan;
    if (!baseline) return;
    const baseIndicators = baseline.indicators.filter((x) => !x.dropped);
    if (baseIndicators.length === 0) return;
    const baselineYear = typeof baseline.raw.year === 'number' ? String(baseline.raw.year) : '?';
    const here = (id: string) => ctx.plan.indicator(id);

    baseIndicators.forEach((b, k) => {
      // Present (dropped or not): a dropped block's reason is required by the schema.
      if (here(b.id)) return;
      const params = { id: b.id, name: typeof b.source.name === 'string' ? b.source.name : b.id, target: lastTarget(b), baselineYear };
      const next = baseIndicators.slice(k + 1).find((x) => here(x.id));
      const prev = baseIndicators.slice(0, k).reverse().find((x) => here(x.id));
      const neighbour = next ?? prev;
      if (neighbour) ctx.reportAt(childPointer(here(neighbour.id)!.pointer, 'id'), params);
      else ctx.reportAt('/indicators', params, { on: 'key' });
    });
  },
};

/** Last year's target as it read: the wording, or each part's "name wording". */
function lastTarget(ind: IndicatorNode): string {
  if (ind.target) return describeTarget(ind.target.target);
  const parts = ind.parts.filter((p) => p.target);
  if (parts.length === 0) return '—';
  return parts.map((p) => `${p.name} ${describeTarget(p.target!.target)}`).join('; ');
}
