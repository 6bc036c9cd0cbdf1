import { describe, expect, it } from 'vitest';
import { formatMessage } from '../diagnostics/localize.js';
import { analyze, DRAFT_2026, PLAN_2025, positionOf, replaceOnce, withCode } from '../testing/fixtures.js';

const GRDP = 'target: { wording: "6,5% trở lên", kind: level, op: ">=", value: 6.5, unit: "%" }';

describe('malformed-target', () => {
  it('is not reported for any wording of the 2025 plan or the 2026 draft', () => {
    expect(withCode(analyze(PLAN_2025), 'malformed-target')).toEqual([]);
    expect(withCode(analyze(DRAFT_2026), 'malformed-target')).toEqual([]);
  });

  it('points at the exact column inside a quoted wording, saying which forms are expected', () => {
    const text = replaceOnce(PLAN_2025, GRDP, GRDP.replace('"6,5% trở lên"', '"6,5% trở"'));
    const ds = withCode(analyze(text), 'malformed-target');
    const at = positionOf(text, 'trở", kind');
    expect(ds.map((d) => d.range)).toEqual([{ start: at, end: { line: at.line, character: at.character + 3 } }]);
    expect(ds[0]!.severity).toBe('error');
    expect(formatMessage(ds[0]!, 'vi')).toBe(
      'Chỉ tiêu “6,5% trở” không đọc được: Không mong đợi “trở” ở đây. Cần: “trở lên”, “trở xuống”. Hãy bỏ hoặc sửa phần này; nếu văn bản được thông qua viết đúng như vậy, hãy giữ nguyên văn và bỏ qua malformed-target kèm lý do.',
    );
    expect(formatMessage(ds[0]!, 'en')).toBe(
      'The target “6,5% trở” cannot be read: Unexpected “trở” here. Expected: “trở lên”, “trở xuống”. Remove or correct it; if the adopted text words it so, keep it verbatim and suppress malformed-target with a reason.',
    );
  });

  it('points inside a plain wording: a comparator without its number', () => {
    const text = replaceOnce(PLAN_2025, 'wording: dưới 3%, kind: level', 'wording: dưới %, kind: level', 'id: urban-unemployment\n');
    const ds = withCode(analyze(text), 'malformed-target');
    expect(ds.map((d) => d.range.start)).toEqual([positionOf(text, '%, kind: level, op: "<", value: 3')]);
    expect(ds[0]!.params).toMatchObject({ issue: 'expected-number', wording: 'dưới %' });
    expect(formatMessage(ds[0]!, 'en')).toBe('The target “dưới %” cannot be read: Missing a number after “dưới”. Expected: “số”. Write the target’s number after “dưới”.');
  });

  it('reads narrative targets and parts too', () => {
    const text = replaceOnce(PLAN_2025, 'wording: 7 triệu lượt,', 'wording: khoảng triệu lượt,');
    const ds = withCode(analyze(text), 'malformed-target');
    expect(ds.map((d) => d.range.start)).toEqual([positionOf(text, 'triệu lượt, kind')]);
  });
});
