import { registerTerms } from '../diagnostics/localize.js';
import type { EntityKind } from '../model/model.js';
import type { Indicator, NarrativeTarget, Relation } from '../model/types.js';
import { closest, isObject, list } from './helpers.js';
import type { Rule, RuleContext } from './rule.js';

registerTerms('ref-kind', {
  clause: { vi: 'điều khoản', en: 'a clause' },
  indicator: { vi: 'chỉ tiêu hay thành phần chỉ tiêu', en: 'an indicator or indicator part' },
  value: { vi: 'mục tiêu hay chỉ tiêu', en: 'a target or indicator' },
});

/**
 * A reference to a clause, an indicator (or `indicator/part`) or a target that the plan does
 * not define: a narrative target's `clause` and `indicator`, an indicator's `clauses`, a
 * relation's `total` and `parts`. Suggests the closest id of the right kind.
 */
export const unknownReference: Rule = {
  code: 'unknown-reference',
  severity: 'error',
  message: {
    vi: '“{ref}” không phải là {kind|ref-kind} có trong kế hoạch.{suggestion|vi-suggest}',
    en: '“{ref}” is not {kind|ref-kind} defined in this plan.{suggestion|en-suggest}',
  },
  check(ctx) {
    const { plan } = ctx;
    list<NarrativeTarget>(plan.narrativeTargets).forEach((n, i) => {
      if (!isObject(n)) return;
      check(ctx, `/narrativeTargets/${i}/clause`, n.clause, 'clause', ['clause']);
      if (n.indicator !== undefined) check(ctx, `/narrativeTargets/${i}/indicator`, n.indicator, 'indicator', ['indicator', 'part']);
    });
    list<Indicator>(plan.indicators).forEach((ind, i) => {
      if (!isObject(ind)) return;
      list<string>(ind.clauses).forEach((c, k) => check(ctx, `/indicators/${i}/clauses/${k}`, c, 'clause', ['clause']));
    });
    list<Relation>(plan.relations).forEach((r, i) => {
      if (!isObject(r)) return;
      const kinds: EntityKind[] = ['indicator', 'part', 'narrative'];
      check(ctx, `/relations/${i}/total`, r.total, 'value', kinds);
      list<string>(r.parts).forEach((p, k) => check(ctx, `/relations/${i}/parts/${k}`, p, 'value', kinds));
    });
  },
};

function check(ctx: RuleContext, pointer: string, ref: unknown, kind: string, kinds: EntityKind[]): void {
  if (typeof ref !== 'string' || ref === '') return; // the schema reports the type
  const entity = ctx.model.entities.get(ref);
  if (entity && kinds.includes(entity.kind)) return;
  const candidates = [...ctx.model.entities.values()].filter((e) => kinds.includes(e.kind)).map((e) => e.id);
  ctx.reportAt(pointer, { ref, kind, suggestion: closest(ref, candidates) ?? '' });
}
