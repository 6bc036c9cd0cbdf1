// A target's structured fields against its indicator and against common sense: the unit
// its owner declares, a range's bounds, a share within 0–100%, a count that is not negative.

import { normalizeUnitSpacing } from '../grammar/index.js';
import { foldUnit } from '../grammar/text.js';
import { num, str, type TargetSite } from './helpers.js';
import type { Rule, RuleContext } from './rule.js';

const FOLDED = new Map<string, string>();

/** A unit as compared: case, whitespace and "m 2"/"m2" ignored (memoized: units repeat). */
function unitKey(unit: string): string {
  let k = FOLDED.get(unit);
  if (k === undefined) {
    k = foldUnit(normalizeUnitSpacing(unit));
    if (FOLDED.size > 5000) FOLDED.clear();
    FOLDED.set(unit, k);
  }
  return k;
}

/** Units compared as the grammar does: case, whitespace and "m 2"/"m2" ignored. */
export function sameUnit(a: string, b: string): boolean {
  return a === b || unitKey(a) === unitKey(b);
}

export const unitMismatch: Rule = {
  code: 'unit-mismatch',
  severity: 'error',
  check(ctx) {
    for (const site of ctx.plan.targets) {
      const unit = str(site.target.unit);
      if (site.unit === undefined || unit === undefined || site.status !== 'set') continue;
      if (!sameUnit(unit, site.unit)) ctx.reportAt(`${site.pointer}/unit`, { unit, expected: site.unit, id: site.id });
    }
  },
};

export const rangeOrder: Rule = {
  code: 'range-order',
  severity: 'error',
  check(ctx) {
    for (const site of ctx.plan.targets) {
      const min = num(site.target.min);
      const max = num(site.target.max);
      if (site.status !== 'set' || site.target.op !== 'range' || min === undefined || max === undefined || min <= max) continue;
      ctx.reportAt(`${site.pointer}/min`, { id: site.id, min, max });
    }
  },
};

export const shareOutOfRange: Rule = {
  code: 'share-out-of-range',
  severity: 'error',
  check(ctx) {
    for (const site of ctx.plan.targets) {
      if (!isLevel(ctx, site) || !isPercent(site.target.unit)) continue;
      for (const field of ['value', 'min', 'max'] as const) {
        const v = num(site.target[field]);
        if (v !== undefined && (v < 0 || v > 100)) ctx.reportAt(`${site.pointer}/${field}`, { id: site.id, value: v });
      }
    }
  },
};

export const negativeCount: Rule = {
  code: 'negative-count',
  severity: 'error',
  check(ctx) {
    for (const site of ctx.plan.targets) {
      const unit = str(site.target.unit);
      if (!isLevel(ctx, site) || unit === undefined || isPercent(unit)) continue;
      for (const field of ['value', 'min', 'max'] as const) {
        const v = num(site.target[field]);
        if (v !== undefined && v < 0) ctx.reportAt(`${site.pointer}/${field}`, { id: site.id, value: v, unit });
      }
    }
  },
};

function isPercent(unit: unknown): boolean {
  return typeof unit === 'string' && unit.trim() === '%';
}

/**
 * A target that states a level (not a change): its kind is level or maintain and neither
 * its indicator nor, for a narrative target, the indicator it restates measures a change.
 */
function isLevel(ctx: RuleContext, site: TargetSite): boolean {
  const kind = site.target.kind ?? 'level';
  if (site.status !== 'set' || (kind !== 'level' && kind !== 'maintain')) return false;
  if (site.change) return false;
  const ref = site.narrative?.indicator;
  if (typeof ref === 'string') {
    const change = ctx.plan.resolve(ref)?.indicator.change;
    if (change === 'increase' || change === 'decrease') return false;
  }
  return true;
}
