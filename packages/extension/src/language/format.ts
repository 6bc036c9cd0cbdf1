// Formatting a plan without reflowing it: block indentation normalised to two spaces a level (a
// list under a key indented too, as the plans write it: `indicators:\n  - id: …`), every line of a
// block moved with it (a block scalar's text, a long text's continuation lines, comments), trailing
// whitespace off every line (except inside a block scalar, where it is text), and the file ending
// in exactly one line break (the file's own kind). Nothing is joined or re-wrapped, flow
// collections (`{ … }`) are left as written, and every comment stays. A file that does not parse
// is left alone, and so is any result that would not read back as the same value with the same
// comments (checked by parsing it again: then only the whitespace is tidied, or nothing).
import { commentsOf, firstDifference, lostComments, parseYaml, textForm, type ParsedText } from '@kehoach/schema';
import type { TextEdit } from './lsp.js';

interface Cut {
  start: number;
  end: number;
  newText: string;
}

/** The edits that format `text`; none when it does not parse or is already formatted. */
export function formatPlan(text: string): TextEdit[] {
  const parsed = parseYaml(text);
  if (!parseable(parsed)) return [];
  const form = textForm(text);
  if (form.mixed) return []; // which line break to end with is not ours to choose
  const tidy = [...trailingWhitespace(parsed), ...ending(text, form.eol)];
  for (const cuts of [[...reindent(parsed), ...tidy], tidy]) {
    if (cuts.length === 0) return [];
    const after = apply(text, cuts);
    if (sameContent(parsed, after)) return cuts.map((c) => ({ range: parsed.lines.range(c.start, c.end), newText: c.newText }));
  }
  return [];
}

/** A block collection (map or list written with indentation): its source range and how far its lines move. */
interface Block {
  start: number;
  end: number;
  delta: number;
}

/** At most this many levels are walked (a plan has a dozen): deeper blocks move with their parent. */
const MAX_DEPTH = 64;

/**
 * The indentation edits: each block collection that starts its line goes two columns right of its
 * parent's (the root at column 0); one that starts mid-line (`- id: …`, after a dash) moves with its
 * parent. Every line moves with the innermost block holding its first character.
 */
function reindent(parsed: ParsedText): Cut[] {
  const text = parsed.text;
  const starts = parsed.lines.lineStarts;
  const blocks: Block[] = [];
  const lineOf = (offset: number) => parsed.lines.position(offset).line;
  const walk = (value: unknown, pointer: string, parentColumn: number, parentDelta: number, depth: number) => {
    if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) return;
    const entries: Array<[string, unknown]> = Array.isArray(value) ? value.map((v, i) => [String(i), v]) : Object.entries(value);
    if (entries.length === 0) return;
    const span = parsed.spans.get(pointer);
    if (!span) return;
    const start = span.value[0];
    if (text[start] === '{' || text[start] === '[') return; // flow: as written
    const lineStart = starts[lineOf(start)]!;
    const column = start - lineStart;
    const firstOnLine = /^ *$/.test(text.slice(lineStart, start));
    const target = firstOnLine ? (depth === 0 ? 0 : parentColumn + 2) : column + parentDelta;
    const delta = target - column;
    blocks.push({ start, end: span.value[1], delta });
    for (const [key, child] of entries) walk(child, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, target, delta, depth + 1);
  };
  walk(parsed.value, '', 0, 0, 0);
  if (blocks.every((b) => b.delta === 0)) return [];
  // Pre-order: a child's lines are assigned after its parent's, so the innermost block wins.
  const deltas = new Map<number, number>();
  for (const b of blocks) {
    for (let line = lineOf(b.start), last = lineOf(b.end); line <= last; line++) {
      const first = firstNonSpace(text, starts[line]!);
      if (first !== undefined && first >= b.start && first < b.end) deltas.set(line, b.delta);
    }
  }
  const cuts: Cut[] = [];
  for (const [line, delta] of deltas) {
    if (delta === 0) continue;
    const from = starts[line]!;
    const indent = firstNonSpace(text, from)! - from;
    if (indent + delta < 0) return [];
    cuts.push({ start: from, end: from + indent, newText: ' '.repeat(indent + delta) });
  }
  return cuts;
}

/** The offset of the line's first character that is not a space; undefined for a blank line. */
function firstNonSpace(text: string, from: number): number | undefined {
  let i = from;
  while (text[i] === ' ') i++;
  return i >= text.length || text[i] === '\n' || text[i] === '\r' || text[i] === '\t' ? undefined : i;
}

function parseable(parsed: ParsedText): boolean {
  return parsed.value !== undefined && !parsed.diagnostics.some((d) => d.severity === 'error');
}

/** Spaces and tabs before each line break and at the end, outside block scalars' text. */
function trailingWhitespace(parsed: ParsedText): Cut[] {
  const text = parsed.text;
  const blocks = blockScalars(parsed);
  const cuts: Cut[] = [];
  const re = /[ \t]+(?=\r\n|\r|\n|$)/g;
  let b = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    while (b < blocks.length && blocks[b]![1] <= start) b++;
    if (b < blocks.length && blocks[b]![0] <= start) continue;
    cuts.push({ start, end: start + m[0].length, newText: '' });
  }
  return cuts;
}

/** The text of each block scalar (`|`, `>`), from its header's line break to its end. */
function blockScalars(parsed: ParsedText): Array<[number, number]> {
  const text = parsed.text;
  const out: Array<[number, number]> = [];
  for (const [s, e] of parsed.spans.leafRanges()) {
    if (text[s] !== '|' && text[s] !== '>') continue;
    const nl = text.slice(s, e).search(/[\r\n]/);
    // To the end of the following line breaks too: `|+` keeps trailing lines.
    let end = e;
    while (end < text.length && /[ \t\r\n]/.test(text[end]!)) end++;
    if (nl >= 0) out.push([s + nl, end]);
  }
  return out.sort((x, y) => x[0] - y[0]);
}

/** Exactly one line break at the end: blank lines after the last one dropped, one added when missing. */
function ending(text: string, eol: string): Cut[] {
  const m = /(?:[ \t]*(?:\r\n|\r|\n))*[ \t]*$/.exec(text)!;
  const tail = m[0];
  if (tail === eol || m.index === 0) return [];
  return [{ start: m.index, end: text.length, newText: eol }];
}

function apply(text: string, cuts: Cut[]): string {
  // The ending's cut may cover the last line's trailing whitespace cut: keep one edit per range.
  const sorted = [...cuts].sort((a, b) => a.start - b.start);
  const kept: Cut[] = [];
  for (const c of sorted) {
    const last = kept[kept.length - 1];
    if (last && c.start < last.end) {
      if (c.end - c.start > last.end - last.start) kept[kept.length - 1] = c;
      continue;
    }
    kept.push(c);
  }
  cuts.splice(0, cuts.length, ...kept);
  let out = '';
  let at = 0;
  for (const c of kept) {
    out += text.slice(at, c.start) + c.newText;
    at = c.end;
  }
  return out + text.slice(at);
}

/** The formatted text reads back as the same value, with every comment. */
function sameContent(before: ParsedText, after: string): boolean {
  const reparsed = parseYaml(after);
  if (!parseable(reparsed)) return false;
  if (firstDifference(before.value, reparsed.value) !== undefined) return false;
  return lostComments(commentsOf(before.text), commentsOf(after)).length === 0;
}
