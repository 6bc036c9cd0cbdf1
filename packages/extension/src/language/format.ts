// Formatting a plan without reflowing it: trailing whitespace off every line (except inside a
// block scalar, where it is text), and the file ending in exactly one line break (the file's own
// kind). Nothing is moved, joined or re-wrapped: the plan's layout and every comment stay. A file
// that does not parse is left alone, and so is any result that would not read back as the same
// value with the same comments (checked by parsing it again) — formatting never changes a plan.
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
  const cuts = [...trailingWhitespace(parsed), ...ending(text, form.eol)];
  if (cuts.length === 0) return [];
  const after = apply(text, cuts);
  if (!sameContent(parsed, after)) return [];
  return cuts.map((c) => ({ range: parsed.lines.range(c.start, c.end), newText: c.newText }));
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
