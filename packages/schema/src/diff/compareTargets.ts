// Two targets compared by meaning, beside the grammar's own meaning of a target
// (grammar/meaning.ts): not whether they are the same, but which way the value moved and
// whether that asks more or less, given which way is better for what the indicator measures
// (a lower CPI ceiling is stricter; a bigger "giảm" of a "higher is better" level is laxer).

import { foldUnit } from '../grammar/text.js';
import type { TargetSite } from '../model/planView.js';
import type { Direction, Target } from '../model/types.js';
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

  const wa = text(from.wording);
  const wb = text(to.wording);
  const wording = wa !== undefined && wb !== undefined && nfc(wa) !== nfc(wb) ? wordDiff(wa, wb) : undefined;
  const reworded = nfc(wa ?? '') !== nfc(wb ?? '');
  const extra = { ...base, ...(wording ? { wording } : {}) };
  const kindA = from.kind ?? 'level';
  const kindB = to.kind ?? 'level';
  const unitChanged = foldUnit(text(from.unit)) !== foldUnit(text(to.unit));
  if (unitChanged || kindA !== kindB) {
    return { verdict: 'reshaped', ambition: 'unknown', ...extra, ...(unitChanged ? { unitChanged } : {}), ...(kindA !== kindB ? { kindChanged: true } : {}) };
  }
  if (kindA === 'maintain') {
    const same = nfc(text(from.state) ?? '').toLowerCase() === nfc(text(to.state) ?? '').toLowerCase() && sameNumbers(from, to);
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
function representative(t: Target): number | undefined {
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

const nfc = (s: string): string => s.normalize('NFC');

/** A target's text field; a file may hold anything there (the schema check says so), and the diff must not throw. */
const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
