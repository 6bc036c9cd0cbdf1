// The document as a .docx (the `docx` library), in the layout of Nghị định 30/2020/NĐ-CP on
// văn thư, Phụ lục I: A4; margins 20 mm top and bottom, 30 mm left, 15 mm right; Times New Roman,
// 14 pt body; page numbers centred in the top margin, not on the first page; the header table
// (issuer and number left, motto and place-date right, each with its rule); the type and title;
// the body justified with a 1,27 cm first-line indent and 6 pt between paragraphs, articles in
// bold; recipients (11-12 pt) beside the signature block; the appendix in its own section, its
// pages numbered on their own, its indicators in a table whose header row repeats on each page.
// Marked runs (what is not the adopted wording) are highlighted. Every string goes through
// documentText, the text format's encoder, so the text read back is the text format's.
//
// Loaded only where a .docx is written (the CLI's render, the editor's export command): the
// `docx` library is not in the engine's bundles.

import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IBorderOptions,
  type ISectionOptions,
} from 'docx';
import { documentText } from '../output/encode.js';
import type { Block, DataTable, LayoutTable, Para, ParaStyle, RenderedDocument, Run } from './document.js';

const mm = (v: number) => Math.ceil((v * 1440) / 25.4);

/** Page geometry, in twips (1/20 pt). */
export const PAGE = {
  width: 11906, // A4: 210 mm
  height: 16838, // 297 mm
  margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10), footer: mm(10) },
} as const;
const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;
export const FONT = 'Times New Roman';
/** Sizes in half-points, as OOXML writes them. */
const BODY = 28; // 14 pt
const CELL_MARGIN = 85; // 1,5 mm either side of a cell's text

interface Look {
  align: (typeof AlignmentType)[keyof typeof AlignmentType];
  size?: number;
  bold?: boolean;
  italic?: boolean;
  before?: number;
  after?: number;
  indent?: boolean;
}

const CENTER = AlignmentType.CENTER;
const JUSTIFIED = AlignmentType.JUSTIFIED;
const LEFT = AlignmentType.LEFT;

/** Each paragraph style's look (Nghị định 30, Phụ lục I, mục II and the forms of Phụ lục III). */
const LOOK: Record<ParaStyle, Look> = {
  'draft-label': { align: AlignmentType.RIGHT, size: 26, bold: true, after: 120 },
  issuer: { align: CENTER, size: 26, bold: true, after: 0 },
  motto: { align: CENTER, size: 24, bold: true, after: 0 },
  'motto-sub': { align: CENTER, size: 26, bold: true, after: 0 },
  number: { align: CENTER, size: 26, before: 120, after: 0 },
  'place-date': { align: CENTER, size: BODY, italic: true, before: 120, after: 0 },
  type: { align: CENTER, bold: true, before: 360, after: 0 },
  title: { align: CENTER, bold: true, after: 0 },
  authority: { align: CENTER, bold: true, before: 60, after: 60 },
  preamble: { align: JUSTIFIED, italic: true, indent: true },
  formula: { align: CENTER, bold: true, before: 120 },
  article: { align: JUSTIFIED, bold: true, indent: true },
  item: { align: JUSTIFIED, indent: true },
  text: { align: JUSTIFIED, indent: true },
  closing: { align: JUSTIFIED, indent: true },
  'recipients-heading': { align: LEFT, size: 24, bold: true, italic: true, before: 240, after: 0 },
  recipient: { align: LEFT, size: 22, after: 0 },
  'signer-authority': { align: CENTER, bold: true, before: 240, after: 0 },
  'signer-title': { align: CENTER, bold: true, after: 0 },
  'signer-name': { align: CENTER, bold: true, before: 1560, after: 0 },
  'appendix-heading': { align: CENTER, bold: true, after: 0 },
  'appendix-title': { align: CENTER, bold: true, after: 0 },
  'appendix-subtitle': { align: CENTER, italic: true, after: 240 },
  amendment: { align: JUSTIFIED, size: 26, indent: true, before: 120 },
  'source-note': { align: LEFT, size: 22, italic: true, before: 240 },
};

