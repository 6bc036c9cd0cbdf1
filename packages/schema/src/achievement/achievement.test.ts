import { describe, expect, it } from 'vitest';
import { parseTarget, toTarget } from '../grammar/index.js';
import { parseYaml } from '../parse/parseYaml.js';
import { viewPlan } from '../model/planView.js';
import type { Result, Target } from '../model/types.js';
import { PLAN_2025 } from '../testing/fixtures.js';
import { achievement, achievementOf, type AchievementContext } from './achievement.js';

/** A target or result as the grammar reads its wording: the tests state them in Vietnamese. */
function read(wording: string): Target {
  const r = parseTarget(wording);
  if (!r.ok) throw new Error(`unreadable: ${wording}`);
  return toTarget(r.target, wording);
}
const result = (wording: string): Result => ({ ...read(wording), wording, source: { kind: 'statistics-office' } }) as Result;
const verdict = (target: string, got: string, ctx: AchievementContext = { direction: 'higher' }) => achievement(read(target), result(got), ctx).verdict;

describe('achievement: each comparator form', () => {
  it('>= (“từ … trở lên”): at or above is met', () => {
    expect(verdict('6,5% trở lên', 'đạt 6,5%')).toBe('met');
    expect(verdict('6,5% trở lên', 'ước đạt 7,8%')).toBe('met');
    expect(verdict('6,5% trở lên', 'đạt 6,3%')).toBe('not-met');
  });

  it('> (“trên”): strictly above', () => {
    expect(verdict('trên 85%', 'đạt 85%')).toBe('not-met');
    expect(verdict('trên 85%', 'đạt 85,1%')).toBe('met');
  });

  it('< (“dưới”) and <= (“không quá”) whatever the direction says', () => {
    expect(verdict('dưới 4,5%', 'đạt 3,7%', { direction: 'lower' })).toBe('met');
    expect(verdict('dưới 4,5%', 'đạt 4,5%', { direction: 'lower' })).toBe('not-met');
    expect(verdict('không quá 4,5%', 'đạt 4,5%', { direction: 'lower' })).toBe('met');
    expect(verdict('không quá 4,5%', 'đạt 4,6%', { direction: 'lower' })).toBe('not-met');
  });

  it('= (“đạt …”) follows the direction: reaching it on the better side is met', () => {
    expect(verdict('đạt 95%', 'đạt 95,2%', { direction: 'higher' })).toBe('met');
    expect(verdict('đạt 95%', 'đạt 94,9%', { direction: 'higher' })).toBe('not-met');
    expect(verdict('4,5%', 'đạt 4,2%', { direction: 'lower' })).toBe('met');
    expect(verdict('4,5%', 'đạt 4,6%', { direction: 'lower' })).toBe('not-met');
    expect(verdict('4,5%', 'đạt 4,5%', { direction: 'neutral' })).toBe('met');
    expect(verdict('4,5%', 'đạt 4,6%', { direction: 'neutral' })).toBe('not-met');
  });

  it('~ (“khoảng”): by the direction, or within 5% without one', () => {
    expect(verdict('khoảng 30%', 'đạt 29%', { direction: 'higher' })).toBe('not-met');
    expect(verdict('khoảng 30%', 'đạt 31%', { direction: 'higher' })).toBe('met');
    expect(verdict('khoảng 30%', 'đạt 29%', { direction: 'neutral' })).toBe('met');
    expect(verdict('khoảng 30%', 'đạt 28%', { direction: 'neutral' })).toBe('not-met');
  });

  it('a range (“6,5 - 7%”): beyond the better bound met, between the bounds met in part, short of it not met', () => {
    expect(verdict('đạt 6,5 - 7%', 'đạt 7,2%')).toBe('met');
    expect(verdict('đạt 6,5 - 7%', 'đạt 7%')).toBe('met');
    expect(verdict('đạt 6,5 - 7%', 'ước đạt 6,7%')).toBe('partly-met');
    expect(verdict('đạt 6,5 - 7%', 'đạt 6,5%')).toBe('partly-met');
    expect(verdict('đạt 6,5 - 7%', 'đạt 6,2%')).toBe('not-met');
    // Better lower: the lower bound is the better one.
    expect(verdict('50-55%', 'đạt 49%', { direction: 'lower' })).toBe('met');
    expect(verdict('50-55%', 'đạt 52%', { direction: 'lower' })).toBe('partly-met');
    expect(verdict('50-55%', 'đạt 56%', { direction: 'lower' })).toBe('not-met');
    // No direction: inside the range is met.
    expect(verdict('50-55%', 'đạt 52%', { direction: 'neutral' })).toBe('met');
    expect(verdict('50-55%', 'đạt 56%', { direction: 'neutral' })).toBe('not-met');
  });

  it('a range qualified by its comparator (“ít nhất 4-5%”) is better higher, whatever the direction', () => {
    const target: Target = { wording: 'ít nhất 4-5%', op: '>=', min: 4, max: 5, unit: '%' };
    const at = (v: number) => achievement(target, { wording: `${v}`, op: '=', value: v, unit: '%', source: { kind: 'press' } }, { direction: 'neutral' }).verdict;
    expect([at(3), at(4.5), at(5)]).toEqual(['not-met', 'partly-met', 'met']);
  });

  it('a result given as a range is judged at both ends', () => {
    expect(verdict('6,5% trở lên', 'ước đạt 7 - 7,5%')).toBe('met');
    expect(verdict('7% trở lên', 'ước đạt 6,8 - 7,2%')).toBe('partly-met');
  });

  it('maintain (“Duy trì 100%”) is met only at the figure', () => {
    expect(verdict('Duy trì 100%', 'đạt 100%', { direction: 'higher' })).toBe('met');
    expect(verdict('Duy trì 100%', 'đạt 98%', { direction: 'higher' })).toBe('not-met');
  });

  it('the size of a decrease of a rate better lower is better larger (“giảm 0,15%”)', () => {
    expect(verdict('giảm 0,15%', 'giảm 0,2%', { direction: 'lower' })).toBe('met');
    expect(verdict('giảm 0,15%', 'giảm 0,1%', { direction: 'lower' })).toBe('not-met');
  });

  it('a change indicator’s level-worded target is its change: “6,5% trở lên” against “tăng 7,2%”', () => {
    expect(verdict('6,5% trở lên', 'tăng 7,2%', { direction: 'higher', change: 'increase' })).toBe('met');
    // Without the indicator saying it measures a change, a level and an increase do not compare.
    expect(achievement(read('6,5% trở lên'), result('tăng 7,2%'), { direction: 'higher' })).toEqual({ verdict: 'unknown', reason: 'kind-mismatch' });
  });
});

