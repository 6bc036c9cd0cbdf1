// The typed, walkable plan: built once per parse from the plain value, so that rules, the
// diff, export, render, scaffold and the editor's features walk one tree instead of the raw
// YAML value. This is the only place that guards the raw shape (an entry that is not an
// object, an id that is not a string): everything downstream may trust what it finds here.

import { childPointer } from './pointer.js';
import type {
  Amendment,
  AmendmentChange,
  Article,
  Direction,
  Indicator,
  IndicatorPart,
  Item,
  NarrativeTarget,
  Paragraph,
  Plan,
  Relation,
  Result,
  Source,
  Target,
} from './types.js';

export type ClauseKind = 'preamble' | 'article' | 'item' | 'paragraph' | 'closing';

/**
 * One clause of the resolution, in a tree of any depth: articles ("Điều 1."), their items
 * ("1."), items of items ("1.1.", "a)", "-"), paragraphs. A text printed without articles has
 * items at the root (`items:` at the top of the file).
 */
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
  /** 0 for the roots: articles (or top-level items), preamble and closing paragraphs. */
  depth: number;
  pointer: string;
  carriedOver: boolean;
  source: Article | Item | Paragraph;
}

/**
 * Whether a target can be checked: `set` (a wording and a meaning), `placeholder` (a draft's,
 * not set yet) or `unknown` (the adopted plan's, not known). Only `set` targets are value-checked.
 */
export type TargetStatus = 'set' | 'placeholder' | 'unknown';

export function targetStatus(t: Target | undefined): TargetStatus {
  if (!isObject(t)) return 'unknown';
  if (t.placeholder === true) return 'placeholder';
  if (t.unknown === true) return 'unknown';
  return 'set';
}

/** A target with a wording and a meaning to check (not a placeholder, not unknown). */
export function isCheckable(t: Target | undefined): t is Target {
  return targetStatus(t) === 'set';
}

/**
 * One target of the plan and what owns it: an indicator, a part of one, a narrative target, or
 * a change made by an amendment (`from` and `to`).
 */
export interface TargetSite {
  owner: 'indicator' | 'part' | 'narrative' | 'amendment';
  /** `grdp-growth`, `clean-water/urban`, `cpi-body`; for an amendment, the ref it changes. */
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
  /** Its indicator is dropped or unconfirmed: the target is not in force, and not checked. */
  dropped: boolean;
  status: TargetStatus;
  /** Where the target comes from, when not the adopted text's own wording. */
  source?: Source;
  /** For an amendment's target: the change it belongs to. */
  amendmentChange?: AmendmentChangeNode;
}

/** Which result: the estimate ("ước thực hiện") or the final figure. */
export type ResultStage = 'estimate' | 'final';

/** One result of an indicator or part (`results.estimate`, `results.final`). */
export interface ResultSite {
  stage: ResultStage;
  /** `grdp-growth`, `clean-water/urban`. */
  ref: string;
  /** JSON pointer of the result object (`/indicators/0/results/estimate`). */
  pointer: string;
  result: Result;
  /** The unit the result is read in: its own, else the owner's (part's, else indicator's). */
  unit?: string;
  /** Where the figure comes from (required by the schema; absent only in an invalid file). */
  source?: Source;
  date?: string;
}

