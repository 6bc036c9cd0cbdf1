import { describe, expect, it } from 'vitest';
import { formatMessage } from '../diagnostics/localize.js';
import { analyze, DRAFT_2026, PLAN_2025, positionAfter, replaceOnce, withCode } from '../testing/fixtures.js';

describe('unknown-reference', () => {
  it('is not reported for the 2025 plan or the 2026 draft: every reference resolves', () => {
    expect(withCode(analyze(PLAN_2025), 'unknown-reference')).toEqual([]);
    expect(withCode(analyze(DRAFT_2026), 'unknown-reference')).toEqual([]);
  });

  it('a narrative target’s clause that does not exist, at the reference', () => {
    const text = replaceOnce(PLAN_2025, 'clause: art_2__item_1__para_4', 'clause: art_2__item_1__para_40', '- id: cpi-body\n');
    const ds = withCode(analyze(text), 'unknown-reference');
    expect(ds.map((d) => [d.severity, d.range.start])).toEqual([['error', positionAfter(text, '- id: cpi-body\n', 'art_2__item_1__para_40')]]);
    expect(formatMessage(ds[0]!, 'vi')).toBe('“art_2__item_1__para_40” không phải là điều khoản có trong kế hoạch. Hãy sửa thành một mã có trong kế hoạch. Có phải ý bạn là “art_2__item_1__para_4”?');
  });

  it('a mistyped indicator, with the id the drafter meant', () => {
    const text = replaceOnce(PLAN_2025, 'indicator: cpi\n', 'indicator: cpl\n', '- id: cpi-body\n');
    const ds = withCode(analyze(text), 'unknown-reference');
    expect(ds.map((d) => d.range.start)).toEqual([positionAfter(text, '- id: cpi-body\n', 'cpl')]);
    expect(formatMessage(ds[0]!, 'en')).toBe('“cpl” is not an indicator or indicator part defined in this plan. Correct it to one that is. Did you mean “cpi”?');
  });

  it('a part that the indicator does not have', () => {
    const text = replaceOnce(PLAN_2025, 'indicator: trained-workers/certified', 'indicator: trained-workers/qualified');
    expect(withCode(analyze(text), 'unknown-reference').map((d) => d.params.ref)).toEqual(['trained-workers/qualified']);
  });

  it('a relation part that names nothing', () => {
    const text = replaceOnce(PLAN_2025, 'parts: [ social-insurance-compulsory, social-insurance-voluntary ]', 'parts: [ social-insurance-compulsory, social-insurance-voluntary, social-insurance-other ]');
    const ds = withCode(analyze(text), 'unknown-reference');
    expect(ds.map((d) => d.range.start)).toEqual([positionAfter(text, '- id: social-insurance-total\n', 'social-insurance-other')]);
    expect(formatMessage(ds[0]!, 'en')).toBe('“social-insurance-other” is not a target or indicator defined in this plan. Correct it to one that is.');
  });
});
