import type { PlanModel } from '../model/model.js';
import { childPointer } from '../model/pointer.js';
import type { IndicatorNode } from '../model/planView.js';
import { describeTarget } from './helpers.js';
import type { Rule } from './rule.js';

/**
 * An indicator of a baseline (last year's plan; for a province formed by merging, each
 * predecessor's) that this plan neither carries nor keeps marked `dropped: { reason }` (or
 * `unconfirmed: { reason }`). One diagnostic per indicator, naming every predecessor that had
 * it. Reported where it stood: on the id of the indicator that followed it in that baseline
 * (the drafter's eye is on that spot of the list), else on the one before it, else on `indicators:`.
 */
export const missingIndicator: Rule = {
  code: 'missing-indicator',
  severity: 'error',
  needsBaseline: true,
  check(ctx) {
    const here = (id: string) => ctx.plan.indicator(id);
    // Each missing id once, with every predecessor that had it; placed by the first that had it.
    const missing = new Map<string, { first: { base: PlanModel; list: IndicatorNode[]; k: number }; predecessors: string[] }>();
    for (const base of ctx.baselines) {
      const list = base.plan.indicators.filter((x) => !x.dropped && !x.unconfirmed);
      list.forEach((b, k) => {
        if (here(b.id)) return; // present, dropped or unconfirmed: a reason is required by the schema
        const seen = missing.get(b.id);
        const who = predecessorOf(base);
        if (seen) {
          if (!seen.predecessors.includes(who)) seen.predecessors.push(who);
        } else missing.set(b.id, { first: { base, list, k }, predecessors: [who] });
      });
    }
    for (const [id, { first, predecessors }] of missing) {
      const { base, list, k } = first;
      const b = list[k]!;
      const year = base.plan.raw.year;
      const params = {
        id,
        name: b.name,
        target: lastTarget(b),
        baselineYear: typeof year === 'number' ? String(year) : '?',
        predecessor: predecessors.join(', '),
      };
      const next = list.slice(k + 1).find((x) => here(x.id));
      const prev = list.slice(0, k).reverse().find((x) => here(x.id));
      const neighbour = next ?? prev;
      if (neighbour) ctx.reportAt(childPointer(here(neighbour.id)!.pointer, 'id'), params);
      else ctx.reportAt('/indicators', params, { on: 'key' });
    }
  },
};

/** The predecessor a baseline is the plan of: its jurisdiction's name, else its file. */
function predecessorOf(base: PlanModel): string {
  const j = base.plan.raw.jurisdiction;
  if (j && typeof j === 'object' && typeof j.name === 'string' && j.name.trim() !== '') return j.name;
  return base.uri.slice(Math.max(base.uri.lastIndexOf('/'), base.uri.lastIndexOf('\\')) + 1);
}

/** Last year's target as it read: the wording, or each part's "name wording". */
function lastTarget(ind: IndicatorNode): string {
  if (ind.target) return describeTarget(ind.target.target);
  const parts = ind.parts.filter((p) => p.target);
  if (parts.length === 0) return '—';
  return parts.map((p) => `${p.name} ${describeTarget(p.target!.target)}`).join('; ');
}
