// Replacing one value of a plan in place, for the rules' quick fixes and the editor's: the value's
// own source range and nothing else, written for its context (a flow collection needs quotes a
// block does not), refused where the value is shared through an alias.
import type { TextEdit } from '../diagnostics/types.js';
import type { PlanModel } from '../model/model.js';
import type { ParsedText } from '../parse/parseYaml.js';
import { refused, type WriteResult, type WriterRefusal } from './refusal.js';
import { textForm } from './textForm.js';
import { flowScalar, scalar } from './yamlText.js';

/** Why a writer may not edit this text at all: YAML errors; for edits that write line breaks, mixed line endings. */
export function notEditable(parsed: ParsedText, options: { lineBreaks: boolean }): WriterRefusal | undefined {
  if (parsed.value === undefined || parsed.diagnostics.some((d) => d.severity === 'error')) return refused('writer.yaml-errors').refusal;
  if (options.lineBreaks && textForm(parsed.text).mixed) return refused('writer.mixed-line-endings').refusal;
  return undefined;
}

/**
 * Whether an edit of [start, end) (an insertion when start = end) changes the node at [s, e):
 * it replaces some of it, or inserts strictly inside it (right before or after it is outside).
 */
export function editsInside(s: number, e: number, start: number, end: number): boolean {
  return end > start ? start < e && end > s : s < start && start < e;
}

/** A refusal when an edit of [start, end) changes a node an alias reuses. */
export function sharedAt(parsed: ParsedText, start: number, end: number): WriterRefusal | undefined {
  const hit = parsed.shared?.find(([s, e]) => editsInside(s, e, start, end));
  return hit ? refused('writer.shared-node', { line: parsed.lines.position(Math.max(start, hit[0])).line + 1 }).refusal : undefined;
}

/** Whether the value at `pointer` is inside a flow collection (`{ … }` or `[ … ]`, at any depth). */
export function inFlow(model: PlanModel, pointer: string): boolean {
  const text = model.parsed.text;
  for (let p = parentOf(pointer); p !== undefined; p = parentOf(p)) {
    const span = model.sourceMap.get(p);
    const c = span ? text[span.value[0]] : undefined;
    if (c === '{' || c === '[') return true;
  }
  return false;
}

function parentOf(pointer: string): string | undefined {
  return pointer === '' ? undefined : pointer.slice(0, pointer.lastIndexOf('/'));
}

/**
 * The edit that writes `newText` (one line) in place of the value at `pointer`: a block scalar's
 * last line break stays (the next key keeps its line); a key with no value gets one after its colon.
 */
export function valueEdit(model: PlanModel, pointer: string, newText: string): { ok: true; edit: TextEdit } | { ok: false; refusal: WriterRefusal } {
  const parsed = model.parsed;
  const span = model.sourceMap.get(pointer);
  if (!span) return refused('writer.changed-value', { pointer, line: 1 });
  const text = parsed.text;
  let [start, end] = span.value;
  if (span.key && span.key[0] === start && span.key[1] === end) {
    // `key:` with no value spans the key itself: write after the colon.
    const colon = text.indexOf(':', span.key[1]);
    if (colon < 0) return refused('writer.invalid-result', { line: parsed.lines.position(start).line + 1 });
    start = end = colon + 1;
    newText = ' ' + newText;
  } else if (text[start] === '|' || text[start] === '>') {
    if (text[end - 1] === '\n') end -= text[end - 2] === '\r' ? 2 : 1;
    else if (text[end - 1] === '\r') end -= 1;
    // A comment on the header line (`text: >- # note`) stays, after the new value.
    newText += blockHeaderComment(text, start);
  }
  const shared = sharedAt(parsed, start, end);
  if (shared) return { ok: false, refusal: shared };
  return { ok: true, edit: { range: parsed.lines.range(start, end), newText } };
}

/** ` # note` when a block scalar's header line (`>-`, `|2+`) ends with a comment, else ''. */
export function blockHeaderComment(text: string, start: number): string {
  const m = /^[|>][0-9+-]*[ \t]+(#[^\r\n]*)/.exec(text.slice(start, start + 4096));
  return m ? ` ${m[1]!.trimEnd()}` : '';
}

/** Sets the scalar at `pointer` to `value`, written so that it reads back as `value` where it stands. */
export function setScalar(model: PlanModel, pointer: string, value: string | number | boolean): WriteResult {
  const blocked = notEditable(model.parsed, { lineBreaks: false });
  if (blocked) return { ok: false, refusal: blocked };
  const r = valueEdit(model, pointer, inFlow(model, pointer) ? flowScalar(value) : scalar(value));
  return r.ok ? { ok: true, edits: [r.edit] } : r;
}
