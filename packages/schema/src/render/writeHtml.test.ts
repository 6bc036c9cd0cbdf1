import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../model/types.js';
import { htmlLines } from '../testing/documentText.js';
import { INJECTIONS, INJECTION_TEXT } from '../testing/injection.js';
import { REPO_ROOT } from '../testing/realPlans.js';
import { buildDocument } from './document.js';
import { writeHtml } from './writeHtml.js';
import { writeText } from './writeText.js';

const read = (year: number) => parse(readFileSync(join(REPO_ROOT, `plans/ha-noi/${year}.yaml`), 'utf8')) as Plan;
const plan2025 = read(2025);

describe('render --format html', () => {
  const html = writeHtml(buildDocument(plan2025));

  it('is one self-contained file: no script, no external resource, a CSP that allows only its inline style', () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="vi">/);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|\shref=|url\(|@import/i);
  });

  it('lays out A4 pages as the .docx does: margins, Times New Roman, page numbers from page 2, the appendix on a new page', () => {
    expect(html).toContain('@page { size: A4; margin: 20mm 15mm 20mm 30mm; @top-center { content: counter(page);');
    expect(html).toContain('@page :first { @top-center { content: none; } }');
    expect(html).toMatch(/body \{ font: 14pt\/1\.25 "Times New Roman"/);
    expect(html).toMatch(/section\.appendix \{ break-before: page;/);
    expect(html).toContain('<table class="layout header" role="presentation">');
    expect(html).toContain('<thead><tr><th>TT</th><th>Chỉ tiêu</th><th>Đơn vị tính</th><th>Kế hoạch năm 2025</th></tr></thead>');
    expect([...html.matchAll(/<tr class="level-0"><td>\d+\.<\/td>/g)]).toHaveLength(25);
  });

  it.each([2024, 2025, 2026])('says what the text format says (plans/ha-noi/%i.yaml)', (year) => {
    const doc = buildDocument(read(year));
    expect(htmlLines(writeHtml(doc)).join('\n') + '\n').toBe(writeText(doc));
  });

  it('shows the marks highlighted (an unknown target, a source, a truncated text)', () => {
    const page = writeHtml(buildDocument(read(2026)));
    expect(page).toContain('<mark class="m-unknown">[chưa biết]</mark>');
    expect(page).toContain('<mark class="m-source">[nguồn: báo chí, S3]</mark>');
    expect(page).toContain('<mark class="m-truncated">[…]</mark>');
  });

  it('encodes every hostile string: no tag, no attribute, no entity of the plan’s own, controls and bidi shown', () => {
    const hostile = `${INJECTION_TEXT} </style><style>* { display: none }</style> " onmouseover="x &amp;`;
    const plan: Plan = {
      ...plan2025,
      document: { ...plan2025.document, type: hostile, title: hostile, number: hostile, recipients: [hostile] },
      articles: [{ id: 'art_1', label: hostile, heading: hostile, paragraphs: [{ id: 'p', text: hostile }] }],
      indicators: [{ id: 'x', number: hostile, name: hostile, unit: hostile, target: { wording: hostile } }],
    };
    const doc = buildDocument(plan);
    const page = writeHtml(doc);
    expect(page).not.toContain(INJECTIONS.html);
    expect(page).not.toMatch(/<img|<script|onmouseover="/); // "onerror=" stays, as text inside an encoded "&lt;img …&gt;"
    expect([...page.matchAll(/<style>/g)]).toHaveLength(1);
    expect(page).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('&amp;amp;');
    expect(page).toContain('\\u{202E}');
    // And the page still reads as the text format.
    expect(htmlLines(page).join('\n') + '\n').toBe(writeText(doc));
  });
});
