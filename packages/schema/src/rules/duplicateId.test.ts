import { describe, expect, it } from 'vitest';
import { formatMessage } from '../diagnostics/localize.js';
import { analyze, DRAFT_2026, PLAN_2025, positionOf, replaceOnce, withCode } from '../testing/fixtures.js';

describe('duplicate-id', () => {
  it('is not reported for the 2025 plan or the 2026 draft', () => {
    expect(withCode(analyze(PLAN_2025), 'duplicate-id')).toEqual([]);
    expect(withCode(analyze(DRAFT_2026), 'duplicate-id')).toEqual([]);
  });

  it('an indicator id used twice: at the second, naming the line of the first', () => {
    const text = replaceOnce(PLAN_2025, '  - id: cpi\n', '  - id: grdp-growth\n');
    const ds = withCode(analyze(text), 'duplicate-id');
    const first = positionOf(text, '- id: grdp-growth\n');
    expect(ds.map((d) => [d.severity, d.range.start])).toEqual([['error', positionOf(text, 'grdp-growth\n', 0, 1)]]);
    expect(ds[0]!.params.firstLine).toBe(first.line + 1);
    expect(formatMessage(ds[0]!, 'en')).toBe(`The id “grdp-growth” is already used on line ${first.line + 1}. Rename one of the two: each id is defined once.`);
  });

  it('a part id twice in one indicator; the same part id in two indicators is fine', () => {
    expect(withCode(analyze(PLAN_2025), 'duplicate-id')).toEqual([]); // urban/rural in 22 and 23
    const text = replaceOnce(PLAN_2025, '      - id: rural\n', '      - id: urban\n', '- id: clean-water\n');
    const ds = withCode(analyze(text), 'duplicate-id');
    // The second "- id: urban" of clean-water (the first of waste-collection comes after it).
    expect(ds.map((d) => [d.params.id, d.range.start])).toEqual([['clean-water/urban', positionOf(text, '- id: urban\n', 6, 1)]]);
  });

  it('a narrative target or a relation that reuses an indicator’s id', () => {
    const text = replaceOnce(PLAN_2025, '  - id: social-insurance-total\n', '  - id: cpi\n');
    const ds = withCode(analyze(text), 'duplicate-id');
    expect(ds.map((d) => d.range.start)).toEqual([positionOf(text, 'cpi\n    kind: sum')]);
  });
});
