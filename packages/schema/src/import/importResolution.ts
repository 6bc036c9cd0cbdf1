// `kehoach import`: a resolution's text (as copied from a legal-text website, or read from a
// .docx) → the plan file's YAML text and the problems the drafter must look at. One step per
// module: layout → header → legal bases → clauses → closing, recipients, signature → appendix →
// narrative targets → YAML. Pure: no I/O; bounded by the size of the text.

import { readAppendix, APPENDIX_HEADING, type Appendix, type ImportedIndicator, type ImportedPart } from './appendix.js';
import { clauseTexts, labelOf, readClauses, type Clause } from './clauses.js';
import { readSignOff, splitBody, type Closing } from './closing.js';
import { comment, scalar, targetFlow, textField } from './emitYaml.js';
import { readHeader, type Header } from './header.js';
import { readLegalBases, type Preamble } from './legalBases.js';
import { lookupJurisdiction } from './catalogueLookup.js';
import { normaliseLayout } from './layout.js';
import { changeOf, findNarratives, type ImportedNarrative } from './narratives.js';
import type { ImportProblem, Line } from './types.js';

export interface ImportOptions {
  /** The jurisdiction's id (`--jurisdiction`); else read from the issuer ("… THÀNH PHỐ HÀ NỘI" → ha-noi). */
  jurisdiction?: string;
  /** The plan's year (`--year`); else read from the title ("… NĂM 2025"). */
  year?: number;
}

export type ImportResult =
  | { ok: true; text: string; problems: ImportProblem[]; counts: { indicators: number; narratives: number; clauses: number } }
  | { ok: false; problems: ImportProblem[] };

const CUT_MARKS = ['[...]', '[…]'];
const SOURCE_NOTE = /^Nguồn( tra cứu)?\s*:/u;

/** "Hà Nội" → "ha-noi": the ASCII id of a name. */
export function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '');
}

/** "HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI" → { name: "Thành phố Hà Nội", place: "Hà Nội" }. */
export function jurisdictionOf(issuer: string | undefined): { name: string; place: string } | undefined {
  const m = /^(?:HỘI ĐỒNG NHÂN DÂN|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)\s+(THÀNH PHỐ|TỈNH)\s+(\S.*)$/u.exec(issuer ?? '');
  if (!m) return undefined;
  const place = m[2]!
    .toLowerCase()
    .split(/\s+/u)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
  return { name: `${m[1] === 'TỈNH' ? 'Tỉnh' : 'Thành phố'} ${place}`, place };
}

/** Reads a resolution's text into a plan file. Refuses (ok: false) a text that is not a resolution. */
export function importResolution(input: string, options: ImportOptions = {}): ImportResult {
  const problems: ImportProblem[] = [];
  const lines = normaliseLayout(input);
  // "[...]" closing the text: the copy's own mark that it was cut there (the plan says so in `truncated`).
  const lastLine = lines[lines.length - 1];
  const cutMark = lastLine === undefined ? undefined : CUT_MARKS.find((m) => lastLine.text.endsWith(m));
  if (cutMark) lines[lines.length - 1] = { ...lastLine!, text: lastLine!.text.slice(0, -cutMark.length).trimEnd() };
  const { header, next } = readHeader(lines, problems);
  const { preamble, next: bodyStart } = readLegalBases(lines, next);
  let rest = lines.slice(bodyStart);
  const appendixAt = rest.findIndex((l) => APPENDIX_HEADING.test(l.text));
  const appendixLines = appendixAt >= 0 ? rest.slice(appendixAt) : [];
  if (appendixAt >= 0) rest = rest.slice(0, appendixAt);
  const split = splitBody(rest, (s) => labelOf(s) !== undefined);
  const clauses = readClauses(split.body, problems);
  const signOff = readSignOff(split.after, split.closing);
  const unplaced: Line[] = [...signOff.rest];
  let appendix: Appendix | undefined;
  if (appendixLines.length > 0) {
    const read = readAppendix(appendixLines, problems);
    appendix = read.appendix;
    unplaced.push(...read.rest);
  }
  let sourceNote: string | undefined;
  for (const l of unplaced) {
    if (SOURCE_NOTE.test(l.text) && sourceNote === undefined) sourceNote = l.text;
    else problems.push({ code: 'import-unread-line', line: l.line, text: l.text });
  }
  if (header.number === undefined || header.date === undefined || clauses.length === 0) {
    return { ok: false, problems: [{ code: 'import-not-resolution' }, ...problems] };
  }
  const texts = clauseTexts(clauses);
  const indicators = appendix?.indicators ?? [];
  const narratives = findNarratives(texts, indicators);
  // A text that stops inside its body (no closing, no signature, no appendix, no final stop) was cut.
  const last = texts[texts.length - 1];
  const truncated =
    signOff.closing.closing.length === 0 && !signOff.closing.signature && !appendix && last !== undefined && (cutMark !== undefined || !'.;:!?…)”"'.includes(last.text.at(-1) ?? '')) ? last.id : undefined;
  if (truncated) problems.push({ code: 'import-truncated', text: last!.text.slice(-40) });
  const text = emitPlan({ header, preamble, clauses, closing: signOff.closing, appendix, narratives, sourceNote, truncated, problems, options, texts });
  return { ok: true, text, problems, counts: { indicators: indicators.length, narratives: narratives.length, clauses: texts.length } };
}

