// The next year's draft, made from this year's plan: `kehoach new-year plans/ha-noi/2025.yaml`
// writes plans/ha-noi/2026.yaml. Pure: text in, text out.
//
// The draft is made by splicing small edits into the baseline's own text at the source ranges
// the yaml Document API gives, never by re-serialising the document. So every comment, the key
// order, the flow maps and the folded paragraphs (one sentence per line) stay exactly as they
// were, and `git diff 2025.yaml 2026.yaml` shows only what the scaffold changed:
//
// - `year` + 1, `status: draft`, `baseline: ./2025.yaml`; `baselines` (a merged province's
//   predecessors) and `amendments` (last year's adjustments) are removed: next year stands on
//   this plan alone; a `declaredIndicatorCount` known only from a source (no clause of the text
//   states it) is removed too: it counted last year's document, and nothing carried restates it;
// - every indicator (and part): `target: { placeholder: true }` on the line before its old target,
//   which becomes `previousTarget` (text unchanged: an unknown target or its source included);
//   indicators dropped in the baseline are left out (they were dropped last year, with a reason,
//   and are not carried again), and so are unconfirmed ones (not known to be in that plan);
// - every article, item and paragraph, and the preamble and closing paragraphs: `carriedOver: true`
//   after the id; their text stays verbatim, last year's year numbers included;
// - the new document's metadata that cannot be known before adoption is "…" (the blank of a
//   Vietnamese draft resolution, "Số: …/NQ-HĐND"): the number, the session's sitting, the
//   signatory, and the number and date quoted in the appendix subtitle; `date` (required as a full
//   ISO date) is provisional: last year's date one year on, with a comment saying so; titles that
//   name the plan year name the new one; `sourceNote` (where an adopted text was retrieved) and
//   `truncated` (what that text lacked) are removed;
// - narrative targets and relations are carried verbatim: they describe the carried clauses, whose
//   text still states last year's numbers; when a drafter rewrites a clause, the rules that tie a
//   narrative target to its clause and its indicator point at what to update.

import { isMap, isScalar, isSeq, parseDocument, type Pair, type Scalar, type YAMLMap } from 'yaml';
import { duplicateKeyOffsets, firstCollectionKey } from '../parse/duplicateKeys.js';
import { excessiveNesting } from '../parse/guard.js';
import { pointerSegments } from '../model/pointer.js';
import { viewPlan } from '../model/planView.js';

export interface NewYearOptions {
  /** The baseline as the draft refers to it, relative to the draft: "./2025.yaml". */
  baseline: string;
}

export interface NewYearDraft {
  /** The draft's YAML text. */
  text: string;
  fromYear: number;
  year: number;
  /** Ids of the indicators carried over, in order. */
  indicators: string[];
  /** Parts carried over (`indicator/part`). */
  parts: string[];
  /** Ids of the clauses marked carried over (articles, items, paragraphs, preamble, closing). */
  clauses: string[];
  /** Indicators not carried because the baseline had already dropped them. */
  skippedDropped: string[];
  /** Indicators not carried because the baseline did not know whether it kept them (unconfirmed). */
  skippedUnconfirmed: string[];
}

export class ScaffoldError extends Error {
  constructor(
    readonly code: 'yaml' | 'not-a-plan' | 'no-year',
    detail: string,
  ) {
    super(detail);
  }
}

