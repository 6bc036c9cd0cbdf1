// "So sánh với năm trước": the semantic diff of a plan against its baseline as one HTML page for a
// webview. Pure: the diff (diffPlans) and its words (diffFormat and the catalog's diff.* messages)
// come from the engine; this only lays them out. Every text is escaped, and the
// Content-Security-Policy allows nothing but the one inline style and, with `links`, the one fixed
// inline script, both carrying the nonce the adapter passes: that script only posts the id of the
// row clicked ({ type: 'open', side, id }) through the webview's message channel.
import { diffFold, diffFormat, htmlText, t, type IndicatorDiff, type Lang, type PartDiff, type PlanDiff, type TargetChange } from '@kehoach/schema';

export interface DiffHtmlOptions {
  lang: Lang;
  /** A fresh random nonce for the inline style (letters, digits, + / =). */
  nonce: string;
  /** Where each side was read from (shown under the title). */
  fromLabel?: string;
  toLabel?: string;
  /** Each row's indicator opens in its file: a link posting `{ type: 'open', side, id }` to the extension. */
  links?: boolean;
}

/** What the page's script posts when a row's link is clicked (the adapter checks every field). */
export interface OpenMessage {
  type: 'open';
  /** The file the indicator is in: the plan (`to`) or its baseline (`from`, for one removed since). */
  side: 'from' | 'to';
  id: string;
}

/** The page's whole script: posts the clicked link's indicator, nothing else. */
const SCRIPT = `const api = acquireVsCodeApi();
document.addEventListener('click', (e) => {
  const a = e.target instanceof Element ? e.target.closest('a[data-open]') : null;
  if (!a) return;
  e.preventDefault();
  api.postMessage({ type: 'open', side: a.dataset.side === 'from' ? 'from' : 'to', id: String(a.dataset.open) });
});`;

const { describeChange, formatTarget, formatValue, kindWord, lastTarget, listChange, resultLines, resultText, sideTitle, statusWord } = diffFormat;

/** Text for HTML content and attribute values: the engine's HTML encoder (markup escaped, invisible characters shown). */
export const escapeHtml = htmlText;

/** The page's Content-Security-Policy: no script, no network, no frame; one nonce'd style. */
export function contentSecurityPolicy(nonce: string, script = false): string {
  const n = nonce.replace(/[^A-Za-z0-9+/=]/g, '');
  return `default-src 'none'; style-src 'nonce-${n}'; img-src 'none'; font-src 'none'; script-src ${script ? `'nonce-${n}'` : "'none'"}; connect-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'`;
}

const STYLE = `
body { font-family: var(--vscode-font-family, system-ui, sans-serif); font-size: var(--vscode-font-size, 13px); color: var(--vscode-foreground, #222); background: var(--vscode-editor-background, #fff); padding: 0 16px 24px; line-height: 1.45; }
h1 { font-size: 1.35em; margin: 16px 0 4px; }
h2 { font-size: 1.1em; margin: 20px 0 6px; }
.files { color: var(--vscode-descriptionForeground, #666); margin: 0 0 10px; }
code { font-family: var(--vscode-editor-font-family, monospace); font-size: 0.92em; }
ul.summary { margin: 6px 0 12px; padding-left: 20px; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 4px 8px; border-bottom: 1px solid var(--vscode-editorWidget-border, #ddd); }
th { position: sticky; top: 0; background: var(--vscode-editor-background, #fff); font-weight: 600; }
td.target { white-space: nowrap; }
tr.unchanged td { color: var(--vscode-descriptionForeground, #777); }
tr.part td.name { padding-left: 24px; }
.id { color: var(--vscode-descriptionForeground, #777); }
a.open { color: var(--vscode-textLink-foreground, #0066bf); text-decoration: none; }
a.open:hover .id, a.open:focus .id { color: var(--vscode-textLink-activeForeground, #0066bf); text-decoration: underline; }
.more { color: var(--vscode-testing-iconPassed, #2a7d2a); font-weight: 600; }
.less { color: var(--vscode-errorForeground, #b3261e); font-weight: 600; }
.unset, .not-known, .unconfirmed { color: var(--vscode-editorWarning-foreground, #a36b00); }
.removed, .dropped { color: var(--vscode-errorForeground, #b3261e); }
.added, .restored { color: var(--vscode-testing-iconPassed, #2a7d2a); }
.legend { color: var(--vscode-descriptionForeground, #666); margin: 8px 0; }
.legend span { margin-right: 16px; }
details { margin: 12px 0; }
summary { cursor: pointer; font-weight: 600; }
ul.folded { margin: 6px 0; padding-left: 20px; }
`;