interface Parts {
  header: Header;
  preamble: Preamble;
  clauses: Clause[];
  closing: Closing;
  appendix: Appendix | undefined;
  narratives: ImportedNarrative[];
  sourceNote: string | undefined;
  truncated: string | undefined;
  problems: ImportProblem[];
  options: ImportOptions;
  texts: Array<{ id: string; text: string }>;
}

const MISSING = '…';

function emitPlan(p: Parts): string {
  const h = p.header;
  const out: string[] = [];
  const push = (...s: string[]) => out.push(...s);
  const place = jurisdictionOf(h.issuer);
  const known = place ? lookupJurisdiction(place.place) : undefined;
  const id = p.options.jurisdiction ?? known?.id ?? (place ? slug(place.place) : 'chua-ro');
  const year = p.options.year ?? Number(/NĂM\s+(\d{4})\b/u.exec(h.title ?? '')?.[1] ?? NaN);
  push(
    '# yaml-language-server: $schema=https://raw.githubusercontent.com/kehoach/kehoach/main/packages/schema/plan.schema.json',
    comment(`${h.type ?? 'Văn bản'} số ${h.number} ngày ${h.date}: nhập bằng \`kehoach import\`, nguyên văn; đọc lại các dòng “# import-…” rồi xóa chúng.`, ''),
    comment('Imported by `kehoach import`, verbatim; review the lines marked “# import-…”, then remove them. Format: docs/plan-format.md.', ''),
  );
  if (h.site.length > 0) {
    push(comment('import-site-metadata: các dòng trang nguồn in trước văn bản, không phải của nghị quyết / the source site\'s lines before the text, not the resolution\'s:', ''));
    for (const l of h.site) push(comment(`  ${l.text}`, ''));
  }
  push('schemaVersion: "1.0"');
  push(`jurisdiction: { id: ${id}, name: ${scalar(known?.name ?? place?.name ?? MISSING)} }`);
  if (Number.isInteger(year)) push(`year: ${year}`);
  else push(comment('import: không đọc được năm kế hoạch từ trích yếu; thêm `year: N` (hoặc --year N) / the plan year is not in the title; add `year: N` (or --year N)', ''));
  push('status: adopted');
  const declared = p.texts.map((t) => ({ id: t.id, m: /\b(\d+) chỉ tiêu chủ yếu\b/u.exec(t.text) })).find((x) => x.m);
  if (declared && p.appendix) push(`declaredIndicatorCount: { value: ${declared.m![1]}, clause: ${declared.id} }`);
  push('', 'document:');
  const field = (k: string, v: string | undefined) => push(`  ${k}: ${scalar(v ?? MISSING)}`);
  field('number', h.number);
  field('place', h.place);
  push(`  date: ${JSON.stringify(h.date ?? MISSING)}`);
  if (h.type === undefined) push(comment('import: không thấy loại văn bản / no document type found', '  '));
  else if (p.problems.some((x) => x.code === 'import-type-from-number')) push(comment(`import-type-from-number: văn bản không in loại; đọc từ số “${h.number}” / the text does not print its type; read from its number`, '  '));
  field('type', h.type);
  field('title', h.title);
  field('issuer', h.issuer);
  if (h.session) field('session', h.session);
  if (p.preamble.bases.length > 0) {
    push('  legalBases:');
    for (const b of p.preamble.bases) push(`    - id: ${b.id}`, textField('text', b.text, '      '));
  }
  if (p.preamble.formula) push(`  enactingFormula: ${scalar(p.preamble.formula)}`);
  const c = p.closing;
  if (c.closing.length > 0) {
    push('  closing:');
    for (const b of c.closing) push(`    - id: ${b.id}`, textField('text', b.text, '      '));
  }
  if (c.recipientsHeading) push(`  recipientsHeading: ${scalar(c.recipientsHeading)}`);
  if (c.recipients.length > 0) {
    push('  recipients:');
    for (const r of c.recipients) push(`    - ${scalar(r)}`);
  }
  if (c.signature) push(`  signature: { title: ${scalar(c.signature.title)}, name: ${scalar(c.signature.name)} }`);
  if (p.appendix) {
    push('  appendix:', `    heading: ${scalar(p.appendix.heading)}`);
    if (p.appendix.title) push(`    title: ${scalar(p.appendix.title)}`);
    if (p.appendix.subtitle) push(`    subtitle: ${scalar(p.appendix.subtitle)}`);
  }
  if (p.sourceNote) push(`  sourceNote: ${scalar(p.sourceNote)}`);
  if (p.truncated) {
    push(
      '  # import-truncated: văn bản dừng giữa chừng (không có phần kết, chữ ký, phụ lục) / the text stops short (no closing, signature or appendix)',
      '  truncated:',
      `    at: ${p.truncated}`,
      '    note: "Văn bản nhập dừng ở đây; thiếu phần còn lại. / The imported text stops here; the rest is missing."',
    );
  }
  const unread = p.problems.filter((x) => x.code === 'import-unread-line');
  if (unread.length > 0) {
    push('', comment('import-unread-line: những dòng này không xếp được vào đâu; đặt chúng vào chỗ đúng / these lines could not be placed; put them where they belong:', ''));
    for (const l of unread) push(comment(`  ${l.line}: ${l.text}`, ''));
  }

  const top = p.clauses.length > 0 && p.clauses[0]!.kind === 'article' ? 'articles' : 'items';
  push('', `${top}:`);
  for (const cl of p.clauses) emitClause(cl, '  ', push);

  const indicators = p.appendix?.indicators ?? [];
  push('', indicators.length > 0 ? 'indicators:' : 'indicators: []');
  for (const ind of indicators) emitIndicator(ind, push);

  if (p.narratives.length > 0) {
    push('', 'narrativeTargets:');
    for (const n of p.narratives) {
      push(`  - id: ${n.id}`, `    clause: ${n.clause}`, textField('text', n.text, '    '));
      if (n.indicator) push(`    indicator: ${n.indicator}`);
      push(`    target: ${targetFlow(n.target)}`);
    }
  }
  return out.join('\n') + '\n';
}

