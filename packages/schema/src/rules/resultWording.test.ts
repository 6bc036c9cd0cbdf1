import { describe, expect, it } from 'vitest';
import { formatMessage } from '../diagnostics/localize.js';
import { analyze, PLAN_2025, positionAfter, replaceOnce, withCode } from '../testing/fixtures.js';

const ESTIMATE = '        wording: 178 triệu đồng\n        op: "="\n        value: 178\n        unit: triệu đồng\n';
const withEstimate = (fields: string) => replaceOnce(PLAN_2025, ESTIMATE, fields);

describe('result-wording, result-malformed', () => {
  it('nothing is reported for the real 2025 plan', () => {
    expect(withCode(analyze(PLAN_2025), 'result-wording')).toEqual([]);
    expect(withCode(analyze(PLAN_2025), 'result-malformed')).toEqual([]);
  });

  it('field: a value the wording contradicts, at the field, with a fix from the wording', () => {
    const text = withEstimate('        wording: ước đạt 178 triệu đồng\n        op: "="\n        value: 187\n        unit: triệu đồng\n        estimate: true\n');
    const ds = withCode(analyze(text), 'result-wording');
    expect(ds.map((d) => [d.severity, d.range.start, d.params.field])).toEqual([['error', positionAfter(text, 'wording: ước đạt 178', '187'), 'value']]);
    expect(formatMessage(ds[0]!, 'vi')).toBe('Kết quả “ước đạt 178 triệu đồng” (ước thực hiện) của “grdp-per-capita” có value là 178, nhưng trường value ghi 187. Hãy sửa value theo lời của kết quả, hoặc sửa lời nếu nó mới là chỗ sai.');
    expect(formatMessage(ds[0]!, 'en')).toBe('The result “ước đạt 178 triệu đồng” (estimate) of “grdp-per-capita” has value 178, but the field value says 187. Set value from the result’s wording, or correct the wording if it is the slip.');
    expect(ds[0]!.fix?.map((e) => e.newText)).toEqual(['178']);
  });

  it('field: “ước” in the wording without estimate: true, and an op the wording contradicts', () => {
    const text = withEstimate('        wording: ước đạt trên 178 triệu đồng\n        op: "="\n        value: 178\n        unit: triệu đồng\n');
    const ds = withCode(analyze(text), 'result-wording');
    // In position order: estimate (missing: at the result), then op.
    expect(ds.map((d) => [d.params.field, d.params.expected, d.params.actual])).toEqual([
      ['estimate', 'true', '—'],
      ['op', '“>”', '“=”'],
    ]);
  });

  it('result-malformed: a wording the grammar cannot read, at the column where it stopped, with what it expected', () => {
    const text = withEstimate('        wording: ước đạt triệu đồng\n        op: "="\n        value: 178\n        unit: triệu đồng\n');
    expect(withCode(analyze(text), 'result-wording')).toEqual([]);
    const ds = withCode(analyze(text), 'result-malformed');
    expect(ds).toHaveLength(1);
    expect(formatMessage(ds[0]!, 'en')).toMatch(/^The result “ước đạt triệu đồng” \(estimate\) of “grdp-per-capita” cannot be read: /);
    expect(ds[0]!.range.start).toEqual(positionAfter(text, 'wording: ước đạt triệu đồng', 'triệu đồng\n'));
  });
});
