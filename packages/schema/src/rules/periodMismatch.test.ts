// A five-year plan is not a year's plan: the title An Giang printed for 2016-2020 (08/2015/NQ-HĐND,
// “VỀ NHIỆM VỤ KINH TẾ - XÃ HỘI NĂM 2016 - 2020”) no longer validates silently as year 2016.
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../diagnostics/localize.js';
import { analyze, PLAN_2025, positionOf, replaceOnce, withCode } from '../testing/fixtures.js';

const FIVE_YEAR = (head: string, title: string) => `schemaVersion: "1.0"
jurisdiction: { id: an-giang, name: Tỉnh An Giang }
${head}
status: adopted
document: { number: 08/2015/NQ-HĐND, place: An Giang, date: "2015-12-10", type: NGHỊ QUYẾT, title: "${title}", issuer: HỘI ĐỒNG NHÂN DÂN TỈNH AN GIANG }
articles: []
indicators: []
`;
const TITLE = 'VỀ NHIỆM VỤ KINH TẾ - XÃ HỘI NĂM 2016 - 2020';

describe('period-mismatch', () => {
  it('a five-year plan encoded as a year: the title names the period', () => {
    const text = FIVE_YEAR('year: 2016', TITLE);
    const ds = withCode(analyze(text, 'plans/an-giang/2016.yaml'), 'period-mismatch');
    expect(ds).toHaveLength(1);
    expect(ds[0]!.range.start).toEqual(positionOf(text, '2016 - 2020'));
    expect(formatMessage(ds[0]!, 'vi')).toBe(
      'document.title nêu giai đoạn 2016-2020, nhưng tệp ghi year: 2016: đây là kế hoạch 5 năm, không phải kế hoạch năm 2016. Hãy ghi period: { from: 2016, to: 2020 } thay cho year và đặt tên tệp 2016-2020.yaml.',
    );
  });

  it('written as a period, in a file named by it, it passes (year-mismatch does not apply)', () => {
    const ds = analyze(FIVE_YEAR('period: { from: 2016, to: 2020 }', TITLE), 'plans/an-giang/2016-2020.yaml');
    expect(ds.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('both year and period; a period backwards; a title or file of another period', () => {
    const both = analyze(FIVE_YEAR('year: 2016\nperiod: { from: 2016, to: 2020 }', TITLE), 'plans/an-giang/2016-2020.yaml');
    expect(withCode(both, 'period-mismatch').map((d) => d.params.problem)).toEqual(['both']);
    const backwards = analyze(FIVE_YEAR('period: { from: 2020, to: 2016 }', TITLE), 'plans/an-giang/2016-2020.yaml');
    expect(withCode(backwards, 'period-mismatch').map((d) => d.params.problem)).toEqual(['order']);
    const other = analyze(FIVE_YEAR('period: { from: 2021, to: 2025 }', TITLE), 'plans/an-giang/2016.yaml');
    expect(withCode(other, 'period-mismatch').map((d) => [d.params.problem, d.params.found])).toEqual([
      ['file', '2016.yaml'],
      ['period-title', '2016-2020'],
    ]);
  });

  it('a plan needs a year or a period (schema)', () => {
    const ds = analyze(FIVE_YEAR('status: draft', TITLE).replace('status: adopted\n', ''), 'plans/an-giang/x.yaml');
    expect(withCode(ds, 'schema-required').map((d) => d.params.property)).toEqual(['year']);
  });

  it('the yearly plans are not affected', () => {
    expect(withCode(analyze(PLAN_2025), 'period-mismatch')).toEqual([]);
    // A year's plan may name a period inside its title as long as it ends on its year.
    const t = replaceOnce(PLAN_2025, 'title: VỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2025', 'title: VỀ KẾ HOẠCH 2021-2025 VÀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2025');
    expect(withCode(analyze(t), 'period-mismatch')).toEqual([]);
  });
});