/** The year's results of one indicator or part, and the one to judge it by. */
export interface ResultsNode {
  ref: string;
  estimate?: ResultSite;
  final?: ResultSite;
  /** The final figure when known, else the estimate. */
  latest?: ResultSite;
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
  /** The indicator that replaces it (`dropped.replacedBy`), as written. */
  replacedBy?: string;
  /** A baseline indicator no source of this plan names (`unconfirmed: { reason }`). */
  unconfirmed: boolean;
  /** The indicator's own target, when it has one. */
  target?: TargetSite;
  /** The indicator's own results (an indicator measured as a whole), when the file gives any. */
  results?: ResultsNode;
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
  results?: ResultsNode;
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

/** An adjusting resolution and the targets it changes. */
export interface AmendmentNode {
  id: string;
  index: number;
  pointer: string;
  source: Amendment;
  changes: AmendmentChangeNode[];
}

export interface AmendmentChangeNode {
  index: number;
  pointer: string;
  amendment: AmendmentNode;
  source: AmendmentChange;
  /** The indicator or `indicator/part` it changes, as written (may not resolve). */
  ref?: string;
  from?: TargetSite;
  to?: TargetSite;
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
  /** Adjusting resolutions, in file order. */
  amendments: AmendmentNode[];
  /** Roots of the clause tree in document order: preamble paragraphs, articles (or top-level items), closing paragraphs. */
  roots: ClauseNode[];
  /** Every clause, pre-order (document order). */
  clauses: ClauseNode[];
  /** Every target (indicators, their parts, narrative targets, amendments' from and to) in file order. */
  targets: TargetSite[];
  /** Every result (indicators' and parts', estimate before final) in file order. */
  resultSites: ResultSite[];
  /**
   * The year's results of `indicator` or `indicator/part` (or of `indicator` and `part` given
   * apart); undefined when the file gives none.
   */
  results(indicatorId: string, partId?: string): ResultsNode | undefined;
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
  | { type: 'amendment'; node: AmendmentNode }
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

  // Lookups are built on first use: most callers need one or none.
  let byIndicator: Map<string, IndicatorNode> | undefined;
  let byClause: Map<string, ClauseNode> | undefined;
  let byRestated: Map<string, NarrativeNode[]> | undefined;
  let restatementAsks = 0;
  let clauseByPointer: Map<string, ClauseNode> | undefined;
  const indicator = (id: string) => {
    if (!byIndicator) {
      byIndicator = new Map();
      for (const i of indicators) if (!byIndicator.has(i.id)) byIndicator.set(i.id, i);
    }
    return byIndicator.get(id);
  };
  const amendments = buildAmendments(raw, (ref) => {
    const slash = ref.indexOf('/');
    const ind = indicator(slash < 0 ? ref : ref.slice(0, slash));
    return ind && slash >= 0 ? (ind.parts.find((p) => p.id === ref.slice(slash + 1)) ?? ind) : ind;
  });
  const targets: TargetSite[] = [];
  for (const ind of indicators) {
    if (ind.target) targets.push(ind.target);
    for (const p of ind.parts) if (p.target) targets.push(p.target);
  }
  for (const n of narratives) if (n.target) targets.push(n.target);
  for (const a of amendments) for (const c of a.changes) for (const t of [c.from, c.to]) if (t) targets.push(t);
  const resultSites: ResultSite[] = [];
  const pushResults = (r: ResultsNode | undefined) => {
    if (r?.estimate) resultSites.push(r.estimate);
    if (r?.final) resultSites.push(r.final);
  };
  for (const ind of indicators) {
    pushResults(ind.results);
    for (const p of ind.parts) pushResults(p.results);
  }
  return {
    raw,
    indicators,
    narratives,
    relations,
    amendments,
    roots,
    clauses,
    targets,
    resultSites,
    indicator,
    results(indicatorId, partId) {
      let id = indicatorId;
      let part = partId;
      if (part === undefined) {
        const slash = indicatorId.indexOf('/');
        if (slash >= 0) [id, part] = [indicatorId.slice(0, slash), indicatorId.slice(slash + 1)];
      }
      const ind = indicator(id);
      if (!ind) return undefined;
      return part === undefined ? ind.results : ind.parts.find((p) => p.id === part)?.results;
    },
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
      // One hover asks once per new model: a walk of the list. A second question builds the table.
      const whole = ref.indexOf('/') < 0; // an indicator id: its parts' restatements too
      if (!byRestated && restatementAsks++ === 0) return narratives.filter((n) => n.indicator !== undefined && (n.indicator === ref || (whole && n.indicator.startsWith(ref) && n.indicator.charCodeAt(ref.length) === 47 /* '/' */)));
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
      // Indicators, parts, narratives, relations and amendments sit in lists by index: found by
      // binary search, no table to build (the editor asks once per hover, on a model that is new
      // after every keystroke). Clauses, nested at any depth, are looked up in a table built once.
      const m = /^\/(indicators|narrativeTargets|relations|amendments)\/(\d+)(?:\/parts\/(\d+))?$/.exec(pointer);
      if (m) {
        const index = Number(m[2]);
        if (m[1] === 'indicators') {
          const i = byIndex(indicators, index);
          if (!i) return undefined;
          if (m[3] === undefined) return { type: 'indicator', node: i };
          const p = byIndex(i.parts, Number(m[3]));
          return p ? { type: 'part', node: p } : undefined;
        }
        if (m[3] !== undefined) return undefined;
        if (m[1] === 'narrativeTargets') {
          const n = byIndex(narratives, index);
          return n ? { type: 'narrative', node: n } : undefined;
        }
        if (m[1] === 'amendments') {
          const a = byIndex(amendments, index);
          return a ? { type: 'amendment', node: a } : undefined;
        }
        const r = byIndex(relations, index);
        return r ? { type: 'relation', node: r } : undefined;
      }
      if (!clauseByPointer) {
        clauseByPointer = new Map();
        for (const c of clauses) clauseByPointer.set(c.pointer, c);
      }
      const c = clauseByPointer.get(pointer);
      return c ? { type: 'clause', node: c } : undefined;
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
    const unconfirmed = isObject(ind.unconfirmed);
    const replacedBy = isObject(ind.dropped) ? str(ind.dropped.replacedBy) : undefined;
    const node: IndicatorNode = {
      id: ind.id,
      index,
      pointer,
      source,
      name,
      // Absent fields undefined rather than left out: one shape for every node (see targetSite).
      unit,
      direction,
      change,
      dropped,
      replacedBy,
      unconfirmed,
      target: undefined,
      results: undefined,
      parts: [],
    };
    const site = indicatorSite(source, change, dropped || unconfirmed);
    node.target = site('indicator', ind.id, pointer, ind, name, unit);
    node.results = resultsNode(ind.results, ind.id, childPointer(pointer, 'results'), unit);
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
        unit: partUnit,
        direction: partDirection,
        target: undefined,
        results: undefined,
      };
      p.target = site('part', ref, partPointer, part, partName, partUnit);
      p.results = resultsNode(part.results, ref, childPointer(partPointer, 'results'), partUnit);
      node.parts.push(p);
    });
    out.push(node);
  });
  return out;
}

