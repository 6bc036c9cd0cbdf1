// The typed, walkable plan: built once per parse from the plain value, so that rules, the
// diff, export, render, scaffold and the editor's features walk one tree instead of the raw
// YAML value. This is the only place that guards the raw shape (an entry that is not an
// object, an id that is not a string): everything downstream may trust what it finds here.

import { childPointer } from './pointer.js';
import type {
  Article,
  Direction,
  Indicator,
  IndicatorPart,
  Item,
  NarrativeTarget,
  Paragraph,
  Plan,
  Relation,
  Target,
} from './types.js';

export type ClauseKind = 'preamble' | 'article' | 'item' | 'paragraph' | 'closing';

/** One clause of the resolution, in a tree of any depth. */
export interface ClauseNode {
  kind: ClauseKind;
  /** `art_2__item_7__para_3`; '' when the file gives none (the schema check reports it). */
  id: string;
  /** Label as printed ("Điều 2.", "7."); absent for paragraphs. */
  label?: string;
  /** Heading of an article or item, as printed. */
  heading?: string;
  /** What the clause says: a paragraph's text, an article's or item's heading ('' when none). */
  text: string;
  parent?: ClauseNode;
  children: ClauseNode[];
  /** 1-based position in its own list (paragraphs and items are counted apart): the structure. */
  position: number;
  /** 0 for articles, preamble and closing paragraphs. */
  depth: number;
  pointer: string;
  carriedOver: boolean;
  source: Article | Item | Paragraph;
}

/** One target of the plan and what owns it: an indicator, a part of one, or a narrative target. */
export interface TargetSite {
  owner: 'indicator' | 'part' | 'narrative';
  /** `grdp-growth`, `clean-water/urban`, `cpi-body`. */
  id: string;
  /** JSON pointer of the target object (`/indicators/0/target`). */
  pointer: string;
  target: Target;
  /** Last year's target, as the next-year scaffold keeps it beside a placeholder. */
  previous?: Target;
  /** The owner's name (indicator or part), or the narrative's text. */
  name: string;
  /** The unit the owner declares (the part's, else its indicator's; a narrative's own). */
  unit?: string;
  /** The indicator this target belongs to (for a narrative: none; see its `indicator` ref). */
  indicator?: Indicator;
  narrative?: NarrativeTarget;
  /** The indicator measures a change ("Tốc độ tăng …"): its target is the size of the change. */
  change?: 'increase' | 'decrease';
  dropped: boolean;
}

export interface IndicatorNode {
  id: string;
  /** Index in the file's `indicators` list (entries without an id included). */
  index: number;
  pointer: string;
  source: Indicator;
  name: string;
  unit?: string;
  direction?: Direction;
  change?: 'increase' | 'decrease';
  dropped: boolean;
  /** The indicator's own target, when it has one. */
  target?: TargetSite;
  parts: PartNode[];
}

export interface PartNode {
  /** Local id (`urban`). */
  id: string;
  /** `indicator-id/part-id`. */
  ref: string;
  index: number;
  pointer: string;
  source: IndicatorPart;
  indicator: IndicatorNode;
  name: string;
  /** The part's unit, else its indicator's. */
  unit?: string;
  direction?: Direction;
  target?: TargetSite;
}

export interface NarrativeNode {
  id: string;
  index: number;
  pointer: string;
  source: NarrativeTarget;
  /** The clause id it cites (as written; may not resolve). */
  clause?: string;
  /** The indicator or `indicator/part` it restates (as written; may not resolve). */
  indicator?: string;
  text: string;
  target?: TargetSite;
}

export interface RelationNode {
  id: string;
  index: number;
  pointer: string;
  source: Relation;
}

/** What an indicator reference (`grdp-growth`, `clean-water/urban`) resolves to. */
export interface ResolvedIndicator {
  indicator: IndicatorNode;
  part?: PartNode;
  /** The target(s) it stands for: the part's, the indicator's own, else every part's. */
  targets: TargetSite[];
}

