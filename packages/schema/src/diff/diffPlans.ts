// The semantic diff of two plans: two years, or two revisions of one year. Pure data, no I/O and
// no wording: renderTerminal and renderMarkdown turn it into text, `kehoach diff --format json`
// prints it as is, and the editor can use it directly. The JSON shape is documented in
// docs/reviewing.md.
//
// Indicators, their parts, clauses, narrative targets and relations are matched by id, so moving
// one is not a change. A target is compared by meaning (kind, comparator, value or bounds, unit),
// not by wording: whether it went up or down, and whether that is more or less ambitious given
// which way is better for the indicator (a lower CPI ceiling is stricter).

import type { Direction, Plan, Target } from '../model/types.js';
import { MAX_PLAN_CELLS, wordDiff as wordDiffOf, type DiffBudget, type WordDiff } from './wordDiff.js';

export type Ambition = 'more' | 'less' | 'same' | 'unknown';

/**
 * unchanged: same meaning, same wording; reworded: same meaning, other wording;
 * raised / lowered: the target's value (a range's midpoint) went up / down;
 * reshaped: same value but another comparator or bounds, or not comparable at all
 * (another unit, another kind, a maintain state); set / unset: from / to a placeholder;
 * added / removed: a target on one side only.
 */
export type TargetVerdict = 'unchanged' | 'reworded' | 'raised' | 'lowered' | 'reshaped' | 'set' | 'unset' | 'added' | 'removed';

export interface TargetChange {
  verdict: TargetVerdict;
  /** More or less ambitious, given the direction; unknown when not comparable or no direction. */
  ambition: Ambition;
  from?: Target;
  to?: Target;
  /** The direction the ambition was judged by (after a "giảm" target flips it), if any. */
  direction?: Direction;
  unitChanged?: boolean;
  kindChanged?: boolean;
  /** Word diff of the wording, when both sides have one and it changed. */
  wording?: WordDiff;
}

export type EntryStatus = 'unchanged' | 'changed' | 'added' | 'removed';
export type IndicatorStatus = EntryStatus | 'dropped' | 'restored';

export interface FieldChange {
  field: string;
  from?: unknown;
  to?: unknown;
}

export interface PartDiff {
  id: string;
  label?: string;
  name: string;
  status: EntryStatus;
  target?: TargetChange;
  /** Last year's target kept beside a placeholder (previousTarget), for display. */
  previousTarget?: Target;
  /** The new target against the new side's previousTarget (a draft whose target was just set). */
  sincePrevious?: TargetChange;
  nameDiff?: WordDiff;
  fields: FieldChange[];
}

export interface IndicatorDiff {
  id: string;
  /** The name on the new side (the old one for a removed indicator). */
  name: string;
  status: IndicatorStatus;
  /** Number as printed on each side; informational, never a change. */
  number: { from?: string; to?: string };
  /** 0-based position on each side; informational, never a change. */
  position: { from?: number; to?: number };
  direction?: Direction;
  target?: TargetChange;
  previousTarget?: Target;
  /** The new target against the new side's previousTarget (a draft whose target was just set). */
  sincePrevious?: TargetChange;
  parts: PartDiff[];
  nameDiff?: WordDiff;
  /** Unit, direction, form (change, relativeTo, single target ↔ parts) and other fields that changed. */
  fields: FieldChange[];
  /** The reason, for a dropped indicator. */
  droppedReason?: string;
}

export type ClauseKind = 'article' | 'item' | 'paragraph' | 'preamble' | 'closing';

export interface TextChange {
  from?: string;
  to?: string;
  diff?: WordDiff;
}

export interface ClauseDiff {
  id: string;
  kind: ClauseKind;
  status: Exclude<EntryStatus, 'unchanged'>;
  label?: { from?: string; to?: string };
  heading?: TextChange;
  text?: TextChange;
}

export interface NarrativeDiff {
  id: string;
  status: Exclude<EntryStatus, 'unchanged'>;
  clause: { from?: string; to?: string };
  indicator?: string;
  text?: TextChange;
  target?: TargetChange;
  fields: FieldChange[];
}

export interface RelationDiff {
  id: string;
  status: Exclude<EntryStatus, 'unchanged'>;
  fields: FieldChange[];
}

