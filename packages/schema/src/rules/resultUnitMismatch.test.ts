import { describe, expect, it } from 'vitest';
import { formatMessage } from '../diagnostics/localize.js';
import { analyze, PLAN_2025, positionAfter, replaceOnce, withCode } from '../testing/fixtures.js';

const ESTIMATE = '        wording: 178 triệu đồng\n        op: "="\n        value: 178\n        unit: triệu đồng\n';

describe('result-unit-mismatch', () => {
  it('nothing is reported for the real 2025 plan (its estimate is in the target’s unit)', () => {
    expect(withCode(analyze(PLAN_2025), 'result-unit-mismatch')).toEqual([]);
  });

  it('a result in a unit that does not convert to the target’s, at the result’s unit, as a warning', () => {
    const text = replaceOnce(PLAN_2025, ESTIMATE, '        wording: ước đạt 7.100 USD\n        op: "="\n        value: 7100\n        unit: USD\n        estimate: true\n');
    const ds = withCode(analyze(text), 'result-unit-mismatch');
    expect(ds.map((d) => [d.severity, d.range.start])).toEqual([['warning', positionAfter(text, 'wording: ước đạt 7.100 USD', 'USD\n        estimate')]]);
    expect(ds[0]!.params).toEqual({ wording: 'ước đạt 7.100 USD', stage: 'estimate', id: 'grdp-per-capita', unit: 'USD', expected: 'triệu đồng' });
    expect(formatMessage(ds[0]!, 'vi')).toBe(
      'Kết quả “ước đạt 7.100 USD” (ước thực hiện) của “grdp-per-capita” tính bằng “USD”, không quy đổi được sang đơn vị “triệu đồng” của chỉ tiêu, nên không đánh giá được đạt hay không. Hãy ghi kết quả theo đơn vị của chỉ tiêu (hoặc một đơn vị quy đổi được).',
    );
    expect(formatMessage(ds[0]!, 'en')).toContain('(estimate) of “grdp-per-capita” is in “USD”');
  });

  it('not for a unit at another scale, nor for a result that writes no unit (it takes the indicator’s)', () => {
    const scaled = replaceOnce(PLAN_2025, ESTIMATE, '        wording: 0,178 tỷ đồng\n        op: "="\n        value: 0.178\n        unit: tỷ đồng\n');
    const bare = replaceOnce(PLAN_2025, ESTIMATE, '        wording: "178"\n        op: "="\n        value: 178\n');
    for (const text of [scaled, bare]) expect(withCode(analyze(text), 'result-unit-mismatch')).toEqual([]);
  });

  it('a result’s source.ref must name an entry of sources (unknown-reference)', () => {
    const text = replaceOnce(PLAN_2025, 'source: { kind: press, ref: R1,', 'source: { kind: press, ref: R9,');
    expect(withCode(analyze(text), 'unknown-reference').map((d) => d.params)).toEqual([{ ref: 'R9', kind: 'source', suggestion: 'R1' }]);
  });
});