/** The plan as a typed tree, with lookups by id. */
export interface PlanView {
  /** The plain value, Plan-shaped as far as the schema check allows: for fields the view does not type. */
  raw: Partial<Plan>;
  indicators: IndicatorNode[];
  narratives: NarrativeNode[];
  relations: RelationNode[];
  /** Roots of the clause tree in document order: preamble paragraphs, articles, closing paragraphs. */
  roots: ClauseNode[];
  /** Every clause, pre-order (document order). */
  clauses: ClauseNode[];
  /** Every target (indicators, their parts, narrative targets) in file order. */
  targets: TargetSite[];
  indicator(id: string): IndicatorNode | undefined;
  /** `indicator` or `indicator/part`. */
  resolve(ref: string): ResolvedIndicator | undefined;
  clause(id: string): ClauseNode | undefined;
  /** The narrative targets restating this indicator (or, for an indicator id, any of its parts). */
  restatements(ref: string): NarrativeNode[];
  /** The node whose object stands at this pointer (`/indicators/3`, `/indicators/3/parts/1`, a clause's…). */
  at(pointer: string): PlanNode | undefined;
}

export type PlanNode =
  | { type: 'indicator'; node: IndicatorNode }
  | { type: 'part'; node: PartNode }
  | { type: 'narrative'; node: NarrativeNode }
  | { type: 'relation'; node: RelationNode }
  | { type: 'clause'; node: ClauseNode };

const EMPTY: Partial<Plan> = {};

/** Builds the view of any parsed value (a non-object gives an empty plan). */
export function viewPlan(value: unknown): PlanView {
  const raw = isObject(value) ? (value as Partial<Plan>) : EMPTY;
  const indicators = buildIndicators(raw);
  const narratives = buildNarratives(raw);
  const relations: RelationNode[] = [];
  each(raw.relations, '/relations', (r, index, pointer) => {
    if (typeof r.id === 'string') relations.push({ id: r.id, index, pointer, source: r as unknown as Relation });
  });
  const roots = buildClauses(raw);
  const clauses: ClauseNode[] = [];
  walkClauses(roots, (c) => void clauses.push(c));
  const targets: TargetSite[] = [];
  for (const ind of indicators) {
    if (ind.target) targets.push(ind.target);
    for (const p of ind.parts) if (p.target) targets.push(p.target);
  }
  for (const n of narratives) if (n.target) targets.push(n.target);

  // Lookups are built on first use: most callers need one or none.
  let byIndicator: Map<string, IndicatorNode> | undefined;
  let byClause: Map<string, ClauseNode> | undefined;
  let byRestated: Map<string, NarrativeNode[]> | undefined;
  let byPointer: Map<string, PlanNode> | undefined;
  const indicator = (id: string) => {
    if (!byIndicator) {
      byIndicator = new Map();
      for (const i of indicators) if (!byIndicator.has(i.id)) byIndicator.set(i.id, i);
    }
    return byIndicator.get(id);
  };
  return {
    raw,
    indicators,
    narratives,
    relations,
    roots,
    clauses,
    targets,
    indicator,
    resolve(ref) {
      const slash = ref.indexOf('/');
      const ind = indicator(slash < 0 ? ref : ref.slice(0, slash));
      if (!ind) return undefined;
      if (slash >= 0) {
        const partId = ref.slice(slash + 1);
        const part = ind.parts.find((p) => p.id === partId);
        if (!part) return undefined;
        return { indicator: ind, part, targets: part.target ? [part.target] : [] };
      }
      if (ind.target) return { indicator: ind, targets: [ind.target] };
      return { indicator: ind, targets: ind.parts.flatMap((p) => (p.target ? [p.target] : [])) };
    },
    clause(id) {
      if (!byClause) {
        byClause = new Map();
        for (const c of clauses) if (c.id && !byClause.has(c.id)) byClause.set(c.id, c);
      }
      return byClause.get(id);
    },
    restatements(ref) {
      if (!byRestated) {
        byRestated = new Map();
        for (const n of narratives) {
          if (!n.indicator) continue;
          const whole = n.indicator.split('/', 1)[0]!;
          for (const key of whole === n.indicator ? [whole] : [n.indicator, whole]) {
            const list = byRestated.get(key);
            if (list) list.push(n);
            else byRestated.set(key, [n]);
          }
        }
      }
      return byRestated.get(ref) ?? [];
    },
    at(pointer) {
      if (!byPointer) {
        const m = (byPointer = new Map<string, PlanNode>());
        for (const i of indicators) {
          m.set(i.pointer, { type: 'indicator', node: i });
          for (const p of i.parts) m.set(p.pointer, { type: 'part', node: p });
        }
        for (const n of narratives) m.set(n.pointer, { type: 'narrative', node: n });
        for (const r of relations) m.set(r.pointer, { type: 'relation', node: r });
        for (const c of clauses) m.set(c.pointer, { type: 'clause', node: c });
      }
      return byPointer.get(pointer);
    },
  };
}

