// Help filling targets (issue 16): a target typed as its wording gets the structured fields from
// the grammar; a placeholder can keep last year's target; a changed appendix target is carried
// into the narrative targets that restate it. On the real 2025 plan and its 2026 draft.
import { describe, expect, it } from 'vitest';
import { applyEdits, doc, draftFrom2025, DRAFT_URI, service } from './testing.js';

const CPI_TARGET = 'target: { wording: "dưới 4,5%", kind: level, op: "<", value: 4.5, unit: "%" }';
const cpiWith = (target: string) => draftFrom2025((t) => t.replace(`    ${CPI_TARGET}\n  - id: third`, `    ${target}\n  - id: third`));

function fixes(text: string, code: string) {
  const ls = service();
  const d = doc(DRAFT_URI, text);
  const diags = ls.doValidation(d).filter((x) => x.code === code);
  expect(diags.length, code).toBeGreaterThan(0);
  return ls.doCodeActions(d, diags[0]!.range, [diags[0]!]);
}

const errors = (text: string) => service().doValidation(doc(DRAFT_URI, text)).filter((d) => d.severity === 1).map((d) => `${d.code}: ${d.message}`);

describe('target fixes', () => {
  it('a wording typed as the target: the fix fills op, value and unit through the grammar', () => {
    for (const typed of ['target: dưới 4,5%', 'target: { wording: "dưới 4,5%" }']) {
      const text = cpiWith(typed);
      const fill = fixes(text, typed.includes('{') ? 'schema-required' : 'schema-type').find((a) => a.title.startsWith('Điền chỉ tiêu'))!;
      expect(fill, typed).toBeDefined();
      expect(fill.isPreferred).toBe(true);
      const out = applyEdits(text, fill.edit!.changes[DRAFT_URI]!);
      expect(out).toContain('    target: { wording: "dưới 4,5%", op: "<", value: 4.5, unit: "%" }\n  - id: third');
      expect(errors(out), typed).toEqual([]);
    }
  });

  it('a placeholder: "keep last year’s target" writes last year’s target back, byte for byte', () => {
    const text = cpiWith('target: { placeholder: true }');
    const keep = fixes(text, 'placeholder-target').find((a) => a.title === 'Giữ chỉ tiêu năm trước: “dưới 4,5%”')!;
    expect(keep).toBeDefined();
    expect(applyEdits(text, keep.edit!.changes[DRAFT_URI]!)).toBe(draftFrom2025());
  });

  it('a changed appendix target: carried into the narrative targets that restate it, their text too', () => {
    const text = cpiWith('target: { wording: "dưới 4%", kind: level, op: "<", value: 4, unit: "%" }');
    expect(errors(text).filter((e) => e.startsWith('narrative-mismatch'))).toHaveLength(2);
    const actions = fixes(text, 'narrative-mismatch');
    const all = actions.find((a) => a.title === 'Đưa chỉ tiêu ở Phụ lục “dưới 4%” vào cả 2 mục tiêu nêu lại nó')!;
    expect(all).toBeDefined();
    const out = applyEdits(text, all.edit!.changes[DRAFT_URI]!);
    expect(errors(out)).toEqual([]);
    expect(out).toContain('    text: Kiểm soát chỉ số giá tiêu dùng dưới 4%\n    indicator: cpi\n    target: { wording: dưới 4%, kind: level, op: "<", value: 4, unit: "%" }');
    expect(out).toContain('    text: Phấn đấu kiểm soát chỉ số giá tiêu dùng dưới 4%\n');
    // One narrative only: its own fix.
    const one = actions.find((a) => a.title.startsWith('Đưa chỉ tiêu ở Phụ lục “dưới 4%” vào mục tiêu'))!;
    expect(errors(applyEdits(text, one.edit!.changes[DRAFT_URI]!)).filter((e) => e.startsWith('narrative-mismatch'))).toHaveLength(1);
  });
});