export interface SideInfo {
  jurisdiction?: string;
  jurisdictionName?: string;
  year?: number;
  status?: string;
  /** Set by the caller: the file or revision the side was read from. */
  label?: string;
}

export interface PlanDiff {
  /** Version of this JSON shape. */
  version: 1;
  from: SideInfo;
  to: SideInfo;
  hasChanges: boolean;
  /** Top-level and document fields that changed (year, status, baseline, document.number…). */
  metadata: FieldChange[];
  /** Every indicator of either side, in the new side's order, removed ones last. */
  indicators: IndicatorDiff[];
  /** Only the clauses that changed, were added or removed. */
  clauses: ClauseDiff[];
  /** Clauses whose carriedOver flag was set or cleared (their text unchanged or not). */
  carriedOver: { marked: string[]; cleared: string[] };
  narrativeTargets: NarrativeDiff[];
  relations: RelationDiff[];
  summary: DiffSummary;
}

export interface DiffSummary {
  indicators: Record<IndicatorStatus, number> & {
    raised: number;
    lowered: number;
    moreAmbitious: number;
    lessAmbitious: number;
    /** Targets (indicators and parts) now a placeholder / newly set from a placeholder (a target
     * just set counts in raised/lowered/more/less by its change since previousTarget). */
    unset: number;
    set: number;
  };
  clauses: { unchanged: number; changed: number; added: number; removed: number; carriedOver: number };
  narrativeTargets: { unchanged: number; changed: number; added: number; removed: number };
  relations: { changed: number; added: number; removed: number };
}

// ---- the diff -----------------------------------------------------------------------------

/** The semantic diff of two plans; either side may be null (a file added or deleted). */
// The word diffs of one diffPlans call share one budget (diffPlans is synchronous: set on entry).
let budget: DiffBudget = { cells: MAX_PLAN_CELLS };
const wordDiff = (from: string, to: string) => wordDiffOf(from, to, budget);

export function diffPlans(oldPlan: Plan | null, newPlan: Plan | null): PlanDiff {
  budget = { cells: MAX_PLAN_CELLS };
  const a = asObject(oldPlan);
  const b = asObject(newPlan);
  const metadata = diffMetadata(a, b);
  const indicators = diffIndicators(a, b);
  const { clauses, carriedOver, counts } = diffClauses(a, b);
  const narrativeTargets = diffNarratives(a, b);
  const relations = diffRelations(a, b);

  const ind = { unchanged: 0, changed: 0, added: 0, removed: 0, dropped: 0, restored: 0, raised: 0, lowered: 0, moreAmbitious: 0, lessAmbitious: 0, unset: 0, set: 0 };
  for (const d of indicators) {
    ind[d.status]++;
    if (d.status === 'dropped') continue;
    for (const [change, since] of [[d.target, d.sincePrevious], ...d.parts.map((p) => [p.target, p.sincePrevious] as const)] as const) {
      if (!change) continue;
      if (change.verdict === 'set') ind.set++;
      if (change.verdict === 'unset') ind.unset++;
      // A target just set in a draft counts by its change since last year's.
      const t = change.verdict === 'set' && since ? since : change;
      if (t.verdict === 'raised') ind.raised++;
      if (t.verdict === 'lowered') ind.lowered++;
      if (t.ambition === 'more') ind.moreAmbitious++;
      if (t.ambition === 'less') ind.lessAmbitious++;
    }
  }
  const nt = { unchanged: countList(a.narrativeTargets) - narrativeTargets.filter((n) => n.status !== 'added').length, changed: 0, added: 0, removed: 0 };
  for (const n of narrativeTargets) nt[n.status]++;
  const rel = { changed: 0, added: 0, removed: 0 };
  for (const r of relations) rel[r.status]++;

  const hasChanges =
    metadata.length > 0 ||
    indicators.some((d) => d.status !== 'unchanged') ||
    clauses.length > 0 ||
    carriedOver.marked.length + carriedOver.cleared.length > 0 ||
    narrativeTargets.length > 0 ||
    relations.length > 0;

  return {
    version: 1,
    from: sideInfo(a, oldPlan === null),
    to: sideInfo(b, newPlan === null),
    hasChanges,
    metadata,
    indicators,
    clauses,
    carriedOver,
    narrativeTargets,
    relations,
    summary: { indicators: ind, clauses: counts, narrativeTargets: nt, relations: rel },
  };
}

