// References of an indicator id: where it is defined (`indicators/N/id`) and every place a plan
// names it — a dropped indicator's `replacedBy`, a narrative target's `indicator`, a relation's
// `total` and `parts`, an amendment's change — as `id` or `id/part`. Read through the model
// (PlanView), across the plans of the jurisdiction's family (planSet.ts).
import type { PlanModel } from '@kehoach/schema';
import type { Analysis } from './analysis.js';
import { locate } from './locate.js';
import type { Location, Position, Range } from './lsp.js';
import { family, type PlanFile, type PlanModels } from './planSet.js';

export interface IdSite {
  /** The JSON pointer of the scalar holding the id (`/indicators/3/id`, `/narrativeTargets/0/indicator`). */
  pointer: string;
  /** The scalar's value: the id, or `id/part`. */
  value: string;
  definition: boolean;
  /** The id's characters in the text (inside the quotes, before any `/part`). */
  range: Range;
}

/** The indicator id the position is on: its `id:`, or a reference to it (the indicator of `id/part`). */
export function indicatorIdAt(a: Analysis, position: Position): { id: string; range: Range } | undefined {
  const model = a.model;
  const at = locate(model, model.parsed.lines.offset(position));
  if (!at || at.on !== 'value') return undefined;
  const site = sitesOf(model, () => true).find((s) => s.pointer === at.pointer);
  if (!site) return undefined;
  // On a part's id in `id/part`, still the indicator: a part is renamed where it is defined.
  const id = site.value.split('/', 1)[0]!;
  // A relation may name a narrative target: not an indicator.
  const entity = model.entities.get(id);
  if (entity && entity.kind !== 'indicator') return undefined;
  return { id, range: site.range };
}

/** Every site of `id` in one plan. */
export function idSites(model: PlanModel, id: string): IdSite[] {
  return sitesOf(model, (v) => v === id || v.startsWith(`${id}/`));
}

function sitesOf(model: PlanModel, wanted: (value: string) => boolean): IdSite[] {
  const plan = model.plan;
  const out: IdSite[] = [];
  const add = (pointer: string, value: unknown, definition = false) => {
    if (typeof value !== 'string' || !wanted(value)) return;
    const range = idRange(model, pointer, value.split('/', 1)[0]!);
    if (range) out.push({ pointer, value, definition, range });
  };
  for (const ind of plan.indicators) {
    add(`${ind.pointer}/id`, ind.id, true);
    if (ind.replacedBy !== undefined) add(`${ind.pointer}/dropped/replacedBy`, ind.replacedBy);
  }
  for (const n of plan.narratives) add(`${n.pointer}/indicator`, n.indicator);
  for (const r of plan.relations) {
    add(`${r.pointer}/total`, r.source.total);
    if (Array.isArray(r.source.parts)) r.source.parts.forEach((p, i) => add(`${r.pointer}/parts/${i}`, p));
  }
  for (const am of plan.amendments) for (const c of am.changes) add(`${c.pointer}/indicator`, c.ref);
  return out;
}

/** The id's own characters in the scalar at `pointer` (after an opening quote); undefined when the text does not hold it as written. */
function idRange(model: PlanModel, pointer: string, id: string): Range | undefined {
  const span = model.sourceMap.get(pointer);
  if (!span) return undefined;
  const text = model.parsed.text;
  let start = span.value[0];
  if (text[start] === '"' || text[start] === "'") start++;
  if (text.slice(start, start + id.length) !== id) return undefined; // an escape, an alias: not written as the id
  return model.parsed.lines.range(start, start + id.length);
}

/** Where the indicator at `position` is defined and named, in every plan of its family. */
export function findReferences(a: Analysis, position: Position, files: readonly PlanFile[], models: PlanModels, includeDeclaration = true): Location[] {
  const at = indicatorIdAt(a, position);
  if (!at) return [];
  const all = [a.model, ...files.filter((f) => f.uri !== a.uri).map((f) => models.get(f))];
  const out: Location[] = [];
  for (const model of family(a.uri, all)) {
    for (const s of idSites(model, at.id)) if (includeDeclaration || !s.definition) out.push({ uri: model.uri, range: s.range });
  }
  return out;
}
