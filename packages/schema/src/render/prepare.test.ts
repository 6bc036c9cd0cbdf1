import { describe, expect, it } from 'vitest';
import { analyzeText } from '../engine.js';
import type { Plan } from '../model/types.js';
import { scaffoldNewYear } from '../scaffold/newYear.js';
import { PLAN_2025_STANDALONE, replaceOnce } from '../testing/fixtures.js';
import { readPlan } from '../testing/realPlans.js';
import { parse } from 'yaml';
import { describeMarks, prepareDocument } from './prepare.js';
import { writeText } from './writeText.js';

const check = (text: string, uri: string) => {
  const { model, diagnostics } = analyzeText(text, uri);
  return { plan: model.value as Plan, diagnostics };
};

describe('prepareDocument: what is rendered, and what is refused', () => {
  it('renders the adopted 2025 plan in every format: nothing in it is marked', () => {
    const { plan, diagnostics } = check(PLAN_2025_STANDALONE, 'plans/ha-noi/2025.yaml');
    for (const format of ['text', 'html', 'docx'] as const) {
      const r = prepareDocument(plan, diagnostics, { format });
      expect(r.ok, format).toBe(true);
      if (r.ok) expect(Object.values(r.document.marks)).toEqual([0, 0, 0, 0, 0]);
    }
  });

  it('refuses an adopted plan with a placeholder (adopted-placeholder) unless allowDraft; then marks it [chưa đặt]', () => {
    const text = replaceOnce(PLAN_2025_STANDALONE, 'target: { wording: "dưới 4,5%", kind: level, op: "<", value: 4.5, unit: "%" }', 'target: { placeholder: true }', '  - id: cpi\n');
    const { plan, diagnostics } = check(text, 'plans/ha-noi/2025.yaml');
    const refused = prepareDocument(plan, diagnostics, { format: 'docx' });
    expect(refused.ok).toBe(false);
    if (!refused.ok && refused.problem === 'errors') expect(refused.errors.map((d) => d.code)).toEqual(['adopted-placeholder']);
    else expect.unreachable('refused for its errors');
    const allowed = prepareDocument(plan, diagnostics, { format: 'docx', allowDraft: true });
    expect(allowed.ok).toBe(true);
    if (allowed.ok) {
      expect(allowed.document.marks.placeholder).toBe(1);
      expect(writeText(allowed.document)).toContain('\n5.\tChỉ số giá tiêu dùng\t%\t[chưa đặt]\n');
    }
  });

  it('never lets other errors through, allowDraft or not', () => {
    const text = replaceOnce(PLAN_2025_STANDALONE, 'direction: higher', 'direcion: higher', '  - id: grdp-growth\n');
    const { plan, diagnostics } = check(text, 'plans/ha-noi/2025.yaml');
    const r = prepareDocument(plan, diagnostics, { format: 'text', allowDraft: true });
    expect(r.ok).toBe(false);
    if (!r.ok && r.problem === 'errors') expect(r.errors.map((d) => d.code)).toContain('schema-unknown-key');
  });

  it('refuses the adopted 2026 record as a document to sign (unknown and sourced targets, a truncated text), not as text', () => {
    const plan = parse(readPlan('ha-noi/2026')) as Plan;
    const r = prepareDocument(plan, [], { format: 'docx' });
    expect(r).toMatchObject({ ok: false, problem: 'not-ready', marks: { unknown: 1, source: 10, truncated: 1, placeholder: 0, blank: 0 } });
    if (!r.ok && r.problem === 'not-ready') {
      expect(describeMarks(r.marks, 'vi')).toBe('1 chỉ tiêu chưa biết ([chưa biết]), 10 chỉ tiêu lấy từ nguồn khác, không phải nguyên văn nghị quyết ([nguồn: …]), văn bản nguồn bị cắt ([…])');
    }
    expect(prepareDocument(plan, [], { format: 'text' }).ok).toBe(true);
    expect(prepareDocument(plan, [], { format: 'html', allowDraft: true }).ok).toBe(true);
  });

  it('renders a draft (kehoach new-year) with its blanks and unset targets marked, and “DỰ THẢO” on top', () => {
    const draft = scaffoldNewYear(PLAN_2025_STANDALONE, { baseline: './2025.yaml' });
    const { plan, diagnostics } = check(draft.text, 'plans/ha-noi/2026.yaml');
    const r = prepareDocument(plan, diagnostics, { format: 'docx' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const lines = writeText(r.document).split('\n');
    expect(lines[0]).toBe('DỰ THẢO');
    expect(lines).toContain('Số: [chưa đặt]/NQ-HĐND');
    expect(lines).toContain('1.\tTốc độ tăng tổng sản phẩm trên địa bàn (GRDP)\t%\t[chưa đặt]');
    const placeholders = plan.indicators.flatMap((i) => [i.target, ...(i.parts ?? []).map((p) => p.target)]).filter((t) => t?.placeholder === true);
    expect(placeholders.length).toBeGreaterThan(30);
    expect(r.document.marks.placeholder).toBe(placeholders.length);
    expect(r.document.marks.blank).toBeGreaterThan(0);
  });
});
