// The resolution as a document: one structure of blocks (the header table, the title, the
// clauses at any depth, the signature block, the appendix's table of indicators), built once from
// the plan view, from which three writers print it (writeText.ts, writeHtml.ts, writeDocx.ts).
// The writers only lay out: every word, and every mark of what is not the adopted wording, is
// decided here, so the text, the web page and the .docx can never disagree.
//
// What is not the adopted text's own words is printed in square brackets and carries a mark, so
// that it cannot pass for the adopted wording: a target not set yet ("[chưa đặt]"), a blank of a
// draft's metadata ("Số: [chưa đặt]/NQ-HĐND"), a target not known ("[chưa biết]"), a target known
// only from a source ("[nguồn: báo chí, S2]"), where a truncated source text breaks off ("[…]").
// The layout's own words (the national motto, "TM. HỘI ĐỒNG NHÂN DÂN", the table's column
// headings) are Nghị định 30/2020/NĐ-CP's: Vietnamese, as the document is.

import { BLANK_PATTERN_ALL } from '../model/blanks.js';
import { targetStatus, viewPlan, walkClauses, type ClauseNode, type IndicatorNode } from '../model/planView.js';
import type { Amendment, Plan, Target } from '../model/types.js';
import { SOURCE_KIND } from '../vocabulary/index.js';

/** What a marked run stands for (none: the adopted text's own words, or the layout's). */
export type Mark = 'placeholder' | 'blank' | 'unknown' | 'source' | 'truncated';

export const MARKS: readonly Mark[] = ['placeholder', 'blank', 'unknown', 'source', 'truncated'];

/** A piece of text; a marked one is shown as such (highlighted in HTML and .docx). */
export interface Run {
  text: string;
  mark?: Mark;
}

/** How a paragraph is laid out (the writers map each to Nghị định 30's fonts and spacing). */
export type ParaStyle =
  | 'draft-label'
  | 'issuer'
  | 'motto'
  | 'motto-sub'
  | 'number'
  | 'place-date'
  | 'type'
  | 'title'
  | 'authority'
  | 'preamble'
  | 'formula'
  | 'article'
  | 'item'
  | 'text'
  | 'closing'
  | 'recipients-heading'
  | 'recipient'
  | 'signer-authority'
  | 'signer-title'
  | 'signer-name'
  | 'appendix-heading'
  | 'appendix-title'
  | 'appendix-subtitle'
  | 'amendment'
  | 'source-note';

export interface Para {
  kind: 'paragraph';
  style: ParaStyle;
  runs: Run[];
  /** An item's or paragraph's depth in the clause tree (0: under the resolution). */
  depth?: number;
  /** An item that heads others ("2. Mục tiêu tổng quát" and its paragraphs): printed in bold. */
  emphasis?: boolean;
  /** A rule under the line: `short` (1/3 to 1/2 of the line: issuer, title), `full` (the line's length: the motto). */
  rule?: 'short' | 'full';
}

/** A borderless two-column table that places text side by side: the header, the signature block. */
export interface LayoutTable {
  kind: 'layout';
  role: 'header' | 'signature';
  /** Each row: the left cell's paragraphs, the right cell's. */
  rows: Array<[Para[], Para[]]>;
}

export interface DataRow {
  /** One entry per column. */
  cells: Run[][];
  /** 0: an indicator; 1: one of its parts. */
  level: 0 | 1;
}

/** The appendix's table of indicators: number, name, unit, target; each part on its own row. */
export interface DataTable {
  kind: 'table';
  columns: string[];
  rows: DataRow[];
}

/** A new section: the appendix starts on a new page and numbers its pages on its own. */
export interface SectionBreak {
  kind: 'section';
}

export type Block = Para | LayoutTable | DataTable | SectionBreak;

export interface RenderedDocument {
  /** "NGHỊ QUYẾT 58/NQ-HĐND": the file's title (HTML <title>, .docx properties). */
  title: string;
  status: 'adopted' | 'draft';
  blocks: Block[];
  /** How many runs carry each mark. */
  marks: Record<Mark, number>;
}

// The marks' words, as the document prints them.
export const NOT_SET = '[chưa đặt]';
export const NOT_KNOWN = '[chưa biết]';
export const CUT = '[…]';
export const DRAFT_LABEL = 'DỰ THẢO';
/** The national motto (Quốc hiệu và Tiêu ngữ). */
export const MOTTO = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'] as const;
export const COLUMNS = { number: 'TT', name: 'Chỉ tiêu', unit: 'Đơn vị tính', target: 'Kế hoạch' } as const;

/** "2024-12-10" → "ngày 10 tháng 12 năm 2024" (day and month without leading zeros, as printed); anything else as it is. */
export function formatVietnameseDate(iso: string): string {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(iso);
  if (!m) return iso;
  const [, year, month, day] = m;
  return `ngày ${Number(day)} tháng ${Number(month)} năm ${year}`;
}

/** The text of runs, marks shown as their words. */
export function runsText(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join('');
}

