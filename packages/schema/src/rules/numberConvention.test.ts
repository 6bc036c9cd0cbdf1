import { describe, expect, it } from 'vitest';
import { formatMessage } from '../diagnostics/localize.js';
import type { TextEdit } from '../diagnostics/types.js';
import { LineMap } from '../parse/position.js';
import { analyze, DRAFT_2026, PLAN_2025, positionOf, replaceOnce, withCode } from '../testing/fixtures.js';

/** Applies a diagnostic's fix to the text, as the editor's quick fix would. */
function applyFix(text: string, edits: TextEdit[]): string {
  const lines = new LineMap(text);
  let out = text;
  for (const e of [...edits].sort((a, b) => lines.offset(b.range.start) - lines.offset(a.range.start))) {
    out = out.slice(0, lines.offset(e.range.start)) + e.newText + out.slice(lines.offset(e.range.end));
  }
  return out;
}

describe('number-convention', () => {
  it('is not reported for the 2025 plan or the 2026 draft (every number is written the Vietnamese way)', () => {
    expect(withCode(analyze(PLAN_2025), 'number-convention')).toEqual([]);
    expect(withCode(analyze(DRAFT_2026), 'number-convention')).toEqual([]);
  });

  it('warns on "4.5%" with a dot for decimals, at the number, with a fix that writes "4,5"', () => {
    const text = replaceOnce(PLAN_2025, 'wording: "dưới 4,5%"', 'wording: "dưới 4.5%"', '  - id: cpi\n');
    const ds = withCode(analyze(text), 'number-convention');
    const at = positionOf(text, '4.5%"');
    expect(ds.map((d) => [d.severity, d.range])).toEqual([['warning', { start: at, end: { line: at.line, character: at.character + 3 } }]]);
    expect(formatMessage(ds[0]!, 'vi')).toBe(
      'Số “4.5” không theo cách viết số của kế hoạch (dấu phẩy thập phân, dấu chấm phân cách hàng nghìn): nếu là 4,5, hãy viết “4,5”.',
    );
    const fixed = applyFix(text, ds[0]!.fix!);
    expect(fixed).toBe(PLAN_2025);
    expect(withCode(analyze(fixed), 'number-convention')).toEqual([]);
  });

  it('warns on "4,670" meant as thousands; the fix keeps the flow map valid', () => {
    const text = replaceOnce(PLAN_2025, 'wording: 4.670 nhà ở,', 'wording: "4,670 nhà ở",');
    const ds = analyze(text);
    const d = withCode(ds, 'number-convention');
    expect(d.map((x) => x.range.start)).toEqual([positionOf(text, '4,670 nhà ở"')]);
    expect(formatMessage(d[0]!, 'en')).toContain('if 4670 is meant, write “4.670”');
    // The wording now reads 4,67: the value field disagrees with it, too (value-wording).
    expect(withCode(ds, 'value-wording').map((x) => x.params.field)).toEqual(['value']);
    const fixed = applyFix(text, d[0]!.fix!);
    expect(fixed).toBe(replaceOnce(PLAN_2025, 'wording: 4.670 nhà ở,', 'wording: "4.670 nhà ở",'));
    expect(analyze(fixed).filter((x) => x.severity === 'error')).toEqual([]);
  });

  it('rewrites a plain scalar as a quoted one when the fix adds a comma in a flow map', () => {
    const text = replaceOnce(PLAN_2025, 'wording: 8- 10m 2 /người,', 'wording: 8.5- 10m 2 /người,');
    const d = withCode(analyze(text), 'number-convention')[0]!;
    expect(d.range.start).toEqual(positionOf(text, '8.5- 10m'));
    expect(d.fix![0]!.newText).toBe('"8,5- 10m 2 /người"');
  });
});

describe('target-spacing', () => {
  const DIRECTIVE = '    # kehoach-disable-next-line target-spacing -- Nghị quyết gốc in “264.000 m 2”; giữ nguyên văn. / The adopted text prints “264.000 m 2”; kept verbatim.\n';

  it('is not reported for the 2025 plan: its two verbatim “m 2” are suppressed, with a reason', () => {
    expect(withCode(analyze(PLAN_2025), 'target-spacing')).toEqual([]);
    expect(withCode(analyze(PLAN_2025), 'unused-suppression')).toEqual([]);
  });

  it('warns on “264.000 m 2” once its suppression is removed, at the unit, with a fix', () => {
    const text = replaceOnce(PLAN_2025, DIRECTIVE, '');
    const ds = withCode(analyze(text), 'target-spacing');
    expect(ds.map((d) => [d.severity, d.range.start])).toEqual([['warning', positionOf(text, 'm 2, kind: level, op: "=", value: 264000')]]);
    expect(formatMessage(ds[0]!, 'vi')).toBe('Khoảng trắng thừa trong chỉ tiêu “264.000 m 2”; hãy viết “264.000 m2”.');
    expect(ds[0]!.fix).toEqual([{ range: { start: ds[0]!.range.start, end: ds[0]!.range.end }, newText: 'm2' }]);
  });

  it('warns on leading or trailing space in a wording', () => {
    const text = replaceOnce(PLAN_2025, 'wording: "dưới 4,5%"', 'wording: "dưới 4,5% "', '  - id: cpi\n');
    const ds = withCode(analyze(text), 'target-spacing');
    expect(ds.map((d) => d.range.start)).toEqual([positionOf(text, ' ", kind: level, op: "<", value: 4.5')]);
    expect(ds[0]!.params.suggested).toBe('dưới 4,5%');
  });
});
