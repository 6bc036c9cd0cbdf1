import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../diagnostics/localize.js';
import { analyzeText } from '../engine.js';
import type { PlanWorkspace } from '../model/baseline.js';
import { scaffoldNewYear } from '../scaffold/newYear.js';
import {
  analyze,
  BASELINE_2025,
  DRAFT_2026,
  PLAN_2025,
  PLAN_2026_URI,
  PLAN_2025_URI,
  positionOf,
  replaceOnce,
  withCode,
} from '../testing/fixtures.js';
import { planPath, readPlan } from '../testing/realPlans.js';

const CPI_BLOCK = `  - id: cpi
    number: "5."
    name: Chỉ số giá tiêu dùng
    unit: "%"
    direction: lower
    target: { wording: "dưới 4,5%", kind: level, op: "<", value: 4.5, unit: "%" }
`;

/** The draft without an indicator block; the numbers after it are left as they were. */
const withoutCpi = replaceOnce(DRAFT_2026, CPI_BLOCK, '');

describe('missing-indicator', () => {
  it('is not reported for the untouched 2026 draft, nor for 2025 (no baseline on disk)', () => {
    expect(withCode(analyze(DRAFT_2026, PLAN_2026_URI, { baseline: BASELINE_2025 }), 'missing-indicator')).toEqual([]);
    expect(withCode(analyze(PLAN_2025, PLAN_2025_URI), 'missing-indicator')).toEqual([]);
  });

  it('is not reported for the scaffolded draft (every indicator carried, targets placeholders)', () => {
    const draft = scaffoldNewYear(PLAN_2025, { baseline: './2025.yaml' }).text;
    expect(withCode(analyze(draft, PLAN_2026_URI, { baseline: BASELINE_2025 }), 'missing-indicator')).toEqual([]);
  });

  it('reports a deleted indicator where it stood: on the id of the indicator that followed it', () => {
    const ds = withCode(analyze(withoutCpi, PLAN_2026_URI, { baseline: BASELINE_2025 }), 'missing-indicator');
    expect(ds).toHaveLength(1);
    const d = ds[0]!;
    expect(d.severity).toBe('error');
    expect(d.range.start).toEqual(positionOf(withoutCpi, 'third-child-birth-rate-reduction'));
    expect(d.params).toMatchObject({ id: 'cpi', name: 'Chỉ số giá tiêu dùng', target: 'dưới 4,5%', baselineYear: '2025', predecessor: 'Thành phố Hà Nội' });
    expect(formatMessage(d, 'vi')).toBe(
      'Thiếu chỉ tiêu “cpi” (Chỉ số giá tiêu dùng) của kế hoạch năm 2025 của Thành phố Hà Nội, chỉ tiêu năm trước: dưới 4,5%. Hãy thêm lại, hoặc giữ khối và ghi dropped: { reason: … } (replacedBy: chỉ tiêu thay thế, nếu có).',
    );
    expect(formatMessage(d, 'en')).toContain('Indicator “cpi” (Chỉ số giá tiêu dùng) of the 2025 plan of Thành phố Hà Nội is missing; last year’s target: dưới 4,5%.');
  });

  it('names every part’s target for a multi-part indicator', () => {
    const from = withoutCpi.indexOf('  - id: clean-water\n');
    const to = withoutCpi.indexOf('  - id: waste-collection\n');
    const text = withoutCpi.slice(0, from) + withoutCpi.slice(to);
    const d = withCode(analyze(text, PLAN_2026_URI, { baseline: BASELINE_2025 }), 'missing-indicator').find((x) => x.params.id === 'clean-water')!;
    expect(d.range.start).toEqual(positionOf(text, 'waste-collection'));
    expect(d.params.target).toBe('Khu vực đô thị đạt 100%; Khu vực nông thôn đạt 100%');
  });

  it('reports the last indicator, deleted, on the one before it', () => {
    const from = DRAFT_2026.indexOf('  - id: public-transport-share\n');
    const to = DRAFT_2026.indexOf('\nnarrativeTargets:');
    const text = DRAFT_2026.slice(0, from) + DRAFT_2026.slice(to + 1);
    const d = withCode(analyze(text, PLAN_2026_URI, { baseline: BASELINE_2025 }), 'missing-indicator');
    expect(d.map((x) => [x.params.id, x.range.start])).toEqual([['public-transport-share', positionOf(text, 'id: environmental-treatment', 4)]]);
  });

  it('is satisfied by a block kept with dropped: { reason }', () => {
    const text = replaceOnce(
      DRAFT_2026,
      CPI_BLOCK,
      CPI_BLOCK + '    dropped: { reason: Chỉ tiêu chuyển sang theo dõi hằng quý. }\n',
    );
    expect(withCode(analyze(text, PLAN_2026_URI, { baseline: BASELINE_2025 }), 'missing-indicator')).toEqual([]);
  });

  it('finds the baseline through the workspace: the plan’s baseline path, as the CLI and the editor do', () => {
    const files = new Map([['plans/ha-noi/2025.yaml', PLAN_2025]]);
    const workspace: PlanWorkspace = { readPlan: (p) => files.get(p) };
    const r = analyzeText(withoutCpi, PLAN_2026_URI, { workspace });
    expect(r.baseline?.uri).toBe('plans/ha-noi/2025.yaml');
    expect(withCode(r.diagnostics, 'missing-indicator').map((d) => d.range.start)).toEqual([positionOf(withoutCpi, 'third-child-birth-rate-reduction')]);
  });

  it('finds the baseline by convention (<year-1>.yaml beside the plan) when none is named', () => {
    const files = new Map([['plans/ha-noi/2025.yaml', PLAN_2025]]);
    const text = replaceOnce(withoutCpi, 'baseline: ./2025.yaml', 'baseline: null');
    const r = analyzeText(text, PLAN_2026_URI, { workspace: { readPlan: (p) => files.get(p) } });
    expect(withCode(r.diagnostics, 'missing-indicator')).toHaveLength(1);
  });

  describe('a province formed by merging: several baselines', () => {
    // A predecessor's 2025 plan (a test fixture in the shape of the real ones): three indicators,
    // one of them (industrial-production-index) not in Hà Nội's list.
    const PREDECESSOR = `schemaVersion: "1.0"
jurisdiction: { id: binh-duong, name: Tỉnh Bình Dương }
year: 2025
status: adopted
document: { number: 45/NQ-HĐND, place: Bình Dương, date: "2024-12-12", type: NGHỊ QUYẾT, title: VỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2025, issuer: HỘI ĐỒNG NHÂN DÂN TỈNH BÌNH DƯƠNG }
articles: []
indicators:
  - { id: grdp-growth, number: "1.", name: Tốc độ tăng trưởng kinh tế (GRDP), unit: "%", target: { wording: "10%", op: "=", value: 10, unit: "%" } }
  - { id: industrial-production-index, number: "2.", name: Chỉ số sản xuất công nghiệp, unit: "%", target: { wording: tăng 10%, kind: increase, op: "=", value: 10, unit: "%" } }
  - { id: cpi, number: "3.", name: Chỉ số giá tiêu dùng, unit: "%", target: { wording: dưới 4%, op: "<", value: 4, unit: "%" } }
`;
    const merged = replaceOnce(
      withoutCpi,
      'baseline: ./2025.yaml\n',
      'baseline: null\nbaselines:\n  - { jurisdiction: { id: ha-noi, name: Thành phố Hà Nội }, path: ./2025.yaml }\n  - { jurisdiction: { id: binh-duong, name: Tỉnh Bình Dương }, path: ../binh-duong/2025.yaml }\n',
    );
    const files = new Map([
      ['plans/ha-noi/2025.yaml', PLAN_2025],
      ['plans/binh-duong/2025.yaml', PREDECESSOR],
    ]);

    it('checks against every predecessor and names each in the message', () => {
      const r = analyzeText(merged, PLAN_2026_URI, { workspace: { readPlan: (p) => files.get(p) } });
      expect(r.baselines.map((b) => b.uri)).toEqual(['plans/ha-noi/2025.yaml', 'plans/binh-duong/2025.yaml']);
      expect(r.baseline?.uri).toBe('plans/ha-noi/2025.yaml');
      const ds = withCode(r.diagnostics, 'missing-indicator');
      expect(ds.map((d) => [d.params.id, d.params.predecessor])).toEqual([
        ['industrial-production-index', 'Tỉnh Bình Dương'],
        ['cpi', 'Thành phố Hà Nội, Tỉnh Bình Dương'],
      ]);
      // Where it stood in Bình Dương's list: after grdp-growth (cpi, after it, is missing too).
      expect(ds[0]!.range.start).toEqual(positionOf(merged, 'grdp-growth'));
      expect(formatMessage(ds[0]!, 'vi')).toContain('Thiếu chỉ tiêu “industrial-production-index” (Chỉ số sản xuất công nghiệp) của kế hoạch năm 2025 của Tỉnh Bình Dương, chỉ tiêu năm trước: tăng 10%.');
    });

    it('is satisfied when each predecessor’s indicator is carried or dropped with a reason', () => {
      const text = replaceOnce(
        merged,
        '  - id: third-child-birth-rate-reduction\n',
        CPI_BLOCK + '  - id: industrial-production-index\n    name: Chỉ số sản xuất công nghiệp\n    dropped: { reason: Gộp vào chỉ tiêu tăng trưởng của thành phố sau hợp nhất. }\n  - id: third-child-birth-rate-reduction\n',
      );
      expect(withCode(analyzeText(text, PLAN_2026_URI, { workspace: { readPlan: (p) => files.get(p) } }).diagnostics, 'missing-indicator')).toEqual([]);
    });

    it('reports a predecessor’s plan that is not there at its path', () => {
      const r = analyzeText(merged, PLAN_2026_URI, { workspace: { readPlan: (p) => (p.includes('binh-duong') ? undefined : files.get(p)) } });
      const d = withCode(r.diagnostics, 'baseline-not-found');
      expect(d.map((x) => [x.params.path, x.range.start])).toEqual([['plans/binh-duong/2025.yaml', positionOf(merged, '../binh-duong/2025.yaml')]]);
      expect(r.baselines).toHaveLength(1);
    });
  });

  describe('the example merged province on disk (plans/vi-du-tinh-hop-nhat/2026.yaml, an invented example)', () => {
    const MERGED = readPlan('vi-du-tinh-hop-nhat/2026');
    const disk: PlanWorkspace = { readPlan: (p) => { try { return readFileSync(p, 'utf8'); } catch { return undefined; } } };
    const run = (text: string) => analyzeText(text, planPath('vi-du-tinh-hop-nhat/2026'), { workspace: disk });
    const block = (id: string) => new RegExp(`  - id: ${id}\n(?: {4}.*\n)+`);

    it('stands on both predecessors’ 2025 plans, and carrying the indicators of both is clean', () => {
      const r = run(MERGED);
      expect(r.baselines.map((b) => b.uri)).toEqual([planPath('vi-du-tinh-a/2025'), planPath('vi-du-tinh-b/2025')]);
      expect(r.diagnostics).toEqual([]);
    });

    it('an indicator of one predecessor only, left out, names that predecessor alone', () => {
      const ds = withCode(run(MERGED.replace(block('forest-cover'), '')).diagnostics, 'missing-indicator');
      expect(ds.map((d) => [d.params.id, d.params.predecessor, d.params.target])).toEqual([['forest-cover', 'Tỉnh Ví dụ A', '42%']]);
      expect(formatMessage(ds[0]!, 'vi')).toContain('Thiếu chỉ tiêu “forest-cover” (Tỷ lệ che phủ rừng) của kế hoạch năm 2025 của Tỉnh Ví dụ A, chỉ tiêu năm trước: 42%.');
      const b = withCode(run(MERGED.replace(block('seaport-throughput'), '')).diagnostics, 'missing-indicator');
      expect(b.map((d) => [d.params.id, d.params.predecessor])).toEqual([['seaport-throughput', 'Tỉnh Ví dụ B']]);
      expect(formatMessage(b[0]!, 'en')).toContain('of the 2025 plan of Tỉnh Ví dụ B is missing; last year’s target: 20 triệu tấn.');
    });

    it('an indicator of both, left out, names both', () => {
      const ds = withCode(run(MERGED.replace(block('grdp-growth'), '')).diagnostics, 'missing-indicator');
      expect(ds.map((d) => [d.params.id, d.params.predecessor])).toEqual([['grdp-growth', 'Tỉnh Ví dụ A, Tỉnh Ví dụ B']]);
    });
  });

  it('reports a named baseline that is not there (baseline-not-found) at the path', () => {
    const text = replaceOnce(DRAFT_2026, 'baseline: ./2025.yaml', 'baseline: ./2024.yaml');
    const ds = analyzeText(text, PLAN_2026_URI, { workspace: { readPlan: () => undefined } }).diagnostics;
    const d = withCode(ds, 'baseline-not-found');
    expect(d.map((x) => x.range.start)).toEqual([positionOf(text, './2024.yaml')]);
    expect(d[0]!.params.path).toBe('plans/ha-noi/2024.yaml');
    expect(formatMessage(d[0]!, 'en')).toContain('“plans/ha-noi/2024.yaml” was not found');
  });
});