/** A target's runs: its wording, "[chưa đặt]" or "[chưa biết]", then where it comes from when that is not the adopted text. */
export function targetRuns(target: Target | undefined): Run[] {
  if (!target) return [];
  const status = targetStatus(target);
  const runs: Run[] =
    status === 'placeholder' ? [{ text: NOT_SET, mark: 'placeholder' }] : status === 'unknown' ? [{ text: NOT_KNOWN, mark: 'unknown' }] : [{ text: target.wording ?? '' }];
  const source = target.source;
  const kind = source && typeof source === 'object' ? SOURCE_KIND[source.kind] : undefined;
  if (kind) runs.push({ text: ' ' }, { text: `[nguồn: ${kind.name.vi}${typeof source!.ref === 'string' ? `, ${source!.ref}` : ''}]`, mark: 'source' });
  return runs;
}

/** Metadata a draft may leave blank ("…/NQ-HĐND"): each blank as a marked "[chưa đặt]". */
export function metadataRuns(text: string): Run[] {
  const runs: Run[] = [];
  let last = 0;
  for (const m of text.matchAll(BLANK_PATTERN_ALL)) {
    if (m.index! > last) runs.push({ text: text.slice(last, m.index) });
    runs.push({ text: NOT_SET, mark: 'blank' });
    last = m.index! + m[0].length;
  }
  if (last < text.length || runs.length === 0) runs.push({ text: text.slice(last) });
  return runs;
}

/**
 * The issuer as the header prints it, on two lines when it is a People's Council or Committee
 * ("HỘI ĐỒNG NHÂN DÂN" / "THÀNH PHỐ HÀ NỘI"), and the body that signs for it ("TM. HỘI ĐỒNG NHÂN DÂN").
 */
export function issuerLines(issuer: string): { lines: string[]; authority?: string } {
  const m = /^(HỘI ĐỒNG NHÂN DÂN|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)\s+(\S.*)$/u.exec(issuer.trim());
  if (!m) return { lines: [issuer] };
  return { lines: [m[1]!, m[2]!], authority: `TM. ${m[1]}` };
}

const para = (style: ParaStyle, runs: Run[], extra: Partial<Para> = {}): Para => ({ kind: 'paragraph', style, runs, ...extra });
const plain = (style: ParaStyle, text: string, extra: Partial<Para> = {}): Para => para(style, [{ text }], extra);

/** A clause's printed line: a paragraph's text, or an article's or item's label and heading. */
function clauseRuns(c: ClauseNode): Run[] {
  if (c.label === undefined) return [{ text: c.text }];
  return [{ text: c.heading ? `${c.label} ${c.heading}` : c.label }];
}

function clauseStyle(c: ClauseNode): ParaStyle {
  if (c.kind === 'preamble') return 'preamble';
  if (c.kind === 'closing') return 'closing';
  if (c.kind === 'article') return 'article';
  if (c.kind === 'item') return 'item';
  return 'text';
}

/** One indicator's rows: its own (number, name, unit, own target), then one per part. */
function indicatorRows(ind: IndicatorNode): DataRow[] {
  const source = ind.source;
  const rows: DataRow[] = [
    {
      level: 0,
      cells: [[{ text: source.number ?? '' }], [{ text: source.name }], [{ text: source.unit ?? '' }], source.target ? targetRuns(source.target) : []],
    },
  ];
  for (const part of source.parts ?? []) {
    rows.push({
      level: 1,
      cells: [[{ text: '' }], [{ text: part.label ? `${part.label} ${part.name}` : part.name }], [{ text: part.unit ?? source.unit ?? '' }], targetRuns(part.target)],
    });
  }
  return rows;
}

/** "[Điều chỉnh: Nghị quyết số 01/NQ-HĐND ngày 13 tháng 7 năm 2018]", then "- name: to (trước: from)". */
function amendmentParas(a: Amendment, nameOf: (ref: string) => string): Para[] {
  const doc = a.document;
  const date = /^\d{4}-\d{1,2}-\d{1,2}$/.test(doc.date) ? ` ${formatVietnameseDate(doc.date)}` : '';
  const out = [para('amendment', [{ text: '[Điều chỉnh: Nghị quyết số ' }, ...metadataRuns(doc.number), { text: `${date}${doc.title ? ` ${doc.title}` : ''}]` }])];
  for (const c of a.changes ?? []) {
    const before: Run[] = c.from ? [{ text: ' (trước: ' }, ...targetRuns(c.from), { text: ')' }] : [];
    out.push(para('amendment', [{ text: `- ${nameOf(c.indicator)}: ` }, ...targetRuns(c.to), ...before]));
  }
  return out;
}

