import type { EntityKind } from '../model/model.js';
import { childPointer } from '../model/pointer.js';
import { closest } from './helpers.js';
import type { Rule, RuleContext } from './rule.js';

/**
 * A reference to a clause, an indicator (or `indicator/part`) or a target that the plan does
 * not define: a narrative target's `clause` and `indicator`, an indicator's `clauses`, a
 * relation's `total` and `parts`. Suggests the closest id of the right kind.
 */
export const unknownReference: Rule = {
  code: 'unknown-reference',
  severity: 'error',
  check(ctx) {
    const { plan } = ctx;
    const each = (v: unknown, f: (ref: unknown, k: number) => void) => Array.isArray(v) && v.forEach(f);
    for (const n of plan.narratives) {
      check(ctx, childPointer(n.pointer, 'clause'), n.clause, 'clause', ['clause']);
      if (n.indicator !== undefined) check(ctx, childPointer(n.pointer, 'indicator'), n.indicator, 'indicator', ['indicator', 'part']);
    }
    for (const ind of plan.indicators) each(ind.source.clauses, (c, k) => check(ctx, childPointer(ind.pointer, 'clauses', k), c, 'clause', ['clause']));
    const kinds: EntityKind[] = ['indicator', 'part', 'narrative'];
    for (const r of plan.relations) {
      check(ctx, childPointer(r.pointer, 'total'), r.source.total, 'value', kinds);
      each(r.source.parts, (p, k) => check(ctx, childPointer(r.pointer, 'parts', k), p, 'value', kinds));
    }
  },
};

function check(ctx: RuleContext, pointer: string, ref: unknown, kind: string, kinds: EntityKind[]): void {
  if (typeof ref !== 'string' || ref === '') return; // the schema reports the type
  const entity = ctx.model.entities.get(ref);
  if (entity && kinds.includes(entity.kind)) return;
  const candidates = [...ctx.model.entities.values()].filter((e) => kinds.includes(e.kind)).map((e) => e.id);
  ctx.reportAt(pointer, { ref, kind, suggestion: closest(ref, candidates) ?? '' });
}
