// compareTargets on targets whose fields are not what the schema says: a side with schema
// errors is still diffed (kehoach diff notes the errors and goes on), so nothing may throw.
import { describe, expect, it } from 'vitest';
import type { Target } from '../model/types.js';
import { compareTargets } from './compareTargets.js';

const lvl: Target = { wording: 'dưới 4%', kind: 'level', op: '<', value: 4, unit: '%' };
const bad = (t: Record<string, unknown>) => t as unknown as Target;

describe('compareTargets on a target of the wrong shape', () => {
  it('a wording, unit or state that is not a string counts as none, and does not throw', () => {
    expect(compareTargets(lvl, bad({ ...lvl, wording: 5 }), 'lower')).toMatchObject({ verdict: 'reworded', ambition: 'same' });
    expect(compareTargets(bad({ ...lvl, unit: 5 }), lvl, 'lower')).toMatchObject({ verdict: 'reshaped', unitChanged: true });
    const keep = { wording: 'duy trì', kind: 'maintain', state: 'không có hộ nghèo' };
    expect(compareTargets(bad(keep), bad({ ...keep, state: ['x'] }))).toMatchObject({ verdict: 'reshaped', ambition: 'unknown' });
  });
});

describe('compareTargets across scales and spellings (vocabulary/units.ts)', () => {
  // Hà Nội 2026's investment, as the press restates it (plans/ha-noi/sources/2026-482-NQ-HDND-partial.txt).
  const nghinTy: Target = { wording: '730 nghìn tỷ đồng', op: '=', value: 730, unit: 'nghìn tỷ đồng' };
  const ty: Target = { wording: '700.000 tỷ đồng', op: '=', value: 700000, unit: 'tỷ đồng' };
  const ti: Target = { wording: '730.000 tỉ đồng', op: '=', value: 730000, unit: 'tỉ đồng' };

  it('a value that differs only by scale is raised or lowered, with its ambition, not “unit changed”', () => {
    expect(compareTargets(ty, nghinTy, 'higher')).toMatchObject({ verdict: 'raised', ambition: 'more' });
    expect(compareTargets(nghinTy, ty, 'higher')).toMatchObject({ verdict: 'lowered', ambition: 'less' });
    expect(compareTargets(ty, nghinTy, 'higher').unitChanged).toBeUndefined();
  });

  it('the same amount in another scale or spelling is the same target, reworded', () => {
    expect(compareTargets(ti, nghinTy, 'higher')).toMatchObject({ verdict: 'reworded', ambition: 'same' });
    expect(compareTargets({ ...ty, value: 730000 }, ti, 'higher')).toMatchObject({ verdict: 'reworded', ambition: 'same' });
    const nhaO: Target = { wording: '4.670 nhà ở', op: '=', value: 4670, unit: 'nhà ở' };
    expect(compareTargets(nhaO, { wording: '18.000 căn', op: '=', value: 18000, unit: 'căn' }, 'higher')).toMatchObject({ verdict: 'raised', ambition: 'more' });
  });

  it('units that count other things are still “unit changed”', () => {
    expect(compareTargets(ty, { wording: '7 tỷ USD', op: '=', value: 7, unit: 'tỷ USD' }, 'higher')).toMatchObject({ verdict: 'reshaped', unitChanged: true });
    expect(compareTargets({ wording: '30%', op: '=', value: 30, unit: '%', of: 'GRDP' }, { wording: '30% GDP', op: '=', value: 30, unit: '%', of: 'GDP' })).toMatchObject({ unitChanged: true });
  });

  it('“khoảng” over a range: judged on its bounds, compared with the plain range', () => {
    const about: Target = { wording: 'khoảng 4.900 - 5.000 USD/người', op: '~', min: 4900, max: 5000, unit: 'USD/người' };
    expect(compareTargets(about, { ...about, min: 5000, max: 5200 }, 'higher')).toMatchObject({ verdict: 'raised', ambition: 'more' });
    expect(compareTargets(about, { ...about, op: 'range' }, 'higher').verdict).not.toBe('unchanged');
  });
});