function sideInfo(p: Obj, missing: boolean): SideInfo {
  if (missing) return {};
  const j = asObject(p.jurisdiction);
  return {
    ...(str(j.id) !== undefined ? { jurisdiction: str(j.id) } : {}),
    ...(str(j.name) !== undefined ? { jurisdictionName: str(j.name) } : {}),
    ...(typeof p.year === 'number' ? { year: p.year } : {}),
    ...(str(p.status) !== undefined ? { status: str(p.status) } : {}),
  };
}

const TOP_FIELDS = ['schemaVersion', 'year', 'status', 'baseline'] as const;
const DOCUMENT_FIELDS = ['number', 'place', 'date', 'type', 'title', 'issuer', 'session', 'enactingFormula', 'recipientsHeading', 'sourceNote'] as const;

function diffMetadata(a: Obj, b: Obj): FieldChange[] {
  const out: FieldChange[] = [];
  for (const f of TOP_FIELDS) pushField(out, f, a[f], b[f]);
  pushField(out, 'jurisdiction.id', asObject(a.jurisdiction).id, asObject(b.jurisdiction).id);
  pushField(out, 'jurisdiction.name', asObject(a.jurisdiction).name, asObject(b.jurisdiction).name);
  const da = asObject(a.document);
  const db = asObject(b.document);
  for (const f of DOCUMENT_FIELDS) pushField(out, `document.${f}`, da[f], db[f]);
  for (const f of ['title', 'name']) pushField(out, `document.signature.${f}`, asObject(da.signature)[f], asObject(db.signature)[f]);
  for (const f of ['heading', 'title', 'subtitle']) pushField(out, `document.appendix.${f}`, asObject(da.appendix)[f], asObject(db.appendix)[f]);
  const ra = list(da.recipients).map(String);
  const rb = list(db.recipients).map(String);
  if (JSON.stringify(ra) !== JSON.stringify(rb)) out.push({ field: 'document.recipients', from: ra, to: rb });
  return out;
}

// ---- indicators ---------------------------------------------------------------------------

function diffIndicators(a: Obj, b: Obj): IndicatorDiff[] {
  const oldList = list(a.indicators).map(asObject);
  const newList = list(b.indicators).map(asObject);
  const oldById = byId(oldList);
  const seen = new Set<string>();
  const out: IndicatorDiff[] = [];
  newList.forEach((n, i) => {
    const id = str(n.id);
    if (id === undefined || seen.has(id)) return;
    seen.add(id);
    const o = oldById.get(id);
    out.push(diffIndicator(id, o?.value, n, o?.index, i));
  });
  oldList.forEach((o, i) => {
    const id = str(o.id);
    if (id === undefined || seen.has(id)) return;
    seen.add(id);
    out.push(diffIndicator(id, o, undefined, i, undefined));
  });
  return out;
}

const INDICATOR_OTHER_FIELDS = ['clauses', 'nameInText', 'separator', 'end', 'note'] as const;
const PART_OTHER_FIELDS = ['label', 'separator', 'end'] as const;

