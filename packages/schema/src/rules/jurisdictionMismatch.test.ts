import { describe, expect, it } from 'vitest';
import { formatMessage } from '../diagnostics/localize.js';
import { analyzeText } from '../engine.js';
import { analyze, DRAFT_2026, PLAN_2025, PLAN_2026_URI, positionOf, replaceOnce, withCode } from '../testing/fixtures.js';

describe('jurisdiction-mismatch', () => {
  it('jurisdiction.id is the folder under plans/', () => {
    expect(withCode(analyze(PLAN_2025, 'plans/ha-noi/2025.yaml'), 'jurisdiction-mismatch')).toEqual([]);
    expect(withCode(analyze(PLAN_2025, '/repo/plans/ha-noi/2025.yaml'), 'jurisdiction-mismatch')).toEqual([]);
    expect(withCode(analyze(PLAN_2025, 'untitled.yaml'), 'jurisdiction-mismatch')).toEqual([]);
    const ds = withCode(analyze(PLAN_2025, 'plans/da-nang/2025.yaml'), 'jurisdiction-mismatch');
    expect(ds.map((d) => d.range.start)).toEqual([positionOf(PLAN_2025, 'ha-noi')]);
    expect(formatMessage(ds[0]!, 'vi')).toBe('jurisdiction.id là “ha-noi” nhưng tệp nằm trong thư mục plans/da-nang/. Hãy sửa id cho đúng địa phương, hoặc chuyển tệp vào plans/ha-noi/.');
  });

  it('each predecessor in baselines is the jurisdiction of the plan it points to', () => {
    const text = replaceOnce(DRAFT_2026, 'baseline: ./2025.yaml\n', 'baseline: null\nbaselines:\n  - { jurisdiction: { id: ha-tay, name: Tỉnh Hà Tây }, path: ./2025.yaml }\n');
    const r = analyzeText(text, PLAN_2026_URI, { workspace: { readPlan: (p) => (p === 'plans/ha-noi/2025.yaml' ? PLAN_2025 : undefined) } });
    const ds = withCode(r.diagnostics, 'jurisdiction-mismatch');
    expect(ds.map((d) => [d.params.id, d.params.found, d.range.start])).toEqual([['ha-tay', 'ha-noi', positionOf(text, 'ha-tay')]]);
  });
});
