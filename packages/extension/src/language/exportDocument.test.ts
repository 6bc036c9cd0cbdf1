import { readPlan } from '@kehoach/schema/testing';
import { writeText } from '@kehoach/schema';
import { writeDocx } from '@kehoach/schema/docx';
import { describe, expect, it } from 'vitest';
import { documentToExport, docxTarget } from './exportDocument.js';
import { doc, draftFrom2025, DRAFT_URI, PLAN_2025_URI, plan2025, service } from './testing.js';

const PLAN_2026_ADOPTED_URI = 'file:///repo/plans/ha-noi/2026.yaml';

describe('“Kế hoạch: Xuất văn bản (.docx)”: what the command exports', () => {
  it('exports the adopted 2025 plan beside it, from the editor’s own analysis', async () => {
    const a = service().analyze(doc(PLAN_2025_URI, plan2025));
    const r = documentToExport(a, { lang: 'vi' });
    expect(r.status).toBe('ready');
    if (r.status !== 'ready') return;
    expect(r.target).toBe('file:///repo/plans/ha-noi/2025.docx');
    expect(writeText(r.document).split('\n').slice(4, 6)).toEqual(['Số: 58/NQ-HĐND', 'Hà Nội, ngày 10 tháng 12 năm 2024']);
    const bytes = await writeDocx(r.document);
    expect(new TextDecoder('latin1').decode(bytes.subarray(0, 2))).toBe('PK');
  });

  it('does not export a plan with errors', () => {
    const broken = plan2025.replace('direction: higher', 'direcion: higher');
    const r = documentToExport(service().analyze(doc(PLAN_2025_URI, broken)), { lang: 'en' });
    expect(r).toEqual({ status: 'invalid', errors: 1 });
  });

  it('asks before exporting an adopted record with marks; exports it marked when allowed', () => {
    const files = { 'file:///repo/plans/ha-noi/2025.yaml': plan2025 };
    const a = service(files).analyze(doc(PLAN_2026_ADOPTED_URI, readPlan('ha-noi/2026')));
    expect(documentToExport(a, { lang: 'en' })).toEqual({
      status: 'not-ready',
      marks: '1 unknown target(s) ([chưa biết]), 10 target(s) taken from another source, not the adopted wording ([nguồn: …]), a truncated source text ([…])',
    });
    const allowed = documentToExport(a, { lang: 'en', allowDraft: true });
    expect(allowed.status).toBe('ready');
    if (allowed.status === 'ready') expect(allowed.document.marks.unknown).toBe(1);
  });

  it('exports a draft as it stands, its unset targets marked', () => {
    const text = draftFrom2025((t) => t.replace('target: { wording: "dưới 4,5%", kind: level, op: "<", value: 4.5, unit: "%" }', 'target: { placeholder: true }'));
    const r = documentToExport(service().analyze(doc(DRAFT_URI, text)), { lang: 'vi' });
    expect(r.status).toBe('ready');
    if (r.status === 'ready') {
      expect(writeText(r.document).split('\n')[0]).toBe('DỰ THẢO');
      expect(r.document.marks.placeholder).toBe(1);
    }
  });

  it('names the .docx after the plan', () => {
    expect(docxTarget('file:///w/plans/ha-noi/2025.yaml')).toBe('file:///w/plans/ha-noi/2025.docx');
    expect(docxTarget('vscode-vfs://github/o/r/plans/x/2026.YML')).toBe('vscode-vfs://github/o/r/plans/x/2026.docx');
  });
});
