// Go to definition: a clause or indicator reference to what it names; an indicator (or part)
// to its counterpart in the baseline, last year's plan.
import type { PlanModel } from '@kehoach/schema';
import type { Analysis } from './analysis.js';
import { isClauseRef, isIndicatorRef } from './hover.js';
import type { Location, Position } from './lsp.js';
import { locate, valueAt } from './locate.js';

export function findDefinition(a: Analysis, position: Position): Location | undefined {
  const at = locate(a.model, a.model.parsed.lines.offset(position));
  if (!at) return undefined;
  const [top, index, field, sub] = at.path;
  const value = valueAt(a.model.value, at.path);

  const isReference =
    (top === 'narrativeTargets' && (field === 'clause' || field === 'indicator')) ||
    (top === 'indicators' && field === 'clauses' && typeof sub === 'number') ||
    (top === 'relations' && (field === 'total' || field === 'parts')) ||
    isClauseRef(at.path) ||
    isIndicatorRef(at.path);
  if (isReference && at.on === 'value' && typeof value === 'string') return locationOf(a.model, value);

  if (top === 'indicators' && typeof index === 'number' && a.baselines.length > 0) {
    const at = a.model.plan.at(`/indicators/${index}`);
    if (at?.type !== 'indicator') return undefined;
    const indicator = at.node;
    const part = field === 'parts' && typeof sub === 'number' ? indicator.parts.find((p) => p.index === sub) : undefined;
    const ref = part ? part.ref : indicator.id;
    // The first baseline that has it: each predecessor of a merged province is one.
    for (const base of a.baselines) {
      const found = locationOf(base, ref) ?? locationOf(base, indicator.id);
      if (found) return found;
    }
  }
  return undefined;
}

/** Where an id is defined in a model: the value of its `id:` key. */
export function locationOf(model: PlanModel, id: string): Location | undefined {
  const entity = model.entities.get(id);
  if (!entity) return undefined;
  const span = model.sourceMap.get(`${entity.pointer}/id`) ?? model.sourceMap.get(entity.pointer);
  if (!span) return undefined;
  return { uri: model.uri, range: model.parsed.lines.range(span.value[0], span.value[1]) };
}
