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
//   last year's `results:` go (they are last year's; their comments stay where they were);
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
//
// Every YAML form a plan may take is edited in its own form: block or flow maps and lists (a
// whole document in flow style too), comments anywhere, multi-line scalars, `---` and `...`;
// the draft keeps the file's line ending (LF, CRLF or CR) and its byte-order mark. Where the
// scaffold cannot edit a form safely it refuses (ScaffoldError 'refused', a writer.* message) and
// makes no draft: a file that mixes line endings, an edit inside a node an alias reuses. And it
// checks its own draft before returning it: valid YAML, exactly the baseline's value with the
// changes above, every comment still there (those inside a dropped or unconfirmed indicator it
// leaves out are kept on lines of their own where it was);
// anything else is refused too, never written.

import { isAlias, isMap, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import { duplicateKeyOffsets, firstCollectionKey } from '../parse/duplicateKeys.js';
import { excessiveNesting } from '../parse/guard.js';
import { sharedRanges } from '../parse/parseYaml.js';
import { pointerSegments } from '../model/pointer.js';
import { viewPlan } from '../model/planView.js';
import { firstDifference, parseWithComments, type Comment } from '../edit/preserved.js';
import { fastParse } from '../parse/fastYaml.js';
import type { WriterRefusal, WriterRefusalKey } from '../edit/refusal.js';
import { fromLf, textForm, toLf } from '../edit/textForm.js';
import { blockHeaderComment, editsInside } from '../edit/valueEdit.js';
import type { MessageParams } from '../messages/types.js';

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
    readonly code: 'yaml' | 'not-a-plan' | 'no-year' | 'refused',
    detail: string,
    /** For 'refused': why, as a catalog message (Vietnamese and English). */
    readonly refusal?: WriterRefusal,
  ) {
    super(detail);
  }
}

/** The blank of a draft Vietnamese resolution. */
export const BLANK = '…';

type Path = Array<string | number>;

/** A pair of a map, with where the map is in the value (for the expected value). */
interface Entry {
  map: YAMLMap;
  path: Path;
  pair: Pair;
  index: number;
  key: string;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** What an edit means for the value: the draft must read back as the baseline with these applied. */
type ValueOp =
  | { kind: 'set'; path: Path; value: unknown }
  | { kind: 'rename'; path: Path; from: string; to: string }
  | { kind: 'delete'; path: Path }
  | { kind: 'remove-item'; path: Path; index: number };

const refusal = (key: WriterRefusalKey, params: MessageParams = {}) => new ScaffoldError('refused', key, { key, params });

/** Baseline text → the next year's draft text. Throws ScaffoldError when the text is not a usable plan, or a form it cannot edit safely. */
export function scaffoldNewYear(input: string, options: NewYearOptions): NewYearDraft {
  // The draft keeps the file's form; the work is done on its LF text (the same YAML value).
  const form = textForm(input);
  if (form.mixed) throw refusal('writer.mixed-line-endings');
  const text = toLf(input);
  // Read as the engine reads (parse/): nesting refused before the yaml package sees it, duplicate
  // keys found in linear time (yaml's own check is quadratic), no key that is a mapping or a list
  // (turning those into strings is exponential in their nesting).
  if (excessiveNesting(text) >= 0) throw new ScaffoldError('yaml', 'the YAML nests far too deep');
  const { doc, comments } = parseWithComments(text, { version: '1.2', schema: 'core', merge: false, uniqueKeys: false, keepSourceTokens: true });
  if (doc.errors.length > 0) throw new ScaffoldError('yaml', doc.errors[0]!.message.split('\n')[0]!);
  if (duplicateKeyOffsets(doc).length > 0) throw new ScaffoldError('yaml', 'Map keys must be unique');
  if (firstCollectionKey(doc)) throw new ScaffoldError('yaml', 'a key is a mapping or a list');
  const root = doc.contents;
  if (!isMap(root)) throw new ScaffoldError('not-a-plan', 'the top level is not a map');
  const yearEntry = entryOf(root, [], 'year');
  const fromYear = isScalar(yearEntry?.pair.value) ? yearEntry.pair.value.value : undefined;
  if (typeof fromYear !== 'number' || !Number.isInteger(fromYear)) throw new ScaffoldError('no-year', 'no integer `year`');
  const year = fromYear + 1;
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    throw new ScaffoldError('yaml', e instanceof Error ? e.message : String(e));
  }

