import type { EntityKind } from '../model/model.js';
import { childPointer } from '../model/pointer.js';
import { closest } from './helpers.js';
import type { Rule, RuleContext } from './rule.js';

/**
 * A reference to a clause, an indicator (or `indicator/part`), a target or a source that the
 * plan does not define: a narrative target's `clause` and `indicator`, an indicator's `clauses`
 * and `dropped.replacedBy`, a relation's `total` and `parts`, an amendment change's
 * `indicator`, the clause of `theme`, of `declaredIndicatorCount` and of `document.truncated.at`,
 * and every `source.ref` (an id of `sources`). Suggests the closest id of the right kind.
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
    for (const ind of plan.indicators) if (ind.replacedBy !== undefined) check(ctx, childPointer(ind.pointer, 'dropped', 'replacedBy'), ind.replacedBy, 'indicator-only', ['indicator']);
    for (const a of plan.amendments) for (const c of a.changes) check(ctx, childPointer(c.pointer, 'indicator'), c.ref, 'indicator', ['indicator', 'part']);
    const raw = plan.raw;
    const clauseOf = (v: unknown) => (v !== null && typeof v === 'object' ? (v as { clause?: unknown }).clause : undefined);
    check(ctx, '/theme/clause', clauseOf(raw.theme), 'clause', ['clause']);
    check(ctx, '/declaredIndicatorCount/clause', clauseOf(raw.declaredIndicatorCount), 'clause', ['clause']);
    const truncated = raw.document !== null && typeof raw.document === 'object' ? raw.document.truncated : undefined;
    check(ctx, '/document/truncated/at', truncated !== null && typeof truncated === 'object' ? truncated.at : undefined, 'clause', ['clause']);
    checkSources(ctx);
  },
};

/** Every `source.ref` (on a target, a result, the declared count) names an entry of `sources`. */
function checkSources(ctx: RuleContext): void {
  const raw = ctx.plan.raw;
  const ids = Array.isArray(raw.sources) ? raw.sources.flatMap((s) => (s !== null && typeof s === 'object' && typeof s.id === 'string' ? [s.id] : [])) : [];
  const known = new Set(ids);
  const at = (pointer: string, source: unknown) => {
    const ref = source !== null && typeof source === 'object' ? (source as { ref?: unknown }).ref : undefined;
    if (typeof ref !== 'string' || ref === '' || known.has(ref)) return;
    ctx.reportAt(`${pointer}/source/ref`, { ref, kind: 'source', suggestion: closest(ref, ids) ?? '' });
  };
  for (const site of ctx.plan.targets) at(site.pointer, site.target.source);
  for (const site of ctx.plan.resultSites) at(site.pointer, site.result.source);
  const count = raw.declaredIndicatorCount;
  if (count !== null && typeof count === 'object') at('/declaredIndicatorCount', count.source);
}

function check(ctx: RuleContext, pointer: string, ref: unknown, kind: string, kinds: EntityKind[]): void {
  if (typeof ref !== 'string' || ref === '') return; // the schema reports the type
  const entity = ctx.model.entities.get(ref);
  if (entity && kinds.includes(entity.kind)) return;
  const candidates = [...ctx.model.entities.values()].filter((e) => kinds.includes(e.kind)).map((e) => e.id);
  ctx.reportAt(pointer, { ref, kind, suggestion: closest(ref, candidates) ?? '' });
}
