import { describe, expect, it } from 'vitest';
import { parseYaml } from '../parse/parseYaml.js';
import { viewPlan } from '../model/planView.js';
import { readPlan } from '../testing/realPlans.js';
import { indicatorHistory, jurisdictionGroups, lastYears, type HistoryPlan } from './history.js';

const plan = (name: string, text = readPlan(name)): HistoryPlan => ({ path: `plans/${name}.yaml`, view: viewPlan(parseYaml(text).value) });
const HANOI = ['ha-noi/2026', 'ha-noi/2024', 'ha-noi/2025'].map((n) => plan(n));
const MERGED = ['vi-du-tinh-hop-nhat/2026', 'vi-du-tinh-a/2025', 'vi-du-tinh-b/2025'].map((n) => plan(n));

describe('indicatorHistory', () => {
  it('one row a year, oldest first, with the target, results and verdict (Hà Nội GRDP per capita)', () => {
    const [h, ...more] = indicatorHistory(HANOI, 'grdp-per-capita');
    expect(more).toEqual([]);
    expect(h!.ref).toBe('grdp-per-capita');
    expect(h!.unit).toBe('triệu đồng');
    expect(h!.rows.map((r) => [r.year, r.target?.target.wording, r.estimate?.result.value, r.final, r.achievement.verdict])).toEqual([
      [2024, 'từ 160,8 đến 162 triệu đồng', undefined, undefined, 'unknown'],
      [2025, '172,4 triệu đồng trở lên', 178, undefined, 'met'],
      [2026, '198 triệu đồng', undefined, undefined, 'unknown'],
    ]);
    expect(h!.rows[1]!.achievement.stage).toBe('estimate');
    expect(h!.rows[0]!.achievement.reason).toBe('no-result');
  });

  it('an indicator measured in parts gives one series per part; `id/part` names one', () => {
    expect(indicatorHistory(HANOI, 'clean-water').map((h) => h.ref)).toEqual(['clean-water/urban', 'clean-water/rural']);
    const [rural] = indicatorHistory(HANOI, 'clean-water/rural');
    expect(rural!.name).toBe('Tỷ lệ hộ dân được cung cấp nước sạch: Khu vực nông thôn');
    // 2026 keeps the indicator unconfirmed, without parts: no row.
    expect(rural!.rows.map((r) => [r.year, r.target?.target.wording, r.target?.source?.kind])).toEqual([
      [2024, '95%', 'peoples-committee'],
      [2025, 'đạt 100%', undefined],
    ]);
  });

  it('a dropped or unconfirmed indicator is a row in its state; an unknown id gives nothing', () => {
    const [inv] = indicatorHistory(HANOI, 'investment-growth');
    expect(inv!.rows.map((r) => [r.year, r.state])).toEqual([[2024, 'in-force'], [2025, 'in-force'], [2026, 'dropped']]);
    expect(indicatorHistory(HANOI, 'khong-co')).toEqual([]);
  });

  it('lastYears: the last n years up to a year', () => {
    const [h] = indicatorHistory(HANOI, 'grdp-growth');
    expect(lastYears(h!, 3).map((r) => r.year)).toEqual([2024, 2025, 2026]);
    expect(lastYears(h!, 2, 2025).map((r) => r.year)).toEqual([2024, 2025]);
    expect(lastYears(h!, 1, 2023)).toEqual([]);
  });
});

describe('jurisdictionGroups', () => {
  it('a merged province with its predecessors, each predecessor not a group of its own', () => {
    const groups = jurisdictionGroups([...HANOI, ...MERGED]);
    expect(groups.map((g) => [g.jurisdiction.id, g.plans.map((p) => p.path).sort()])).toEqual([
      ['ha-noi', ['plans/ha-noi/2024.yaml', 'plans/ha-noi/2025.yaml', 'plans/ha-noi/2026.yaml']],
      ['vi-du-tinh-hop-nhat', ['plans/vi-du-tinh-a/2025.yaml', 'plans/vi-du-tinh-b/2025.yaml', 'plans/vi-du-tinh-hop-nhat/2026.yaml']],
    ]);
    const [h] = indicatorHistory(groups[1]!.plans, 'grdp-growth');
    expect(h!.rows.map((r) => `${r.year} ${r.jurisdiction.id} ${r.target?.target.wording}`)).toEqual([
      '2025 vi-du-tinh-a 7% trở lên',
      '2025 vi-du-tinh-b 6,5% trở lên',
      '2026 vi-du-tinh-hop-nhat 8% trở lên',
    ]);
  });
});