/** The blank of a draft Vietnamese resolution. */
export const BLANK = '…';

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Baseline text → the next year's draft text. Throws ScaffoldError when the text is not a usable plan. */
export function scaffoldNewYear(text: string, options: NewYearOptions): NewYearDraft {
  // Read as the engine reads (parse/): nesting refused before the yaml package sees it, duplicate
  // keys found in linear time (yaml's own check is quadratic), no key that is a mapping or a list
  // (turning those into strings is exponential in their nesting).
  if (excessiveNesting(text) >= 0) throw new ScaffoldError('yaml', 'the YAML nests far too deep');
  const doc = parseDocument(text, { version: '1.2', schema: 'core', merge: false, uniqueKeys: false, keepSourceTokens: false });
  if (doc.errors.length > 0) throw new ScaffoldError('yaml', doc.errors[0]!.message.split('\n')[0]!);
  if (duplicateKeyOffsets(doc).length > 0) throw new ScaffoldError('yaml', 'Map keys must be unique');
  if (firstCollectionKey(doc)) throw new ScaffoldError('yaml', 'a key is a mapping or a list');
  const root = doc.contents;
  if (!isMap(root)) throw new ScaffoldError('not-a-plan', 'the top level is not a map');
  const yearNode = pairOf(root, 'year');
  const fromYear = isScalar(yearNode?.value) ? yearNode.value.value : undefined;
  if (typeof fromYear !== 'number' || !Number.isInteger(fromYear)) throw new ScaffoldError('no-year', 'no integer `year`');
  const year = fromYear + 1;

  const ed = new Editor(text);
  const result: NewYearDraft = { text: '', fromYear, year, indicators: [], parts: [], clauses: [], skippedDropped: [], skippedUnconfirmed: [] };

  // Top level: year, status, baseline.
  ed.replaceValue(yearNode!, String(year));
  const status = pairOf(root, 'status');
  const baseline = pairOf(root, 'baseline');
  if (status) ed.replaceValue(status, 'draft');
  else ed.insertPairAfter(yearNode!, 'status: draft');
  if (baseline) ed.replaceValue(baseline, plain(options.baseline, false));
  else ed.insertPairAfter(status ?? yearNode!, `baseline: ${plain(options.baseline, false)}`);
  for (const key of ['baselines', 'amendments']) {
    const pair = pairOf(root, key);
    if (pair) ed.removePair(pair);
  }
  const count = pairOf(root, 'declaredIndicatorCount');
  if (count && !(isMap(count.value) && pairOf(count.value, 'clause'))) ed.removePair(count);

  // The source document's metadata.
  const document = mapAt(root, 'document');
  if (document) scaffoldDocument(ed, document, fromYear, year, result);

  // The model says what is where; the YAML nodes at its pointers are what the editor edits.
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    throw new ScaffoldError('yaml', e instanceof Error ? e.message : String(e));
  }
  const view = viewPlan(value);
  const nodeAt = (pointer: string) => {
    const node = doc.getIn(pointerSegments(pointer).map((s) => (/^\d+$/.test(s) ? Number(s) : s)), true);
    return isMap(node) ? node : undefined;
  };

  // The clause tree, the preamble and closing paragraphs included.
  for (const clause of view.clauses) {
    const node = nodeAt(clause.pointer);
    if (node) ed.markCarried(node, result);
  }

  // Indicators: targets become placeholders, last year's kept as previousTarget.
  const indicators = seqOf(root, 'indicators');
  for (const ind of view.indicators) {
    const node = nodeAt(ind.pointer);
    if (!node) continue;
    if (ind.dropped || ind.unconfirmed) {
      (ind.dropped ? result.skippedDropped : result.skippedUnconfirmed).push(ind.id);
      ed.removeSeqItem(indicators!, node, ind.index);
      continue;
    }
    result.indicators.push(ind.id);
    placeholderTarget(ed, node);
    for (const part of ind.parts) {
      const partNode = nodeAt(part.pointer);
      if (!partNode) continue;
      result.parts.push(part.ref);
      placeholderTarget(ed, partNode);
    }
  }

  ed.replaceHeader(headerLines(text, fromYear, year, options.baseline));
  result.text = ed.apply();
  const check = parseDocument(result.text, { version: '1.2', schema: 'core', uniqueKeys: false });
  if (check.errors.length > 0 || duplicateKeyOffsets(check).length > 0) throw new Error(`new-year produced invalid YAML: ${check.errors[0]?.message ?? 'a duplicate key'}`);
  return result;
}

