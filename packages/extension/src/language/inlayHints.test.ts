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
    expect(cpi.tooltip).toBe('Chỉ tiêu năm 2025 (ha-noi/2025.yaml): dưới 4,5%');
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

  it('beside it, last year’s result when that plan records one: the stage, the figure, the verdict, each hint short enough for VS Code (43 characters); the tooltips say the rest', () => {
    const draft = draftFrom2025((t) => t);
    const hints = service({ [DRAFT_URI]: draft }).inlayHints(doc(DRAFT_URI, draft));
    const lines = draft.split('\n');
    const at = lines.indexOf('  - id: grdp-per-capita');
    const line = hints.find((h) => h.position.line > at && /^ {4}target: /.test(lines[h.position.line]!))!.position.line;
    const both = hints.filter((h) => h.position.line === line);
    expect(both.map((h) => h.label)).toEqual(['năm 2025: 172,4 triệu đồng trở lên', '· ước thực hiện: 178 triệu đồng (đạt)']);
    expect(both.map((h) => h.tooltip)).toEqual(['Chỉ tiêu năm 2025 (ha-noi/2025.yaml): 172,4 triệu đồng trở lên', 'Kết quả năm 2025 (ha-noi/2025.yaml), theo báo chí']);
    for (const h of both) expect(h.label.length).toBeLessThanOrEqual(43);
    const en = service({ [DRAFT_URI]: draft }, 'en').inlayHints(doc(DRAFT_URI, draft)).filter((h) => h.position.line === line);
    expect(en.map((h) => h.label)).toEqual(['2025: 172,4 triệu đồng trở lên', '· estimate: 178 triệu đồng (met)']);
    expect(en[1]!.tooltip).toBe('The result of 2025 (ha-noi/2025.yaml), from the press');
    // Where last year records no result, one hint only.
    expect(hints.filter((h) => lines[h.position.line]!.includes('dưới 4,5%') || h.label === 'năm 2025: dưới 4,5%').length).toBe(1);
  });
});
