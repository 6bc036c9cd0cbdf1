// An adjusting resolution changes targets within the year (Tiền Giang 01/NQ-HĐND of 13/7/2018:
// “Điều chỉnh tốc độ tăng trưởng kinh tế (GRDP theo giá so sánh 2010) là: 7,0 - 7,5%”); each
// change names the target it changes and what it was.
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../diagnostics/localize.js';
import { analyze, PLAN_2025, positionAfter, replaceOnce, withCode } from '../testing/fixtures.js';

const amend = (changes: string, date = '2025-07-10') =>
  replaceOnce(PLAN_2025, '\nnarrativeTargets:\n', `\namendments:\n  - id: dieu-chinh-2025\n    document: { number: 20/NQ-HĐND, date: "${date}", title: VỀ VIỆC ĐIỀU CHỈNH MỘT SỐ CHỈ TIÊU KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2025 }\n    changes:\n${changes}\nnarrativeTargets:\n`);
const GRDP = '      - indicator: grdp-growth\n        from: { wording: "6,5% trở lên", kind: level, op: ">=", value: 6.5, unit: "%" }\n        to: { wording: "7,0 - 7,5%", kind: level, op: range, min: 7, max: 7.5, unit: "%" }';

describe('amendment-mismatch', () => {
  it('a change from the adopted target is traceable and checked like any target', () => {
    const ds = analyze(amend(GRDP));
    expect(ds.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('a “from” that is not the target in force', () => {
    const text = amend(GRDP.replace('"6,5% trở lên", kind: level, op: ">=", value: 6.5', '"7% trở lên", kind: level, op: ">=", value: 7'));
    const ds = withCode(analyze(text), 'amendment-mismatch');
    expect(ds.map((d) => d.range.start)).toEqual([positionAfter(text, '- indicator: grdp-growth', '{ wording: "7% trở lên"')]);
    expect(formatMessage(ds[0]!, 'vi')).toBe(
      'Điều chỉnh “dieu-chinh-2025” ghi chỉ tiêu “grdp-growth” trước đó là “7% trở lên”, nhưng chỉ tiêu đang có hiệu lực là “6,5% trở lên”. Hãy sửa from theo chỉ tiêu được điều chỉnh (hoặc bỏ from).',
    );
  });

  it('a second change starts from the first one’s “to”', () => {
    const second = '      - indicator: grdp-growth\n        from: { wording: "7,0 - 7,5%", kind: level, op: range, min: 7, max: 7.5, unit: "%" }\n        to: { wording: "8% trở lên", kind: level, op: ">=", value: 8, unit: "%" }';
    expect(withCode(analyze(amend(`${GRDP}\n${second}`)), 'amendment-mismatch')).toEqual([]);
    const wrong = second.replace('"7,0 - 7,5%", kind: level, op: range, min: 7, max: 7.5', '"6,5% trở lên", kind: level, op: ">=", value: 6.5');
    expect(withCode(analyze(amend(`${GRDP}\n${wrong}`)), 'amendment-mismatch')).toHaveLength(1);
  });

  it('an adjustment dated before the plan; an unknown indicator (unknown-reference); a malformed “to”', () => {
    expect(withCode(analyze(amend(GRDP, '2024-06-01')), 'amendment-mismatch').map((d) => d.params.problem)).toEqual(['date']);
    const unknown = amend(GRDP.replace('indicator: grdp-growth', 'indicator: grdp-growht'));
    expect(withCode(analyze(unknown), 'unknown-reference').map((d) => [d.params.ref, d.params.suggestion])).toEqual([['grdp-growht', 'grdp-growth']]);
    const malformed = amend(GRDP.replace('to: { wording: "7,0 - 7,5%", kind: level, op: range, min: 7, max: 7.5', 'to: { wording: "7,0 - 7,5%", kind: level, op: range, min: 7, max: 8'));
    expect(withCode(analyze(malformed), 'value-wording')).toHaveLength(1);
  });
});
