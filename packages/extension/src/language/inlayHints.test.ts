import { describe, expect, it } from 'vitest';
import { doc, draftFrom2025, DRAFT_URI, PLAN_2025_URI, plan2025, service } from './testing.js';

describe('inlay hints: last year’s target beside each target', () => {
  it('in the 2026 draft, the 2025 wording at the end of each target’s line, in Vietnamese (English when asked)', () => {
    const draft = draftFrom2025((t) => t.replace(/(  - id: cpi\n(?: {4}.*\n)*? {4})target: .*\n/, '$1target: { placeholder: true }\n'));
    const hints = service({ [DRAFT_URI]: draft }).inlayHints(doc(DRAFT_URI, draft));
    const lines = draft.split('\n');
    const cpi = hints.find((h) => lines[h.position.line]!.includes('placeholder: true'))!;
    expect(cpi.label).toBe('năm 2025: dưới 4,5%');
    expect(cpi.position.character).toBe(lines[cpi.position.line]!.length);
    expect(cpi.tooltip).toBe('Chỉ tiêu năm 2025 (ha-noi/2025.yaml)');
    // One per target of an indicator or a part that 2025 has (25 indicators' own or their parts').
    expect(hints.length).toBeGreaterThan(25);
    const en = service({ [DRAFT_URI]: draft }, 'en').inlayHints(doc(DRAFT_URI, draft));
    expect(en.find((h) => h.position.line === cpi.position.line)!.label).toBe('2025: dưới 4,5%');
  });

  it('in 2025, 2024’s targets; only the lines asked for', () => {
    const all = service().inlayHints(doc(PLAN_2025_URI, plan2025));
    const lines = plan2025.split('\n');
    const grdp = all.find((h) => lines[h.position.line]!.includes('wording: "tăng từ 6,5% trở lên"') || /^ {4}target: .*6,5/.test(lines[h.position.line]!));
    expect(grdp?.label).toBe('năm 2024: đạt 6,5 - 7%');
    const first = all[0]!;
    const some = service().inlayHints(doc(PLAN_2025_URI, plan2025), { start: first.position, end: first.position });
    expect(some).toEqual([first]);
  });

  it('with last year’s result when that plan records one: the stage, the figure, the verdict; the tooltip says where the result comes from', () => {
    const draft = draftFrom2025((t) => t);
    const hints = service({ [DRAFT_URI]: draft }).inlayHints(doc(DRAFT_URI, draft));
    const lines = draft.split('\n');
    const at = lines.indexOf('  - id: grdp-per-capita');
    const hint = hints.find((h) => h.position.line > at && /^ {4}target: /.test(lines[h.position.line]!))!;
    expect(hint.label).toBe('năm 2025: 172,4 triệu đồng trở lên · ước thực hiện: 178 triệu đồng (đạt)');
    expect(hint.tooltip).toBe('Chỉ tiêu và kết quả năm 2025 (ha-noi/2025.yaml); kết quả theo báo chí');
    const en = service({ [DRAFT_URI]: draft }, 'en').inlayHints(doc(DRAFT_URI, draft)).find((h) => h.position.line === hint.position.line)!;
    expect(en.label).toBe('2025: 172,4 triệu đồng trở lên · estimate: 178 triệu đồng (met)');
    expect(en.tooltip).toBe('The target and result of 2025 (ha-noi/2025.yaml); the result from the press');
  });
});