/** Visits clauses pre-order (a clause before its children), in document order. */
export function walkClauses(roots: readonly ClauseNode[], visit: (clause: ClauseNode) => void): void {
  // Iterative: a hostile file cannot exhaust the stack, whatever the depth.
  const stack: ClauseNode[] = [...roots].reverse();
  while (stack.length > 0) {
    const c = stack.pop()!;
    visit(c);
    for (let i = c.children.length - 1; i >= 0; i--) stack.push(c.children[i]!);
  }
}

/** The clause's ancestors, nearest last (the article first). */
export function ancestorsOf(clause: ClauseNode): ClauseNode[] {
  const out: ClauseNode[] = [];
  for (let c = clause.parent; c; c = c.parent) out.unshift(c);
  return out;
}

// ---- building --------------------------------------------------------------------------

function buildIndicators(raw: Partial<Plan>): IndicatorNode[] {
  const out: IndicatorNode[] = [];
  each(raw.indicators, '/indicators', (ind, index, pointer) => {
    if (typeof ind.id !== 'string') return;
    const source = ind as unknown as Indicator;
    const change = ind.change === 'increase' || ind.change === 'decrease' ? ind.change : undefined;
    const unit = str(ind.unit);
    const direction = asDirection(ind.direction);
    const name = str(ind.name) ?? ind.id;
    const dropped = isObject(ind.dropped);
    const node: IndicatorNode = {
      id: ind.id,
      index,
      pointer,
      source,
      name,
      ...(unit !== undefined ? { unit } : {}),
      ...(direction ? { direction } : {}),
      ...(change ? { change } : {}),
      dropped,
      parts: [],
    };
    const site = indicatorSite(source, change, dropped);
    const own = site('indicator', ind.id, pointer, ind, name, unit);
    if (own) node.target = own;
    each(ind.parts, childPointer(pointer, 'parts'), (part, j, partPointer) => {
      if (typeof part.id !== 'string') return;
      const partUnit = str(part.unit) ?? unit;
      const partDirection = asDirection(part.direction) ?? direction;
      const partName = str(part.name) ?? part.id;
      const ref = `${ind.id}/${part.id}`;
      const p: PartNode = {
        id: part.id,
        ref,
        index: j,
        pointer: partPointer,
        source: part as unknown as IndicatorPart,
        indicator: node,
        name: partName,
        ...(partUnit !== undefined ? { unit: partUnit } : {}),
        ...(partDirection ? { direction: partDirection } : {}),
      };
      const partSite = site('part', ref, partPointer, part, partName, partUnit);
      if (partSite) p.target = partSite;
      node.parts.push(p);
    });
    out.push(node);
  });
  return out;
}

/** The target site of an indicator or one of its parts, when the entry has a target object. */
function indicatorSite(indicator: Indicator, change: 'increase' | 'decrease' | undefined, dropped: boolean) {
  return (owner: 'indicator' | 'part', id: string, pointer: string, entry: Record<string, unknown>, name: string, unit: string | undefined): TargetSite | undefined =>
    isObject(entry.target)
      ? {
          owner,
          id,
          pointer: childPointer(pointer, 'target'),
          target: entry.target as Target,
          ...(isObject(entry.previousTarget) ? { previous: entry.previousTarget as Target } : {}),
          name,
          ...(unit !== undefined ? { unit } : {}),
          indicator,
          ...(change ? { change } : {}),
          dropped,
        }
      : undefined;
}

