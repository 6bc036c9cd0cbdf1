// Two targets compared by meaning, beside the grammar's own meaning of a target
// (grammar/meaning.ts): not whether they are the same, but which way the value moved and
// whether that asks more or less, given which way is better for what the indicator measures
// (a lower CPI ceiling is stricter; a bigger "giảm" of a "higher is better" level is laxer).

import type { TargetSite } from '../model/planView.js';
import type { Direction, Target } from '../model/types.js';
import { unitFactor, withShareBase } from '../vocabulary/index.js';
import type { Ambition, TargetChange, TargetVerdict } from './types.js';
import { wordDiff } from './wordDiff.js';

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
  // A target no source gives (`unknown: true`) has no value to compare: not a change of unit or form.
  if (to.unknown === true) return { verdict: 'not-known', ambition: 'unknown', ...base };
  if (from.unknown === true) return { verdict: 'was-not-known', ambition: 'unknown', ...base };

  const wa = text(from.wording);
  const wb = text(to.wording);
  const wording = wa !== undefined && wb !== undefined && nfc(wa) !== nfc(wb) ? wordDiff(wa, wb) : undefined;
  const reworded = nfc(wa ?? '') !== nfc(wb ?? '');
  const extra = { ...base, ...(wording ? { wording } : {}) };
  const kindA = from.kind ?? 'level';
  const kindB = to.kind ?? 'level';
  // Units that differ only by scale or spelling ("730 nghìn tỷ đồng", "700.000 tỷ đồng") compare
  // by value, the older one converted into the newer one's unit (vocabulary/units.ts).
  const factor = unitFactor(withShareBase(text(from.unit), text(from.of)), withShareBase(text(to.unit), text(to.of)));
  const unitChanged = factor === undefined;
  if (unitChanged || kindA !== kindB) {
    return { verdict: 'reshaped', ambition: 'unknown', ...extra, ...(unitChanged ? { unitChanged } : {}), ...(kindA !== kindB ? { kindChanged: true } : {}) };
  }
  const old = factor === 1 ? from : rescaled(from, factor);
  if (kindA === 'maintain' || kindA === 'state') {
    const same = nfc(text(from.state) ?? '').toLowerCase() === nfc(text(to.state) ?? '').toLowerCase() && sameNumbers(old, to);
    if (same) return { verdict: reworded ? 'reworded' : 'unchanged', ambition: 'same', ...extra };
    return { verdict: 'reshaped', ambition: 'unknown', ...extra };
  }
  if (sameNumbers(old, to)) {
    return { verdict: reworded ? 'reworded' : 'unchanged', ambition: 'same', ...extra };
  }
  const verdict = movement(old, to);
  if (verdict === undefined) return { verdict: 'reshaped', ambition: 'unknown', ...extra };
  const effective = effectiveDirection(direction, kindA, subjectChange);
  const ambition = effective ? judge(old, to, effective) : 'unknown';
  const shape = verdict === 'reshaped' ? boundsChange(old, to) : undefined;
  return { verdict, ambition, ...extra, ...(effective ? { direction: effective } : {}), ...(shape ? { bounds: shape } : {}) };
}

/** The target a site holds; one with no field at all says nothing and counts as none. */
export function targetOf(site: TargetSite | undefined, which: 'target' | 'previous' = 'target'): Target | undefined {
  const t = site?.[which];
  return t && Object.keys(t).length > 0 ? t : undefined;
}