function scaffoldDocument(ed: Editor, document: YAMLMap, fromYear: number, year: number, result: NewYearDraft) {
  const number = pairOf(document, 'number');
  const oldNumber = scalarString(document, 'number');
  const newNumber = oldNumber === undefined ? undefined : blankNumber(oldNumber);
  if (number && newNumber !== undefined) ed.setString(number, newNumber, document);

  const date = pairOf(document, 'date');
  const oldDate = scalarString(document, 'date');
  const m = oldDate ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(oldDate) : null;
  if (date && m) {
    // Required as a full date: the same day one year on, marked as provisional.
    let next = `${Number(m[1]) + 1}-${m[2]}-${m[3]}`;
    if (m[2] === '02' && m[3] === '29') next = `${Number(m[1]) + 1}-02-28`;
    ed.replaceValue(date, `${quoted(next)} # dự kiến, điền ngày thông qua / provisional: set the adoption date`);
  }

  for (const key of ['title'] as const) {
    const p = pairOf(document, key);
    const v = scalarString(document, key);
    if (p && v !== undefined && hasYear(v, fromYear)) ed.setString(p, withYear(v, fromYear, year), document);
  }
  const session = pairOf(document, 'session');
  const sessionText = scalarString(document, 'session');
  if (session && sessionText !== undefined && /\d+(?!.*\d)/.test(sessionText)) {
    ed.setString(session, sessionText.replace(/\d+(?!.*\d)/, BLANK), document);
  }

  const signature = mapAt(document, 'signature');
  const signer = signature ? pairOf(signature, 'name') : undefined;
  if (signer) ed.setString(signer, BLANK, signature!);

  const appendix = mapAt(document, 'appendix');
  if (appendix) {
    const title = pairOf(appendix, 'title');
    const t = scalarString(appendix, 'title');
    if (title && t !== undefined && hasYear(t, fromYear)) ed.setString(title, withYear(t, fromYear, year), appendix);
    const subtitle = pairOf(appendix, 'subtitle');
    const s = scalarString(appendix, 'subtitle');
    if (subtitle && s !== undefined) {
      let next = s;
      if (oldNumber && newNumber !== undefined) next = next.split(oldNumber).join(newNumber);
      if (m) {
        const [, y, mo, d] = m;
        for (const printed of new Set([`${d}/${mo}/${y}`, `${Number(d)}/${Number(mo)}/${y}`])) {
          next = next.split(printed).join(`${BLANK}/${BLANK}/${Number(y) + 1}`);
        }
      }
      if (next !== s) ed.setString(subtitle, next, appendix);
    }
  }
  for (const key of ['sourceNote', 'truncated']) {
    const pair = pairOf(document, key);
    if (pair) ed.removePair(pair);
  }
}

/** "58/NQ-HĐND" → "…/NQ-HĐND"; a number without the usual shape becomes "…". */
export function blankNumber(number: string): string {
  return /^\d+/.test(number) ? number.replace(/^\d+/, BLANK) : BLANK;
}

function hasYear(s: string, year: number): boolean {
  return new RegExp(`(?<!\\d)${year}(?!\\d)`).test(s);
}

function withYear(s: string, from: number, to: number): string {
  return s.replace(new RegExp(`(?<!\\d)${from}(?!\\d)`, 'g'), String(to));
}

function placeholderTarget(ed: Editor, node: YAMLMap) {
  const target = pairOf(node, 'target');
  if (!target) return;
  if (isMap(target.value) && target.value.items.some((p) => isScalar(p.key) && p.key.value === 'placeholder' && isScalar(p.value) && p.value.value === true)) {
    return; // already a placeholder (a draft scaffolded again): nothing new to keep
  }
  const previous = pairOf(node, 'previousTarget');
  if (previous) ed.removePair(previous);
  ed.insertPairBefore(node, target, 'target: { placeholder: true }');
  ed.renameKey(target, 'previousTarget');
}

