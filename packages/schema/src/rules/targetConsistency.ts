// A target's structured fields against its indicator and against common sense: the unit
// its owner declares, a range's bounds, a share within 0–100%, a count that is not negative.

import type { Target } from '../model/types.js';
import { readUnit, unitFactor, sameUnit as sameUnitAs, withShareBase } from '../vocabulary/index.js';

/** The unit of a multiple (“gấp 2 lần”). */
const MULTIPLE_UNIT = 'lần';
import { num, parseWording, str, type TargetSite } from './helpers.js';
import type { Rule, RuleContext } from './rule.js';

/** Units compared by the vocabulary's algebra: case, whitespace, "m 2"/"m2", spellings, counted nouns. */
export function sameUnit(a: string, b: string): boolean {
  return sameUnitAs(a, b);
}

/** A target's unit with its share base, as the algebra reads it ("%" of GRDP: "%/GRDP"). */
export function unitWithBase(t: Target): string | undefined {
  return withShareBase(str(t.unit), str(t.of));
}

/**
 * The unit its owner declares, unless the target counts the same thing: at another scale
 * ("730 nghìn tỷ đồng" for an indicator in "tỷ đồng"), in another spelling ("tỉ đồng"), in
 * another word for the same thing ("căn" for "nhà ở"), or as a bare scale ("hơn 16 triệu").
 */
export const unitMismatch: Rule = {
  code: 'unit-mismatch',
  severity: 'error',
  check(ctx) {
    for (const site of ctx.plan.targets) {
      const unit = str(site.target.unit);
      if (site.unit === undefined || unit === undefined || site.status !== 'set') continue;
      // "gấp 2 lần": a multiple counts times the reference, whatever the indicator counts in.
      if (site.target.kind === 'multiple' && readUnit(unit).thing === MULTIPLE_UNIT) continue;
      if (unitFactor(unitWithBase(site.target), site.unit) === undefined) {
        ctx.reportAt(`${site.pointer}/unit`, { unit, expected: site.unit, id: site.id });
      }
    }
  },
};

/**
 * A target stated with no unit at all, neither written in its wording nor in its `unit` field,
 * while its indicator (or part) counts in one: "6,5" where “%” is meant reads as 6,5 of nothing.
 */
export const unitMissing: Rule = {
  code: 'unit-missing',
  severity: 'error',
  check(ctx) {
    for (const site of ctx.plan.targets) {
      const t = site.target;
      const expected = site.unit?.trim();
      const wording = t.wording;
      if (!expected || site.status !== 'set' || typeof wording !== 'string' || typeof t.op !== 'string') continue;
      if ((str(t.unit) ?? '').trim() !== '') continue;
      const r = parseWording(wording);
      if (!r.ok || r.target.op === undefined || r.target.unit !== undefined) continue;
      const at = ctx.model.sourceMap.get(`${site.pointer}/wording`) ? `${site.pointer}/wording` : site.pointer;
      ctx.reportAt(at, { wording, id: site.id, expected });
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
      // A plain range ("95-100%") or one qualified by its op ("khoảng 30-35").
      if (site.status !== 'set' || min === undefined || max === undefined || min <= max) continue;
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
