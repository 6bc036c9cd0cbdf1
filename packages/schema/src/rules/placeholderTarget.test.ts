import { describe, expect, it } from 'vitest';
import { formatMessage } from '../diagnostics/localize.js';
import { scaffoldNewYear } from '../scaffold/newYear.js';
import { analyze, BASELINE_2025, DRAFT_2026, PLAN_2025, PLAN_2026_URI, positionOf, replaceOnce, withCode } from '../testing/fixtures.js';

describe('placeholder-target', () => {
  it('is not reported for the adopted plan nor for a draft whose targets are set', () => {
    expect(withCode(analyze(PLAN_2025), 'placeholder-target')).toEqual([]);
    expect(withCode(analyze(DRAFT_2026, PLAN_2026_URI, { baseline: BASELINE_2025 }), 'placeholder-target')).toEqual([]);
  });

  it('warns on a placeholder, at the target, naming last year’s target', () => {
    const text = replaceOnce(
      DRAFT_2026,
      '    target: { wording: "6,5% trở lên", kind: level, op: ">=", value: 6.5, unit: "%" }',
      '    target: { placeholder: true }\n    previousTarget: { wording: "6,5% trở lên", kind: level, op: ">=", value: 6.5, unit: "%" }',
    );
    const ds = withCode(analyze(text, PLAN_2026_URI, { baseline: BASELINE_2025 }), 'placeholder-target');
    expect(ds.map((d) => [d.severity, d.range.start])).toEqual([['warning', positionOf(text, '{ placeholder: true }')]]);
    expect(formatMessage(ds[0]!, 'vi')).toBe('Chỉ tiêu của “grdp-growth” chưa được đặt (placeholder); chỉ tiêu năm trước: 6,5% trở lên. Hãy ghi chỉ tiêu khi đã có, rồi bỏ placeholder.');
    expect(formatMessage(ds[0]!, 'en')).toBe('The target of “grdp-growth” is not set yet (placeholder); last year’s target: 6,5% trở lên. Write the target once it is known, then remove placeholder.');
  });

  it('warns once per target of the scaffolded draft (25 indicators, 7 of them in 17 parts)', () => {
    const draft = scaffoldNewYear(PLAN_2025, { baseline: './2025.yaml' }).text;
    const ds = analyze(draft, PLAN_2026_URI, { baseline: BASELINE_2025 });
    expect(withCode(ds, 'placeholder-target')).toHaveLength(25 - 7 + 17);
    // …and nothing else: a fresh draft is valid while it is being written.
    expect(ds.filter((d) => d.code !== 'placeholder-target')).toEqual([]);
  });
});