function isBold(p: Para): boolean {
  return LOOK[p.style].bold === true || p.emphasis === true;
}

function textRuns(runs: readonly Run[], look: Look, bold: boolean, size = look.size): TextRun[] {
  return runs.map(
    (r) =>
      new TextRun({
        text: documentText(r.text),
        font: FONT,
        size: size ?? BODY,
        bold,
        italics: look.italic === true,
        ...(r.mark ? { highlight: 'yellow' as const } : {}),
      }),
  );
}

/**
 * How wide a line of text is, roughly (Times New Roman's advance widths by kind of letter): the
 * rules under the issuer, the motto and the title are drawn from it.
 */
export function estimateWidth(text: string, halfPoints: number, bold: boolean): number {
  let em = 0;
  for (const ch of text) {
    const base = ch.normalize('NFD')[0] ?? ch;
    if (/\p{Lu}/u.test(base)) em += bold ? 0.72 : 0.68;
    else if (/\p{Ll}/u.test(base)) em += bold ? 0.5 : 0.46;
    else if (/\d/.test(base)) em += 0.5;
    else if (base === ' ') em += 0.25;
    else em += 0.33;
  }
  return Math.round(em * halfPoints * 10); // em × size (pt) × 20 twips
}

const RULE: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, space: 0, color: '000000' };
const BOX: IBorderOptions = { ...RULE, space: 1 };

/** The rule under a line: an empty paragraph, 6 pt high, whose top border is the rule, centred in `width`. */
function ruleParagraph(p: Para, width: number): Paragraph {
  const look = LOOK[p.style];
  const line = Math.min(estimateWidth(p.runs.map((r) => r.text).join(''), look.size ?? BODY, isBold(p)), width);
  const length = p.rule === 'full' ? line : Math.max(Math.round(line * 0.4), mm(15));
  const side = Math.max(0, Math.round((width - length) / 2));
  return new Paragraph({
    alignment: CENTER,
    indent: { left: side, right: side },
    border: { top: RULE },
    spacing: { before: 80, after: 0, line: 120, lineRule: LineRuleType.EXACT },
    run: { size: 2 },
  });
}

/** A paragraph of the document (and its rule, if it has one); `width`: the text width it stands in. */
function paragraphs(p: Para, width: number): Paragraph[] {
  const look = LOOK[p.style];
  const out = [
    new Paragraph({
      alignment: look.align,
      spacing: { before: look.before ?? 0, after: look.after ?? 120, line: 240, lineRule: LineRuleType.AUTO },
      ...(look.indent ? { indent: { firstLine: mm(12.7) } } : {}),
      ...(p.style === 'draft-label' ? { border: { top: BOX, bottom: BOX, left: BOX, right: BOX }, indent: { left: Math.max(0, width - estimateWidth(p.runs.map((r) => r.text).join(''), look.size ?? BODY, true) - mm(6)) } } : {}),
      ...(p.style === 'type' || p.style === 'appendix-heading' ? { keepNext: true } : {}),
      children: textRuns(p.runs, look, isBold(p)),
    }),
  ];
  if (p.rule) out.push(ruleParagraph(p, width));
  return out;
}

const NO_BORDERS = {
  top: { style: BorderStyle.NONE, size: 0, color: 'auto' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'auto' },
  left: { style: BorderStyle.NONE, size: 0, color: 'auto' },
  right: { style: BorderStyle.NONE, size: 0, color: 'auto' },
  insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'auto' },
  insideVertical: { style: BorderStyle.NONE, size: 0, color: 'auto' },
};

/** Column widths of the layout tables (twips): the header's issuer column is the narrower. */
export const LAYOUT_COLUMNS: Record<LayoutTable['role'], [number, number]> = {
  header: [Math.round(TEXT_WIDTH * 0.38), TEXT_WIDTH - Math.round(TEXT_WIDTH * 0.38)],
  signature: [Math.round(TEXT_WIDTH * 0.5), TEXT_WIDTH - Math.round(TEXT_WIDTH * 0.5)],
};

