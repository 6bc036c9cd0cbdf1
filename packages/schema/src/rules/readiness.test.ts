// "Clean" means ready: the 2026 draft scaffolded from the real 2025 plan, marked adopted before
// its placeholders, blanks and carried clauses are dealt with, fails with one code per defect;
// the same draft marked draft does not.
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../diagnostics/localize.js';
import { scaffoldNewYear } from '../scaffold/newYear.js';
import { analyze, BASELINE_2025, PLAN_2025, PLAN_2026_URI, positionAfter, positionOf, replaceOnce, withCode } from '../testing/fixtures.js';

const READINESS = ['adopted-placeholder', 'adopted-ellipsis', 'adopted-carried-over', 'adopted-stale-year'];
const draft = scaffoldNewYear(PLAN_2025, { baseline: './2025.yaml' });
const adopted = replaceOnce(draft.text, 'status: draft', 'status: adopted');
const check = (text: string) => analyze(text, PLAN_2026_URI, { baseline: BASELINE_2025 });
const codes = (text: string) => check(text).filter((d) => READINESS.includes(d.code));

describe('readiness of an adopted plan', () => {
  it('a draft is not affected: none of the readiness codes', () => {
    expect(codes(draft.text)).toEqual([]);
    expect(withCode(check(draft.text), 'placeholder-target').length).toBeGreaterThan(0);
  });

  it('the real adopted 2025 plan is ready', () => {
    expect(analyze(PLAN_2025).filter((d) => READINESS.includes(d.code))).toEqual([]);
  });

  it('adopted-placeholder: one error per unset target (25 indicators, 17 parts), the placeholder warning not repeated', () => {
    const ds = withCode(check(adopted), 'adopted-placeholder');
    expect(ds).toHaveLength(draft.indicators.length - 7 + draft.parts.length);
    expect(ds.every((d) => d.severity === 'error')).toBe(true);
    expect(withCode(check(adopted), 'placeholder-target')).toEqual([]);
    const cpi = ds.find((d) => d.params.id === 'cpi')!;
    expect(cpi.range.start).toEqual(positionAfter(adopted, '  - id: cpi\n', 'true }'));
    expect(formatMessage(cpi, 'vi')).toBe(
      'Kế hoạch đã thông qua (status: adopted) còn chỉ tiêu chưa đặt ở “cpi” (placeholder). Hãy ghi chỉ tiêu đã được thông qua; nếu không biết, ghi { unknown: true } kèm nguồn (source); nếu chưa thông qua, để status: draft.',
    );
  });

  it('an unknown target is not a placeholder: an adopted plan may say it does not know', () => {
    const text = replaceOnce(adopted, 'target: { placeholder: true }', 'target: { unknown: true, source: { kind: press, note: Báo chí không nêu. } }', '  - id: grdp-growth\n');
    const ids = withCode(check(text), 'adopted-placeholder').map((d) => d.params.id);
    expect(ids).not.toContain('grdp-growth');
    expect(ids).toContain('cpi');
  });

  it('adopted-ellipsis: “…/NQ-HĐND”, “KỲ HỌP THỨ …”, the signatory and the appendix subtitle, each on the blank', () => {
    const ds = withCode(check(adopted), 'adopted-ellipsis');
    expect(ds.map((d) => d.params.field)).toEqual(['document.number', 'document.session', 'document.signature.name', 'document.appendix.subtitle']);
    expect(ds[0]!.range.start).toEqual(positionOf(adopted, '…/NQ-HĐND'));
    expect(formatMessage(ds[1]!, 'en')).toBe(
      'The adopted plan still has a “…” blank in document.session (“KHÓA XVI, KỲ HỌP THỨ …”). Fill it in from the adopted text, or set status: draft if it is not adopted yet.',
    );
  });

  it('adopted-carried-over: every clause still marked carriedOver', () => {
    const ds = withCode(check(adopted), 'adopted-carried-over');
    expect(ds).toHaveLength(draft.clauses.length);
    expect(ds[0]!.params.id).toBe('preamble__para_1');
    expect(formatMessage(ds.find((d) => d.params.id === 'art_1__item_2')!, 'vi')).toContain('còn điều khoản “art_1__item_2” đánh dấu carriedOver');
  });

  it('adopted-stale-year: text carried word for word from 2025 that still says “năm 2025” (or the 2024 adoption)', () => {
    // The drafter removed the carriedOver marks but not last year's words.
    const unmarked = adopted.replace(/^ *carriedOver: true\n/gm, '');
    expect(withCode(check(unmarked), 'adopted-carried-over')).toEqual([]);
    const ds = withCode(check(unmarked), 'adopted-stale-year');
    const ids = ds.map((d) => d.params.id);
    // Điều 1's heading “… năm 2025 …”, the general objectives “… Kế hoạch năm 2025 …”, the closing “… năm 2024”.
    expect(ids).toEqual(expect.arrayContaining(['art_1', 'art_1__item_1__para_1', 'closing__para_1', 'closing__para_2']));
    const art1 = ds.find((d) => d.params.id === 'art_1')!;
    expect(art1.params).toMatchObject({ phrase: 'năm 2025', baselineYear: '2025', year: '2026' });
    expect(formatMessage(art1, 'vi')).toBe(
      'Điều khoản “art_1” giống hệt điều khoản của kế hoạch năm 2025 và còn ghi “năm 2025”. Hãy cập nhật theo nguyên văn đã được thông qua của kế hoạch năm 2026.',
    );
    expect(ds.find((d) => d.params.id === 'closing__para_2')!.params.phrase).toBe('năm 2024');
    // Redrafted: the year moved on, nothing is reported for that clause.
    const redrafted = replaceOnce(unmarked, 'kinh tế - xã hội (KTXH) năm 2025 của thành phố Hà Nội', 'kinh tế - xã hội (KTXH) năm 2026 của thành phố Hà Nội');
    expect(withCode(check(redrafted), 'adopted-stale-year').map((d) => d.params.id)).not.toContain('art_1');
    // A draft is not affected.
    expect(withCode(check(replaceOnce(unmarked, 'status: adopted', 'status: draft')), 'adopted-stale-year')).toEqual([]);
  });
});
