// compareTargets on targets whose fields are not what the schema says: a side with schema
// errors is still diffed (kehoach diff notes the errors and goes on), so nothing may throw.
import { describe, expect, it } from 'vitest';
import type { Target } from '../model/types.js';
import { compareTargets } from './compareTargets.js';
import { describeChange, formatTarget } from './format.js';

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

describe('the words of a change never contradict (every pair of comparator forms)', () => {
  // Every form a target takes: a value, a floor (≥, >), a ceiling (≤, <), "khoảng", a range.
  const FORMS: Record<string, (v: number) => Target> = {
    '=': (v) => ({ op: '=', value: v, unit: '%' }),
    '>=': (v) => ({ op: '>=', value: v, unit: '%' }),
    '>': (v) => ({ op: '>', value: v, unit: '%' }),
    '<=': (v) => ({ op: '<=', value: v, unit: '%' }),
    '<': (v) => ({ op: '<', value: v, unit: '%' }),
    '~': (v) => ({ op: '~', value: v, unit: '%' }),
    range: (v) => ({ op: 'range', min: v, max: v + 5, unit: '%' }),
  };
  const row = (x: Target, y: Target) =>
    `${formatTarget(x, 'vi')} → ${formatTarget(y, 'vi')} | ${describeChange(compareTargets(x, y, 'higher'), 'vi')} | ${describeChange(compareTargets(x, y, 'lower'), 'vi')}`;

  it('the wording table: from → to | higher is better | lower is better (same numbers, then 5 points up)', () => {
    const rows: string[] = [];
    for (const a of Object.keys(FORMS)) for (const b of Object.keys(FORMS)) for (const up of [0, 5]) rows.push(row(FORMS[a]!(50), FORMS[b]!(50 + up)));
    expect(rows).toEqual(
      `
  50% → 50% | không đổi | không đổi
  50% → 55% | nâng, tham vọng hơn | nâng, kém tham vọng hơn
  50% → ≥ 50% | đổi dạng: bỏ mức trần | đổi dạng: bỏ mức trần
  50% → ≥ 55% | nâng, tham vọng hơn | nâng
  50% → > 50% | đổi dạng: bỏ mức trần, tham vọng hơn | đổi dạng: bỏ mức trần
  50% → > 55% | nâng, tham vọng hơn | nâng
  50% → ≤ 50% | đổi dạng: bỏ mức sàn | đổi dạng: bỏ mức sàn
  50% → ≤ 55% | nâng | nâng, kém tham vọng hơn
  50% → < 50% | đổi dạng: bỏ mức sàn | đổi dạng: bỏ mức sàn, tham vọng hơn
  50% → < 55% | nâng | nâng, kém tham vọng hơn
  50% → ≈ 50% | đổi dạng | đổi dạng
  50% → ≈ 55% | nâng, tham vọng hơn | nâng, kém tham vọng hơn
  50% → 50–55% | nâng, tham vọng hơn | nâng, kém tham vọng hơn
  50% → 55–60% | nâng, tham vọng hơn | nâng, kém tham vọng hơn
  ≥ 50% → 50% | đổi dạng: thêm mức trần | đổi dạng: thêm mức trần
  ≥ 50% → 55% | nâng, tham vọng hơn | nâng
  ≥ 50% → ≥ 50% | không đổi | không đổi
  ≥ 50% → ≥ 55% | nâng, tham vọng hơn | nâng
  ≥ 50% → > 50% | đổi dạng, tham vọng hơn | đổi dạng
  ≥ 50% → > 55% | nâng, tham vọng hơn | nâng
  ≥ 50% → ≤ 50% | đổi dạng: bỏ mức sàn, thêm mức trần | đổi dạng: bỏ mức sàn, thêm mức trần
  ≥ 50% → ≤ 55% | đổi dạng: bỏ mức sàn, thêm mức trần | đổi dạng: bỏ mức sàn, thêm mức trần
  ≥ 50% → < 50% | đổi dạng: bỏ mức sàn, thêm mức trần | đổi dạng: bỏ mức sàn, thêm mức trần
  ≥ 50% → < 55% | đổi dạng: bỏ mức sàn, thêm mức trần | đổi dạng: bỏ mức sàn, thêm mức trần
  ≥ 50% → ≈ 50% | đổi dạng: thêm mức trần | đổi dạng: thêm mức trần
  ≥ 50% → ≈ 55% | nâng, tham vọng hơn | nâng
  ≥ 50% → 50–55% | đổi dạng: thêm mức trần, tham vọng hơn | đổi dạng: thêm mức trần
  ≥ 50% → 55–60% | nâng, tham vọng hơn | nâng
  > 50% → 50% | đổi dạng: thêm mức trần, kém tham vọng hơn | đổi dạng: thêm mức trần
  > 50% → 55% | nâng, tham vọng hơn | nâng
  > 50% → ≥ 50% | đổi dạng, kém tham vọng hơn | đổi dạng
  > 50% → ≥ 55% | nâng, tham vọng hơn | nâng
  > 50% → > 50% | không đổi | không đổi
  > 50% → > 55% | nâng, tham vọng hơn | nâng
  > 50% → ≤ 50% | đổi dạng: bỏ mức sàn, thêm mức trần | đổi dạng: bỏ mức sàn, thêm mức trần
  > 50% → ≤ 55% | đổi dạng: bỏ mức sàn, thêm mức trần | đổi dạng: bỏ mức sàn, thêm mức trần
  > 50% → < 50% | đổi dạng: bỏ mức sàn, thêm mức trần | đổi dạng: bỏ mức sàn, thêm mức trần
  > 50% → < 55% | đổi dạng: bỏ mức sàn, thêm mức trần | đổi dạng: bỏ mức sàn, thêm mức trần
  > 50% → ≈ 50% | đổi dạng: thêm mức trần, kém tham vọng hơn | đổi dạng: thêm mức trần
  > 50% → ≈ 55% | nâng, tham vọng hơn | nâng
  > 50% → 50–55% | đổi dạng: thêm mức trần, kém tham vọng hơn | đổi dạng: thêm mức trần
  > 50% → 55–60% | nâng, tham vọng hơn | nâng
  ≤ 50% → 50% | đổi dạng: thêm mức sàn | đổi dạng: thêm mức sàn
  ≤ 50% → 55% | nâng | nâng, kém tham vọng hơn
  ≤ 50% → ≥ 50% | đổi dạng: thêm mức sàn, bỏ mức trần | đổi dạng: thêm mức sàn, bỏ mức trần
  ≤ 50% → ≥ 55% | đổi dạng: thêm mức sàn, bỏ mức trần | đổi dạng: thêm mức sàn, bỏ mức trần
  ≤ 50% → > 50% | đổi dạng: thêm mức sàn, bỏ mức trần | đổi dạng: thêm mức sàn, bỏ mức trần
  ≤ 50% → > 55% | đổi dạng: thêm mức sàn, bỏ mức trần | đổi dạng: thêm mức sàn, bỏ mức trần
  ≤ 50% → ≤ 50% | không đổi | không đổi
  ≤ 50% → ≤ 55% | nâng | nâng, kém tham vọng hơn
  ≤ 50% → < 50% | đổi dạng | đổi dạng, tham vọng hơn
  ≤ 50% → < 55% | nâng | nâng, kém tham vọng hơn
  ≤ 50% → ≈ 50% | đổi dạng: thêm mức sàn | đổi dạng: thêm mức sàn
  ≤ 50% → ≈ 55% | nâng | nâng, kém tham vọng hơn
  ≤ 50% → 50–55% | nâng | nâng, kém tham vọng hơn
  ≤ 50% → 55–60% | nâng | nâng, kém tham vọng hơn
  < 50% → 50% | đổi dạng: thêm mức sàn | đổi dạng: thêm mức sàn, kém tham vọng hơn
  < 50% → 55% | nâng | nâng, kém tham vọng hơn
  < 50% → ≥ 50% | đổi dạng: thêm mức sàn, bỏ mức trần | đổi dạng: thêm mức sàn, bỏ mức trần
  < 50% → ≥ 55% | đổi dạng: thêm mức sàn, bỏ mức trần | đổi dạng: thêm mức sàn, bỏ mức trần
  < 50% → > 50% | đổi dạng: thêm mức sàn, bỏ mức trần | đổi dạng: thêm mức sàn, bỏ mức trần
  < 50% → > 55% | đổi dạng: thêm mức sàn, bỏ mức trần | đổi dạng: thêm mức sàn, bỏ mức trần
  < 50% → ≤ 50% | đổi dạng | đổi dạng, kém tham vọng hơn
  < 50% → ≤ 55% | nâng | nâng, kém tham vọng hơn
  < 50% → < 50% | không đổi | không đổi
  < 50% → < 55% | nâng | nâng, kém tham vọng hơn
  < 50% → ≈ 50% | đổi dạng: thêm mức sàn | đổi dạng: thêm mức sàn, kém tham vọng hơn
  < 50% → ≈ 55% | nâng | nâng, kém tham vọng hơn
  < 50% → 50–55% | nâng | nâng, kém tham vọng hơn
  < 50% → 55–60% | nâng | nâng, kém tham vọng hơn
  ≈ 50% → 50% | đổi dạng | đổi dạng
  ≈ 50% → 55% | nâng, tham vọng hơn | nâng, kém tham vọng hơn
  ≈ 50% → ≥ 50% | đổi dạng: bỏ mức trần | đổi dạng: bỏ mức trần
  ≈ 50% → ≥ 55% | nâng, tham vọng hơn | nâng
  ≈ 50% → > 50% | đổi dạng: bỏ mức trần, tham vọng hơn | đổi dạng: bỏ mức trần
  ≈ 50% → > 55% | nâng, tham vọng hơn | nâng
  ≈ 50% → ≤ 50% | đổi dạng: bỏ mức sàn | đổi dạng: bỏ mức sàn
  ≈ 50% → ≤ 55% | nâng | nâng, kém tham vọng hơn
  ≈ 50% → < 50% | đổi dạng: bỏ mức sàn | đổi dạng: bỏ mức sàn, tham vọng hơn
  ≈ 50% → < 55% | nâng | nâng, kém tham vọng hơn
  ≈ 50% → ≈ 50% | không đổi | không đổi
  ≈ 50% → ≈ 55% | nâng, tham vọng hơn | nâng, kém tham vọng hơn
  ≈ 50% → 50–55% | nâng, tham vọng hơn | nâng, kém tham vọng hơn
  ≈ 50% → 55–60% | nâng, tham vọng hơn | nâng, kém tham vọng hơn
  50–55% → 50% | hạ, kém tham vọng hơn | hạ, tham vọng hơn
  50–55% → 55% | nâng, tham vọng hơn | nâng, kém tham vọng hơn
  50–55% → ≥ 50% | đổi dạng: bỏ mức trần, kém tham vọng hơn | đổi dạng: bỏ mức trần
  50–55% → ≥ 55% | nâng, tham vọng hơn | nâng
  50–55% → > 50% | đổi dạng: bỏ mức trần, tham vọng hơn | đổi dạng: bỏ mức trần
  50–55% → > 55% | nâng, tham vọng hơn | nâng
  50–55% → ≤ 50% | hạ | hạ, tham vọng hơn
  50–55% → ≤ 55% | đổi dạng: bỏ mức sàn | đổi dạng: bỏ mức sàn, kém tham vọng hơn
  50–55% → < 50% | hạ | hạ, tham vọng hơn
  50–55% → < 55% | đổi dạng: bỏ mức sàn | đổi dạng: bỏ mức sàn, tham vọng hơn
  50–55% → ≈ 50% | hạ, kém tham vọng hơn | hạ, tham vọng hơn
  50–55% → ≈ 55% | nâng, tham vọng hơn | nâng, kém tham vọng hơn
  50–55% → 50–55% | không đổi | không đổi
  50–55% → 55–60% | nâng, tham vọng hơn | nâng, kém tham vọng hơn
`
        .trim()
        .split('\n')
        .map((line) => line.trim()),
    );
  });

  it('Hà Nội’s urban wastewater, “50–55%” → “trên 50%”: not “lowered, more ambitious”', () => {
    const c = compareTargets(FORMS.range!(50), FORMS['>']!(50), 'higher');
    expect(c).toMatchObject({ verdict: 'reshaped', ambition: 'more', bounds: { ceiling: 'removed' } });
    expect(describeChange(c, 'vi')).toBe('đổi dạng: bỏ mức trần, tham vọng hơn');
    expect(describeChange(c, 'en')).toBe('form changed: ceiling removed, more ambitious');
  });

  it('raised never reads with the ambition of lowered, nor the other way, whatever the forms and values', () => {
    const values = [40, 45, 50, 52.5, 55, 60];
    let seen = 0;
    for (const a of Object.keys(FORMS))
      for (const b of Object.keys(FORMS))
        for (const va of values)
          for (const vb of values) {
            const x = FORMS[a]!(va);
            const y = FORMS[b]!(vb);
            for (const direction of ['higher', 'lower'] as const) {
              const c = compareTargets(x, y, direction);
              // Up is better when higher is better: raised can only be more ambitious (or unknown), lowered less.
              const good = direction === 'higher' ? 'raised' : 'lowered';
              const bad = direction === 'higher' ? 'lowered' : 'raised';
              if (c.verdict === good) expect(c.ambition, row(x, y)).not.toBe('less');
              if (c.verdict === bad) expect(c.ambition, row(x, y)).not.toBe('more');
              if (c.verdict === 'raised' || c.verdict === 'lowered') seen++;
            }
          }
    expect(seen).toBeGreaterThan(500);
  });
});
