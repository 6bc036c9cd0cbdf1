import { CATALOG } from '../../diagnostics/catalog.js';
import { ruleDocsUrl } from '../../diagnostics/docs.js';
import { formatMessage, messageTemplate } from '../../diagnostics/localize.js';
import { sarifUri } from '../../output/encode.js';
import { RULE_BY_CODE } from '../../rules/index.js';
import type { Formatter } from './report.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note', hint: 'note' } as const;

/** SARIF 2.1.0, for code scanning: one run, the rules that fired, 1-based UTF-16 regions. */
export const sarif: Formatter = (reports, lang) => {
  const ruleIds = [...new Set(reports.flatMap((r) => r.diagnostics.map((d) => d.code)))].sort();
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'kehoach',
            informationUri: 'https://github.com/kehoach/kehoach',
            rules: ruleIds.map((id) => ({
              id,
              shortDescription: { text: messageTemplate(id, lang) ?? id },
              helpUri: ruleDocsUrl(id),
              defaultConfiguration: { level: LEVEL[CATALOG[id]?.severity ?? RULE_BY_CODE.get(id)?.severity ?? 'error'] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: reports.flatMap((r) =>
          r.diagnostics.map((d) => ({
            ruleId: d.code,
            ruleIndex: ruleIds.indexOf(d.code),
            level: LEVEL[d.severity],
            message: { text: formatMessage(d, lang) },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: sarifUri(r.file) },
                  region: {
                    startLine: d.range.start.line + 1,
                    startColumn: d.range.start.character + 1,
                    endLine: d.range.end.line + 1,
                    endColumn: d.range.end.character + 1,
                  },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
