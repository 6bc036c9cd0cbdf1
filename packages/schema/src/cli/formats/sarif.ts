import { CATALOG } from '../../diagnostics/catalog.js';
import { ruleDocsUrl } from '../../diagnostics/docs.js';
import { formatMessage } from '../../diagnostics/localize.js';
import { isMessageKey, MESSAGES } from '../../messages/index.js';
import { sarifUri } from '../../output/encode.js';
import { RULE_BY_CODE } from '../../rules/index.js';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Severity } from '../../diagnostics/types.js';
import type { Formatter } from './report.js';

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** SARIF 2.1.0, for code scanning: one run, the rules that fired, 1-based UTF-16 regions. */
export const sarif: Formatter = (reports, lang) => {
  const ruleIds = [...new Set(reports.flatMap((r) => r.diagnostics.map((d) => d.code)))].sort();
  const rules: ReportingDescriptor[] = ruleIds.map((id) => ({
    id,
    shortDescription: { text: isMessageKey(id) ? MESSAGES[id][lang] : id },
    helpUri: ruleDocsUrl(id),
    defaultConfiguration: { level: LEVEL[CATALOG[id]?.severity ?? RULE_BY_CODE.get(id)?.severity ?? 'error'] },
  }));
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'kehoach',
            informationUri: 'https://github.com/kehoach/kehoach',
            rules,
          },
        },
        columnKind: 'utf16CodeUnits',
        results: reports.flatMap((r) =>
          r.diagnostics.map((d): Result => ({
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
