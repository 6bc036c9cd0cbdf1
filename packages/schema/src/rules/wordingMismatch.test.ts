import { describe, expect, it } from 'vitest';
import { formatMessage } from '../diagnostics/localize.js';
import type { TextEdit } from '../diagnostics/types.js';
import { LineMap } from '../parse/position.js';
import { analyze, DRAFT_2026, PLAN_2025, positionAfter, positionOf, replaceOnce, withCode } from '../testing/fixtures.js';

function applyFix(text: string, edits: TextEdit[]): string {
  const lines = new LineMap(text);
  const e = edits[0]!;
  return text.slice(0, lines.offset(e.range.start)) + e.newText + text.slice(lines.offset(e.range.end));
}

describe('comparator-wording', () => {
  it('is not reported for the 2025 plan or the 2026 draft', () => {
    expect(withCode(analyze(PLAN_2025), 'comparator-wording')).toEqual([]);
    expect(withCode(analyze(DRAFT_2026), 'comparator-wording')).toEqual([]);
  });

  it('“trở lên” with op "<": an error at op, fixed from the wording', () => {
    const text = replaceOnce(PLAN_2025, 'op: ">="', 'op: "<"', '- id: grdp-growth\n');
    const ds = withCode(analyze(text), 'comparator-wording');
    expect(ds.map((d) => [d.severity, d.range.start])).toEqual([['error', positionAfter(text, '- id: grdp-growth\n', '"<"')]]);
    expect(formatMessage(ds[0]!, 'vi')).toBe('Chỉ tiêu “6,5% trở lên” có nghĩa là lớn hơn hoặc bằng (≥, “trở lên”), nhưng op ghi “<” (nhỏ hơn (<, “dưới”)). Hãy sửa op theo nguyên văn, hoặc sửa nguyên văn nếu nó mới là chỗ sai.');
    expect(formatMessage(ds[0]!, 'en')).toBe('The target “6,5% trở lên” means at least (≥, “trở lên”), but op says “<” (less than (<, “dưới”)). Set op from the wording, or correct the wording if it is the slip.');
    expect(applyFix(text, ds[0]!.fix!)).toBe(PLAN_2025);
  });

  it('a range worded as one value: only the comparator is reported', () => {
    const text = replaceOnce(PLAN_2025, 'wording: 50-55%', 'wording: 50%', 'id: urban-wastewater\n');
    const ds = analyze(text);
    expect(withCode(ds, 'comparator-wording').map((d) => d.params.expected)).toEqual(['=']);
    expect(withCode(ds, 'wording-mismatch')).toEqual([]);
  });
});