  const ed = new Editor(text, doc, comments);
  const result: NewYearDraft = { text: '', fromYear, year, indicators: [], parts: [], clauses: [], skippedDropped: [], skippedUnconfirmed: [] };

  // Top level: year, status, baseline.
  ed.setValue(yearEntry!, String(year), year);
  const status = entryOf(root, [], 'status');
  const baseline = entryOf(root, [], 'baseline');
  if (status) ed.setValue(status, 'draft', 'draft');
  else ed.insertAfter(yearEntry!, 'status', 'draft', 'draft');
  const baselineText = plain(options.baseline, Boolean(root.flow));
  if (baseline) ed.setValue(baseline, baselineText, options.baseline);
  else ed.insertAfter(status ?? yearEntry!, 'baseline', baselineText, options.baseline);
  for (const key of ['baselines', 'amendments']) {
    const pair = entryOf(root, [], key);
    if (pair) ed.removePair(pair);
  }
  const count = entryOf(root, [], 'declaredIndicatorCount');
  if (count && !(isMap(count.pair.value) && entryOf(count.pair.value, [], 'clause'))) ed.removePair(count);

  // The source document's metadata.
  const document = entryOf(root, [], 'document');
  if (document && isMap(document.pair.value)) scaffoldDocument(ed, document.pair.value, ['document'], fromYear, year);

  // The model says what is where; the YAML nodes at its pointers are what the editor edits.
  const view = viewPlan(value);

  // The clause tree, the preamble and closing paragraphs included.
  for (const clause of view.clauses) {
    const path = pathOf(clause.pointer);
    ed.markCarried(ed.mapAt(path), path, result);
  }

  // Indicators: targets become placeholders, last year's kept as previousTarget.
  for (const ind of view.indicators) {
    const path = pathOf(ind.pointer);
    const node = ed.mapAt(path);
    if (ind.dropped || ind.unconfirmed) {
      (ind.dropped ? result.skippedDropped : result.skippedUnconfirmed).push(ind.id);
      ed.removeItem(ed.seqAt(path.slice(0, -1)), path.slice(0, -1), ind.index);
      continue;
    }
    result.indicators.push(ind.id);
    placeholderTarget(ed, node, path);
    dropResults(ed, node, path);
    for (const part of ind.parts) {
      const partPath = pathOf(part.pointer);
      result.parts.push(part.ref);
      placeholderTarget(ed, ed.mapAt(partPath), partPath);
      dropResults(ed, ed.mapAt(partPath), partPath);
    }
  }

  ed.replaceHeader(headerLines(text, fromYear, year, options.baseline));
  const draft = ed.apply();
  ed.verify(draft, value);
  result.text = fromLf(draft, form);
  return result;
}

const pathOf = (pointer: string): Path => pointerSegments(pointer).map((s) => (/^\d+$/.test(s) ? Number(s) : s));

