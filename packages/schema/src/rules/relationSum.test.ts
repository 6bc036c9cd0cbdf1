import { describe, expect, it } from 'vitest';
import { formatMessage } from '../diagnostics/localize.js';
import { analyze, DRAFT_2026, PLAN_2025, positionAfter, replaceOnce, withCode } from '../testing/fixtures.js';

describe('relation-sum', () => {
  it('51% = 47,5% compulsory + 3,5% voluntary holds in the 2025 plan and the 2026 draft', () => {
    expect(withCode(analyze(PLAN_2025), 'relation-sum')).toEqual([]);
    expect(withCode(analyze(DRAFT_2026), 'relation-sum')).toEqual([]);
  });

  it('a part raised alone breaks the sum: reported at the relation’s total', () => {
    const text = replaceOnce(PLAN_2025, 'wording: "47,5%", kind: level, op: "=", value: 47.5', 'wording: "48%", kind: level, op: "=", value: 48');
    const ds = withCode(analyze(text), 'relation-sum');
    expect(ds.map((d) => [d.severity, d.range.start])).toEqual([['error', positionAfter(text, '- id: social-insurance-total\n', 'social-insurance-coverage')]]);
    expect(formatMessage(ds[0]!, 'vi')).toBe(
      'Quan hệ “social-insurance-total”: social-insurance-coverage = 51, nhưng tổng các thành phần social-insurance-compulsory + social-insurance-voluntary = 51,5. Hãy đối chiếu các giá trị với văn bản, hoặc sửa quan hệ nếu các thành phần không cộng lại thành tổng.',
    );
    expect(formatMessage(ds[0]!, 'en')).toBe(
      'Relation “social-insurance-total”: social-insurance-coverage = 51, but its parts social-insurance-compulsory + social-insurance-voluntary add up to 51.5. Check the values against the text, or correct the relation if the parts do not add up to the total.',
    );
  });

  it('the total changed alone breaks it too', () => {
    const text = replaceOnce(PLAN_2025, 'target: { wording: 51%, kind: level, op: "=", value: 51', 'target: { wording: 52%, kind: level, op: "=", value: 52');
    expect(withCode(analyze(text), 'relation-sum')).toHaveLength(1);
  });
});
