import type { Indicator, IndicatorPart, Plan } from '../model/types.js';
import { describeTarget, isObject, list } from './helpers.js';
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
  message: {
    vi: 'Thiếu chỉ tiêu “{id}” ({name}) của kế hoạch năm {baselineYear}, chỉ tiêu năm trước: {target}. Hãy thêm lại hoặc giữ khối và ghi dropped: { reason: … }.',
    en: 'Indicator “{id}” ({name}) of the {baselineYear} plan is missing; last year’s target: {target}. Add it back, or keep its block with dropped: { reason: … }.',
  },
  check(ctx) {
    const base = ctx.baseline?.value;
    if (!isObject(base)) return;
    const baseline = base as Partial<Plan>;
    const baseIndicators = list<Indicator>(baseline.indicators).filter(
      (x): x is Indicator => isObject(x) && typeof x.id === 'string' && !isObject(x.dropped),
    );
    if (baseIndicators.length === 0) return;

    const here = new Map<string, number>();
    list<Indicator>(ctx.plan.indicators).forEach((ind, index) => {
      if (isObject(ind) && typeof ind.id === 'string' && !here.has(ind.id)) here.set(ind.id, index);
    });
    const baselineYear = typeof baseline.year === 'number' ? String(baseline.year) : '?';

    baseIndicators.forEach((b, k) => {
      // Present (dropped or not): a dropped block's reason is required by the schema.
      if (here.has(b.id)) return;
      const params = { id: b.id, name: typeof b.name === 'string' ? b.name : b.id, target: lastTarget(b), baselineYear };
      const next = baseIndicators.slice(k + 1).find((x) => here.has(x.id));
      const prev = baseIndicators.slice(0, k).reverse().find((x) => here.has(x.id));
      const neighbour = next ?? prev;
      if (neighbour) ctx.reportAt(`/indicators/${here.get(neighbour.id)!}/id`, params);
      else ctx.reportAt('/indicators', params, { on: 'key' });
    });
  },
};

/** Last year's target as it read: the wording, or each part's "name wording". */
function lastTarget(ind: Indicator): string {
  if (isObject(ind.target)) return describeTarget(ind.target);
  const parts = list<IndicatorPart>(ind.parts).filter((p): p is IndicatorPart => isObject(p) && isObject(p.target));
  if (parts.length === 0) return '—';
  return parts.map((p) => `${p.name ?? p.id} ${describeTarget(p.target)}`).join('; ');
}