function scaffoldDocument(ed: Editor, document: YAMLMap, path: Path, fromYear: number, year: number) {
  const number = entryOf(document, path, 'number');
  const oldNumber = scalarString(number);
  const newNumber = oldNumber === undefined ? undefined : blankNumber(oldNumber);
  if (number && newNumber !== undefined) ed.setString(number, newNumber);

  const date = entryOf(document, path, 'date');
  const oldDate = scalarString(date);
  const m = oldDate ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(oldDate) : null;
  if (date && m) {
    // Required as a full date: the same day one year on, marked as provisional (in a block map,
    // where a comment ends with its line; in a flow map the next pair may share the line).
    let next = `${Number(m[1]) + 1}-${m[2]}-${m[3]}`;
    if (m[2] === '02' && m[3] === '29') next = `${Number(m[1]) + 1}-02-28`;
    const note = !document.flow && ed.endsItsLine(date) ? ' # dự kiến, điền ngày thông qua / provisional: set the adoption date' : '';
    ed.setValue(date, `${quoted(next)}${note}`, next);
  }

  const title = entryOf(document, path, 'title');
  const titleText = scalarString(title);
  if (title && titleText !== undefined && hasYear(titleText, fromYear)) ed.setString(title, withYear(titleText, fromYear, year));
  const session = entryOf(document, path, 'session');
  const sessionText = scalarString(session);
  if (session && sessionText !== undefined && /\d+(?!.*\d)/.test(sessionText)) ed.setString(session, sessionText.replace(/\d+(?!.*\d)/, BLANK));

  const signature = entryOf(document, path, 'signature');
  if (signature && isMap(signature.pair.value)) {
    const signer = entryOf(signature.pair.value, [...path, 'signature'], 'name');
    if (signer) ed.setString(signer, BLANK);
  }

  const appendix = entryOf(document, path, 'appendix');
  if (appendix && isMap(appendix.pair.value)) {
    const map = appendix.pair.value;
    const at = [...path, 'appendix'];
    const aTitle = entryOf(map, at, 'title');
    const t = scalarString(aTitle);
    if (aTitle && t !== undefined && hasYear(t, fromYear)) ed.setString(aTitle, withYear(t, fromYear, year));
    const subtitle = entryOf(map, at, 'subtitle');
    const s = scalarString(subtitle);
    if (subtitle && s !== undefined) {
      let next = s;
      if (oldNumber && newNumber !== undefined) next = next.split(oldNumber).join(newNumber);
      if (m) {
        const [, y, mo, d] = m;
        for (const printed of new Set([`${d}/${mo}/${y}`, `${Number(d)}/${Number(mo)}/${y}`])) {
          next = next.split(printed).join(`${BLANK}/${BLANK}/${Number(y) + 1}`);
        }
      }
      if (next !== s) ed.setString(subtitle, next);
    }
  }
  for (const key of ['sourceNote', 'truncated']) {
    const pair = entryOf(document, path, key);
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

/** Last year's `results:` are last year's: next year's draft has none yet (their comments stay). */
function dropResults(ed: Editor, node: YAMLMap, path: Path) {
  const results = entryOf(node, path, 'results');
  if (results) ed.removePair(results);
}

function placeholderTarget(ed: Editor, node: YAMLMap, path: Path) {
  const target = entryOf(node, path, 'target');
  if (!target) return;
  const t = target.pair.value;
  if (isMap(t) && t.items.some((p) => isScalar(p.key) && p.key.value === 'placeholder' && isScalar(p.value) && p.value.value === true)) {
    return; // already a placeholder (a draft scaffolded again): nothing new to keep
  }
  const previous = entryOf(node, path, 'previousTarget');
  if (previous) ed.removePair(previous);
  ed.renameKey(target, 'previousTarget');
  ed.insertBefore(target, 'target', '{ placeholder: true }', { placeholder: true });
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
  // A path is text in a comment line here: a line break in it would end the comment.
  baseline = baseline.replace(/[\r\n\u2028\u2029]/g, ' ');
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

/** A token of yaml's concrete syntax tree, as far as the editor reads it. */
interface SourceToken {
  type: string;
  offset: number;
  source: string;
}

interface CstItem {
  start: SourceToken[];
  key?: unknown;
  sep?: SourceToken[];
  value?: unknown;
}

const MARK = new Set(['anchor', 'tag', 'explicit-key-ind']);

/**
 * Edits of the LF text at the yaml Document's source ranges (and its concrete syntax tree's
 * tokens, for dashes and commas), each with what it means for the value, joined in one pass.
 */
class Editor {
  private edits: Edit[] = [];
  private ops: ValueOp[] = [];
  /** Source ranges the draft leaves out on purpose (a dropped indicator, `sourceNote`), with their comments. */
  private removed: Array<[number, number]> = [];
  private header: { end: number; lines: string[] } | undefined;
  private flowRemovals = new Map<YAMLMap | YAMLSeq, Set<number>>();
  private readonly shared: Array<[number, number]>;

  constructor(
    private readonly text: string,
    private readonly doc: Document.Parsed,
    private readonly comments: Comment[],
  ) {
    this.shared = sharedRanges(doc);
  }

  // -- finding the nodes the model names --

  /** The map at `path`; refused when an alias stands on the way (its copy cannot be edited alone). */
  mapAt(path: Path): YAMLMap {
    const node = this.nodeAt(path);
    if (!isMap(node)) throw refusal('writer.changed-value', { pointer: pointerOf(path), line: this.line(this.rangeOf(node)?.[0] ?? 0) });
    return node;
  }

  seqAt(path: Path): YAMLSeq {
    const node = this.nodeAt(path);
    if (!isSeq(node)) throw refusal('writer.no-list', { key: String(path[path.length - 1] ?? ''), line: this.line(this.rangeOf(node)?.[0] ?? 0) });
    return node;
  }

  private nodeAt(path: Path): unknown {
    let node: unknown = this.doc.contents;
    for (const seg of path) {
      if (isAlias(node)) throw refusal('writer.shared-node', { line: this.line(node.range?.[0] ?? 0) });
      node = isMap(node) || isSeq(node) ? node.get(seg, true) : undefined;
    }
    if (isAlias(node)) throw refusal('writer.shared-node', { line: this.line(node.range?.[0] ?? 0) });
    return node;
  }

  // -- the edits --

  /** Replaces a pair's value by `text` (a block scalar keeps its last line break). */
  setValue(e: Entry, text: string, value: unknown) {
    this.ops.push({ kind: 'set', path: [...e.path, e.key], value });
    const v = e.pair.value as { range?: [number, number, number] } | null;
    if (v?.range && v.range[1] > v.range[0]) {
      const [start, end] = v.range;
      const block = /^[|>]/.test(this.text[start]!);
      const stop = block && this.text[end - 1] === '\n' ? end - 1 : end;
      const comment = block ? blockHeaderComment(this.text, start) : '';
      if (comment) {
        // A comment on a block scalar's header line stays where it is: the header becomes the
        // new value, the content lines go.
        const header = /^[|>][0-9+-]*/.exec(this.text.slice(start))![0].length;
        const headerEnd = lineEnd(this.text, start);
        this.push(start, start + header, text);
        this.push(headerEnd, Math.max(headerEnd, stop), '');
        return;
      }
      // A block scalar keeps its last line break.
      this.push(start, stop, text);
      return;
    }
    // `key:` with an empty value: write after the colon.
    const colon = this.colonOf(e);
    this.push(colon + 1, colon + 1, ' ' + text);
  }

  /** A string value, written in the style the old one had (plain stays plain when it can). */
  setString(e: Entry, value: string) {
    const old = e.pair.value;
    const type = isScalar(old) ? old.type : undefined;
    const text = type === 'PLAIN' ? plain(value, Boolean(e.map.flow)) : type === 'QUOTE_SINGLE' ? `'${value.replace(/'/g, "''")}'` : quoted(value);
    this.setValue(e, text, value);
  }

  renameKey(e: Entry, name: string) {
    this.ops.push({ kind: 'rename', path: e.path, from: e.key, to: name });
    const [start, end] = keyRange(e.pair);
    this.push(start, end, name);
  }

  /** A new `key: value` right before an existing pair of the same map. */
  insertBefore(e: Entry, key: string, text: string, value: unknown) {
    this.ops.push({ kind: 'set', path: [...e.path, key], value });
    const start = this.itemStart(e.map, e.index);
    if (e.map.flow) {
      this.push(start, start, `${key}: ${text}, `);
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
    this.push(at, at, `${key}: ${text}\n${' '.repeat(column)}`);
  }

  /** A new `key: value` right after an existing pair (on its own line in a block map). */
  insertAfter(e: Entry, key: string, text: string, value: unknown) {
    this.ops.push({ kind: 'set', path: [...e.path, key], value });
    const end = this.pairEnd(e);
    if (e.map.flow) {
      this.push(end, end, `, ${key}: ${text}`);
      return;
    }
    // After the end of the line the value ends on (a trailing comment stays with its pair).
    const at = lineEnd(this.text, Math.max(end - 1, keyRange(e.pair)[1]));
    this.push(at, at, `\n${' '.repeat(this.column(this.itemStart(e.map, e.index)))}${key}: ${text}`);
  }

  /** `carriedOver: true` after the node's id. */
  markCarried(map: YAMLMap, path: Path, result: NewYearDraft) {
    const id = entryOf(map, path, 'id');
    if (!id) return;
    const carried = entryOf(map, path, 'carriedOver');
    if (carried) this.setValue(carried, 'true', true);
    else this.insertAfter(id, 'carriedOver', 'true', true);
    const value = scalarString(id);
    if (value) result.clauses.push(value);
  }

  /** Removes a pair, with its whole lines in a block map, with one comma in a flow map. */
  removePair(e: Entry) {
    this.ops.push({ kind: 'delete', path: [...e.path, e.key] });
    this.removeItemText(e.map, e.index, this.pairEnd(e));
  }

  /** Removes one item of a sequence, with its whole lines in a block sequence, with one comma in a flow one. */
  removeItem(seq: YAMLSeq, path: Path, index: number) {
    this.ops.push({ kind: 'remove-item', path, index });
    const node = seq.items[index] as { range?: [number, number, number] } | undefined;
    if (!node?.range) throw refusal('writer.changed-value', { pointer: pointerOf([...path, index]), line: this.line(this.rangeOf(seq)?.[0] ?? 0) });
    this.removeItemText(seq, index, node.range[1]);
  }

  private removeItemText(coll: YAMLMap | YAMLSeq, index: number, end: number) {
    const item = this.cstItem(coll, index);
    if (coll.flow) {
      const start = this.itemStart(coll, index);
      const kept = this.comments.filter((c) => c.offset >= start && c.offset < end);
      if (kept.length === 0) this.remove(start, end);
      else {
        // Its comments stay, each on a line of its own where the item was (a comment ends its
        // line: what followed the item starts the next one, at the item's column).
        const eol = this.text.includes('\r\n') ? '\r\n' : '\n';
        const pad = ' '.repeat(this.column(start));
        const space = /\s/.test(this.text[start - 1] ?? ' ') ? '' : ' ';
        this.removed.push([start, end]);
        this.push(start, end, space + kept.map((c) => c.text).join(eol + pad) + eol + pad);
      }
      // Its comma is chosen once every removal from this collection is known (commas()).
      const removed = this.flowRemovals.get(coll) ?? new Set<number>();
      removed.add(index);
      this.flowRemovals.set(coll, removed);
      return;
    }
    // Block: from the start of the item's line (its dash, in a sequence) to the end of the line
    // its value ends on; the comment lines above it and after it stay.
    const dash = item.start.find((t) => t.type === 'seq-item-ind');
    const start = dash ? dash.offset : this.itemStart(coll, index);
    const lineStart = this.text.lastIndexOf('\n', start - 1) + 1;
    // A collection's range may stretch over comment lines indented deeper and the indentation of
    // the next line: then it ends where that line starts.
    const endLine = this.text.lastIndexOf('\n', end - 1) + 1;
    const whole = /^[ \t]*$/.test(this.text.slice(endLine, end)) ? endLine : Math.min(this.text.length, lineEnd(this.text, Math.max(end - 1, start)) + 1);
    if (/^\s*$/.test(this.text.slice(lineStart, start))) this.removeKeepingComments(lineStart, Math.max(whole, start), start - lineStart);
    else this.remove(start, Math.max(start, whole - (this.text[whole - 1] === '\n' ? 1 : 0)));
  }

  /**
   * Removes whole lines [start, end) but keeps every comment in them, each on a line of its own
   * at the removed item's column: a drafter's note inside a dropped indicator is not lost with it.
   */
  private removeKeepingComments(start: number, end: number, column: number) {
    const kept = this.comments.filter((c) => c.offset >= start && c.offset < end);
    if (kept.length === 0) return this.remove(start, end);
    const eol = this.text.includes('\r\n') ? '\r\n' : '\n';
    const lines = kept.map((c) => ' '.repeat(column) + c.text).join(eol);
    this.removed.push([start, end]);
    this.push(start, end, /\n$/.test(this.text.slice(start, end)) ? lines + eol : lines);
  }

  /**
   * One comma per item removed from a flow collection, none twice: for each run of removed items,
   * the commas after them while an item follows, else the commas before them; when every item
   * goes, a trailing comma too.
   */
  private commas() {
    for (const [coll, removed] of this.flowRemovals) {
      const items = this.cstItems(coll);
      const n = coll.items.length;
      const commaOf = (i: number) => items[i]?.start.find((t) => t.type === 'comma');
      const sorted = [...removed].sort((a, b) => a - b);
      for (let k = 0; k < sorted.length; ) {
        let j = k;
        while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
        const [a, b] = [sorted[k]!, sorted[j]!];
        const picks = b < n - 1 ? range(a + 1, b + 1) : a > 0 ? range(a, b) : [...range(1, n - 1), n];
        for (const i of picks) {
          const comma = commaOf(i);
          if (comma) this.remove(comma.offset, comma.offset + 1);
        }
        k = j + 1;
      }
    }
    this.flowRemovals.clear();
  }

  private remove(start: number, end: number) {
    this.removed.push([start, end]);
    this.push(start, end, '');
  }

  private push(start: number, end: number, text: string) {
    // An edit inside a node that an alias reuses would change the alias's copy too.
    const hit = this.shared.find(([s, e]) => editsInside(s, e, start, end));
    if (hit) throw refusal('writer.shared-node', { line: this.line(Math.max(start, hit[0])) });
    this.edits.push({ start, end, text });
  }

  replaceHeader(header: { end: number; lines: string[] }) {
    this.header = header;
  }

  apply(): string {
    this.commas();
    // In source order, the text between edits copied once: linear (splicing each edit into the
    // whole text was quadratic: a 1 MB plan took minutes).
    // Insertions at one offset come out last-made first, as they did when spliced from the end.
    const edits = this.edits.map((e, k) => ({ ...e, k })).sort((a, b) => a.start - b.start || a.end - b.end || b.k - a.k);
    const pieces: string[] = [];
    let at = 0;
    for (const e of edits) {
      if (e.start < at) throw refusal('writer.invalid-result', { line: this.line(e.start) });
      pieces.push(this.text.slice(at, e.start), e.text);
      at = e.end;
    }
    pieces.push(this.text.slice(at));
    let out = pieces.join('');
    if (this.header) {
      // Edits never touch the header (it is comments only), so its end offset is still valid.
      if (edits.some((e) => e.start < this.header!.end)) throw refusal('writer.invalid-result', { line: 1 });
      out = this.header.lines.join('\n') + '\n' + out.slice(this.header.end);
    }
    return out;
  }

  /**
   * The draft reads back as the baseline's value with exactly the intended changes, and no edit
   * touched a comment but those of what it removed; else it is refused, never returned. (A
   * comment outside every edit is copied byte for byte; it stays a comment, since anything that
   * turned it into text, or text into a comment, would change the value.)
   */
  verify(draft: string, baseline: unknown) {
    const edits = [...this.edits].sort((a, b) => a.start - b.start || a.end - b.end);
    const firstEdit = () => this.line(edits[0]?.start ?? 0);
    let actual: unknown;
    const fast = fastParse(draft);
    if (fast) actual = fast.value;
    else {
      const check = parseDocument(draft, { version: '1.2', schema: 'core', merge: false, uniqueKeys: false });
      if (check.errors.length > 0 || duplicateKeyOffsets(check).length > 0) throw refusal('writer.invalid-result', { line: firstEdit() });
      try {
        actual = check.toJS({ maxAliasCount: 100 });
      } catch {
        throw refusal('writer.invalid-result', { line: firstEdit() });
      }
    }
    // A tree copy, not structuredClone: an alias's value must not change with its anchor's here.
    const expected = applyOps(copyTree(baseline), this.ops);
    const pointer = firstDifference(expected, actual);
    if (pointer !== undefined) throw refusal('writer.changed-value', { pointer, line: this.line(this.nearestRange(pathOf(pointer))) });
    const headerEnd = this.header?.end ?? 0;
    const removed = this.removed.map(([start, end]) => ({ start, end, text: '' })).sort((a, b) => a.start - b.start);
    for (const c of this.comments) {
      if (c.offset < headerEnd || touches(removed, c.offset, c.offset + 1)) continue;
      if (touches(edits, c.offset, c.offset + c.text.length)) throw refusal('writer.lost-comment', { line: this.line(c.offset), comment: c.text });
    }
  }

  // -- where things are --

  /** Whether nothing follows the pair's value on its line (a block scalar: on its header line). */
  endsItsLine(e: Entry): boolean {
    const start = (e.pair.value as { range?: [number, number, number] } | null)?.range?.[0];
    if (start !== undefined && /^[|>]/.test(this.text[start]!)) return blockHeaderComment(this.text, start) === '';
    const end = this.pairEnd(e);
    return /^[ \t]*(\n|$)/.test(this.text.slice(end, lineEnd(this.text, end) + 1));
  }

  private cstItems(coll: YAMLMap | YAMLSeq): CstItem[] {
    const src = (coll as { srcToken?: { items?: CstItem[] } }).srcToken;
    if (!src?.items || src.items.length < coll.items.length) throw refusal('writer.invalid-result', { line: this.line(this.rangeOf(coll)?.[0] ?? 0) });
    return src.items;
  }

  private cstItem(coll: YAMLMap | YAMLSeq, index: number): CstItem {
    return this.cstItems(coll)[index]!;
  }

  /** Where an item starts: its anchor, tag or `?` if it has one, else its key (or value). */
  private itemStart(coll: YAMLMap | YAMLSeq, index: number): number {
    const mark = this.cstItem(coll, index).start.find((t) => MARK.has(t.type));
    if (mark) return mark.offset;
    const item = coll.items[index] as Pair | YamlNode;
    if (isMap(coll)) return keyRange(item as Pair)[0];
    const r = (item as { range?: [number, number, number] }).range;
    if (!r) throw refusal('writer.invalid-result', { line: this.line(this.rangeOf(coll)?.[0] ?? 0) });
    return r[0];
  }

  /** Where a pair's value ends (its key's colon when it has no value). */
  private pairEnd(e: Entry): number {
    const v = e.pair.value as { range?: [number, number, number] } | null;
    if (v?.range && v.range[1] > v.range[0]) return v.range[1];
    const colon = this.cstItem(e.map, e.index).sep?.find((t) => t.type === 'map-value-ind');
    return colon ? colon.offset + 1 : keyRange(e.pair)[1];
  }

  private colonOf(e: Entry): number {
    const colon = this.cstItem(e.map, e.index).sep?.find((t) => t.type === 'map-value-ind');
    if (!colon) throw refusal('writer.invalid-result', { line: this.line(keyRange(e.pair)[0]) });
    return colon.offset;
  }

  private rangeOf(node: unknown): [number, number, number] | undefined {
    return (node as { range?: [number, number, number] } | null | undefined)?.range ?? undefined;
  }

  /** The start of the deepest node on `path` that the baseline has. */
  private nearestRange(path: Path): number {
    let node: unknown = this.doc.contents;
    let at = 0;
    for (const seg of path) {
      const r = this.rangeOf(node);
      if (r) at = r[0];
      if (!(isMap(node) || isSeq(node))) break;
      node = node.get(typeof seg === 'string' && isSeq(node) ? Number(seg) : seg, true);
    }
    return this.rangeOf(node)?.[0] ?? at;
  }

  /** 1-based line of an offset of the LF text (the file's line: the BOM is not a line). */
  private line(offset: number): number {
    let n = 1;
    for (let i = this.text.indexOf('\n'); i >= 0 && i < offset; i = this.text.indexOf('\n', i + 1)) n++;
    return n;
  }

  private column(offset: number): number {
    return offset - (this.text.lastIndexOf('\n', offset - 1) + 1);
  }
}

/** A copy of a plain value in which no two places share an object (aliases resolved as copies). */
function copyTree(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(copyTree);
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, copyTree(x)]));
  return v;
}

/** Whether an edit (sorted, none overlapping) replaces any of [start, end), or inserts inside it. */
function touches(edits: Edit[], start: number, end: number): boolean {
  let lo = 0;
  let hi = edits.length - 1;
  let last = -1; // the last edit starting before `end`
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (edits[mid]!.start < end) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  for (let i = last; i >= 0; i--) {
    const e = edits[i]!;
    if (e.end > start || (e.start === e.end && e.start > start)) return true;
    if (e.end <= start && e.start < start) return false;
  }
  return false;
}

function applyOps(value: unknown, ops: ValueOp[]): unknown {
  const parentOf = (path: Path) => {
    let o = value as Record<string | number, unknown>;
    for (const seg of path.slice(0, -1)) o = o[seg] as Record<string | number, unknown>;
    return o;
  };
  const removals: Array<{ path: Path; index: number }> = [];
  for (const op of ops) {
    if (op.kind === 'remove-item') {
      removals.push(op);
      continue;
    }
    if (op.kind === 'set') parentOf(op.path)[op.path[op.path.length - 1]!] = op.value;
    else if (op.kind === 'delete') delete parentOf(op.path)[op.path[op.path.length - 1]!];
    else {
      const o = parentOf([...op.path, op.from]);
      o[op.to] = o[op.from];
      delete o[op.from];
    }
  }
  // Items removed last, from the end of each list, so that every index above is the baseline's.
  for (const r of removals.sort((a, b) => b.index - a.index)) {
    (parentOf([...r.path, r.index]) as unknown as unknown[]).splice(r.index, 1);
  }
  return value;
}

/** The integers from `a` to `b`, both included. */
function range(a: number, b: number): number[] {
  return b < a ? [] : Array.from({ length: b - a + 1 }, (_, i) => a + i);
}

function pointerOf(path: Path): string {
  return path.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl;
}

function keyRange(pair: Pair): [number, number] {
  const k = pair.key as { range?: [number, number, number] };
  if (!k?.range) throw refusal('writer.invalid-result', { line: 1 });
  return [k.range[0], k.range[1]];
}

// ---- reading the document --------------------------------------------------------------

function entryOf(map: YAMLMap, path: Path, key: string): Entry | undefined {
  const index = map.items.findIndex((p) => isScalar(p.key) && p.key.value === key);
  return index < 0 ? undefined : { map, path, pair: map.items[index] as Pair, index, key };
}

function scalarString(e: Entry | undefined): string | undefined {
  const v = e?.pair.value;
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
