// An indicator's history as a table: cells in words (shared by the terminal, Markdown and the
// editor's hover), then each channel's encoder.

import type { Lang } from '../diagnostics/types.js';
import { t } from '../messages/index.js';
import type { ResultSite, TargetSite } from '../model/planView.js';
import type { Source } from '../model/types.js';
import { markdownText, terminalText } from '../output/encode.js';
import { SOURCE_KIND } from '../vocabulary/index.js';
import type { HistoryRow, IndicatorHistory } from './history.js';

export interface HistoryCells {
  year: string;
  target: string;
  estimate: string;
  final: string;
  verdict: string;
}

/** "[báo chí, S3]": where a figure comes from, when not the adopted text. */
function sourceMark(source: Source | undefined, lang: Lang): string {
  if (!source || typeof source !== 'object') return '';
  const kind = SOURCE_KIND[source.kind]?.name[lang] ?? String(source.kind);
  return ` [${kind}${typeof source.ref === 'string' ? `, ${source.ref}` : ''}]`;
}

function targetCell(site: TargetSite | undefined, lang: Lang): string {
  if (!site) return t('history.none', lang);
  const target = site.target;
  if (target.placeholder === true) return t('history.not-set', lang);
  if (target.unknown === true) return t('history.not-known', lang) + sourceMark(site.source, lang);
  return (typeof target.wording === 'string' ? target.wording : t('history.none', lang)) + sourceMark(site.source, lang);
}

function resultCell(site: ResultSite | undefined, lang: Lang): string {
  if (!site) return t('history.none', lang);
  const wording = typeof site.result.wording === 'string' ? site.result.wording : t('history.none', lang);
  return wording + sourceMark(site.source, lang);
}

/** The verdict in words; the estimate's marked as such; "—" while no result is known. */
export function verdictCell(row: HistoryRow, lang: Lang): string {
  if (row.state !== 'in-force') return t(row.state === 'dropped' ? 'history.dropped' : 'history.unconfirmed', lang);
  const a = row.achievement;
  if (a.verdict === 'unknown' && a.reason === 'no-result') return t('history.none', lang);
  const word = t(`verdict.${a.verdict}`, lang);
  return a.stage === 'estimate' && a.verdict !== 'unknown' ? `${word} (${t('result-stage.estimate', lang)})` : word;
}

/** The row's cells; `jurisdiction` beside the year when the history spans several. */
export function historyCells(row: HistoryRow, lang: Lang, withJurisdiction = false): HistoryCells {
  return {
    year: withJurisdiction ? `${row.year} · ${row.jurisdiction.name}` : String(row.year),
    target: targetCell(row.target, lang),
    estimate: resultCell(row.estimate, lang),
    final: resultCell(row.final, lang),
    verdict: verdictCell(row, lang),
  };
}

const COLUMNS = ['year', 'target', 'estimate', 'final', 'verdict'] as const;
const HEADER_KEY = { year: 'history.year', target: 'history.target', estimate: 'history.estimate', final: 'history.final', verdict: 'history.verdict' } as const;

function manyJurisdictions(h: IndicatorHistory): boolean {
  return new Set(h.rows.map((r) => r.jurisdiction.id)).size > 1;
}

function title(h: IndicatorHistory, lang: Lang): string {
  const names = [...new Set(h.rows.map((r) => r.jurisdiction.name))];
  return t('history.title', lang, { name: h.name, id: h.ref, jurisdiction: names.join(', ') });
}

function summary(h: IndicatorHistory, lang: Lang): string {
  const years = new Set(h.rows.map((r) => r.year)).size;
  const results = new Set(h.rows.filter((r) => r.estimate || r.final).map((r) => r.year)).size;
  return t('history.results-known', lang, { years, results });
}

/** Code points, for aligning columns (plan text is NFC: one code point a letter). */
const width = (s: string) => [...s].length;

/** The history as a terminal table: every string through the terminal encoder. */
export function renderHistoryTerminal(histories: readonly IndicatorHistory[], lang: Lang): string {
  const out: string[] = [];
  for (const h of histories) {
    const many = manyJurisdictions(h);
    const header: Record<string, string> = Object.fromEntries(COLUMNS.map((c) => [c, terminalText(t(HEADER_KEY[c], lang))]));
    const rows = h.rows.map((r) => {
      const cells = historyCells(r, lang, many);
      return Object.fromEntries(COLUMNS.map((c) => [c, terminalText(cells[c])])) as Record<string, string>;
    });
    const widths = Object.fromEntries(COLUMNS.map((c) => [c, Math.max(width(header[c]!), ...rows.map((r) => width(r[c]!)))]));
    const line = (r: Record<string, string>) =>
      COLUMNS.map((c, i) => (i === COLUMNS.length - 1 ? r[c]! : r[c]! + ' '.repeat(widths[c]! - width(r[c]!))))
        .join('  ')
        .trimEnd();
    if (out.length > 0) out.push('');
    out.push(terminalText(title(h, lang)), '', line(header), COLUMNS.map((c) => '─'.repeat(widths[c]!)).join('  '), ...rows.map(line), '', terminalText(summary(h, lang)));
  }
  return out.join('\n') + '\n';
}

/**
 * The history as Markdown: a heading, the table, the summary line, and, when given, the chart
 * as an image (`image`: its address, such as a data: URI of the SVG, written by kehoach).
 */
export function renderHistoryMarkdown(histories: readonly IndicatorHistory[], lang: Lang, image?: (h: IndicatorHistory) => string | undefined): string {
  const out: string[] = [];
  for (const h of histories) {
    const many = manyJurisdictions(h);
    const cell = (s: string) => markdownText(s);
    out.push(`### ${markdownText(title(h, lang))}`, '');
    out.push(`| ${COLUMNS.map((c) => cell(t(HEADER_KEY[c], lang))).join(' | ')} |`, `|${COLUMNS.map(() => '---').join('|')}|`);
    for (const r of h.rows) {
      const cells = historyCells(r, lang, many);
      out.push(`| ${COLUMNS.map((c) => cell(cells[c])).join(' | ')} |`);
    }
    out.push('', markdownText(summary(h, lang), { lineStart: true }), '');
    const src = image?.(h);
    if (src !== undefined) out.push(`![${markdownText(t('history.chart-label', lang, { name: h.name, unit: h.unit ?? '—' }))}](${src})`, '');
  }
  return out.join('\n');
}
