import { describe, expect, it } from 'vitest';
import { formatMessage } from '../diagnostics/localize.js';
import { analyze, DRAFT_2026, PLAN_2025, positionAfter, positionOf, replaceOnce, withCode } from '../testing/fixtures.js';

const CODES = ['unit-mismatch', 'range-order', 'share-out-of-range', 'negative-count'];

describe('target consistency', () => {
  it('nothing is reported for the 2025 plan or the 2026 draft', () => {
    for (const text of [PLAN_2025, DRAFT_2026]) {
      const ds = analyze(text);
      for (const code of CODES) expect(withCode(ds, code)).toEqual([]);
    }
  });

  it('unit-mismatch: a target in another unit than its indicator’s, at the target’s unit', () => {
    const text = replaceOnce(PLAN_2025, '    unit: triệu đồng\n', '    unit: nghìn USD\n', '- id: grdp-per-capita\n');
    const ds = withCode(analyze(text), 'unit-mismatch');
    expect(ds.map((d) => [d.severity, d.range.start])).toEqual([['error', positionAfter(text, '- id: grdp-per-capita\n', 'triệu đồng }')]]);
    expect(formatMessage(ds[0]!, 'vi')).toBe('Đơn vị “triệu đồng” của chỉ tiêu khác đơn vị “nghìn USD” của “grdp-per-capita”.');
  });

  it('unit-mismatch: a part’s own unit wins over its indicator’s; spacing and case do not count', () => {
    const spaced = replaceOnce(PLAN_2025, 'unit: m2 }', 'unit: M 2 }', 'id: floor-area');
    expect(withCode(analyze(spaced), 'unit-mismatch')).toEqual([]);
    const other = replaceOnce(PLAN_2025, '        unit: m2\n', '        unit: ha\n', 'id: floor-area');
    expect(withCode(analyze(other), 'unit-mismatch').map((d) => d.params.id)).toEqual(['social-housing/floor-area']);
  });

  it('range-order: a range whose lower bound exceeds its upper, at min', () => {
    const text = replaceOnce(PLAN_2025, 'min: 50, max: 55', 'min: 55, max: 50', 'id: urban-wastewater\n');
    const ds = withCode(analyze(text), 'range-order');
    expect(ds.map((d) => d.range.start)).toEqual([positionOf(text, '55, max: 50')]);
    expect(formatMessage(ds[0]!, 'en')).toBe('The range of “environmental-treatment/urban-wastewater” has its lower bound 55 above its upper bound 50.');
  });

  it('share-out-of-range: a share above 100%, at its value', () => {
    const text = replaceOnce(PLAN_2025, 'wording: "95,5%", kind: level, op: "=", value: 95.5', 'wording: "105,5%", kind: level, op: "=", value: 105.5');
    const ds = withCode(analyze(text), 'share-out-of-range');
    expect(ds.map((d) => d.range.start)).toEqual([positionOf(text, '105.5')]);
    expect(formatMessage(ds[0]!, 'vi')).toBe('Tỷ lệ 105,5% của “health-insurance-coverage” nằm ngoài khoảng 0–100%.');
  });

  it('share-out-of-range: not for a growth rate (an indicator that measures a change)', () => {
    const text = replaceOnce(PLAN_2025, 'wording: "6,5% trở lên", kind: level, op: ">=", value: 6.5', 'wording: "106,5% trở lên", kind: level, op: ">=", value: 106.5', '- id: grdp-growth\n');
    expect(withCode(analyze(text), 'share-out-of-range')).toEqual([]);
  });

  it('negative-count: a negative number of schools, at its value', () => {
    const text = replaceOnce(PLAN_2025, 'value: 117, unit: trường', 'value: -117, unit: trường', 'id: public-schools-national-standard\n');
    const ds = withCode(analyze(text), 'negative-count');
    expect(ds.map((d) => [d.severity, d.range.start])).toEqual([['error', positionOf(text, '-117')]]);
    expect(formatMessage(ds[0]!, 'vi')).toContain('Chỉ tiêu -117 trường của “public-schools-national-standard/new” là số âm');
  });
});