describe('achievement: units and what cannot be judged', () => {
  it('converts the result into the target’s unit (scale words, other spellings)', () => {
    const a = achievement(read('đạt 730.000 tỷ đồng'), result('đạt 0,75 triệu tỷ đồng'), { direction: 'higher' });
    expect(a.verdict).toBe('met');
    expect(a.value).toBeCloseTo(750000);
    expect(verdict('730 nghìn tỷ đồng', 'đạt 700.000 tỉ đồng')).toBe('not-met');
  });

  it('a unit that does not convert is unknown, reason unit-mismatch', () => {
    expect(achievement(read('172,4 triệu đồng trở lên'), result('ước đạt 7.100 USD'), { direction: 'higher' })).toEqual({ verdict: 'unknown', reason: 'unit-mismatch' });
    expect(achievement(read('6,5% trở lên'), result('đạt 7 tỷ đồng'), { direction: 'higher' })).toEqual({ verdict: 'unknown', reason: 'unit-mismatch' });
  });

  it('a unit left out takes the owner’s', () => {
    const r: Result = { wording: '7,8', op: '=', value: 7.8, source: { kind: 'press' } };
    expect(achievement(read('6,5% trở lên'), r, { direction: 'higher', unit: '%' }).verdict).toBe('met');
  });

  it('no target set, no result, no number: unknown with the reason', () => {
    expect(achievement({ placeholder: true }, result('đạt 7%')).reason).toBe('no-target');
    expect(achievement({ unknown: true }, result('đạt 7%')).reason).toBe('no-target');
    expect(achievement(read('6,5% trở lên'), undefined).reason).toBe('no-result');
    expect(achievement(read('giải ngân toàn bộ'), result('đạt 100%')).reason).toBe('not-numeric');
  });
});

describe('achievementOf a real plan’s indicator', () => {
  const view = () => viewPlan(parseYaml(PLAN_2025).value);

  it('Hà Nội 2025 GRDP per capita: the 2025 estimate (178 triệu đồng) meets “172,4 triệu đồng trở lên”', () => {
    const ind = view().indicator('grdp-per-capita')!;
    const a = achievementOf(ind);
    expect(a.verdict).toBe('met');
    expect(a.stage).toBe('estimate');
    expect(a.result?.result.value).toBe(178);
  });

  it('the final figure, when known, is judged instead of the estimate', () => {
    const text = PLAN_2025.replace(
      '    results:\n      estimate:\n',
      '    results:\n      final: { wording: "đạt 170 triệu đồng", op: "=", value: 170, unit: triệu đồng, source: { kind: statistics-office, ref: R1 } }\n      estimate:\n',
    );
    const a = achievementOf(viewPlan(parseYaml(text).value).indicator('grdp-per-capita')!);
    expect([a.verdict, a.stage]).toEqual(['not-met', 'final']);
  });

  it('an indicator without results is unknown (no-result)', () => {
    expect(achievementOf(view().indicator('grdp-growth')!)).toEqual({ verdict: 'unknown', reason: 'no-result' });
  });
});
