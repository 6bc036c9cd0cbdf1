// Engine diagnostics as LSP diagnostics: the message in the drafter's language, the code
// linked to its rule page, the parameters kept for the code actions.
import { formatMessage } from '@kehoach/schema';
import type { Analysis, ServiceOptions } from './analysis.js';
import { DiagnosticSeverity, type LspDiagnostic } from './lsp.js';

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint } as const;

export function doValidation(a: Analysis, options: ServiceOptions): LspDiagnostic[] {
  return a.diagnostics.map((d) => ({
    range: d.range,
    severity: SEVERITY[d.severity],
    code: d.code,
    codeDescription: { href: `${options.docsBase}${d.code}.md` },
    source: 'kehoach',
    message: formatMessage(d, options.lang),
    data: { params: d.params, ...(d.fix ? { fix: d.fix } : {}) },
  }));
}
