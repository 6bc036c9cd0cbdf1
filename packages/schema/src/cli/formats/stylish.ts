import { formatMessage } from '../../diagnostics/localize.js';
import { terminalText } from '../../output/encode.js';
import { say } from '../messages.js';
import { counts, type Formatter } from './report.js';

const SEVERITY = {
  vi: { error: 'lỗi', warning: 'cảnh báo', info: 'thông tin', hint: 'gợi ý' },
  en: { error: 'error', warning: 'warning', info: 'info', hint: 'hint' },
};

/** `file:line:col severity code message`, 1-based, one line per diagnostic, then a summary. */
export const stylish: Formatter = (reports, lang) => {
  const out: string[] = [];
  for (const r of reports)
    for (const d of r.diagnostics) {
      const { line, character } = d.range.start;
      out.push(terminalText(`${r.file}:${line + 1}:${character + 1} ${SEVERITY[lang][d.severity]} ${d.code} ${formatMessage(d, lang)}`));
    }
  const c = counts(reports);
  out.push(c.errors + c.warnings === 0 ? say('summary-clean', lang, { files: c.files }) : say('summary-problems', lang, c));
  return out.join('\n') + '\n';
};
