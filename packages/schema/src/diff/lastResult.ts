// The achievement in the review: the old plan's result for an indicator or part (its latest,
// final else estimate), judged against the old target, and whether the new target is already
// reached by it, with room to spare (a target set below what was achieved).

import { achievement, achievementOf } from '../achievement/achievement.js';
import { sameNumber } from '../grammar/meaning.js';
import type { IndicatorNode, PartNode } from '../model/planView.js';
import type { ResultReview } from './types.js';

export function lastResult(old: IndicatorNode | PartNode, now: IndicatorNode | PartNode | undefined): ResultReview | undefined {
  const site = old.results?.latest;
  if (!site) return undefined;
  const result = { ...site.result, ...(site.result.unit === undefined && site.unit !== undefined ? { unit: site.unit } : {}) };
  const review: ResultReview = { stage: site.stage, result, achievement: achievementOf(old).verdict };
  const target = now?.target?.target;
  if (now && target && now.target?.status === 'set') {
    const indicator = 'indicator' in now ? now.indicator : now;
    const a = achievement(target, result, {
      ...(now.direction ? { direction: now.direction } : {}),
      ...(now.unit !== undefined ? { unit: now.unit } : {}),
      ...(indicator.change ? { change: indicator.change } : {}),
    });
    // Met, and not just at the target's own figure: the result was beyond it.
    const edge = [target.value, target.min, target.max].some((x) => typeof x === 'number' && a.value !== undefined && sameNumber(x, a.value));
    if (a.verdict === 'met' && !edge && (now.direction === 'higher' || now.direction === 'lower')) review.newTarget = now.direction === 'higher' ? 'below-result' : 'above-result';
  }
  return review;
}