/**
 * The target site of an indicator or one of its parts, when the entry has a target object.
 * `inactive`: the indicator is dropped or unconfirmed, so its targets are not value-checked.
 */
function indicatorSite(indicator: Indicator, change: 'increase' | 'decrease' | undefined, inactive: boolean) {
  return (owner: 'indicator' | 'part', id: string, pointer: string, entry: Record<string, unknown>, name: string, unit: string | undefined): TargetSite | undefined =>
    isObject(entry.target)
      ? targetSite(entry.target, {
          owner,
          id,
          pointer: childPointer(pointer, 'target'),
          ...(isObject(entry.previousTarget) ? { previous: entry.previousTarget as Target } : {}),
          name,
          ...(unit !== undefined ? { unit } : {}),
          indicator,
          ...(change ? { change } : {}),
          dropped: inactive,
        })
      : undefined;
}

/** The results object of an indicator or part, when it has an estimate or a final result object. */
function resultsNode(v: unknown, ref: string, pointer: string, ownerUnit: string | undefined): ResultsNode | undefined {
  if (!isObject(v)) return undefined;
  // Every field, absent ones undefined: one shape for every node (see targetSite).
  const node: ResultsNode = { ref, estimate: undefined, final: undefined, latest: undefined };
  for (const stage of ['estimate', 'final'] as const) {
    const r = v[stage];
    if (!isObject(r)) continue;
    node[stage] = {
      stage,
      ref,
      pointer: childPointer(pointer, stage),
      result: r as unknown as Result,
      unit: str(r.unit) ?? ownerUnit,
      source: isObject(r.source) ? (r.source as unknown as Source) : undefined,
      date: str(r.date),
    };
  }
  node.latest = node.final ?? node.estimate;
  return node.latest ? node : undefined;
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
      clause,
      indicator,
      text,
      target: undefined,
    };
    if (isObject(n.target)) {
      node.target = targetSite(n.target, {
        owner: 'narrative',
        id: n.id,
        pointer: childPointer(pointer, 'target'),
        name: str(n.text) ?? n.id,
        ...(unit !== undefined ? { unit } : {}),
        narrative: source,
        dropped: false,
      });
    }
    out.push(node);
  });
  return out;
}

