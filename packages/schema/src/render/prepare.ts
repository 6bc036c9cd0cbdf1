// Whether a plan may be rendered, and its document: the one decision the CLI (`kehoach render`)
// and the editor ("Kế hoạch: Xuất văn bản (.docx)") share. A plan with errors is not rendered.
// A plan marked adopted whose document would still show a mark (a target not set or not known, a
// "…" blank, a target from another source, a truncated text) is not rendered as the document to
// sign (HTML, .docx) unless the drafter asks for a marked copy (`allowDraft`); with `allowDraft`
// the readiness errors (adopted-placeholder, adopted-ellipsis, …) do not stop it either. The text
// format stays the plain read-out it always was: an adopted record with unknown targets prints.

import type { Diagnostic, Lang } from '../diagnostics/types.js';
import { t } from '../messages/index.js';
import type { Plan } from '../model/types.js';
import { buildDocument, MARKS, type Mark, type RenderedDocument } from './document.js';

export type RenderFormat = 'text' | 'html' | 'docx';
export const RENDER_FORMATS: readonly RenderFormat[] = ['text', 'html', 'docx'];

/** The readiness rules: what `allowDraft` lets through. */
export const READINESS_CODES: ReadonlySet<string> = new Set(['adopted-placeholder', 'adopted-ellipsis', 'adopted-carried-over', 'adopted-stale-year']);

export interface PrepareOptions {
  format: RenderFormat;
  allowDraft?: boolean;
}

export type Prepared =
  | { ok: true; document: RenderedDocument }
  | { ok: false; problem: 'errors'; errors: Diagnostic[] }
  | { ok: false; problem: 'not-ready'; marks: Record<Mark, number> };

/** The plan's document, or why it is not rendered. `diagnostics`: the engine's for this plan. */
export function prepareDocument(plan: Plan, diagnostics: readonly Diagnostic[], options: PrepareOptions): Prepared {
  const errors = diagnostics.filter((d) => d.severity === 'error' && !(options.allowDraft && READINESS_CODES.has(d.code)));
  if (errors.length > 0) return { ok: false, problem: 'errors', errors };
  const document = buildDocument(plan);
  const marked = MARKS.some((m) => document.marks[m] > 0);
  if (options.format !== 'text' && document.status === 'adopted' && marked && !options.allowDraft) return { ok: false, problem: 'not-ready', marks: document.marks };
  return { ok: true, document };
}

/** "3 chỉ tiêu chưa biết ([chưa biết]), văn bản nguồn bị cắt ([…])": the marks found, in a message's language. */
export function describeMarks(marks: Record<Mark, number>, lang: Lang): string {
  return MARKS.filter((m) => marks[m] > 0)
    .map((m) => t(`mark.${m}`, lang, { n: marks[m] }))
    .join(', ');
}
