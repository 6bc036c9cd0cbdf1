import { describe, expect, it } from 'vitest';
import { countLeft, leftSummary } from './leftToSet.js';
import { doc, draftFrom2025, DRAFT_URI, PLAN_2025_URI, plan2025, repoPlanFiles, service } from './testing.js';

describe('what is left to set', () => {
  it('the adopted 2025 plan: nothing left', () => {
    const items = service().leftToSet(doc(PLAN_2025_URI, plan2025));
    expect(items).toEqual([]);
    expect(leftSummary(countLeft(items), 'vi')).toBe('Không còn gì phải đặt');
  });

  it('a draft with two placeholders: each listed on its target’s line, in file order, with the indicator’s name', () => {
    const draft = draftFrom2025((t) =>
      t.replace(/(  - id: cpi\n(?: {4}.*\n)*? {4})target: .*\n/, '$1target: { placeholder: true }\n').replace(/(  - id: grdp-growth\n(?: {4}.*\n)*? {4})target: .*\n/, '$1target: { placeholder: true }\n'),
    );
    const items = service({ [DRAFT_URI]: draft }).leftToSet(doc(DRAFT_URI, draft));
    expect(items.map((i) => [i.kind, i.id])).toEqual([
      ['placeholder', 'grdp-growth'],
      ['placeholder', 'cpi'],
    ]);
    expect(items[1]!.label).toBe('Chỉ số giá tiêu dùng');
    expect(draft.split('\n')[items[1]!.range.start.line]).toBe('    target: { placeholder: true }');
    expect(leftSummary(countLeft(items), 'vi')).toBe('Còn phải đặt: 2 chưa đặt, 0 chưa biết, 0 chưa sẵn sàng');
    expect(leftSummary(countLeft(items), 'en')).toBe('Left to set: 2 not set, 0 unknown, 0 not ready');
  });

  it('a draft marked adopted too early: its placeholders once each, and the readiness problems (a “…” blank)', () => {
    const draft = draftFrom2025((t) => t.replace('status: draft', 'status: adopted').replace(/(  - id: cpi\n(?: {4}.*\n)*? {4})target: .*\n/, '$1target: { placeholder: true }\n').replace(/number: "58\/NQ-HĐND"/, 'number: "…/NQ-HĐND"'));
    const items = service({ [DRAFT_URI]: draft }).leftToSet(doc(DRAFT_URI, draft));
    expect(items.filter((i) => i.kind === 'placeholder').map((i) => i.id)).toEqual(['cpi']);
    const readiness = items.filter((i) => i.kind === 'readiness');
    expect(readiness.map((i) => i.id)).toContain('adopted-ellipsis');
    expect(readiness.every((i) => i.label.length > 0)).toBe(true);
  });

  it('the real 2026 draft: its unknown targets', () => {
    const f = repoPlanFiles().find((x) => x.uri.endsWith('ha-noi/2026.yaml'))!;
    const items = service({ [f.uri]: f.text }).leftToSet(doc(f.uri, f.text));
    const c = countLeft(items);
    expect(c.placeholders + c.unknown).toBe(items.filter((i) => i.kind !== 'readiness').length);
    expect(items.length).toBeGreaterThan(0);
  });
});
