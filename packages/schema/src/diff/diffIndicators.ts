// Indicators and their parts, paired by id: name, fields, form, target (by meaning), dropped.

import type { IndicatorNode, PartNode, PlanView } from '../model/planView.js';
import { compareTargets, sincePrevious, targetOf } from './compareTargets.js';
import { lastResult } from './lastResult.js';
import { fieldsOf, pushField, stringField } from './fieldChanges.js';
import { matchById, type Match } from './matchById.js';
import type { IndicatorDiff, PartDiff } from './types.js';
import { wordDiff, type WordDiff } from './wordDiff.js';

const INDICATOR_FIELDS = ['unit', 'direction', 'change', 'relativeTo'] as const;
const INDICATOR_OTHER_FIELDS = ['clauses', 'nameInText', 'separator', 'end', 'note'] as const;
const PART_FIELDS = ['unit', 'direction', 'label', 'separator', 'end'] as const;

/** Every indicator of either side: the new side's order, then the removed ones. */
export function diffIndicators(a: PlanView, b: PlanView): IndicatorDiff[] {
  const out = matchById(a.indicators, b.indicators).map(diffIndicator);
  linkReplacements(out);
  return out;
}

function diffIndicator({ id, from: o, to: n }: Match<IndicatorNode>): IndicatorDiff {
  const side = n ?? o!;
  const numberA = o && stringField(o, 'number');
  const numberB = n && stringField(n, 'number');
  const d: IndicatorDiff = {
    id,
    name: side.name,
    status: 'unchanged',
    number: { ...(numberA !== undefined ? { from: numberA } : {}), ...(numberB !== undefined ? { to: numberB } : {}) },
    position: { ...(o ? { from: o.index } : {}), ...(n ? { to: n.index } : {}) },
    ...(side.direction ? { direction: side.direction } : {}),
    parts: [],
    fields: [],
  };
  const prev = targetOf(n?.target, 'previous');
  if (prev) d.previousTarget = prev;
  const review = o ? lastResult(o, n && !n.dropped && !n.unconfirmed ? n : undefined) : undefined;
  if (review) d.lastResult = review;
  if (!o || !n) {
    d.status = o ? 'removed' : 'added';
    const t = targetOf(side.target);
    if (t) d.target = compareTargets(o ? t : undefined, n ? t : undefined);
    d.parts = side.parts.map((p) => partOnly(p, o ? 'removed' : 'added'));
    if (n?.dropped) {
      d.status = 'dropped';
      dropDetails(d, n);
    } else if (n?.unconfirmed) {
      d.status = 'unconfirmed';
      d.unconfirmedReason = unconfirmedReason(n);
    }
    return d;
  }

  // Newly dropped or unconfirmed: last year's target and the reason say it all. The block a
  // plan keeps for such an indicator may leave out its unit, direction or form, and that is
  // no change to report ("unit: % → —").
  if ((n.dropped && !o.dropped) || (n.unconfirmed && !o.unconfirmed && !n.dropped)) {
    const ta = targetOf(o.target);
    if (ta) d.target = compareTargets(ta, undefined);
    d.parts = o.parts.map((p) => partOnly(p, 'removed'));
    if (n.dropped) {
      d.status = 'dropped';
      dropDetails(d, n);
    } else {
      d.status = 'unconfirmed';
      d.unconfirmedReason = unconfirmedReason(n);
    }
    return d;
  }

  const nameDiff = namesDiff(o, n);
  if (nameDiff) d.nameDiff = nameDiff;
  const fa = fieldsOf(o);
  const fb = fieldsOf(n);
  for (const f of INDICATOR_FIELDS) pushField(d.fields, f, fa[f], fb[f]);
  const partsA = o.parts.length > 0;
  const partsB = n.parts.length > 0;
  if (partsA !== partsB) d.fields.push({ field: 'form', from: partsA ? 'parts' : 'target', to: partsB ? 'parts' : 'target' });
  for (const f of INDICATOR_OTHER_FIELDS) pushField(d.fields, f, fa[f], fb[f]);

  // A direction that changed makes ambition meaningless: judge only by a direction both share.
  const sharedDirection = o.direction === n.direction ? n.direction : undefined;
  const change = o.change === n.change ? n.change : undefined;
  const ta = targetOf(o.target);
  const tb = targetOf(n.target);
  if (ta || tb) d.target = compareTargets(ta, tb, sharedDirection, change);
  const since = sincePrevious(d.target, prev, n.direction, n.change);
  if (since) d.sincePrevious = since;
  d.parts = diffParts(o, n, change);

  if (o.dropped && !n.dropped) d.status = 'restored';
  else {
    if (o.dropped && n.dropped) {
      pushField(d.fields, 'dropped.reason', rawReason(o), rawReason(n));
      pushField(d.fields, 'dropped.replacedBy', o.replacedBy, n.replacedBy);
      if (n.replacedBy) d.replacedBy = n.replacedBy;
    }
    // Not a drop (`dropped: true`: the schema check says what it should be), but still a change.
    else if (!o.dropped && !n.dropped) pushField(d.fields, 'dropped', fa.dropped, fb.dropped);
    if (o.unconfirmed && n.unconfirmed) pushField(d.fields, 'unconfirmed.reason', unconfirmedReason(o), unconfirmedReason(n));
    else if (o.unconfirmed !== n.unconfirmed && !n.dropped) d.fields.push({ field: 'unconfirmed', from: o.unconfirmed, to: n.unconfirmed });
    const changed =
      d.nameDiff !== undefined ||
      d.fields.length > 0 ||
      (d.target !== undefined && d.target.verdict !== 'unchanged') ||
      d.parts.some((p) => p.status !== 'unchanged');
    d.status = changed ? 'changed' : 'unchanged';
  }
  return d;
}

