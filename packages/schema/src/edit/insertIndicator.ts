// Inserting one indicator into a plan's `indicators` list, for the editor's "add the missing
// indicator" and "mark dropped" quick fixes: a text insertion at one place, in the list's own form
// (a block item at the items' indentation, or a flow mapping in `indicators: [ … ]`), with the
// file's line ending. Nothing else moves: the comments above an item stay above it.
import type { PlanModel } from '../model/model.js';
import type { Indicator } from '../model/types.js';
import { refused, type WriteResult } from './refusal.js';
import { textForm } from './textForm.js';
import { notEditable } from './valueEdit.js';
import { flowIndicator, indicatorItem } from './yamlText.js';

/** Inserts `indicator` so that it becomes item `index` of the list (0 … its length). */
export function insertIndicator(model: PlanModel, index: number, indicator: Indicator): WriteResult {
  const parsed = model.parsed;
  const blocked = notEditable(parsed, { lineBreaks: true });
  if (blocked) return { ok: false, refusal: blocked };
  const text = parsed.text;
  const lines = parsed.lines;
  const lineOf = (offset: number) => lines.position(offset).line + 1;
  const eol = textForm(text).eol;
  const span = model.sourceMap.get('/indicators');
  const list = (model.value as { indicators?: unknown } | null)?.indicators;
  if (!span?.key) return refused('writer.no-list', { key: 'indicators', line: 1 });
  const [vs, ve] = span.value;
  // `indicators:` with no value (its span is the key's, or an empty range after it).
  const empty = (span.key[0] === vs && span.key[1] === ve) || (list === null && vs === ve);
  if (!empty && !Array.isArray(list)) return refused('writer.no-list', { key: 'indicators', line: lineOf(vs) });
  const items = empty ? [] : (list as unknown[]).map((_, i) => model.sourceMap.get(`/indicators/${i}`));
  if (!empty && (text[vs] === '*' || items.some((s) => !s))) return refused('writer.no-list', { key: 'indicators', line: lineOf(vs) });
  const at = Math.max(0, Math.min(index, items.length));
  const insert = (offset: number, newText: string): WriteResult => {
    // A new item changes the list, and whatever reuses it through an alias: refused when the list
    // (or what holds it) is shared, or the insertion falls inside a shared item. Items beside it
    // may be shared: they do not change.
    const shared = parsed.shared?.find(([s, e]) => (s <= vs && ve <= e) || (s < offset && offset < e));
    if (shared) return refused('writer.shared-node', { line: lineOf(Math.max(shared[0], Math.min(offset, shared[1]))) });
    return { ok: true, edits: [{ range: lines.range(offset, offset), newText }] };
  };

  if (empty) {
    // `indicators:` (null): the first item on the next line, under the key.
    const dash = lines.position(span.key[0]).character + 2;
    return insert(lineEnd(text, span.key[1]), `${eol}${' '.repeat(dash)}- ${indicatorItem(indicator, dash + 2, eol)}`);
  }

  if (text[vs] === '[') {
    const item = flowIndicator(indicator);
    if (items.length === 0) return insert(vs + 1, ` ${item} `);
    if (at === items.length) return insert(items[at - 1]!.value[1], `, ${item}`);
    if (at === 0) return insert(vs + 1, ` ${item},`);
    // Right after the comma that ends the item before: whatever stands between it and the next
    // item (a comment, a line break) stays before the next item.
    const comma = commaAfter(text, items[at - 1]!.value[1]);
    if (comma < 0) return refused('writer.item-form', { line: lineOf(items[at]!.value[0]) });
    return insert(comma + 1, ` ${item},`);
  }

  // A block sequence: every dash stands at one column (the list's range starts at the first);
  // the keys of an item at another (from an item written `- key: …`, else two further).
  const first = lines.position(vs);
  if (!/^ *$/.test(text.slice(lines.lineStarts[first.line]!, vs)) || text[vs] !== '-') return refused('writer.item-form', { line: first.line + 1 });
  const dash = first.character;
  const content = items.map((s) => dashOf(text, s!.value[0])).find((d) => d !== undefined && d.dash === dash)?.content ?? dash + 2;
  const block = `${' '.repeat(dash)}-${' '.repeat(content - dash - 1)}${indicatorItem(indicator, content, eol)}${eol}`;
  if (at > 0) {
    // After the item before, at the start of the line after its last value: the comment lines
    // above the next item stay above it. (An item's range may stretch over comment lines indented
    // deeper and the next line's indentation: then it ends where that line starts.)
    const end = items[at - 1]!.value[1];
    const p = lines.position(end);
    const lineStart = lines.lineStarts[p.line]!;
    if (/^[ \t]*$/.test(text.slice(lineStart, end)) && end > 0) return insert(lineStart, block);
    const next = lines.lineStarts[p.line + 1];
    return next === undefined ? insert(text.length, eol + block) : insert(next, block);
  }
  // Before the first item: above the comment lines that sit right over its dash.
  let line = first.line;
  while (line > 0) {
    const prev = text.slice(lines.lineStarts[line - 1]!, lines.lineStarts[line]!).replace(/\r?\n$|\r$/, '');
    if (!/^\s*#/.test(prev) || prev.indexOf('#') !== dash) break;
    line--;
  }
  return insert(lines.lineStarts[line]!, block);
}

/** The columns of a block item's dash and of its content, when the dash starts the item's line. */
function dashOf(text: string, valueStart: number): { dash: number; content: number } | undefined {
  const lineStart = Math.max(text.lastIndexOf('\n', valueStart - 1), text.lastIndexOf('\r', valueStart - 1)) + 1;
  const m = /^( *)-( +)$/.exec(text.slice(lineStart, valueStart));
  return m ? { dash: m[1]!.length, content: valueStart - lineStart } : undefined;
}

/** The offset where the line holding `offset` ends (before its line break). */
function lineEnd(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

/** The comma after a flow item ending at `from`: only spaces, line breaks and comments between. */
function commaAfter(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const c = text[i];
    if (c === ',') return i;
    if (c === '#') while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
    else if (c === ' ' || c === '\t' || c === '\n' || c === '\r') i++;
    else return -1;
  }
  return -1;
}
