// The engine part of "Kế hoạch: Xuất văn bản (.docx)": whether the open plan may be exported and
// its document, decided as `kehoach render --format docx` decides (prepareDocument), from the
// editor's own analysis. The adapter asks, loads the .docx writer and writes the file.
import { describeMarks, prepareDocument, type Lang, type Plan, type RenderedDocument } from '@kehoach/schema';
import type { Analysis } from './analysis.js';

export type DocumentExport =
  | { status: 'ready'; document: RenderedDocument; target: string }
  | { status: 'invalid'; errors: number }
  /** An adopted plan whose document still has marks: `marks` says which, in the drafter's language. */
  | { status: 'not-ready'; marks: string };

/** `…/plans/ha-noi/2025.yaml` → `…/plans/ha-noi/2025.docx`: where the CLI writes it too. */
export function docxTarget(uri: string): string {
  return uri.replace(/\.ya?ml$/i, '') + '.docx';
}

export function documentToExport(a: Pick<Analysis, 'uri' | 'model' | 'diagnostics'>, options: { allowDraft?: boolean; lang: Lang }): DocumentExport {
  const r = prepareDocument(a.model.value as Plan, a.diagnostics, { format: 'docx', allowDraft: options.allowDraft === true });
  if (r.ok) return { status: 'ready', document: r.document, target: docxTarget(a.uri) };
  if (r.problem === 'errors') return { status: 'invalid', errors: r.errors.length };
  return { status: 'not-ready', marks: describeMarks(r.marks, options.lang) };
}