/** Parts paired by id; each judged by its own direction (else its indicator's) when both sides share it. */
function diffParts(o: IndicatorNode, n: IndicatorNode, change: IndicatorNode['change']): PartDiff[] {
  return matchById(o.parts, n.parts).map(({ id, from: q, to: p }) => {
    if (!q) return partOnly(p!, 'added');
    if (!p) return partOnly(q, 'removed');
    const pd: PartDiff = { id, name: p.name, status: 'unchanged', fields: [] };
    const review = lastResult(q, p);
    if (review) pd.lastResult = review;
    const label = stringField(p, 'label');
    if (label !== undefined) pd.label = label;
    const prev = targetOf(p.target, 'previous');
    if (prev) pd.previousTarget = prev;
    const nameDiff = namesDiff(q, p);
    if (nameDiff) pd.nameDiff = nameDiff;
    const fq = fieldsOf(q);
    const fp = fieldsOf(p);
    for (const f of PART_FIELDS) pushField(pd.fields, f, fq[f], fp[f]);
    const direction = q.direction === p.direction ? p.direction : undefined;
    const ta = targetOf(q.target);
    const tb = targetOf(p.target);
    if (ta || tb) pd.target = compareTargets(ta, tb, direction, change);
    const since = sincePrevious(pd.target, prev, p.direction, n.change);
    if (since) pd.sincePrevious = since;
    if (pd.nameDiff || pd.fields.length > 0 || (pd.target && pd.target.verdict !== 'unchanged')) pd.status = 'changed';
    return pd;
  });
}

/** A part on one side only (or of an indicator on one side only). */
function partOnly(p: PartNode, status: 'added' | 'removed'): PartDiff {
  const pd: PartDiff = { id: p.id, name: p.name, status, fields: [] };
  const review = status === 'removed' ? lastResult(p, undefined) : undefined;
  if (review) pd.lastResult = review;
  const label = stringField(p, 'label');
  if (label !== undefined) pd.label = label;
  const t = targetOf(p.target);
  if (t) pd.target = compareTargets(status === 'removed' ? t : undefined, status === 'added' ? t : undefined);
  return pd;
}

/** The names as written (none is '', not the id the view shows instead), when they differ. */
function namesDiff(o: IndicatorNode | PartNode, n: IndicatorNode | PartNode): WordDiff | undefined {
  const a = stringField(o, 'name') ?? '';
  const b = stringField(n, 'name') ?? '';
  return a.normalize('NFC') !== b.normalize('NFC') ? wordDiff(a, b) : undefined;
}

/** `dropped.reason` as written (the view says only whether the indicator is dropped). */
function rawReason(ind: IndicatorNode): unknown {
  return (fieldsOf(ind).dropped as Record<string, unknown>).reason;
}

function droppedReason(ind: IndicatorNode): string {
  const reason = rawReason(ind);
  return typeof reason === 'string' ? reason : '';
}

function dropDetails(d: IndicatorDiff, n: IndicatorNode): void {
  d.droppedReason = droppedReason(n);
  if (n.replacedBy) d.replacedBy = n.replacedBy;
}

/** `unconfirmed.reason` as written. */
function unconfirmedReason(ind: IndicatorNode): string {
  const u = fieldsOf(ind).unconfirmed as Record<string, unknown> | undefined;
  return typeof u?.reason === 'string' ? u.reason : '';
}

/** Each replacing indicator learns what it replaces ("thay cho / replaces"), from the dropped ones' replacedBy. */
export function linkReplacements(indicators: IndicatorDiff[]): void {
  const byId = new Map(indicators.map((d) => [d.id, d]));
  for (const d of indicators) {
    if (!d.replacedBy) continue;
    const by = byId.get(d.replacedBy);
    if (by && by !== d) (by.replaces ??= []).push(d.id);
  }
}