/** The whole page: title, summary, the indicators table (every indicator, changes marked), document fields. */
export function renderDiffHtml(diff: PlanDiff | undefined, options: DiffHtmlOptions): string {
  const { lang } = options;
  const body: string[] = [];
  if (!diff) {
    body.push(`<p>${escapeHtml(t('diff.no-baseline', lang))}</p>`);
    return page(t('diff.title', lang, { who: '', from: '?', to: '?' }), body, options);
  }
  const who = diff.to.jurisdictionName ?? diff.from.jurisdictionName ?? diff.to.jurisdiction ?? diff.from.jurisdiction ?? '';
  const title = t('diff.title', lang, { who, from: sideTitle(diff.from, lang), to: sideTitle(diff.to, lang) }).replace(/\s{2,}/g, ' ');
  body.push(`<h1>${escapeHtml(title)}</h1>`);
  if (options.fromLabel || options.toLabel)
    body.push(`<p class="files"><code>${escapeHtml(options.fromLabel ?? '—')}</code> → <code>${escapeHtml(options.toLabel ?? '—')}</code></p>`);

  body.push('<ul class="summary">', ...diffFormat.summaryLines(diff.summary, lang, diff.from.year).map((line) => `<li>${escapeHtml(line)}</li>`), '</ul>');

  body.push(`<h2>${escapeHtml(t('diff.indicators', lang))} (${diff.indicators.length})</h2>`);
  body.push(`<p class="legend"><span class="more">${escapeHtml(t('diff.legend-more', lang))}</span><span class="less">${escapeHtml(t('diff.legend-less', lang))}</span><span class="unset">${escapeHtml(t('diff.legend-unset', lang))}</span></p>`);
  // The old year's results, when it records any: N's target, N's result, N+1's target.
  const results = diff.summary.indicators.results > 0;
  body.push(
    '<table>',
    `<thead><tr><th>${escapeHtml(t('diff.col-indicator', lang))}</th><th>${escapeHtml(sideTitle(diff.from, lang))}</th>${results ? `<th>${escapeHtml(t('diff.col-result', lang, { year: String(diff.from.year ?? '?') }))}</th>` : ''}<th>${escapeHtml(sideTitle(diff.to, lang))}</th><th>${escapeHtml(t('diff.col-change', lang))}</th></tr></thead>`,
    '<tbody>',
  );
  for (const d of diff.indicators) body.push(...indicatorRows(d, lang, options.links === true, results ? { year: diff.from.year } : undefined));
  body.push('</tbody>', '</table>');

  if (diff.metadata.length > 0) {
    body.push(`<h2>${escapeHtml(t('diff.metadata', lang))}</h2>`, '<ul>');
    for (const f of diff.metadata) {
      const list = listChange(f, lang);
      if (!list) body.push(`<li><code>${escapeHtml(f.field)}</code>: ${escapeHtml(formatValue(f.from, lang))} → ${escapeHtml(formatValue(f.to, lang))}</li>`);
      else
        body.push(
          `<li><code>${escapeHtml(f.field)}</code>:<ul>`,
          ...list.removed.map((x) => `<li class="removed">− <del>${escapeHtml(x)}</del></li>`),
          ...list.added.map((x) => `<li class="added">+ <ins>${escapeHtml(x)}</ins></li>`),
          '</ul></li>',
        );
    }
    body.push('</ul>');
  }

  // Clause and narrative-target changes: counted and folded, collapsed until opened (no script: <details>).
  if (diff.clauses.length > 0) {
    const c = diff.summary.clauses;
    body.push('<details class="clauses">', `<summary>${escapeHtml(t('diff.summary-clauses', lang, { changed: c.changed, added: c.added, removed: c.removed, unchanged: c.unchanged, carried: c.carriedOver }))}</summary>`, '<ul class="folded">');
    for (const { clause, folded } of diffFold.foldClauses(diff.clauses)) {
      const what = clause.status === 'changed' ? '' : ` ${escapeHtml(diffFold.clauseGist(clause))}`;
      const more = folded > 0 ? ` ${escapeHtml(t('diff.folded', lang, { count: folded }))}` : '';
      body.push(`<li class="${clause.status}"><code>${escapeHtml(clause.id)}</code> (${escapeHtml(kindWord(clause.kind, lang))}, ${escapeHtml(t(`diff.clause-${clause.status}`, lang))})${what}${more}</li>`);
    }
    body.push('</ul>', '</details>');
  }
  if (diff.narrativeTargets.length > 0) {
    const n = diff.summary.narrativeTargets;
    const folded = diffFold.foldNarratives(diff.narrativeTargets);
    const ids = (list: { shown: string[]; more: number }) => list.shown.join(', ') + (list.more > 0 ? ' ' + t('diff.and-more', lang, { count: list.more }) : '');
    body.push('<details class="narratives">', `<summary>${escapeHtml(t('diff.summary-narratives', lang, { changed: n.changed, added: n.added, removed: n.removed, unchanged: n.unchanged }))}</summary>`, '<ul class="folded">');
    for (const x of folded.changed) body.push(`<li class="changed"><code>${escapeHtml(x.id)}</code>${x.target ? `: ${escapeHtml(formatTarget(x.target.from, lang))} → ${escapeHtml(formatTarget(x.target.to, lang))} (${escapeHtml(describeChange(x.target, lang))})` : ''}</li>`);
    if (folded.added.shown.length > 0) body.push(`<li class="added">${escapeHtml(t('diff.ids-added', lang, { count: n.added, ids: ids(folded.added) }))}</li>`);
    if (folded.removed.shown.length > 0) body.push(`<li class="removed">${escapeHtml(t('diff.ids-removed', lang, { count: n.removed, ids: ids(folded.removed) }))}</li>`);
    body.push('</ul>', '</details>');
  }
  return page(title, body, options);
}

