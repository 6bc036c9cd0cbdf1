import type { ParsedText } from '../parse/parseYaml.js';
import { viewPlan, type PlanView } from './planView.js';
import { SourceMap } from './sourceMap.js';
import type { Plan } from './types.js';

export type EntityKind = 'indicator' | 'part' | 'narrative' | 'clause';

export interface Entity {
  kind: EntityKind;
  id: string;
  pointer: string;
}

/** A parsed plan: its typed view, the index of source ranges, and the ids it defines. */
export interface PlanModel {
  uri: string;
  parsed: ParsedText;
  /** The plain value, for the schema check and exports; everything else walks `plan`. */
  value: unknown;
  /** The typed, walkable plan: the one traversal of indicators, parts, targets and clauses. */
  plan: PlanView;
  sourceMap: SourceMap;
  /** Every id the plan defines, with where it is defined (the first, if defined twice). */
  entities: Map<string, Entity>;
  /** Ids defined more than once, with every place. */
  duplicates: Map<string, Entity[]>;
}

export function buildModel(uri: string, parsed: ParsedText): PlanModel {
  const sourceMap = new SourceMap(parsed.spans);
  const plan = viewPlan(parsed.value);
  const entities = new Map<string, Entity>();
  const duplicates = new Map<string, Entity[]>();
  const add = (e: Entity) => {
    const prior = entities.get(e.id);
    if (!prior) return void entities.set(e.id, e);
    // Appended in place: a file repeating one id n times costs n, not n² (the list was copied each time).
    const list = duplicates.get(e.id);
    if (list) list.push(e);
    else duplicates.set(e.id, [prior, e]);
  };
  for (const ind of plan.indicators) {
    add({ kind: 'indicator', id: ind.id, pointer: ind.pointer });
    for (const part of ind.parts) add({ kind: 'part', id: part.ref, pointer: part.pointer });
  }
  for (const n of plan.narratives) add({ kind: 'narrative', id: n.id, pointer: n.pointer });
  // Ids in clause order: articles with their paragraphs before their items, then the preamble and closing.
  const ordered = [...plan.clauses.filter((c) => c.kind !== 'preamble' && c.kind !== 'closing'), ...plan.clauses.filter((c) => c.kind === 'preamble'), ...plan.clauses.filter((c) => c.kind === 'closing')];
  for (const c of ordered) if (c.id !== '' && typeof (c.source as { id?: unknown }).id === 'string') add({ kind: 'clause', id: c.id, pointer: c.pointer });
  return { uri, parsed, value: parsed.value, plan, sourceMap, entities, duplicates };
}

/** The value as a Plan-shaped object, when it is an object at all. */
export function asPlanLike(value: unknown): Partial<Plan> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Partial<Plan>) : undefined;
}
