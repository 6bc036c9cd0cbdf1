import { ruleDocsUrl } from '../../diagnostics/docs.js';
import { formatMessage } from '../../diagnostics/localize.js';
import type { Formatter } from './report.js';

/** An array of {file, range (0-based line/character), severity, code, message, params, docs (the code's page)}. */
export const json: Formatter = (reports, lang) =>
  JSON.stringify(
    reports.flatMap((r) =>
      r.diagnostics.map((d) => ({
        file: r.file,
        range: d.range,
        severity: d.severity,
        code: d.code,
        message: formatMessage(d, lang),
        params: d.params,
        docs: ruleDocsUrl(d.code),
      })),
    ),
    null,
    2,
  ) + '\n';