/** The document of a plan (a valid one: the schema check has passed). */
export function buildDocument(plan: Plan): RenderedDocument {
  const doc = plan.document;
  const view = viewPlan(plan);
  const blocks: Block[] = [];
  const status = plan.status === 'draft' ? 'draft' : 'adopted';
  if (status === 'draft') blocks.push(plain('draft-label', DRAFT_LABEL));

  // The header: issuer and number on the left, the motto and the place and date on the right.
  const issuer = issuerLines(doc.issuer);
  const issuerParas = issuer.lines.map((l, i) => para('issuer', metadataRuns(l), i === issuer.lines.length - 1 ? { rule: 'short' } : {}));
  blocks.push({
    kind: 'layout',
    role: 'header',
    rows: [
      [issuerParas, [plain('motto', MOTTO[0]), plain('motto-sub', MOTTO[1], { rule: 'full' })]],
      [[para('number', [{ text: 'Số: ' }, ...metadataRuns(doc.number)])], [para('place-date', [...metadataRuns(doc.place), { text: `, ${formatVietnameseDate(doc.date)}` }])]],
    ],
  });
  blocks.push(para('type', metadataRuns(doc.type)), para('title', metadataRuns(doc.title), { rule: 'short' }), para('authority', metadataRuns(doc.issuer)));
  if (doc.session) blocks.push(para('authority', metadataRuns(doc.session)));

  // Where a truncated source text breaks off: after that clause, else after the body.
  const cut = doc.truncated ? (doc.truncated.at ?? '') : undefined;
  let cutShown = false;
  const body = (kinds: ReadonlyArray<ClauseNode['kind']>) =>
    walkClauses(
      view.roots.filter((c) => kinds.includes(c.kind)),
      (c) => {
        const heads = c.kind === 'item' && c.children.length > 0 && c.depth <= 1;
        blocks.push(para(clauseStyle(c), clauseRuns(c), { depth: c.depth, ...(heads ? { emphasis: true } : {}) }));
        if (cut !== undefined && c.id === cut) {
          blocks.push(para('text', [{ text: CUT, mark: 'truncated' }], { depth: c.depth }));
          cutShown = true;
        }
      },
    );
  body(['preamble']);
  if (doc.enactingFormula) blocks.push(plain('formula', doc.enactingFormula));
  body(['article', 'item']);
  if (cut !== undefined && !cutShown) blocks.push(para('text', [{ text: CUT, mark: 'truncated' }], { depth: 0 }));
  body(['closing']);

  // Recipients on the left, the signature on the right.
  const left: Para[] = [];
  if (doc.recipientsHeading) left.push(plain('recipients-heading', doc.recipientsHeading));
  for (const r of doc.recipients ?? []) left.push(plain('recipient', `- ${r}`));
  const right: Para[] = [];
  if (doc.signature) {
    if (issuer.authority) right.push(plain('signer-authority', issuer.authority));
    right.push(para('signer-title', metadataRuns(doc.signature.title)), para('signer-name', metadataRuns(doc.signature.name)));
  }
  if (left.length > 0 || right.length > 0) blocks.push({ kind: 'layout', role: 'signature', rows: [[left, right]] });

  if (doc.appendix) {
    blocks.push({ kind: 'section' }, para('appendix-heading', metadataRuns(doc.appendix.heading)));
    if (doc.appendix.title) blocks.push(para('appendix-title', metadataRuns(doc.appendix.title)));
    if (doc.appendix.subtitle) blocks.push(para('appendix-subtitle', metadataRuns(doc.appendix.subtitle)));
  }
  // A dropped (or unconfirmed) indicator keeps its block in the plan but is not printed in the resolution.
  const printed = view.indicators.filter((i) => !i.dropped && !i.unconfirmed);
  if (printed.length > 0) {
    const period = plan.period ? `${plan.period.from}-${plan.period.to}` : `năm ${plan.year ?? ''}`.trim();
    blocks.push({ kind: 'table', columns: [COLUMNS.number, COLUMNS.name, COLUMNS.unit, `${COLUMNS.target} ${period}`], rows: printed.flatMap(indicatorRows) });
  }
  const nameOf = (ref: string) => {
    const r = view.resolve(ref);
    return r ? (r.part ? `${r.indicator.name} — ${r.part.name}` : r.indicator.name) : ref;
  };
  for (const a of view.amendments) blocks.push(...amendmentParas(a.source, nameOf));
  if (doc.sourceNote) blocks.push(plain('source-note', doc.sourceNote));

  return { title: `${doc.type} ${doc.number}`, status, blocks, marks: countMarks(blocks) };
}

/** Every run of a block, in document order. */
export function blockRuns(block: Block): Run[] {
  switch (block.kind) {
    case 'paragraph':
      return block.runs;
    case 'layout':
      return block.rows.flatMap(([l, r]) => [...l, ...r].flatMap((p) => p.runs));
    case 'table':
      return block.rows.flatMap((row) => row.cells.flat());
    default:
      return [];
  }
}

function countMarks(blocks: readonly Block[]): Record<Mark, number> {
  const marks = Object.fromEntries(MARKS.map((m) => [m, 0])) as Record<Mark, number>;
  for (const b of blocks) for (const r of blockRuns(b)) if (r.mark) marks[r.mark]++;
  return marks;
}