function layoutTable(t: LayoutTable): Table {
  const widths = LAYOUT_COLUMNS[t.role];
  const cell = (paras: Para[], width: number) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      margins: { left: CELL_MARGIN, right: CELL_MARGIN },
      // A cell needs a paragraph; an empty one is read back as nothing.
      children: paras.length > 0 ? paras.flatMap((p) => paragraphs(p, width - 2 * CELL_MARGIN)) : [new Paragraph({})],
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: t.rows.map(([left, right]) => new TableRow({ cantSplit: true, children: [cell(left, widths[0]), cell(right, widths[1])] })),
  });
}

/** The indicators' columns (twips): number, name, unit, target. */
export const DATA_COLUMNS = [mm(11), mm(80), mm(25), TEXT_WIDTH - mm(11) - mm(80) - mm(25)];

function dataTable(t: DataTable): Table {
  const cellLook: Look = { align: LEFT, size: 26 };
  const cell = (runs: readonly Run[], column: number, options: { bold?: boolean; italic?: boolean; indent?: boolean } = {}) =>
    new TableCell({
      width: { size: DATA_COLUMNS[column]!, type: WidthType.DXA },
      margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 20, bottom: 20 },
      verticalAlign: VerticalAlignTable.TOP,
      children: [
        new Paragraph({
          alignment: options.bold || column === 0 || column === 2 ? CENTER : LEFT,
          spacing: { before: 20, after: 20, line: 240, lineRule: LineRuleType.AUTO },
          ...(options.indent ? { indent: { left: mm(3) } } : {}),
          children: textRuns(runs, { ...cellLook, italic: options.italic === true }, options.bold === true),
        }),
      ],
    });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: t.columns.map((c, i) => cell([{ text: c }], i, { bold: true })),
  });
  const rows = t.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.cells.map((runs, i) => cell(runs, i, row.level === 1 && i === 1 ? { italic: true, indent: true } : {})),
      }),
  );
  return new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: DATA_COLUMNS, layout: TableLayoutType.FIXED, rows: [header, ...rows] });
}

/** Page numbers: centred in the top margin, from the second page on (the first page's header is empty). */
function headers(): ISectionOptions['headers'] {
  return {
    default: new Header({
      children: [new Paragraph({ alignment: CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: BODY })] })],
    }),
    first: new Header({ children: [new Paragraph({})] }),
  };
}

function section(children: Array<Paragraph | Table>, restartNumbers: boolean): ISectionOptions {
  return {
    properties: {
      titlePage: true,
      page: {
        size: { width: PAGE.width, height: PAGE.height },
        margin: PAGE.margin,
        ...(restartNumbers ? { pageNumbers: { start: 1 } } : {}),
      },
    },
    headers: headers(),
    children,
  };
}

/** The .docx's document (the `docx` library's object): sections, header tables, the appendix table. */
export function docxDocument(doc: RenderedDocument): Document {
  const sections: Array<Array<Paragraph | Table>> = [[]];
  for (const b of doc.blocks as Block[]) {
    const current = sections[sections.length - 1]!;
    if (b.kind === 'section') sections.push([]);
    else if (b.kind === 'paragraph') current.push(...paragraphs(b, TEXT_WIDTH));
    else if (b.kind === 'layout') current.push(layoutTable(b));
    else current.push(dataTable(b));
  }
  // A section cannot end in a table in Word's eyes: an empty paragraph closes it (read back as nothing).
  for (const s of sections) if (s.length === 0 || s[s.length - 1] instanceof Table) s.push(new Paragraph({ spacing: { after: 0 } }));
  return new Document({
    creator: 'kehoach',
    title: documentText(doc.title),
    description: 'kehoach render',
    styles: {
      default: {
        document: { run: { font: FONT, size: BODY, language: { value: 'vi-VN' } }, paragraph: { spacing: { after: 120, line: 240 } } },
      },
    },
    sections: sections.map((children, i) => section(children, i > 0)),
  });
}

/** The .docx file's bytes. */
export async function writeDocx(doc: RenderedDocument): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(docxDocument(doc)));
}