describe('wording-mismatch', () => {
  it('is not reported for the 2025 plan or the 2026 draft (every wording means its fields)', () => {
    expect(withCode(analyze(PLAN_2025), 'wording-mismatch')).toEqual([]);
    expect(withCode(analyze(DRAFT_2026), 'wording-mismatch')).toEqual([]);
  });

  it('a value that the wording contradicts: a value-wording error at the value, fixed from the wording', () => {
    const text = replaceOnce(PLAN_2025, 'value: 4.5', 'value: 5', '  - id: cpi\n');
    expect(withCode(analyze(text), 'wording-mismatch')).toEqual([]);
    const ds = withCode(analyze(text), 'value-wording');
    expect(ds.map((d) => [d.severity, d.range.start, d.params.field])).toEqual([['error', positionAfter(text, '  - id: cpi\n', 'value: 5', 7), 'value']]);
    expect(formatMessage(ds[0]!, 'vi')).toBe(
      'Chỉ tiêu “dưới 4,5%” có value là 4,5, nhưng trường value ghi 5. Hãy sửa value theo nguyên văn, hoặc sửa nguyên văn nếu nó mới là chỗ sai; bỏ qua wording-mismatch không bỏ qua kiểm tra này.',
    );
    expect(formatMessage(ds[0]!, 'en')).toBe(
      'The target “dưới 4,5%” has value 4.5, but the field value says 5. Set value from the wording, or correct the wording if it is the slip; suppressing wording-mismatch does not suppress this check.',
    );
    expect(applyFix(text, ds[0]!.fix!)).toBe(PLAN_2025);
  });

  it('the wording edited but not the fields: kind and unit (wording-mismatch) and value (value-wording), each at its field', () => {
    const text = replaceOnce(PLAN_2025, 'wording: "6,5% trở lên"', 'wording: "tăng 7 triệu đồng trở lên"', '- id: grdp-growth\n');
    const ds = analyze(text).filter((d) => d.code === 'wording-mismatch' || d.code === 'value-wording');
    expect(ds.map((d) => [d.code, d.params.field])).toEqual([
      ['wording-mismatch', 'kind'],
      ['value-wording', 'value'],
      ['wording-mismatch', 'unit'],
    ]);
    const anchor = '- id: grdp-growth\n';
    expect(ds.map((d) => d.range.start)).toEqual([
      positionAfter(text, anchor, 'level, op'),
      positionAfter(text, anchor, '6.5, unit'),
      positionAfter(text, anchor, '"%" }'),
    ]);
    expect(ds[2]!.fix![0]!.newText).toBe('triệu đồng');
  });

  it('the words that carry meaning are fields, each checked: share base, estimate, average, reference year, a state', () => {
    const GRDP = 'target: { wording: "6,5% trở lên", kind: level, op: ">=", value: 6.5, unit: "%" }';
    const fields = (target: string) =>
      analyze(replaceOnce(PLAN_2025, GRDP, target, '- id: grdp-growth\n'))
        .filter((d) => d.code === 'wording-mismatch' || d.code === 'value-wording')
        .map((d) => [d.params.field, d.params.expected, d.params.actual]);
    expect(fields('target: { wording: chiếm khoảng 30% GRDP, kind: level, op: "~", value: 30, unit: "%", of: GRDP }')).toEqual([]);
    expect(fields('target: { wording: chiếm khoảng 30% GRDP, kind: level, op: "~", value: 30, unit: "%" }')).toEqual([['of', '“GRDP”', '—']]);
    expect(fields('target: { wording: ước đạt 168 nghìn tỷ đồng, kind: level, op: "=", value: 168, unit: nghìn tỷ đồng }')).toEqual([['estimate', 'true', '—']]);
    expect(fields('target: { wording: bình quân từ 10% trở lên, kind: level, op: ">=", value: 10, unit: "%", average: true }')).toEqual([]);
    expect(fields('target: { wording: tăng khoảng 13% so với năm 2025, kind: increase, op: "~", value: 13, unit: "%", relativeTo: 2024 }')).toEqual([['relativeTo', 2025, 2024]]);
    expect(fields('target: { wording: giải ngân toàn bộ, kind: state, state: giải ngân toàn bộ }')).toEqual([]);
    // No number is invented for a state: one in the fields is reported.
    expect(fields('target: { wording: giải ngân toàn bộ, kind: state, op: "=", value: 100, unit: "%", state: giải ngân toàn bộ }')).toEqual([['value', '—', 100]]);
    // "khoảng" over a range is ~ with min and max; the fields of a plain range are a comparator-wording.
    const about = 'target: { wording: khoảng 4.900 - 5.000 USD/người, kind: level, op: "range", min: 4900, max: 5000, unit: USD/người }';
    const ds = analyze(replaceOnce(PLAN_2025, GRDP, about, '- id: grdp-growth\n'));
    expect(withCode(ds, 'comparator-wording').map((d) => d.params.expected)).toEqual(['~']);
    expect(withCode(ds, 'wording-mismatch')).toEqual([]);
  });

  it('a maintained state that differs from its wording', () => {
    const text = replaceOnce(PLAN_2025, 'state: không có hộ nghèo }', 'state: không có hộ cận nghèo }', 'id: poor-households\n');
    const ds = withCode(analyze(text), 'wording-mismatch');
    expect(ds.map((d) => [d.params.field, d.range.start])).toEqual([['state', positionOf(text, 'không có hộ cận nghèo')]]);
  });
});

describe('a suppression of wording-mismatch keeps the numbers checked (value-wording)', () => {
  const GRDP = 'target: { wording: "6,5% trở lên", kind: level, op: ">=", value: 6.5, unit: "%" }';
  const REASON = 'Văn bản ghi tỷ trọng theo cách riêng. / The text words the share its own way.';
  const codes = (text: string) => analyze(text).filter((d) => ['wording-mismatch', 'value-wording', 'unused-suppression'].includes(d.code)).map((d) => [d.code, d.params.field ?? d.params.code]);

  it('on a one-line flow-style target: the suppressed unit mismatch is silenced, a value changed from 30 to 3 is not', () => {
    // Issue 11: “chiếm khoảng 30% GRDP” kept verbatim; the plan states the share in “% GRDP” as its unit.
    const flow = (value: number) =>
      replaceOnce(
        PLAN_2025,
        GRDP,
        `# kehoach-disable-next-line wording-mismatch -- ${REASON}\n    target: { wording: chiếm khoảng 30% GRDP, kind: level, op: "~", value: ${value}, unit: "%" }`,
        '- id: grdp-growth\n',
      );
    expect(codes(flow(30))).toEqual([]);
    const changed = flow(3);
    const ds = withCode(analyze(changed), 'value-wording');
    expect(ds.map((d) => [d.params.field, d.params.expected, d.params.actual, d.range.start])).toEqual([
      ['value', 30, 3, positionAfter(changed, '- id: grdp-growth\n', 'value: 3', 7)],
    ]);
    expect(codes(changed)).toEqual([['value-wording', 'value']]);
  });

  it('in block style too: a suppression of wording-mismatch on the value line silences nothing there', () => {
    const block = replaceOnce(
      PLAN_2025,
      GRDP,
      `target:\n      wording: "6,5% trở lên"\n      kind: level\n      op: ">="\n      # kehoach-disable-next-line wording-mismatch -- ${REASON}\n      value: 65\n      unit: "%"`,
      '- id: grdp-growth\n',
    );
    expect(codes(block)).toEqual([
      ['unused-suppression', 'wording-mismatch'],
      ['value-wording', 'value'],
    ]);
  });

  it('value-wording itself can be suppressed, on its own line', () => {
    const text = replaceOnce(
      PLAN_2025,
      GRDP,
      `# kehoach-disable-next-line value-wording -- ${REASON}\n    target: { wording: "6,5% trở lên", kind: level, op: ">=", value: 7, unit: "%" }`,
      '- id: grdp-growth\n',
    );
    expect(codes(text)).toEqual([]);
  });
});