function diffIndicator(id: string, o: Obj | undefined, n: Obj | undefined, from: number | undefined, to: number | undefined): IndicatorDiff {
  const side = n ?? o!;
  const direction = dir(side.direction);
  const d: IndicatorDiff = {
    id,
    name: str(side.name) ?? id,
    status: 'unchanged',
    number: { ...(str(o?.number) !== undefined ? { from: str(o?.number) } : {}), ...(str(n?.number) !== undefined ? { to: str(n?.number) } : {}) },
    position: { ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) },
    ...(direction ? { direction } : {}),
    parts: [],
    fields: [],
  };
  const prev = n ? targetOf(n.previousTarget) : undefined;
  if (prev) d.previousTarget = prev;
  if (!o || !n) {
    d.status = o ? 'removed' : 'added';
    const t = targetOf(side.target);
    if (t) d.target = compareTargets(o ? t : undefined, n ? t : undefined, direction, changeOf(side));
    d.parts = list(side.parts).map(asObject).filter((p) => str(p.id) !== undefined).map((p) => partOnly(p, o ? 'removed' : 'added', direction, changeOf(side)));
    if (n && isDropped(n)) {
      d.status = 'dropped';
      d.droppedReason = str(asObject(n.dropped).reason) ?? '';
    }
    return d;
  }

  const nameA = str(o.name) ?? '';
  const nameB = str(n.name) ?? '';
  if (nfc(nameA) !== nfc(nameB)) d.nameDiff = wordDiff(nameA, nameB);
  pushField(d.fields, 'unit', o.unit, n.unit);
  pushField(d.fields, 'direction', o.direction, n.direction);
  pushField(d.fields, 'change', o.change, n.change);
  pushField(d.fields, 'relativeTo', o.relativeTo, n.relativeTo);
  const partsA = list(o.parts).length > 0;
  const partsB = list(n.parts).length > 0;
  if (partsA !== partsB) d.fields.push({ field: 'form', from: partsA ? 'parts' : 'target', to: partsB ? 'parts' : 'target' });
  for (const f of INDICATOR_OTHER_FIELDS) pushField(d.fields, f, o[f], n[f]);

  // A direction that changed makes ambition meaningless: judge only by a direction both share.
  const sharedDirection = dir(o.direction) === dir(n.direction) ? direction : undefined;
  const change = str(n.change) === str(o.change) ? changeOf(n) : undefined;
  const ta = targetOf(o.target);
  const tb = targetOf(n.target);
  if (ta || tb) d.target = compareTargets(ta, tb, sharedDirection, change);
  const since = sincePrevious(d.target, prev, direction, changeOf(n));
  if (since) d.sincePrevious = since;
  d.parts = diffParts(o, n, sharedDirection, change);

  const droppedA = isDropped(o);
  const droppedB = isDropped(n);
  if (droppedB && !droppedA) {
    d.status = 'dropped';
    d.droppedReason = str(asObject(n.dropped).reason) ?? '';
  } else if (droppedA && !droppedB) d.status = 'restored';
  else {
    if (droppedA && droppedB) pushField(d.fields, 'dropped.reason', asObject(o.dropped).reason, asObject(n.dropped).reason);
    const changed =
      d.nameDiff !== undefined ||
      d.fields.length > 0 ||
      (d.target !== undefined && d.target.verdict !== 'unchanged') ||
      d.parts.some((p) => p.status !== 'unchanged');
    d.status = changed ? 'changed' : 'unchanged';
  }
  return d;
}

function diffParts(o: Obj, n: Obj, direction: Direction | undefined, change: string | undefined): PartDiff[] {
  const pa = list(o.parts).map(asObject);
  const pb = list(n.parts).map(asObject);
  const oldById = byId(pa);
  const seen = new Set<string>();
  const out: PartDiff[] = [];
  for (const p of pb) {
    const id = str(p.id);
    if (id === undefined || seen.has(id)) continue;
    seen.add(id);
    const q = oldById.get(id)?.value;
    if (!q) {
      out.push(partOnly(p, 'added', dir(p.direction) ?? direction, change));
      continue;
    }
    const pd: PartDiff = { id, name: str(p.name) ?? id, status: 'unchanged', fields: [] };
    if (str(p.label) !== undefined) pd.label = str(p.label)!;
    const prev = targetOf(p.previousTarget);
    if (prev) pd.previousTarget = prev;
    const nameA = str(q.name) ?? '';
    const nameB = str(p.name) ?? '';
    if (nfc(nameA) !== nfc(nameB)) pd.nameDiff = wordDiff(nameA, nameB);
    pushField(pd.fields, 'unit', q.unit, p.unit);
    pushField(pd.fields, 'direction', q.direction, p.direction);
    for (const f of PART_OTHER_FIELDS) pushField(pd.fields, f, q[f], p[f]);
    const partDirection = dir(q.direction) === dir(p.direction) ? (dir(p.direction) ?? direction) : undefined;
    const ta = targetOf(q.target);
    const tb = targetOf(p.target);
    if (ta || tb) pd.target = compareTargets(ta, tb, partDirection, change);
    const since = sincePrevious(pd.target, prev, dir(p.direction) ?? direction, change);
    if (since) pd.sincePrevious = since;
    if (pd.nameDiff || pd.fields.length > 0 || (pd.target && pd.target.verdict !== 'unchanged')) pd.status = 'changed';
    out.push(pd);
  }
  for (const q of pa) {
    const id = str(q.id);
    if (id === undefined || seen.has(id)) continue;
    seen.add(id);
    out.push(partOnly(q, 'removed', dir(q.direction) ?? direction, change));
  }
  return out;
}

