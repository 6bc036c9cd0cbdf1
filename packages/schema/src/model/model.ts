import type { ParsedText } from '../parse/parseYaml.js';
import { SourceMap } from './sourceMap.js';
import type { Article, Indicator, NarrativeTarget, Plan } from './types.js';

export type EntityKind = 'indicator' | 'part' | 'narrative' | 'clause';

export interface Entity {
  kind: EntityKind;
  id: string;
  pointer: string;
}

/** A parsed plan: its plain value, the index of source ranges, and the ids it defines. */
export interface PlanModel {
  uri: string;
  parsed: ParsedText;
  /** The plain value; shaped like a Plan only as far as the schema check says. */
  value: unknown;
  sourceMap: SourceMap;
  /** Every id the plan defines, with where it is defined (the first, if defined twice). */
  entities: Map<string, Entity>;
  /** Ids defined more than once, with every place. */
  duplicates: Map<string, Entity[]>;
}

export function buildModel(uri: string, parsed: ParsedText): PlanModel {
  const sourceMap = new SourceMap(parsed.spans);
  const entities = new Map<string, Entity>();
  const duplicates = new Map<string, Entity[]>();
  const add = (e: Entity) => {
    const prior = entities.get(e.id);
    if (!prior) entities.set(e.id, e);
    else duplicates.set(e.id, [...(duplicates.get(e.id) ?? [prior]), e]);
  };
  const plan = asPlanLike(parsed.value);
  if (plan) {
    list<Indicator>(plan.indicators).forEach((ind, i) => {
      if (typeof ind?.id !== 'string') return;
      add({ kind: 'indicator', id: ind.id, pointer: `/indicators/${i}` });
      list<{ id?: unknown }>(ind.parts).forEach((part, j) => {
        if (typeof part?.id === 'string') add({ kind: 'part', id: `${ind.id}/${part.id}`, pointer: `/indicators/${i}/parts/${j}` });
      });
    });
    list<NarrativeTarget>(plan.narrativeTargets).forEach((t, i) => {
      if (typeof t?.id === 'string') add({ kind: 'narrative', id: t.id, pointer: `/narrativeTargets/${i}` });
    });
    list<Article>(plan.articles).forEach((a, i) => {
      const ap = `/articles/${i}`;
      if (typeof a?.id === 'string') add({ kind: 'clause', id: a.id, pointer: ap });
      list<{ id?: unknown }>(a?.paragraphs).forEach((p, k) => {
        if (typeof p?.id === 'string') add({ kind: 'clause', id: p.id, pointer: `${ap}/paragraphs/${k}` });
      });
      list<{ id?: unknown; paragraphs?: unknown }>(a?.items).forEach((it, j) => {
        const ip = `${ap}/items/${j}`;
        if (typeof it?.id === 'string') add({ kind: 'clause', id: it.id, pointer: ip });
        list<{ id?: unknown }>(it?.paragraphs).forEach((p, k) => {
          if (typeof p?.id === 'string') add({ kind: 'clause', id: p.id, pointer: `${ip}/paragraphs/${k}` });
        });
      });
    });
    const doc = plan.document as { legalBases?: unknown; closing?: unknown } | undefined;
    for (const key of ['legalBases', 'closing'] as const) {
      list<{ id?: unknown }>(doc?.[key]).forEach((p, k) => {
        if (typeof p?.id === 'string') add({ kind: 'clause', id: p.id, pointer: `/document/${key}/${k}` });
      });
    }
  }
  return { uri, parsed, value: parsed.value, sourceMap, entities, duplicates };
}

/** The value as a Plan-shaped object, when it is an object at all. */
export function asPlanLike(value: unknown): Partial<Plan> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Partial<Plan>) : undefined;
}

function list<T>(v: unknown): Array<T | undefined> {
  return Array.isArray(v) ? (v as Array<T | undefined>) : [];
}
