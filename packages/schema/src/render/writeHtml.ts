// The document as one self-contained HTML file: no script, no external resource (a CSP that
// allows only the inline style), and print CSS that lays it out on A4 as the .docx does
// (Nghị định 30/2020/NĐ-CP: margins, Times New Roman, page numbers at the top from page 2, the
// header table, the appendix on a new page). Every string goes through htmlText.

import { htmlText } from '../output/encode.js';
import type { Block, DataTable, LayoutTable, Para, RenderedDocument, Run } from './document.js';

const CSS = `
@page { size: A4; margin: 20mm 15mm 20mm 30mm; @top-center { content: counter(page); font: 14pt "Times New Roman", Times, serif; } }
@page :first { @top-center { content: none; } }
html { background: #eee; }
body { font: 14pt/1.25 "Times New Roman", Times, "Liberation Serif", serif; color: #000; background: #fff; max-width: 165mm; margin: 0 auto; padding: 20mm 15mm 20mm 30mm; }
@media print { html, body { background: none; } body { max-width: none; margin: 0; padding: 0; } }
p { margin: 0 0 6pt; }
table.layout { width: 100%; border-collapse: collapse; margin-bottom: 12pt; }
table.layout td { vertical-align: top; padding: 0 2mm; text-align: center; }
table.header td:first-child { width: 36%; }
table.signature td:first-child { width: 50%; text-align: left; }
.issuer, .motto, .motto-sub, .type, .title, .authority, .formula, .signer-authority, .signer-title, .signer-name, .appendix-heading, .appendix-title { font-weight: bold; text-align: center; margin: 0; }
.issuer, .motto { font-size: 13pt; }
.motto { font-size: 12pt; }
.number { font-size: 13pt; text-align: center; margin-top: 6pt; }
.place-date { font-style: italic; text-align: center; margin-top: 6pt; }
.type { margin-top: 18pt; }
.title { margin-bottom: 12pt; }
.authority + .authority { margin-bottom: 12pt; }
.formula { margin: 6pt 0; }
.preamble, .article, .item, .text, .closing, .amendment { text-align: justify; text-indent: 1.27cm; }
.preamble { font-style: italic; }
.article, .em { font-weight: bold; }
.recipients-heading { font: italic bold 12pt "Times New Roman", Times, serif; margin: 0; }
.recipient { font-size: 11pt; margin: 0; }
.signer-name { margin-top: 60pt; }
.ruled { display: inline-block; position: relative; padding-bottom: 3pt; }
.ruled.full { border-bottom: 1px solid #000; }
.ruled.short::after { content: ""; position: absolute; left: 30%; right: 30%; bottom: 0; border-bottom: 1px solid #000; }
.draft-label { text-align: right; margin: 0 0 6pt; } .draft-label span { border: 1px solid #000; padding: 1pt 6pt; font-weight: bold; }
section.appendix { break-before: page; page-break-before: always; margin-top: 24pt; }
.appendix-subtitle { font-style: italic; text-align: center; margin-bottom: 12pt; }
table.indicators { width: 100%; border-collapse: collapse; font-size: 13pt; }
table.indicators th, table.indicators td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; }
table.indicators th { font-weight: bold; text-align: center; }
table.indicators thead { display: table-header-group; }
table.indicators tr { break-inside: avoid; }
table.indicators td:first-child, table.indicators td:nth-child(3) { text-align: center; }
table.indicators tr.level-1 td:nth-child(2) { padding-left: 12pt; font-style: italic; }
.source-note { font-size: 11pt; font-style: italic; margin-top: 12pt; }
mark { background: #ff0; color: #000; }
`;

function runs(rs: readonly Run[]): string {
  return rs.map((r) => (r.mark ? `<mark class="m-${r.mark}">${htmlText(r.text)}</mark>` : htmlText(r.text))).join('');
}

function paragraph(p: Para): string {
  const depth = (p.depth !== undefined ? ` d${Math.min(p.depth, 9)}` : '') + (p.emphasis ? ' em' : '');
  let inner = runs(p.runs);
  if (p.rule) inner = `<span class="ruled ${p.rule}">${inner}</span>`;
  if (p.style === 'draft-label') inner = `<span>${inner}</span>`;
  return `<p class="${p.style}${depth}">${inner}</p>`;
}

function layout(t: LayoutTable): string {
  const rows = t.rows.map(([l, r]) => `<tr><td>${l.map(paragraph).join('')}</td><td>${r.map(paragraph).join('')}</td></tr>`);
  return `<table class="layout ${t.role}" role="presentation">${rows.join('')}</table>`;
}

function table(t: DataTable): string {
  const head = `<thead><tr>${t.columns.map((c) => `<th>${htmlText(c)}</th>`).join('')}</tr></thead>`;
  const body = t.rows.map((row) => `<tr class="level-${row.level}">${row.cells.map((c) => `<td>${runs(c)}</td>`).join('')}</tr>`);
  return `<table class="indicators">${head}<tbody>${body.join('\n')}</tbody></table>`;
}

function block(b: Block): string {
  switch (b.kind) {
    case 'paragraph':
      return paragraph(b);
    case 'layout':
      return layout(b);
    case 'table':
      return table(b);
    case 'section':
      return '</section>\n<section class="appendix">';
  }
}

/** The whole HTML file. */
export function writeHtml(doc: RenderedDocument): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="vi">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="kehoach render">',
    `<title>${htmlText(doc.title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '<section class="resolution">',
    ...doc.blocks.map(block),
    '</section>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
