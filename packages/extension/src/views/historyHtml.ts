// An indicator's history as one HTML page for a webview: the engine's chart (an inline SVG, no
// script) and table cells, laid out here. Every text is escaped; the page runs no script, and
// its Content-Security-Policy is the comparison view's: nothing but the one nonce'd style.
import { historyCells, historySvg, t, type IndicatorHistory, type Lang } from '@kehoach/schema';
import { contentSecurityPolicy, escapeHtml } from './diffHtml.js';

export interface HistoryHtmlOptions {
  lang: Lang;
  /** A fresh random nonce for the inline style. */
  nonce: string;
}

const STYLE = `
body { font-family: var(--vscode-font-family, system-ui, sans-serif); font-size: var(--vscode-font-size, 13px); color: var(--vscode-foreground, #222); background: var(--vscode-editor-background, #fff); padding: 0 16px 24px; line-height: 1.45; }
h1 { font-size: 1.3em; margin: 16px 0 8px; }
.chart { background: #fff; display: inline-block; border-radius: 4px; max-width: 100%; }
.chart svg { max-width: 100%; height: auto; }
table { border-collapse: collapse; margin-top: 12px; }
th, td { text-align: left; vertical-align: top; padding: 4px 10px; border-bottom: 1px solid var(--vscode-editorWidget-border, #ddd); }
th { font-weight: 600; }
`;

/** The page: for each series (the indicator's own, or each part's), its chart and its table. */
export function renderHistoryHtml(histories: readonly IndicatorHistory[], options: HistoryHtmlOptions): string {
  const { lang } = options;
  const body: string[] = [];
  for (const h of histories) {
    const many = new Set(h.rows.map((r) => r.jurisdiction.id)).size > 1;
    const names = [...new Set(h.rows.map((r) => r.jurisdiction.name))].join(', ');
    body.push(`<h1>${escapeHtml(t('history.title', lang, { name: h.name, id: h.ref, jurisdiction: names }))}</h1>`);
    // The chart is the engine's SVG: every string in it went through its XML encoder.
    body.push(`<div class="chart">${historySvg(h, lang)}</div>`);
    const cols = ['year', 'target', 'estimate', 'final', 'verdict'] as const;
    body.push('<table>', `<thead><tr>${cols.map((c) => `<th>${escapeHtml(t(`history.${c}`, lang))}</th>`).join('')}</tr></thead>`, '<tbody>');
    for (const r of h.rows) {
      const cells = historyCells(r, lang, many);
      body.push(`<tr>${cols.map((c) => `<td>${escapeHtml(cells[c])}</td>`).join('')}</tr>`);
    }
    body.push('</tbody>', '</table>');
  }
  if (histories.length === 0) body.push(`<p>${escapeHtml(t('history.no-figures', lang))}</p>`);
  const n = options.nonce.replace(/[^A-Za-z0-9+/=]/g, '');
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(options.nonce))}">`,
    `<style nonce="${n}">${STYLE}</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
  ].join('\n');
}