function partOnly(p: Obj, status: 'added' | 'removed', direction: Direction | undefined, change: string | undefined): PartDiff {
  const t = targetOf(p.target);
  const pd: PartDiff = { id: str(p.id)!, name: str(p.name) ?? str(p.id)!, status, fields: [] };
  if (str(p.label) !== undefined) pd.label = str(p.label)!;
  if (t) pd.target = compareTargets(status === 'removed' ? t : undefined, status === 'added' ? t : undefined, dir(p.direction) ?? direction, change);
  return pd;
}

/** A target just set in a draft, judged against the previousTarget the draft keeps. */
function sincePrevious(change: TargetChange | undefined, previous: Target | undefined, direction: Direction | undefined, subjectChange: string | undefined) {
  if (!change || !previous || change.verdict !== 'set' || !change.to) return undefined;
  return compareTargets(previous, change.to, direction, subjectChange);
}

// ---- targets ------------------------------------------------------------------------------

/**
 * Compares two targets by meaning. `direction` is which way is better for what the indicator
 * measures; `subjectChange` says the indicator itself measures a change ("Giảm … so với năm
 * trước"), in which case a "giảm" target is that measure and does not flip the direction.
 */
export function compareTargets(from: Target | undefined, to: Target | undefined, direction?: Direction, subjectChange?: string): TargetChange {
  const base = { ...(from ? { from } : {}), ...(to ? { to } : {}) };
  if (!from && !to) return { verdict: 'unchanged', ambition: 'same' };
  if (!from) return { verdict: 'added', ambition: 'unknown', ...base };
  if (!to) return { verdict: 'removed', ambition: 'unknown', ...base };
  const pa = from.placeholder === true;
  const pb = to.placeholder === true;
  if (pa && pb) return { verdict: 'unchanged', ambition: 'same', ...base };
  if (pa) return { verdict: 'set', ambition: 'unknown', ...base };
  if (pb) return { verdict: 'unset', ambition: 'unknown', ...base };

  const wording = from.wording !== undefined && to.wording !== undefined && nfc(from.wording) !== nfc(to.wording) ? wordDiff(from.wording, to.wording) : undefined;
  const reworded = nfc(from.wording ?? '') !== nfc(to.wording ?? '');
  const extra = { ...base, ...(wording ? { wording } : {}) };
  const kindA = from.kind ?? 'level';
  const kindB = to.kind ?? 'level';
  const unitChanged = foldUnit(from.unit) !== foldUnit(to.unit);
  if (unitChanged || kindA !== kindB) {
    return { verdict: 'reshaped', ambition: 'unknown', ...extra, ...(unitChanged ? { unitChanged } : {}), ...(kindA !== kindB ? { kindChanged: true } : {}) };
  }
  if (kindA === 'maintain') {
    const same = nfc(from.state ?? '').toLowerCase() === nfc(to.state ?? '').toLowerCase() && sameNumbers(from, to);
    if (same) return { verdict: reworded ? 'reworded' : 'unchanged', ambition: 'same', ...extra };
    return { verdict: 'reshaped', ambition: 'unknown', ...extra };
  }
  if (sameNumbers(from, to)) {
    return { verdict: reworded ? 'reworded' : 'unchanged', ambition: 'same', ...extra };
  }
  const ra = representative(from);
  const rb = representative(to);
  if (ra === undefined || rb === undefined) return { verdict: 'reshaped', ambition: 'unknown', ...extra };
  const verdict: TargetVerdict = rb > ra ? 'raised' : rb < ra ? 'lowered' : 'reshaped';
  const effective = effectiveDirection(direction, kindA, subjectChange);
  const ambition = effective ? judge(from, to, effective) : 'unknown';
  return { verdict, ambition, ...extra, ...(effective ? { direction: effective } : {}) };
}