function page(title: string, body: string[], options: DiffHtmlOptions): string {
  const nonce = options.nonce.replace(/[^A-Za-z0-9+/=]/g, '');
  return [
    '<!DOCTYPE html>',
    `<html lang="${options.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(nonce, options.links === true))}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style nonce="${nonce}">${STYLE}</style>`,
    '</head>',
    '<body>',
    ...body,
    ...(options.links ? [`<script nonce="${nonce}">${SCRIPT}</script>`] : []),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The marker and words of a target change: ▲ / ▼ for more / less ambitious, ? for a target not set. */
function changeCell(c: TargetChange | undefined, lang: Lang, since?: TargetChange): string {
  if (!c) return '';
  // A draft whose target was just set: judge it against last year's (previousTarget).
  const judged = c.verdict === 'set' && since ? since : c;
  const words = escapeHtml(describeChange(judged, lang));
  if (judged.ambition === 'more') return `<span class="more">▲ ${words}</span>`;
  if (judged.ambition === 'less') return `<span class="less">▼ ${words}</span>`;
  if (judged.verdict === 'unset') return `<span class="unset">? ${words}</span>`;
  if (judged.verdict === 'not-known' || judged.verdict === 'was-not-known') return `<span class="not-known">${words}</span>`;
  return words;
}

function targetCells(c: TargetChange | undefined, lang: Lang): [string, string] {
  if (!c) return ['', ''];
  const from = c.verdict === 'added' ? t('diff.none', lang) : formatTarget(c.from, lang);
  const to = c.verdict === 'removed' ? t('diff.none', lang) : formatTarget(c.to, lang);
  return [escapeHtml(from), escapeHtml(to)];
}

/** The id, as a link that opens it in its file (the plan; the baseline for what the plan no longer has). */
function idCode(id: string, side: 'from' | 'to', lang: Lang, links: boolean): string {
  const code = `<code class="id">${escapeHtml(id.slice(id.lastIndexOf('/') + 1))}</code>`;
  if (!links) return code;
  return `<a href="#" class="open" data-open="${escapeHtml(id)}" data-side="${side}" title="${escapeHtml(t('diff.open-in-file', lang, { id }))}">${code}</a>`;
}

function indicatorRows(d: IndicatorDiff, lang: Lang, links = false, results?: { year: number | undefined }): string[] {
  const notes: string[] = [];
  if (d.status === 'dropped') notes.push(`<span class="dropped">${escapeHtml(t('diff.dropped-reason', lang, { reason: d.droppedReason ?? '' }))}</span>`);
  if (d.replacedBy) notes.push(escapeHtml(t('diff.replaced-by', lang, { id: d.replacedBy })));
  if (d.status === 'unconfirmed') notes.push(`<span class="unconfirmed">${escapeHtml(t('diff.unconfirmed-reason', lang, { reason: d.unconfirmedReason ?? '' }))}</span>`);
  if (d.status === 'restored') notes.push(`<span class="restored">${escapeHtml(t('diff.restored', lang))}</span>`);
  if (d.status === 'removed') notes.push(`<span class="removed">${escapeHtml(t('diff.missing-no-reason', lang))}</span>`);
  if (d.status === 'added') notes.push(`<span class="added">${escapeHtml(t('diff.added-indicator', lang))}</span>`);
  if (d.replaces) notes.push(escapeHtml(t('diff.replaces', lang, { ids: d.replaces.join(', ') })));
  for (const f of d.fields) notes.push(escapeHtml(`${f.field}: ${formatValue(f.from, lang)} → ${formatValue(f.to, lang)}`));
  if (d.lastResult?.newTarget) notes.push(`<span class="less">${escapeHtml(resultLines(d.lastResult, results?.year, lang)[1]!)}</span>`);
  // Dropped or unconfirmed: last year's target, and the status where this year's would be.
  const gone = d.status === 'dropped' || d.status === 'unconfirmed';
  const target = gone ? undefined : d.target;
  const [from, to] = gone ? [escapeHtml(lastTarget(d, lang)), escapeHtml(statusWord(d.status, lang))] : targetCells(target, lang);
  const change = [changeCell(target, lang, d.sincePrevious), ...notes].filter(Boolean).join('<br>');
  const number = d.number.to ?? d.number.from;
  const rows = [
    `<tr class="indicator ${d.status}" data-id="${escapeHtml(d.id)}"><td class="name">${number ? escapeHtml(number) + ' ' : ''}${escapeHtml(d.name)} ${idCode(d.id, d.status === 'removed' ? 'from' : 'to', lang, links)}</td>` +
      `<td class="target">${from}</td>${resultCell(d.lastResult, lang, results)}<td class="target">${to}</td><td>${change || (d.parts.length > 0 ? '' : escapeHtml(statusWord(d.status, lang)))}</td></tr>`,
  ];
  if (!gone) for (const p of d.parts) rows.push(partRow(d, p, lang, links, results));
  return rows;
}

/** The old year's result cell, when the table has that column. */
function resultCell(r: IndicatorDiff['lastResult'], lang: Lang, results: { year: number | undefined } | undefined): string {
  if (!results) return '';
  return `<td class="target">${r ? escapeHtml(resultText(r, lang)) : ''}</td>`;
}

function partRow(d: IndicatorDiff, p: PartDiff, lang: Lang, links: boolean, results?: { year: number | undefined }): string {
  const notes: string[] = [];
  if (p.status === 'added' || p.status === 'removed') notes.push(`<span class="${p.status}">${escapeHtml(statusWord(p.status, lang))}</span>`);
  for (const f of p.fields) notes.push(escapeHtml(`${f.field}: ${formatValue(f.from, lang)} → ${formatValue(f.to, lang)}`));
  if (p.lastResult?.newTarget) notes.push(`<span class="less">${escapeHtml(resultLines(p.lastResult, results?.year, lang)[1]!)}</span>`);
  const [from, to] = targetCells(p.target, lang);
  const change = [changeCell(p.target, lang, p.sincePrevious), ...notes].filter(Boolean).join('<br>');
  return (
    `<tr class="part ${p.status}" data-id="${escapeHtml(`${d.id}/${p.id}`)}"><td class="name">↳ ${p.label ? escapeHtml(p.label) + ' ' : ''}${escapeHtml(p.name)} ${idCode(`${d.id}/${p.id}`, d.status === 'removed' || p.status === 'removed' ? 'from' : 'to', lang, links)}</td>` +
    `<td class="target">${from}</td>${resultCell(p.lastResult, lang, results)}<td class="target">${to}</td><td>${change || escapeHtml(statusWord(p.status, lang))}</td></tr>`
  );
}
