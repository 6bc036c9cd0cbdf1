// “Thông qua 25 chỉ tiêu chủ yếu” (Hà Nội 58/NQ-HĐND, Điều 1 khoản 2) against the appendix list.
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../diagnostics/localize.js';
import { scaffoldNewYear } from '../scaffold/newYear.js';
import { analyze, PLAN_2025, PLAN_2026_URI, positionAfter, replaceOnce, withCode } from '../testing/fixtures.js';

/** The plan with its declared count (the 2025 plan declares 25, citing Điều 1 khoản 2) replaced. */
const withCount = (text: string, count: string) => replaceOnce(text, 'declaredIndicatorCount: { value: 25, clause: art_1__item_2 }', `declaredIndicatorCount: ${count}`);

describe('indicator-count', () => {
  it('25 declared, 25 listed, and Điều 1 khoản 2 says “25 chỉ tiêu”', () => {
    expect(withCode(analyze(withCount(PLAN_2025, '{ value: 25, clause: art_1__item_2 }')), 'indicator-count')).toEqual([]);
  });

  it('26 declared: the list has fewer, and the clause does not say 26', () => {
    const text = withCount(PLAN_2025, '{ value: 26, clause: art_1__item_2 }');
    const ds = withCode(analyze(text), 'indicator-count');
    expect(ds.map((d) => d.params.problem)).toEqual(['fewer', 'clause']);
    expect(ds[0]!.range.start).toEqual(positionAfter(text, 'declaredIndicatorCount:', '26'));
    expect(formatMessage(ds[0]!, 'vi')).toBe(
      'Văn bản công bố 26 chỉ tiêu chủ yếu nhưng danh sách chỉ có 25. Hãy thêm các chỉ tiêu còn thiếu; nếu văn bản nguồn không đầy đủ, ghi document.truncated: { note: … }.',
    );
    expect(formatMessage(ds[1]!, 'en')).toBe('Clause “art_1__item_2” does not say “26 chỉ tiêu”. Correct declaredIndicatorCount or the clause to the adopted text.');
  });

  it('a truncated source may list fewer than declared, never more', () => {
    const truncated = replaceOnce(withCount(PLAN_2025, '{ value: 26 }'), '  sourceNote:', '  truncated: { note: Thiếu Phụ lục. }\n  sourceNote:');
    expect(withCode(analyze(truncated), 'indicator-count')).toEqual([]);
    const more = withCode(analyze(withCount(PLAN_2025, '{ value: 24 }')), 'indicator-count');
    expect(more.map((d) => [d.params.problem, d.params.declared, d.params.listed])).toEqual([['more', 24, 25]]);
  });

  it('a dropped indicator is not counted', () => {
    const text = replaceOnce(withCount(PLAN_2025, '{ value: 24 }'), '  - id: cpi\n', '  - id: cpi\n    dropped: { reason: Theo dõi hằng quý. }\n');
    expect(withCode(analyze(text), 'indicator-count')).toEqual([]);
  });

  it('a clause carried from last year still says “Thông qua 25 chỉ tiêu” when the count moved on', () => {
    const draft = scaffoldNewYear(PLAN_2025, { baseline: './2025.yaml' }).text;
    const text = withCount(replaceOnce(draft, '  - id: public-transport-share\n', '  - { id: labour-productivity, name: năng suất lao động (giá hiện hành), target: { placeholder: true } }\n  - id: public-transport-share\n'), '{ value: 26, clause: art_1__item_2 }');
    expect(withCode(analyze(text, PLAN_2026_URI), 'indicator-count').map((d) => d.params.problem)).toEqual(['clause']);
  });
});