/** A "giảm X" target of a measure whose level is judged: a bigger decrease goes the other way. */
function effectiveDirection(direction: Direction | undefined, kind: string, subjectChange: string | undefined): Direction | undefined {
  if (direction !== 'higher' && direction !== 'lower') return undefined;
  if (kind === 'decrease' && subjectChange !== 'decrease') return direction === 'higher' ? 'lower' : 'higher';
  return direction;
}

interface Bounds {
  lo?: number;
  hi?: number;
  loStrict: boolean;
  hiStrict: boolean;
}

function bounds(t: Target): Bounds | undefined {
  const v = t.value;
  switch (t.op) {
    case '>=':
      return v === undefined ? undefined : { lo: v, loStrict: false, hiStrict: false };
    case '>':
      return v === undefined ? undefined : { lo: v, loStrict: true, hiStrict: false };
    case '<=':
      return v === undefined ? undefined : { hi: v, loStrict: false, hiStrict: false };
    case '<':
      return v === undefined ? undefined : { hi: v, loStrict: false, hiStrict: true };
    case 'range':
      return t.min === undefined || t.max === undefined ? undefined : { lo: t.min, hi: t.max, loStrict: false, hiStrict: false };
    default:
      return v === undefined ? undefined : { lo: v, hi: v, loStrict: false, hiStrict: false };
  }
}

/** The value a target stands for: its value, or a range's midpoint. */
export function representative(t: Target): number | undefined {
  if (t.op === 'range') return t.min !== undefined && t.max !== undefined ? (t.min + t.max) / 2 : undefined;
  return typeof t.value === 'number' ? t.value : undefined;
}

/**
 * More or less ambitious. When higher is better, the bound that matters is the lowest value that
 * still meets the target (≥ 8 asks more than ≥ 6,5; "trên 6,5" more than "từ 6,5"); when lower is
 * better, the highest (< 4 asks more than < 4,5). Ties are broken by strictness, then midpoint.
 */
function judge(from: Target, to: Target, direction: Direction): Ambition {
  const sa = score(from, direction);
  const sb = score(to, direction);
  if (!sa || !sb) return 'unknown';
  for (let i = 0; i < sa.length; i++) {
    if (sb[i]! > sa[i]!) return 'more';
    if (sb[i]! < sa[i]!) return 'less';
  }
  return 'same';
}

function score(t: Target, direction: Direction): number[] | undefined {
  const b = bounds(t);
  const mid = representative(t);
  if (!b || mid === undefined) return undefined;
  if (direction === 'higher') {
    const critical = b.lo ?? b.hi!;
    return [critical, b.lo !== undefined && b.loStrict ? 1 : 0, mid];
  }
  const critical = b.hi ?? b.lo!;
  return [-critical, b.hi !== undefined && b.hiStrict ? 1 : 0, -mid];
}

function sameNumbers(a: Target, b: Target): boolean {
  const op = (t: Target) => (t.op === '~' ? '~' : (t.op ?? '='));
  if (op(a) !== op(b)) return false;
  if (a.op === 'range') return a.min === b.min && a.max === b.max;
  return a.value === b.value;
}

/** Units compared loosely: NFC, case and spaces ("m 2" = "m2"). */
export function foldUnit(u: string | undefined): string {
  return nfc(u ?? '')
    .toLowerCase()
    .replace(/\s+/g, '');
}

// ---- clauses ------------------------------------------------------------------------------

interface ClauseEntry {
  kind: ClauseKind;
  label?: string;
  heading?: string;
  text?: string;
  carriedOver: boolean;
}