/** A target just set in a draft, judged against the previousTarget the draft keeps. */
export function sincePrevious(change: TargetChange | undefined, previous: Target | undefined, direction: Direction | undefined, subjectChange: string | undefined): TargetChange | undefined {
  if (!change || !previous || change.verdict !== 'set' || !change.to) return undefined;
  return compareTargets(previous, change.to, direction, subjectChange);
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

/** A range, plain ("95-100%") or under another op ("khoảng 30-35", "ít nhất 4-5%"). */
function isRange(t: Target): boolean {
  return t.op === 'range' || (typeof t.value !== 'number' && typeof t.min === 'number' && typeof t.max === 'number');
}

function bounds(t: Target): Bounds | undefined {
  const range = isRange(t);
  if (range && (typeof t.min !== 'number' || typeof t.max !== 'number')) return undefined;
  if (!range && typeof t.value !== 'number') return undefined;
  // The least and the most a target allows: "ít nhất 4-5%" starts at 4, "dưới 4-5%" ends at 5.
  const lo = range ? t.min! : t.value!;
  const hi = range ? t.max! : t.value!;
  switch (t.op) {
    case '>=':
      return { lo, loStrict: false, hiStrict: false };
    case '>':
      return { lo, loStrict: true, hiStrict: false };
    case '<=':
      return { hi, loStrict: false, hiStrict: false };
    case '<':
      return { hi, loStrict: false, hiStrict: true };
    default:
      return { lo, hi, loStrict: false, hiStrict: false };
  }
}

/** The value a target stands for: its value, or a range's midpoint. */
function representative(t: Target): number | undefined {
  if (isRange(t)) return typeof t.min === 'number' && typeof t.max === 'number' ? (t.min + t.max) / 2 : undefined;
  return typeof t.value === 'number' ? t.value : undefined;
}

/**
 * Which way the target moved, by the bounds both sides have (a floor, a ceiling, or both): all
 * that moved went up (raised) or down (lowered), the floor up and the ceiling down (narrowed),
 * the other way (widened). A bound on one side only ("50–55%" → "trên 50%": the ceiling gone)
 * or a change of strictness alone moves nothing: the comparator changed (reshaped), said as
 * such. So the movement never says "lowered" where the floor that a reader judges by went up.
 */
function movement(from: Target, to: Target): TargetVerdict | undefined {
  const a = bounds(from);
  const b = bounds(to);
  if (!a || !b) return undefined;
  const lo = a.lo !== undefined && b.lo !== undefined ? Math.sign(b.lo - a.lo) : 0;
  const hi = a.hi !== undefined && b.hi !== undefined ? Math.sign(b.hi - a.hi) : 0;
  if (lo >= 0 && hi >= 0 && lo + hi > 0) return 'raised';
  if (lo <= 0 && hi <= 0 && lo + hi < 0) return 'lowered';
  if (lo > 0 && hi < 0) return 'narrowed';
  if (lo < 0 && hi > 0) return 'widened';
  return 'reshaped';
}

/** A floor or a ceiling that one side has and the other not ("50–55%" → "trên 50%": the ceiling removed). */
function boundsChange(from: Target, to: Target): TargetChange['bounds'] {
  const a = bounds(from);
  const b = bounds(to);
  if (!a || !b) return undefined;
  const side = (x: number | undefined, y: number | undefined) => (x === undefined && y !== undefined ? 'added' : x !== undefined && y === undefined ? 'removed' : undefined);
  const floor = side(a.lo, b.lo);
  const ceiling = side(a.hi, b.hi);
  return floor || ceiling ? { ...(floor ? { floor } : {}), ...(ceiling ? { ceiling } : {}) } : undefined;
}

/** The target's numbers × factor: the same target in another unit's scale. */
function rescaled(t: Target, factor: number): Target {
  const out: Target = { ...t };
  for (const f of ['value', 'min', 'max'] as const) if (typeof t[f] === 'number') out[f] = t[f] * factor;
  return out;
}

/**
 * More or less ambitious. When higher is better, the bound that matters is the lowest value that
 * still meets the target (≥ 8 asks more than ≥ 6,5; "trên 6,5" more than "từ 6,5"); when lower is
 * better, the highest (< 4 asks more than < 4,5). Ties are broken by strictness, then midpoint.
 * Unknown when either side lacks that bound (≥ 5 against ≤ 10).
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

/**
 * The bound that matters, its strictness and the midpoint; none when the target has no such
 * bound (a ceiling, "dưới 10%", says nothing of how much more a "higher is better" target asks).
 */
function score(t: Target, direction: Direction): number[] | undefined {
  const b = bounds(t);
  const mid = representative(t);
  if (!b || mid === undefined) return undefined;
  if (direction === 'higher') return b.lo === undefined ? undefined : [b.lo, b.loStrict ? 1 : 0, mid];
  return b.hi === undefined ? undefined : [-b.hi, b.hiStrict ? 1 : 0, -mid];
}

function sameNumbers(a: Target, b: Target): boolean {
  const op = (t: Target) => t.op ?? '=';
  if (op(a) !== op(b) || isRange(a) !== isRange(b)) return false;
  if (isRange(a)) return close(a.min, b.min) && close(a.max, b.max);
  return close(a.value, b.value);
}

/** Equal within 1e-9 relative: a value converted between scales is not bit-exact. */
function close(a: number | undefined, b: number | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

const nfc = (s: string): string => s.normalize('NFC');

/** A target's text field; a file may hold anything there (the schema check says so), and the diff must not throw. */
const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
