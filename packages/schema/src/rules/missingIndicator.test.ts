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
    expect(d.params).toMatchObject({ id: 'cpi', name: 'Chỉ số giá tiêu dùng', target: 'dưới 4,5%', baselineYear: '2025' });
    expect(formatMessage(d, 'vi')).toBe(
      'Thiếu chỉ tiêu “cpi” (Chỉ số giá tiêu dùng) của kế hoạch năm 2025, chỉ tiêu năm trước: dưới 4,5%. Hãy thêm lại hoặc giữ khối và ghi dropped: { reason: … }.',
    );
    expect(formatMessage(d, 'en')).toContain('Indicator “cpi” (Chỉ số giá tiêu dùng) of the 2025 plan is missing; last year’s target: dưới 4,5%.');
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

  it('reports a named baseline that is not there (baseline-not-found) at the path', () => {
    const text = replaceOnce(DRAFT_2026, 'baseline: ./2025.yaml', 'baseline: ./2024.yaml');
    const ds = analyzeText(text, PLAN_2026_URI, { workspace: { readPlan: () => undefined } }).diagnostics;
    const d = withCode(ds, 'baseline-not-found');
    expect(d.map((x) => x.range.start)).toEqual([positionOf(text, './2024.yaml')]);
    expect(d[0]!.params.path).toBe('plans/ha-noi/2024.yaml');
    expect(formatMessage(d[0]!, 'en')).toContain('“plans/ha-noi/2024.yaml” was not found');
  });
});