function clauseIndex(p: Obj): Map<string, ClauseEntry> {
  const out = new Map<string, ClauseEntry>();
  const add = (node: Obj, kind: ClauseKind) => {
    const id = str(node.id);
    if (id === undefined || out.has(id)) return;
    const e: ClauseEntry = { kind, carriedOver: node.carriedOver === true };
    if (str(node.label) !== undefined) e.label = str(node.label)!;
    if (str(node.heading) !== undefined) e.heading = str(node.heading)!;
    if (str(node.text) !== undefined) e.text = str(node.text)!;
    out.set(id, e);
  };
  const doc = asObject(p.document);
  for (const x of list(doc.legalBases)) add(asObject(x), 'preamble');
  for (const art of list(p.articles).map(asObject)) {
    add(art, 'article');
    for (const para of list(art.paragraphs)) add(asObject(para), 'paragraph');
    for (const item of list(art.items).map(asObject)) {
      add(item, 'item');
      for (const para of list(item.paragraphs)) add(asObject(para), 'paragraph');
    }
  }
  for (const x of list(doc.closing)) add(asObject(x), 'closing');
  return out;
}

function diffClauses(a: Obj, b: Obj) {
  const ia = clauseIndex(a);
  const ib = clauseIndex(b);
  const clauses: ClauseDiff[] = [];
  const carriedOver = { marked: [] as string[], cleared: [] as string[] };
  const counts = { unchanged: 0, changed: 0, added: 0, removed: 0, carriedOver: 0 };
  for (const [id, nb] of ib) {
    if (nb.carriedOver) counts.carriedOver++;
    const na = ia.get(id);
    if (!na) {
      counts.added++;
      clauses.push({ id, kind: nb.kind, status: 'added', ...textSide(nb, 'to') });
      continue;
    }
    if (na.carriedOver !== nb.carriedOver) (nb.carriedOver ? carriedOver.marked : carriedOver.cleared).push(id);
    const c: ClauseDiff = { id, kind: nb.kind, status: 'changed' };
    if (na.label !== nb.label) c.label = { ...(na.label !== undefined ? { from: na.label } : {}), ...(nb.label !== undefined ? { to: nb.label } : {}) };
    const heading = textChange(na.heading, nb.heading);
    if (heading) c.heading = heading;
    const text = textChange(na.text, nb.text);
    if (text) c.text = text;
    if (c.label || c.heading || c.text) {
      counts.changed++;
      clauses.push(c);
    } else counts.unchanged++;
  }
  for (const [id, na] of ia) {
    if (ib.has(id)) continue;
    counts.removed++;
    clauses.push({ id, kind: na.kind, status: 'removed', ...textSide(na, 'from') });
  }
  return { clauses, carriedOver, counts };
}

function textSide(e: ClauseEntry, side: 'from' | 'to'): Pick<ClauseDiff, 'label' | 'heading' | 'text'> {
  return {
    ...(e.label !== undefined ? { label: { [side]: e.label } } : {}),
    ...(e.heading !== undefined ? { heading: { [side]: e.heading } } : {}),
    ...(e.text !== undefined ? { text: { [side]: e.text } } : {}),
  };
}

