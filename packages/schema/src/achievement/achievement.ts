// Whether a year's result met its target: one function, following the target's comparator and
// the indicator's direction, shared by the history, the editor's hover and the diff.

import { sameNumber } from '../grammar/meaning.js';
import { isCheckable, type IndicatorNode, type PartNode, type ResultSite, type ResultStage } from '../model/planView.js';
import type { Direction, Result, Target } from '../model/types.js';
import { unitFactor, withShareBase } from '../vocabulary/units.js';

/** met, not met, met in part (a range reached at its lower end only), or unknown. */
export type Verdict = 'met' | 'not-met' | 'partly-met' | 'unknown';

/** Why a verdict is unknown. */
export type UnknownReason =
  /** The target is a placeholder, unknown, or missing. */
  | 'no-target'
  /** No result is known. */
  | 'no-result'
  /** The target or the result has no number to compare ("giải ngân toàn bộ"). */
  | 'not-numeric'
  /** The result's unit cannot be converted into the target's (rule `result-unit-mismatch`). */
  | 'unit-mismatch'
  /** One is a level, the other a change ("đạt 95%" against "tăng 5%"). */
  | 'kind-mismatch';

export interface Achievement {
  verdict: Verdict;
  /** Set when the verdict is unknown. */
  reason?: UnknownReason;
  /** The result's figure in the target's unit (the lower and upper bound when the result is a range). */
  value?: number;
  max?: number;
}

export interface AchievementContext {
  /** Which way is better for the figure the target states (the indicator's or part's direction). */
  direction?: Direction;
  /** The owner's unit, for a target or result that writes none. */
  unit?: string;
  /** The indicator itself measures a change: a level-worded target is the size of that change. */
  change?: 'increase' | 'decrease';
}

/** Relative slack of "khoảng" (about) when no direction says which side is better. */
const ABOUT_SLACK = 0.05;

/**
 * The verdict of `result` against `target`:
 * - `>=`, `>`, `<=`, `<`: the comparator decides, met or not met;
 * - `=` ("đạt 95%") and `~` ("khoảng 30%"): reaching the figure on the better side of the
 *   direction is met (higher: at or above; lower: at or below); with no direction, `=` is met only
 *   at the figure and `~` within 5% of it;
 * - a range ("6,5-7%", "khoảng 30-35", "ít nhất 4-5%"): beyond the better bound met, between the
 *   bounds met in part, short of the lesser bound not met; with no direction, inside is met;
 * - `maintain` ("Duy trì 100%") is met only at the figure.
 * The size of a decrease stated on an indicator that does not itself measure a change
 * ("giảm 0,15%" of a rate whose direction is lower) is better the larger it is.
 */
export function achievement(target: Target | undefined, result: Result | undefined, ctx: AchievementContext = {}): Achievement {
  if (!isCheckable(target)) return unknown('no-target');
  if (!result || typeof result !== 'object') return unknown('no-result');
  const bounds = figures(target);
  const got = figures(result);
  if (!bounds || !got) return unknown('not-numeric');
  if (!sameKind(target, result, ctx.change)) return unknown('kind-mismatch');
  const factor = unitFactor(withShareBase(result.unit ?? ctx.unit, result.of), withShareBase(target.unit ?? ctx.unit, target.of));
  if (factor === undefined) return unknown('unit-mismatch');
  const lo = got.lo * factor;
  const hi = got.hi * factor;
  const judge = (v: number) => verdictAt(v, target, bounds, betterDirection(target, ctx));
  const a = judge(lo);
  const b = lo === hi ? a : judge(hi);
  // A result given as a range ("ước đạt 7-7,5%") is judged at both ends.
  const verdict: Verdict = a === b ? a : 'partly-met';
  return { verdict, value: lo, ...(hi !== lo ? { max: hi } : {}) };
}

/** The verdict of an indicator's or part's own target against its latest result (final, else estimate). */
export function achievementOf(node: IndicatorNode | PartNode): Achievement & { stage?: ResultStage; result?: ResultSite } {
  const latest = node.results?.latest;
  const indicator = 'indicator' in node ? node.indicator : node;
  const a = achievement(node.target?.target, latest?.result, {
    ...(node.direction ? { direction: node.direction } : {}),
    ...(node.unit !== undefined ? { unit: node.unit } : {}),
    ...(indicator.change ? { change: indicator.change } : {}),
  });
  return latest ? { ...a, stage: latest.stage, result: latest } : a;
}

function unknown(reason: UnknownReason): Achievement {
  return { verdict: 'unknown', reason };
}

const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The figure(s) a target or result states: one value, or a range's bounds. */
function figures(t: Target | Result): { lo: number; hi: number; range: boolean } | undefined {
  if (num(t.min) && num(t.max)) return t.min <= t.max ? { lo: t.min, hi: t.max, range: true } : { lo: t.max, hi: t.min, range: true };
  if (num(t.value)) return { lo: t.value, hi: t.value, range: false };
  return undefined;
}

/** Level, increase and decrease compare with their own kind; a change indicator's level is its change. */
function sameKind(target: Target, result: Result, change: 'increase' | 'decrease' | undefined): boolean {
  const norm = (k: string | undefined) => {
    const kind = k === 'maintain' || k === 'state' || k === undefined ? 'level' : k;
    return change && kind === 'level' ? change : kind;
  };
  return norm(target.kind) === norm(result.kind);
}

function betterDirection(target: Target, ctx: AchievementContext): Direction {
  const d = ctx.direction ?? 'neutral';
  if (target.kind === 'maintain') return 'neutral';
  // "giảm 0,15%" of a rate better lower: the size of the decrease is better higher.
  if (target.kind === 'decrease' && !ctx.change) return d === 'lower' ? 'higher' : d === 'higher' ? 'lower' : d;
  return d;
}

function verdictAt(v: number, target: Target, bounds: { lo: number; hi: number; range: boolean }, direction: Direction): Verdict {
  const ge = (a: number, b: number) => a > b || sameNumber(a, b);
  const le = (a: number, b: number) => a < b || sameNumber(a, b);
  const yes = (ok: boolean): Verdict => (ok ? 'met' : 'not-met');
  if (bounds.range) {
    // "ít nhất 4-5%" is better higher, "không quá 4-5%" lower, whatever the indicator says.
    const d = target.op === '>=' || target.op === '>' ? 'higher' : target.op === '<=' || target.op === '<' ? 'lower' : direction;
    if (d === 'higher') return ge(v, bounds.hi) ? 'met' : ge(v, bounds.lo) ? 'partly-met' : 'not-met';
    if (d === 'lower') return le(v, bounds.lo) ? 'met' : le(v, bounds.hi) ? 'partly-met' : 'not-met';
    return yes(ge(v, bounds.lo) && le(v, bounds.hi));
  }
  const t = bounds.lo;
  switch (target.op) {
    case '>=':
      return yes(ge(v, t));
    case '>':
      return yes(v > t && !sameNumber(v, t));
    case '<=':
      return yes(le(v, t));
    case '<':
      return yes(v < t && !sameNumber(v, t));
    case '~':
      if (direction === 'higher') return yes(ge(v, t));
      if (direction === 'lower') return yes(le(v, t));
      return yes(Math.abs(v - t) <= Math.abs(t) * ABOUT_SLACK || sameNumber(v, t));
    default:
      if (direction === 'higher') return yes(ge(v, t));
      if (direction === 'lower') return yes(le(v, t));
      return yes(sameNumber(v, t));
  }
}