/** A target site: the target, what it is (set, placeholder, unknown) and where it comes from. */
function targetSite(target: Record<string, unknown>, site: Omit<TargetSite, 'target' | 'status' | 'source'>): TargetSite {
  const t = target as Target;
  // Every field, in one order, absent ones undefined: every site has one shape, so the rules'
  // loops over thousands of sites read them at full speed (a spread gave each mix of fields its own).
  return {
    owner: site.owner,
    id: site.id,
    pointer: site.pointer,
    target: t,
    previous: site.previous,
    name: site.name,
    unit: site.unit,
    indicator: site.indicator,
    narrative: site.narrative,
    change: site.change,
    dropped: site.dropped,
    status: targetStatus(t),
    source: isObject(t.source) ? (t.source as Source) : undefined,
    amendmentChange: site.amendmentChange,
  };
}

function buildAmendments(raw: Partial<Plan>, owner: (ref: string) => IndicatorNode | PartNode | undefined): AmendmentNode[] {
  const out: AmendmentNode[] = [];
  each(raw.amendments, '/amendments', (a, index, pointer) => {
    const id = a.id;
    if (typeof id !== 'string') return;
    const node: AmendmentNode = { id, index, pointer, source: a as unknown as Amendment, changes: [] };
    each(a.changes, childPointer(pointer, 'changes'), (c, k, cp) => {
      const ref = str(c.indicator);
      const change: AmendmentChangeNode = { index: k, pointer: cp, amendment: node, source: c as unknown as AmendmentChange, ...(ref !== undefined ? { ref } : {}) };
      const of = ref !== undefined ? owner(ref) : undefined;
      const indicator = of ? ('indicator' in of ? of.indicator : of) : undefined;
      for (const side of ['from', 'to'] as const) {
        const t = c[side];
        if (!isObject(t)) continue;
        change[side] = targetSite(t, {
          owner: 'amendment',
          id: ref ?? id,
          pointer: childPointer(cp, side),
          name: of?.name ?? ref ?? id,
          ...(of?.unit !== undefined ? { unit: of.unit } : {}),
          ...(indicator ? { indicator: indicator.source } : {}),
          ...(indicator?.change ? { change: indicator.change } : {}),
          dropped: false,
          amendmentChange: change,
        });
      }
      node.changes.push(change);
    });
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
  each(raw.articles, '/articles', (a, i, ap) => roots.push(subtree('article', a, i, ap)));
  // A text printed without articles: its items stand at the root.
  each(raw.items, '/items', (it, i, ip) => roots.push(subtree('item', it, i, ip)));
  if (doc) paragraphsOf(doc.closing, '/document/closing', 'closing', undefined, roots);
  return roots;

  /** An article or item with its paragraphs, then its items, at any depth: iterative, so depth costs no stack. */
  function subtree(kind: 'article' | 'item', v: Record<string, unknown>, index: number, pointer: string): ClauseNode {
    const root = clauseNode(kind, v, index, pointer, undefined);
    const work: Array<[ClauseNode, Record<string, unknown>]> = [[root, v]];
    while (work.length > 0) {
      const [node, src] = work.pop()!;
      paragraphsOf(src.paragraphs, childPointer(node.pointer, 'paragraphs'), 'paragraph', node, node.children);
      each(src.items, childPointer(node.pointer, 'items'), (it, j, ip) => {
        const item = clauseNode('item', it, j, ip, node);
        node.children.push(item);
        work.push([item, it]);
      });
    }
    return root;
  }
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

/** The node at list position `index` in nodes kept in source order (some positions skipped). */
function byIndex<T extends { index: number }>(nodes: readonly T[], index: number): T | undefined {
  let lo = 0;
  let hi = nodes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = nodes[mid]!.index;
    if (at === index) return nodes[mid];
    if (at < index) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}
