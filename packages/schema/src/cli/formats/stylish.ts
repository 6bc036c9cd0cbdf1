import { formatMessage } from '../../diagnostics/localize.js';
import { t } from '../../messages/index.js';
import { terminalText } from '../../output/encode.js';
import { counts, type Formatter } from './report.js';

/** `file:line:col severity code message`, 1-based, one line per diagnostic, then a summary. */
export const stylish: Formatter = (reports, lang) => {
  const out: string[] = [];
  for (const r of reports)
    for (const d of r.diagnostics) {
      const { line, character } = d.range.start;
      out.push(terminalText(`${r.file}:${line + 1}:${character + 1} ${t(`cli.severity-${d.severity}`, lang)} ${d.code} ${formatMessage(d, lang)}`));
    }
  const c = counts(reports);
  out.push(c.errors + c.warnings === 0 ? t('cli.summary-clean', lang, { files: c.files }) : t('cli.summary-problems', lang, c));
  return out.join('\n') + '\n';
};
