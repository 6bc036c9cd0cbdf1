import { describe, expect, it } from 'vitest';
import { formatMessage } from '../diagnostics/localize.js';
import { analyze, BASELINE_2025, DRAFT_2026, modelOf, PLAN_2025, PLAN_2026_URI, positionAfter, positionOf, replaceOnce, withCode } from '../testing/fixtures.js';

describe('year-mismatch', () => {
  it('is not reported for the 2025 plan (adopted 2024-12-10) nor the 2026 draft with its baseline', () => {
    expect(withCode(analyze(PLAN_2025), 'year-mismatch')).toEqual([]);
    expect(withCode(analyze(DRAFT_2026, PLAN_2026_URI, { baseline: BASELINE_2025 }), 'year-mismatch')).toEqual([]);
  });

  it('a title not moved on: at the year inside the title, with a fix', () => {
    const text = replaceOnce(DRAFT_2026, 'XÃ HỘI NĂM 2026\n  issuer', 'XÃ HỘI NĂM 2025\n  issuer');
    const ds = withCode(analyze(text, PLAN_2026_URI, { baseline: BASELINE_2025 }), 'year-mismatch');
    expect(ds.map((d) => [d.severity, d.range.start])).toEqual([['error', positionOf(text, '2025\n  issuer')]]);
    expect(formatMessage(ds[0]!, 'vi')).toBe('document.title ghi năm 2025, không khớp với năm kế hoạch 2026 (cần 2026). Hãy sửa document.title theo năm của kế hoạch.');
    expect(ds[0]!.fix![0]!.newText).toBe('2026');
  });

  it('a document date not moved on', () => {
    const text = replaceOnce(DRAFT_2026, 'date: "2025-12-09"', 'date: "2023-12-09"');
    const ds = withCode(analyze(text, PLAN_2026_URI), 'year-mismatch');
    expect(ds.map((d) => d.range.start)).toEqual([positionOf(text, '"2023-12-09"')]);
    expect(formatMessage(ds[0]!, 'en')).toBe('document.date says 2023, which does not match the plan year 2026 (expected 2025–2026). Correct document.date to the plan’s year.');
  });

  it('a file named for another year, at year', () => {
    const ds = withCode(analyze(DRAFT_2026, 'plans/ha-noi/2027.yaml'), 'year-mismatch');
    expect(ds.map((d) => [d.params.field, d.range.start])).toEqual([['2027.yaml', positionOf(DRAFT_2026, '2026\nstatus')]]);
  });

  it('a baseline two years back, by its name and by its year', () => {
    const named = replaceOnce(DRAFT_2026, 'baseline: ./2025.yaml', 'baseline: ./2024.yaml');
    expect(withCode(analyze(named, PLAN_2026_URI), 'year-mismatch').map((d) => d.range.start)).toEqual([positionOf(named, './2024.yaml')]);
    const old = modelOf(replaceOnce(PLAN_2025, 'year: 2025\n', 'year: 2024\n'), 'plans/ha-noi/2025.yaml');
    const ds = withCode(analyze(DRAFT_2026, PLAN_2026_URI, { baseline: old }), 'year-mismatch');
    expect(ds.map((d) => [d.params.found, d.range.start])).toEqual([['2024', positionAfter(DRAFT_2026, 'baseline:', './2025.yaml')]]);
  });
});