function headerLines(text: string, fromYear: number, year: number, baseline: string): { end: number; lines: string[] } {
  // The comment lines at the very top of the file.
  let end = 0;
  const old: string[] = [];
  while (end < text.length) {
    const nl = text.indexOf('\n', end);
    const line = text.slice(end, nl < 0 ? text.length : nl);
    if (!/^\s*#/.test(line)) break;
    old.push(line);
    end = nl < 0 ? text.length : nl + 1;
  }
  const modeline = old.length > 0 && /yaml-language-server:/.test(old[0]!) ? [old.shift()!] : [];
  const lines = [
    ...modeline,
    `# DỰ THẢO kế hoạch năm ${year}, tạo bằng \`kehoach new-year\` từ ${baseline}. / DRAFT plan for ${year}, scaffolded by \`kehoach new-year\` from ${baseline}.`,
    `# - target: { placeholder: true }: chỉ tiêu chưa đặt / target not set yet; previousTarget: chỉ tiêu năm ${fromYear} / the ${fromYear} target.`,
    `# - carriedOver: true: chép nguyên văn từ năm ${fromYear}, chưa soạn lại / copied verbatim from ${fromYear}, not yet redrafted.`,
    `# - "${BLANK}" trong document: chưa biết, điền khi thông qua / unknown until adopted; document.date is provisional.`,
  ];
  if (old.length > 0) lines.push(`# Chú thích đầu tệp năm ${fromYear} / header of the ${fromYear} file:`, ...old);
  return { end, lines };
}

// ---- the text editor ---------------------------------------------------------------------

class Editor {
  private edits: Edit[] = [];
  private header: { end: number; lines: string[] } | undefined;

  constructor(private readonly text: string) {}

  replaceValue(pair: Pair, text: string) {
    const v = pair.value as Scalar | YAMLMap | undefined;
    if (v && (v as { range?: [number, number, number] }).range) {
      const [start, end] = (v as { range: [number, number, number] }).range;
      // A block scalar's range ends after its last line break: keep that break.
      this.edits.push({ start, end: this.text.slice(start, end).endsWith('\n') ? end - 1 : end, text });
      return;
    }
    // `key:` with an empty value: write after the colon.
    const keyEnd = keyRange(pair)[1];
    const colon = this.text.indexOf(':', keyEnd);
    this.edits.push({ start: colon + 1, end: colon + 1, text: ' ' + text });
  }

  /** A string value, written in the style the old one had (plain stays plain when it can). */
  setString(pair: Pair, value: string, parent: YAMLMap) {
    const old = pair.value as Scalar | undefined;
    const type = isScalar(old) ? old.type : undefined;
    const text =
      type === 'PLAIN' ? plain(value, Boolean(parent.flow)) : type === 'QUOTE_SINGLE' ? `'${value.replace(/'/g, "''")}'` : quoted(value);
    this.replaceValue(pair, text);
  }

  renameKey(pair: Pair, name: string) {
    const [start, end] = keyRange(pair);
    this.edits.push({ start, end, text: name });
  }

  /** A new `key: value` right before an existing pair of the same map. */
  insertPairBefore(map: YAMLMap, pair: Pair, pairText: string) {
    const [start] = keyRange(pair);
    if (map.flow) {
      this.edits.push({ start, end: start, text: `${pairText}, ` });
      return;
    }
    // Above the comment lines that sit on the key (a "kehoach-disable-next-line" stays on the
    // line it was written for), at the key's indentation.
    const column = this.column(start);
    let at = start;
    let lineStart = this.text.lastIndexOf('\n', start - 1) + 1;
    if (lineStart + column === start && /^\s*$/.test(this.text.slice(lineStart, start))) {
      while (lineStart > 0) {
        const prevStart = this.text.lastIndexOf('\n', lineStart - 2) + 1;
        const prev = this.text.slice(prevStart, lineStart - 1);
        if (!/^\s*#/.test(prev) || prev.indexOf('#') !== column) break;
        lineStart = prevStart;
        at = prevStart + column;
      }
    }
    this.edits.push({ start: at, end: at, text: `${pairText}\n${' '.repeat(column)}` });
  }

  /** A new `key: value` right after an existing pair (on its own line in a block map). */
  insertPairAfter(pair: Pair, pairText: string, flow = false) {
    const [keyStart] = keyRange(pair);
    const valueEnd = nodeEnd(pair);
    if (flow) {
      this.edits.push({ start: valueEnd, end: valueEnd, text: `, ${pairText}` });
      return;
    }
    // After the end of the line the value ends on (a trailing comment stays with its pair).
    const nl = this.text.indexOf('\n', Math.max(valueEnd - 1, keyStart));
    const at = nl < 0 ? this.text.length : nl;
    this.edits.push({ start: at, end: at, text: `\n${' '.repeat(this.column(keyStart))}${pairText}` });
  }

  /** `carriedOver: true` after the node's id. */
  markCarried(map: YAMLMap, result: NewYearDraft) {
    const id = pairOf(map, 'id');
    if (!id) return;
    if (pairOf(map, 'carriedOver')) {
      const v = pairOf(map, 'carriedOver')!;
      this.replaceValue(v, 'true');
    } else this.insertPairAfter(id, 'carriedOver: true', Boolean(map.flow));
    const value = scalarString(map, 'id');
    if (value) result.clauses.push(value);
  }

  /** Removes a pair of a block map, with its whole lines. */
  removePair(pair: Pair) {
    const [keyStart] = keyRange(pair);
    const start = this.text.lastIndexOf('\n', keyStart - 1) + 1;
    const end = lineEndAfter(this.text, Math.max(nodeEnd(pair) - 1, keyStart));
    this.edits.push({ start, end, text: '' });
  }

  /** Removes one item of a block sequence, with its whole lines. */
  removeSeqItem(seq: NonNullable<ReturnType<typeof seqOf>>, node: YAMLMap, index: number) {
    const range = (node as { range?: [number, number, number] }).range!;
    const start = this.text.lastIndexOf('\n', range[0] - 1) + 1;
    const next = seq.items[index + 1] as { range?: [number, number, number] } | undefined;
    let end = next?.range ? this.text.lastIndexOf('\n', next.range[0] - 1) + 1 : lineEndAfter(this.text, range[1] - 1);
    // The comment and blank lines above the next item stay: they introduce it, not this one.
    while (end > start) {
      const prev = this.text.lastIndexOf('\n', end - 2) + 1;
      if (prev < start || !/^\s*(#.*)?\r?\n?$/.test(this.text.slice(prev, end))) break;
      end = prev;
    }
    this.edits.push({ start, end, text: '' });
  }

  replaceHeader(header: { end: number; lines: string[] }) {
    this.header = header;
  }

  apply(): string {
    // In source order, the text between edits copied once: linear (splicing each edit into the
    // whole text was quadratic: a 1 MB plan took minutes).
    // Insertions at one offset come out last-made first, as they did when spliced from the end.
    const edits = this.edits.map((e, k) => ({ ...e, k })).sort((a, b) => a.start - b.start || a.end - b.end || b.k - a.k);
    const pieces: string[] = [];
    let at = 0;
    for (const e of edits) {
      if (e.start < at) throw new Error(`new-year: overlapping edits at ${e.start}`);
      pieces.push(this.text.slice(at, e.start), e.text);
      at = e.end;
    }
    pieces.push(this.text.slice(at));
    let out = pieces.join('');
    if (this.header) {
      // Edits never touch the header (it is comments only), so its end offset is still valid.
      out = this.header.lines.join('\n') + '\n' + out.slice(this.header.end);
    }
    return out;
  }

  private column(offset: number): number {
    return offset - (this.text.lastIndexOf('\n', offset - 1) + 1);
  }
}

function lineEndAfter(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

function keyRange(pair: Pair): [number, number] {
  const k = pair.key as { range?: [number, number, number] };
  if (!k.range) throw new Error('new-year: a key without a source range');
  return [k.range[0], k.range[1]];
}

function nodeEnd(pair: Pair): number {
  const v = pair.value as { range?: [number, number, number] } | null;
  return v?.range ? v.range[1] : keyRange(pair)[1];
}

// ---- reading the document --------------------------------------------------------------

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => isScalar(p.key) && p.key.value === key) as Pair | undefined;
}

function mapAt(map: YAMLMap, key: string): YAMLMap | undefined {
  const v = pairOf(map, key)?.value;
  return isMap(v) ? v : undefined;
}

function seqOf(map: YAMLMap, key: string) {
  const v = pairOf(map, key)?.value;
  return isSeq(v) ? v : undefined;
}


function scalarString(map: YAMLMap, key: string): string | undefined {
  const v = pairOf(map, key)?.value;
  return isScalar(v) && typeof v.value === 'string' ? v.value : undefined;
}

/** A plain scalar when that reads back as the same string (in a flow map, if flow), else double-quoted. */
function plain(s: string, flow: boolean): string {
  const probe = parseDocument(flow ? `{ k: ${s} }` : `k: ${s}`, { version: '1.2', schema: 'core' });
  const back = isMap(probe.contents) ? (probe.contents.items[0]?.value as Scalar | undefined)?.value : undefined;
  return probe.errors.length === 0 && back === s && !/[#\n]/.test(s) ? s : quoted(s);
}

/** A double-quoted YAML string (JSON's escapes are YAML's). */
function quoted(s: string): string {
  return JSON.stringify(s);
}
