import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../model/types.js';
import { REPO_ROOT } from '../testing/realPlans.js';
import { docxLines } from '../testing/documentText.js';
import { INJECTION_TEXT } from '../testing/injection.js';
import { buildDocument, MOTTO } from './document.js';
import { DATA_COLUMNS, FONT, PAGE, writeDocx } from './writeDocx.js';
import { writeText } from './writeText.js';

const plansDir = join(REPO_ROOT, 'plans');
/** Every plan in plans/ (path relative to plans/). */
const PLANS = readdirSync(plansDir, { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.ya?ml$/.test(f) && !f.includes('sources'))
  .sort();
const readPlanFile = (rel: string) => parse(readFileSync(join(plansDir, rel), 'utf8')) as Plan;
const plan2025 = readPlanFile('ha-noi/2025.yaml');

/** The parts of a .docx (a zip of XML). */
function parts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

const attr = (xml: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(xml)?.[1];
/** The cells of a table row, each cell's text. */
const cellsOf = (row: string) => [...row.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => [...c[1]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));

describe('the .docx of plans/ha-noi/2025.yaml (Nghị định 30/2020/NĐ-CP layout)', () => {
  let xml: Record<string, string>;
  let body: string;
  let tables: string[];
  beforeAll(async () => {
    xml = parts(await writeDocx(buildDocument(plan2025)));
    body = xml['word/document.xml']!;
    tables = [...body.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
  });

  it('has two sections, the resolution and the appendix, each A4 with the decree’s margins', () => {
    const sections = [...body.matchAll(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
    expect(sections).toHaveLength(2);
    for (const s of sections) {
      const size = /<w:pgSz[^>]*>/.exec(s)![0];
      expect([Number(attr(size, 'w:w')), Number(attr(size, 'w:h'))]).toEqual([11906, 16838]); // 210 × 297 mm
      const margin = /<w:pgMar[^>]*>/.exec(s)![0];
      const mm = (name: string) => (Number(attr(margin, name)) * 25.4) / 1440;
      expect(mm('w:top')).toBeGreaterThanOrEqual(20);
      expect(mm('w:top')).toBeLessThanOrEqual(25);
      expect(mm('w:bottom')).toBeGreaterThanOrEqual(20);
      expect(mm('w:bottom')).toBeLessThanOrEqual(25);
      expect(mm('w:left')).toBeGreaterThanOrEqual(30);
      expect(mm('w:left')).toBeLessThanOrEqual(35);
      expect(mm('w:right')).toBeGreaterThanOrEqual(15);
      expect(mm('w:right')).toBeLessThanOrEqual(20);
      // A different first page: its header is empty, the others carry the page number.
      expect(s).toContain('<w:titlePg/>');
    }
    // The appendix numbers its pages on its own.
    expect(sections[0]).not.toMatch(/w:pgNumType[^>]*w:start/);
    expect(attr(/<w:pgNumType[^>]*>/.exec(sections[1]!)![0], 'w:start')).toBe('1');
    expect(PAGE.margin.top).toBe(1134);
  });

  it('numbers the pages centred at the top, from page 2', () => {
    const headers = Object.entries(xml).filter(([name]) => /^word\/header\d+\.xml$/.test(name));
    const withNumber = headers.filter(([, x]) => /PAGE/.test(x));
    expect(withNumber.length).toBeGreaterThanOrEqual(1);
    for (const [, x] of withNumber) expect(x).toContain('<w:jc w:val="center"/>');
    // Each section's first-page header is one without the number.
    const rels = xml['word/_rels/document.xml.rels']!;
    for (const ref of body.matchAll(/<w:headerReference w:type="first" r:id="([^"]+)"\/>/g)) {
      const target = new RegExp(`Id="${ref[1]}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${ref[1]}"`).exec(rels)![1];
      expect(xml[`word/${target}`]).not.toMatch(/PAGE/);
    }
  });

  it('sets Times New Roman, 11 to 14 pt, the body in 14 pt', () => {
    expect(xml['word/styles.xml']).toMatch(/<w:docDefaults>[\s\S]*w:ascii="Times New Roman"[\s\S]*<w:sz w:val="28"\/>/);
    const fonts = new Set([...body.matchAll(/w:ascii="([^"]+)"/g)].map((m) => m[1]));
    expect([...fonts]).toEqual([FONT]);
    const sizes = new Set([...body.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((m) => Number(m[1])));
    for (const s of sizes) if (s !== 2) expect(s).toBeGreaterThanOrEqual(22); // the rules' empty paragraphs are 1 pt
    for (const s of sizes) expect(s).toBeLessThanOrEqual(28);
    // Article headings in bold.
    const article = /<w:p>(?:(?!<\/w:p>)[\s\S])*?Điều 2\. Một số nhiệm vụ(?:(?!<\/w:p>)[\s\S])*?<\/w:p>/.exec(body)![0];
    expect(article).toContain('<w:b/>');
  });

  it('opens with the two-column header table: issuer and number left, the motto and place-date right, with their rules', () => {
    const header = tables[0]!;
    expect([...header.matchAll(/<w:gridCol /g)]).toHaveLength(2);
    const rows = [...header.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => cellsOf(m[0]));
    expect(rows).toEqual([
      ['HỘI ĐỒNG NHÂN DÂNTHÀNH PHỐ HÀ NỘI', MOTTO.join('')],
      ['Số: 58/NQ-HĐND', 'Hà Nội, ngày 10 tháng 12 năm 2024'],
    ]);
    // Borderless, and a rule under the issuer and under the motto (a paragraph's top border).
    expect(header).toMatch(/<w:tblBorders>[\s\S]*<w:top w:val="none"/);
    expect([...header.matchAll(/<w:pBdr><w:top w:val="single"/g)]).toHaveLength(2);
    // The place and date in italics.
    const placeRun = /<w:r>(?:(?!<\/w:r>)[\s\S])*>Hà Nội<\/w:t><\/w:r>/.exec(header)![0];
    expect(placeRun).toContain('<w:i/>');
  });

  it('signs in a table beside the recipients: "TM. HỘI ĐỒNG NHÂN DÂN", the title and the name; recipients in 11 pt', () => {
    const signature = tables[1]!;
    const [left, right] = cellsOf(/<w:tr>[\s\S]*?<\/w:tr>/.exec(signature)![0]);
    expect(left).toMatch(/^Nơi nhận:- Ủy ban Thường vụ Quốc hội;/);
    expect(right).toBe('TM. HỘI ĐỒNG NHÂN DÂNCHỦ TỊCHNguyễn Ngọc Tuấn');
    expect(signature).toMatch(/<w:sz w:val="22"\/>(?:(?!<\/w:r>)[\s\S])*- Chính phủ;/);
  });

  it('puts the appendix’s indicators in a table: a repeated header row, 25 numbered rows, each part on its own row', () => {
    const appendix = tables[2]!;
    expect(tables).toHaveLength(3);
    expect([...appendix.matchAll(/<w:gridCol w:w="(\d+)"/g)].map((m) => Number(m[1]))).toEqual(DATA_COLUMNS);
    const rows = [...appendix.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(cellsOf(rows[0]!)).toEqual(['TT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch năm 2025']);
    const printed = plan2025.indicators.filter((i) => !i.dropped && !i.unconfirmed);
    expect(printed).toHaveLength(25);
    const cells = rows.slice(1).map(cellsOf);
    const numbered = cells.filter((c) => c[0] !== '');
    expect(numbered.map((c) => c[0])).toEqual(printed.map((i) => i.number));
    expect(numbered.map((c) => c[0])).toEqual(Array.from({ length: 25 }, (_, i) => `${i + 1}.`));
    expect(numbered.map((c) => c[1])).toEqual(printed.map((i) => i.name));
    // One row per part, under its indicator, with its unit and target.
    expect(cells).toHaveLength(25 + printed.reduce((n, i) => n + (i.parts?.length ?? 0), 0));
    const water = cells.findIndex((c) => c[0] === '22.');
    expect(cells.slice(water, water + 3)).toEqual([
      ['22.', 'Tỷ lệ hộ dân được cung cấp nước sạch', '%', ''],
      ['', 'Khu vực đô thị', '%', 'đạt 100%'],
      ['', 'Khu vực nông thôn', '%', 'đạt 100%'],
    ]);
    expect(cells[0]).toEqual(['1.', 'Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP)', '%', '6,5% trở lên']);
  });
});

describe('the .docx’s text, read back with mammoth, is `render --format text`', () => {
  it.each(PLANS)('plans/%s', async (rel) => {
    const doc = buildDocument(readPlanFile(rel));
    const { lines, messages } = await docxLines(await writeDocx(doc));
    expect(messages).toEqual([]);
    expect(lines.join('\n') + '\n').toBe(writeText(doc));
  });

  it('a hostile plan: controls, markup, bidi, XML’s forbidden characters read back as the text format shows them', async () => {
    const hostile = `${INJECTION_TEXT} ]]> <w:p>&amp; \uFFFF\uFFFE \uD800 end`;
    const plan: Plan = {
      ...plan2025,
      document: { ...plan2025.document, title: hostile, recipients: [hostile] },
      articles: [{ id: 'art_1', label: 'Điều 1.', heading: hostile, paragraphs: [{ id: 'art_1__para_1', text: hostile }] }],
      indicators: [{ id: 'x', number: '1.', name: hostile, unit: hostile, target: { wording: hostile } }],
    };
    const doc = buildDocument(plan);
    const bytes = await writeDocx(doc);
    const { lines, messages } = await docxLines(bytes);
    expect(messages).toEqual([]);
    expect(lines.join('\n') + '\n').toBe(writeText(doc));
    const text = writeText(doc);
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e\uFFFE\uFFFF]/);
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('\\u{202E}');
    expect(text).toContain('\\u{FFFF}');
    // The XML holds the markup as text, never as elements.
    const xml = parts(bytes)['word/document.xml']!;
    expect(xml).not.toContain('<script>');
    expect(xml).not.toMatch(/<w:p>&amp;/);
  });
});