function textChange(from: string | undefined, to: string | undefined): TextChange | undefined {
  if (from === to) return undefined;
  const c: TextChange = { ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
  if (from !== undefined && to !== undefined) c.diff = wordDiff(from, to);
  return c;
}

// ---- narrative targets and relations --------------------------------------------------------

function diffNarratives(a: Obj, b: Obj): NarrativeDiff[] {
  const la = list(a.narrativeTargets).map(asObject);
  const lb = list(b.narrativeTargets).map(asObject);
  const ia = byId(la);
  const seen = new Set<string>();
  const out: NarrativeDiff[] = [];
  const indicatorsB = byId(list(b.indicators).map(asObject));
  const indicatorsA = byId(list(a.indicators).map(asObject));
  const context = (nt: Obj, indicators: Map<string, { value: Obj }>) => {
    const ref = str(nt.indicator);
    const [indId, partId] = (ref ?? '').split('/');
    const ind = indId ? indicators.get(indId)?.value : undefined;
    const part = ind && partId ? list(ind.parts).map(asObject).find((p) => p.id === partId) : undefined;
    return { direction: dir(nt.direction) ?? dir(part?.direction) ?? dir(ind?.direction), change: ind ? changeOf(ind) : undefined };
  };
  for (const nb of lb) {
    const id = str(nb.id);
    if (id === undefined || seen.has(id)) continue;
    seen.add(id);
    const na = ia.get(id)?.value;
    const clause = { ...(na && str(na.clause) !== undefined ? { from: str(na.clause) } : {}), ...(str(nb.clause) !== undefined ? { to: str(nb.clause) } : {}) };
    const indicator = str(nb.indicator);
    if (!na) {
      const t = targetOf(nb.target);
      out.push({ id, status: 'added', clause, ...(indicator ? { indicator } : {}), text: { to: str(nb.text) ?? '' }, ...(t ? { target: compareTargets(undefined, t) } : {}), fields: [] });
      continue;
    }
    const ctxA = context(na, indicatorsA);
    const ctxB = context(nb, indicatorsB);
    const d: NarrativeDiff = { id, status: 'changed', clause, ...(indicator ? { indicator } : {}), fields: [] };
    const text = textChange(str(na.text), str(nb.text));
    if (text) d.text = text;
    const t = compareTargets(targetOf(na.target), targetOf(nb.target), ctxA.direction === ctxB.direction ? ctxB.direction : undefined, ctxB.change);
    if (t.verdict !== 'unchanged') d.target = t;
    pushField(d.fields, 'clause', na.clause, nb.clause);
    pushField(d.fields, 'indicator', na.indicator, nb.indicator);
    pushField(d.fields, 'unit', na.unit, nb.unit);
    pushField(d.fields, 'direction', na.direction, nb.direction);
    if (d.text || d.target || d.fields.length > 0) out.push(d);
  }
  for (const na of la) {
    const id = str(na.id);
    if (id === undefined || seen.has(id)) continue;
    seen.add(id);
    const t = targetOf(na.target);
    const indicator = str(na.indicator);
    out.push({
      id,
      status: 'removed',
      clause: str(na.clause) !== undefined ? { from: str(na.clause)! } : {},
      ...(indicator ? { indicator } : {}),
      text: { from: str(na.text) ?? '' },
      ...(t ? { target: compareTargets(t, undefined) } : {}),
      fields: [],
    });
  }
  return out;
}

function diffRelations(a: Obj, b: Obj): RelationDiff[] {
  const la = list(a.relations).map(asObject);
  const lb = list(b.relations).map(asObject);
  const ia = byId(la);
  const ib = byId(lb);
  const out: RelationDiff[] = [];
  for (const [id, { value: rb }] of ib) {
    const ra = ia.get(id)?.value;
    if (!ra) {
      out.push({ id, status: 'added', fields: [] });
      continue;
    }
    const fields: FieldChange[] = [];
    for (const f of ['kind', 'total', 'parts', 'note']) pushField(fields, f, ra[f], rb[f]);
    if (fields.length > 0) out.push({ id, status: 'changed', fields });
  }
  for (const [id] of ia) if (!ib.has(id)) out.push({ id, status: 'removed', fields: [] });
  return out;
}

// ---- defensive readers: a side may be only partly valid -----------------------------------

type Obj = Record<string, unknown>;

function asObject(v: unknown): Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {};
}

function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

function countList(v: unknown): number {
  return list(v).length;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function dir(v: unknown): Direction | undefined {
  return v === 'higher' || v === 'lower' || v === 'neutral' ? v : undefined;
}

function changeOf(ind: Obj): string | undefined {
  return str(ind.change);
}

function isDropped(ind: Obj): boolean {
  return ind.dropped !== undefined && ind.dropped !== null && ind.dropped !== false;
}

function targetOf(v: unknown): Target | undefined {
  const o = asObject(v);
  return Object.keys(o).length > 0 ? (o as Target) : undefined;
}

function byId(items: Obj[]): Map<string, { value: Obj; index: number }> {
  const m = new Map<string, { value: Obj; index: number }>();
  items.forEach((value, index) => {
    const id = str(value.id);
    if (id !== undefined && !m.has(id)) m.set(id, { value, index });
  });
  return m;
}

function nfc(s: string): string {
  return s.normalize('NFC');
}

function same(x: unknown, y: unknown): boolean {
  if (typeof x === 'string' && typeof y === 'string') return nfc(x) === nfc(y);
  return JSON.stringify(x) === JSON.stringify(y);
}

function pushField(out: FieldChange[], field: string, from: unknown, to: unknown) {
  if (same(from, to)) return;
  out.push({ field, ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) });
}
