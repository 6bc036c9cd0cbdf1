import { formatMessage } from '../../diagnostics/localize.js';
import type { Formatter } from './report.js';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' } as const;

// GitHub workflow commands: data escapes %, CR, LF; properties also ":" and ",".
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=CODE::message`, 1-based. */
export const github: Formatter = (reports, lang) =>
  reports
    .flatMap((r) =>
      r.diagnostics.map((d) => {
        const props = [
          `file=${escapeProperty(r.file)}`,
          `line=${d.range.start.line + 1}`,
          `col=${d.range.start.character + 1}`,
          `endLine=${d.range.end.line + 1}`,
          `endColumn=${d.range.end.character + 1}`,
          `title=${escapeProperty(d.code)}`,
        ].join(',');
        return `::${COMMAND[d.severity]} ${props}::${escapeData(formatMessage(d, lang))}\n`;
      }),
    )
    .join('');
