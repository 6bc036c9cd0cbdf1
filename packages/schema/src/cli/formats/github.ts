import { formatMessage } from '../../diagnostics/localize.js';
import { workflowData, workflowProperty } from '../../output/encode.js';
import type { Formatter } from './report.js';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' } as const;

/** `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=CODE::message`, 1-based. */
export const github: Formatter = (reports, lang) =>
  reports
    .flatMap((r) =>
      r.diagnostics.map((d) => {
        const props = [
          `file=${workflowProperty(r.file)}`,
          `line=${d.range.start.line + 1}`,
          `col=${d.range.start.character + 1}`,
          `endLine=${d.range.end.line + 1}`,
          `endColumn=${d.range.end.character + 1}`,
          `title=${workflowProperty(d.code)}`,
        ].join(',');
        return `::${COMMAND[d.severity]} ${props}::${workflowData(formatMessage(d, lang))}\n`;
      }),
    )
    .join('');