function emitClause(c: Clause, indent: string, push: (...s: string[]) => void): void {
  push(`${indent}- id: ${c.id}`, `${indent}  label: ${JSON.stringify(c.label)}`);
  if (c.heading) push(textField('heading', c.heading, `${indent}  `));
  if (c.paragraphs.length > 0) {
    push(`${indent}  paragraphs:`);
    for (const para of c.paragraphs) push(`${indent}    - id: ${para.id}`, textField('text', para.text, `${indent}      `));
  }
  if (c.items.length > 0) {
    push(`${indent}  items:`);
    for (const it of c.items) emitClause(it, `${indent}    `, push);
  }
}

function emitTarget(t: ImportedPart['target'], indent: string, push: (...s: string[]) => void, line: Line): void {
  if (!t.read) {
    push(comment(`import-unread-target: không đọc được chỉ tiêu “${t.target.wording}” (dòng ${line.line}); ghi op, value/min/max, unit / the target could not be read; add op, value/min/max, unit`, indent));
  }
  push(`${indent}target: ${targetFlow(t.target)}`);
}

function emitIndicator(ind: ImportedIndicator, push: (...s: string[]) => void): void {
  push(`  - id: ${ind.id}`, `    number: ${JSON.stringify(ind.number)}`, textField('name', ind.name, '    '));
  if (ind.separator !== undefined) push(`    separator: ${JSON.stringify(ind.separator)}`);
  const unit = ind.catalogue?.unit ?? ind.unit;
  if (unit !== undefined) push(`    unit: ${scalar(unit)}`);
  if (ind.catalogue?.direction) push(`    direction: ${ind.catalogue.direction}`);
  else push(comment('direction: higher | lower — chưa có trong danh mục chỉ tiêu; chọn chiều tốt hơn / not in the indicator catalogue; choose the better direction', '    '));
  const change = ind.catalogue?.change ?? changeOf(ind.name);
  if (change) push(`    change: ${change}`);
  if (ind.catalogue?.relativeTo) push(`    relativeTo: ${ind.catalogue.relativeTo}`);
  if (ind.nameInText === false) push('    nameInText: false');
  if (ind.end !== undefined) push(`    end: ${JSON.stringify(ind.end)}`);
  if (ind.target) emitTarget(ind.target, '    ', push, ind.line);
  if (ind.parts) {
    push('    parts:');
    for (const part of ind.parts) {
      push(`      - id: ${part.id}`);
      if (part.label) push(`        label: ${JSON.stringify(part.label)}`);
      push(textField('name', part.name, '        '));
      if (part.unit !== undefined) push(`        unit: ${scalar(part.unit)}`);
      if (part.separator !== undefined) push(`        separator: ${JSON.stringify(part.separator)}`);
      if (part.end !== undefined) push(`        end: ${JSON.stringify(part.end)}`);
      emitTarget(part.target, '        ', push, ind.line);
    }
  }
}
