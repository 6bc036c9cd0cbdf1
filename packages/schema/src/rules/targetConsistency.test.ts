import { describe, expect, it } from 'vitest';
import { formatMessage } from '../diagnostics/localize.js';
import { readFileSync } from 'node:fs';
import { analyze, DRAFT_2026, PLAN_2025, PLAN_2026_URI, positionAfter, positionOf, REPO_ROOT, replaceOnce, withCode } from '../testing/fixtures.js';

const PLAN_2024_URI = 'plans/ha-noi/2024.yaml';
const PLAN_2024 = readFileSync(`${REPO_ROOT}${PLAN_2024_URI}`, 'utf8');
const PLAN_2026 = readFileSync(`${REPO_ROOT}${PLAN_2026_URI}`, 'utf8');
/** Hà Nội 2026's investment target, as the plan words it (the press, S3). */
const INVESTMENT = 'target: { wording: đạt 730.000 tỷ đồng, kind: level, op: "=", value: 730000, unit: tỷ đồng,';

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
    expect(formatMessage(ds[0]!, 'vi')).toBe(
      'Đơn vị “triệu đồng” của chỉ tiêu khác đơn vị “nghìn USD” của “grdp-per-capita” và không quy đổi được. Hãy ghi chỉ tiêu theo đơn vị của “grdp-per-capita” (hoặc một đơn vị quy đổi được, như “nghìn tỷ đồng” cho “tỷ đồng”).',
    );
  });

  it('unit-mismatch: not for a unit at another scale or in another spelling (Hà Nội 2026’s investment as S2 and S4 word it)', () => {
    const nghinTy = replaceOnce(PLAN_2026, INVESTMENT, 'target: { wording: 730 nghìn tỷ đồng, kind: level, op: "=", value: 730, unit: nghìn tỷ đồng,');
    const ti = replaceOnce(PLAN_2026, INVESTMENT, 'target: { wording: 730.000 tỉ đồng, kind: level, op: "=", value: 730000, unit: tỉ đồng,');
    for (const text of [PLAN_2026, nghinTy, ti]) {
      const ds = analyze(text, PLAN_2026_URI);
      for (const code of ['unit-mismatch', 'wording-mismatch', 'malformed-target']) expect(withCode(ds, code), code).toEqual([]);
    }
    const usd = replaceOnce(PLAN_2026, INVESTMENT, 'target: { wording: 29 tỷ USD, kind: level, op: "=", value: 29, unit: tỷ USD,');
    expect(withCode(analyze(usd, PLAN_2026_URI), 'unit-mismatch').map((d) => d.params)).toEqual([{ unit: 'tỷ USD', expected: 'tỷ đồng', id: 'investment' }]);
  });

  it('unit-mismatch: not for another word for the same counted thing (“căn” for “nhà ở”) or a bare scale (“hơn 16 triệu”)', () => {
    const nhaO = replaceOnce(PLAN_2026, '        unit: căn\n', '        unit: nhà ở\n', '- id: units\n');
    expect(withCode(analyze(nhaO, PLAN_2026_URI), 'unit-mismatch')).toEqual([]);
    const bare = replaceOnce(PLAN_2026, INVESTMENT, 'target: { wording: hơn 16 triệu, kind: level, op: ">", value: 16, unit: triệu,');
    expect(withCode(analyze(bare, PLAN_2026_URI), 'unit-mismatch')).toEqual([]);
    // The field may name what the bare scale counts, at the wording's scale; another scale is a mismatch.
    const withNoun = replaceOnce(PLAN_2026, INVESTMENT, 'target: { wording: hơn 16 triệu, kind: level, op: ">", value: 16, unit: triệu đồng,');
    expect(withCode(analyze(withNoun, PLAN_2026_URI), 'wording-mismatch')).toEqual([]);
    const otherScale = replaceOnce(PLAN_2026, INVESTMENT, 'target: { wording: hơn 16 triệu, kind: level, op: ">", value: 16, unit: tỷ đồng,');
    expect(withCode(analyze(otherScale, PLAN_2026_URI), 'wording-mismatch').map((d) => d.params.field)).toEqual(['unit']);
  });

  it('unit-mismatch: not for a multiple (“gấp khoảng 2 lần so với năm 2025”, Phú Thọ, research #75), which counts times the reference', () => {
    const multiple = replaceOnce(
      PLAN_2026,
      INVESTMENT,
      'target: { wording: gấp khoảng 2 lần so với năm 2025, kind: multiple, op: "~", value: 2, unit: lần, relativeTo: 2025,',
    );
    const ds = analyze(multiple, PLAN_2026_URI);
    for (const code of ['unit-mismatch', 'wording-mismatch', 'malformed-target', 'schema-enum']) expect(withCode(ds, code), code).toEqual([]);
    // "lần" on a level target is still another unit than the indicator's.
    const level = replaceOnce(PLAN_2026, INVESTMENT, 'target: { wording: 2 lần, kind: level, op: "=", value: 2, unit: lần,');
    expect(withCode(analyze(level, PLAN_2026_URI), 'unit-mismatch').map((d) => d.params.unit)).toEqual(['lần']);
  });

  it('“hơn 16 triệu (lượt khách)” (issue 11): the scale word is not forced into the unit', () => {
    const tourists = 'target: { wording: 7 triệu lượt, kind: level, op: "=", value: 7, unit: triệu lượt }';
    const codes = (target: string) =>
      analyze(replaceOnce(PLAN_2025, tourists, `${target}\n    unit: lượt khách`, 'id: international-tourists\n'))
        .filter((d) => ['unit-mismatch', 'wording-mismatch', 'unit-missing', 'malformed-target'].includes(d.code))
        .map((d) => [d.code, d.params.field ?? d.params.unit]);
    // The narrative counts in “lượt khách”; its target in millions of them, written either way.
    expect(codes('target: { wording: hơn 16 triệu (lượt khách), kind: level, op: ">", value: 16, unit: triệu (lượt khách) }')).toEqual([]);
    expect(codes('target: { wording: hơn 16 triệu, kind: level, op: ">", value: 16, unit: triệu }')).toEqual([]);
    expect(codes('target: { wording: hơn 16 triệu, kind: level, op: ">", value: 16, unit: triệu lượt khách }')).toEqual([]);
    expect(codes('target: { wording: hơn 16 triệu, kind: level, op: ">", value: 16, unit: lượt khách }')).toEqual([['wording-mismatch', 'unit']]);
  });

  it('unit-missing: a wording without a unit on an indicator that counts in one (Hà Nội 2024’s “giảm 380” poor households)', () => {
    expect(withCode(analyze(PLAN_2024, PLAN_2024_URI), 'unit-missing')).toEqual([]);
    const text = replaceOnce(PLAN_2024, 'value: 380, unit: hộ nghèo,', 'value: 380,');
    const ds = withCode(analyze(text, PLAN_2024_URI), 'unit-missing');
    expect(ds.map((d) => [d.severity, d.range.start])).toEqual([['error', positionOf(text, 'giảm 380')]]);
    expect(formatMessage(ds[0]!, 'vi')).toBe(
      'Chỉ tiêu “giảm 380” không ghi đơn vị, nhưng “poor-households” tính bằng “hộ nghèo”. Hãy ghi unit: hộ nghèo bên cạnh nguyên văn nếu văn bản hiểu ngầm đơn vị đó, hoặc sửa nguyên văn nếu chép thiếu.',
    );
    expect(formatMessage(ds[0]!, 'en')).toBe(
      'The target “giảm 380” states no unit, but “poor-households” counts in “hộ nghèo”. Write unit: hộ nghèo beside the wording if the text implies that unit, or correct the wording if it was copied short.',
    );
    // The unit given beside a wording that writes none is the field's: no wording-mismatch.
    expect(withCode(analyze(PLAN_2024, PLAN_2024_URI), 'wording-mismatch')).toEqual([]);
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
    expect(formatMessage(ds[0]!, 'en')).toBe('The range of “environmental-treatment/urban-wastewater” has its lower bound 55 above its upper bound 50. Swap the bounds, checking them against the wording.');
  });

  it('share-out-of-range: a share above 100%, at its value', () => {
    const text = replaceOnce(PLAN_2025, 'wording: "95,5%", kind: level, op: "=", value: 95.5', 'wording: "105,5%", kind: level, op: "=", value: 105.5');
    const ds = withCode(analyze(text), 'share-out-of-range');
    expect(ds.map((d) => d.range.start)).toEqual([positionOf(text, '105.5')]);
    expect(formatMessage(ds[0]!, 'vi')).toBe('Tỷ lệ 105,5% của “health-insurance-coverage” nằm ngoài khoảng 0–100%. Hãy sửa tỷ lệ theo nguyên văn; nếu chỉ tiêu là một mức tăng, hãy ghi kind: increase.');
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