function buildNarratives(raw: Partial<Plan>): NarrativeNode[] {
  const out: NarrativeNode[] = [];
  each(raw.narrativeTargets, '/narrativeTargets', (n, index, pointer) => {
    if (typeof n.id !== 'string') return;
    const source = n as unknown as NarrativeTarget;
    const unit = str(n.unit);
    const text = str(n.text) ?? '';
    const clause = str(n.clause);
    const indicator = str(n.indicator);
    const node: NarrativeNode = {
      id: n.id,
      index,
      pointer,
      source,
      text,
      ...(clause !== undefined ? { clause } : {}),
      ...(indicator !== undefined ? { indicator } : {}),
    };
    if (isObject(n.target)) {
      node.target = {
        owner: 'narrative',
        id: n.id,
        pointer: childPointer(pointer, 'target'),
        target: n.target as Target,
        name: str(n.text) ?? n.id,
        ...(unit !== undefined ? { unit } : {}),
        narrative: source,
        dropped: false,
      };
    }
    out.push(node);
  });
  return out;
}

function buildClauses(raw: Partial<Plan>): ClauseNode[] {
  const roots: ClauseNode[] = [];
  const doc = isObject(raw.document) ? raw.document : undefined;
  const paragraphsOf = (v: unknown, pointer: string, kind: ClauseKind, parent: ClauseNode | undefined, into: ClauseNode[]) =>
    each(v, pointer, (p, k, pp) => into.push(clauseNode(kind, p, k, pp, parent)));
  if (doc) paragraphsOf(doc.legalBases, '/document/legalBases', 'preamble', undefined, roots);
  each(raw.articles, '/articles', (a, i, ap) => {
    const art = clauseNode('article', a, i, ap, undefined);
    paragraphsOf(a.paragraphs, childPointer(ap, 'paragraphs'), 'paragraph', art, art.children);
    each(a.items, childPointer(ap, 'items'), (it, j, ip) => {
      const item = clauseNode('item', it, j, ip, art);
      paragraphsOf(it.paragraphs, childPointer(ip, 'paragraphs'), 'paragraph', item, item.children);
      art.children.push(item);
    });
    roots.push(art);
  });
  if (doc) paragraphsOf(doc.closing, '/document/closing', 'closing', undefined, roots);
  return roots;
}

function clauseNode(kind: ClauseKind, v: Record<string, unknown>, index: number, pointer: string, parent: ClauseNode | undefined): ClauseNode {
  const label = str(v.label);
  const heading = str(v.heading);
  const isParagraph = kind === 'paragraph' || kind === 'preamble' || kind === 'closing';
  return {
    kind,
    id: str(v.id) ?? '',
    ...(label !== undefined && !isParagraph ? { label } : {}),
    ...(heading !== undefined && !isParagraph ? { heading } : {}),
    text: (isParagraph ? str(v.text) : heading) ?? '',
    ...(parent ? { parent } : {}),
    children: [],
    position: index + 1,
    depth: parent ? parent.depth + 1 : 0,
    pointer,
    carriedOver: v.carriedOver === true,
    source: v as unknown as Paragraph,
  };
}

// ---- guards: the only place the raw shape is checked ------------------------------------

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function asDirection(v: unknown): Direction | undefined {
  return v === 'higher' || v === 'lower' || v === 'neutral' ? v : undefined;
}

/** Calls `f` on each object entry of a list, with its index and pointer; skips the rest. */
function each(v: unknown, pointer: string, f: (entry: Record<string, unknown>, index: number, pointer: string) => void): void {
  if (!Array.isArray(v)) return;
  for (let i = 0; i < v.length; i++) {
    const entry: unknown = v[i];
    if (isObject(entry)) f(entry, i, childPointer(pointer, i));
  }
}
