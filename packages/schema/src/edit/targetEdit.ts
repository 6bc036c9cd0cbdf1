// Writing a whole target, for the editor's target fixes: the structured fields filled from a typed
// wording, last year's target kept, an appendix target carried into the narrative targets that
// restate it. The target is written in place as one flow mapping on its line (the plans' form);
// the result is parsed again and refused unless it changed exactly what was meant, every comment kept.
import type { TextEdit } from '../diagnostics/types.js';
import { parseTarget } from '../grammar/target.js';
import { toTarget } from '../grammar/meaning.js';
import type { PlanModel } from '../model/model.js';
import type { Target } from '../model/types.js';
import { LineMap } from '../parse/position.js';
import { parseYaml } from '../parse/parseYaml.js';
import { firstDifference, lostComments } from './preserved.js';
import { refused, type WriteResult } from './refusal.js';
import { notEditable, setScalar, valueEdit } from './valueEdit.js';
import { flowTarget } from './yamlText.js';

/** The structured target a wording means, through the target grammar; undefined when it does not read. */
export function targetFromWording(wording: string): Target | undefined {
  const r = parseTarget(wording.normalize('NFC'));
  return r.ok ? toTarget(r.target, wording) : undefined;
}

/** Replaces the target at `pointer` (a mapping, or a wording typed as a string) with `target`. */
export function setTarget(model: PlanModel, pointer: string, target: Target): WriteResult {
  const blocked = notEditable(model.parsed, { lineBreaks: false });
  if (blocked) return { ok: false, refusal: blocked };
  const r = targetEdit(model, pointer, target);
  if (!r.ok) return r;
  return verified(model, [r.edit], [[pointer, target]]);
}

/** The edit writing `target` as one flow mapping where the value at `pointer` stands; a block mapping's lines become that one line after its key. */
function targetEdit(model: PlanModel, pointer: string, target: Target): ReturnType<typeof valueEdit> {
  const span = model.sourceMap.get(pointer);
  const text = model.parsed.text;
  if (span?.key && text[span.value[0]] !== '{' && /[\r\n]/.test(text.slice(span.key[1], span.value[0]))) {
    const colon = text.indexOf(':', span.key[1]);
    let end = span.value[1];
    while (end > colon && /\s/.test(text[end - 1]!)) end--;
    if (colon < 0 || colon >= span.value[0]) return refused('writer.invalid-result', { line: model.parsed.lines.position(span.value[0]).line + 1 });
    return { ok: true, edit: { range: model.parsed.lines.range(colon + 1, end), newText: ` ${flowTarget(target)}` } };
  }
  return valueEdit(model, pointer, flowTarget(target));
}

/**
 * The narrative target at `pointer` restates `target` (the appendix's): its target set to it,
 * and its text's old wording replaced by the new one when the text says it exactly once; the
 * clause it quotes (`clausePointer`) likewise, where the clause says the narrative's text once.
 */
export function restateTarget(model: PlanModel, pointer: string, target: Target, oldWording: string | undefined, clausePointer?: string): WriteResult {
  const blocked = notEditable(model.parsed, { lineBreaks: false });
  if (blocked) return { ok: false, refusal: blocked };
  const r = targetEdit(model, `${pointer}/target`, target);
  if (!r.ok) return r;
  const edits: TextEdit[] = [r.edit];
  const changes: Array<[string, unknown]> = [[`${pointer}/target`, target]];
  const text = valueAt(model.value, `${pointer}/text`);
  if (typeof text === 'string' && oldWording && target.wording && oldWording !== target.wording && text.split(oldWording).length === 2) {
    const newText = text.replace(oldWording, target.wording);
    const t = setScalar(model, `${pointer}/text`, newText);
    if (!t.ok) return t;
    edits.push(...t.edits);
    changes.push([`${pointer}/text`, newText]);
    // The clause says it in its text (a paragraph) or heading (an item), often folded over lines:
    // the words are replaced where they stand in the source, when they stand there once, unbroken.
    const field = clausePointer === undefined ? undefined : ['text', 'heading'].find((k) => typeof valueAt(model.value, `${clausePointer}/${k}`) === 'string');
    const span = field ? model.sourceMap.get(`${clausePointer}/${field}`) : undefined;
    if (field && span) {
      const source = model.parsed.text.slice(span.value[0], span.value[1]);
      const clause = valueAt(model.value, `${clausePointer}/${field}`) as string;
      const at = source.indexOf(text);
      if (at >= 0 && source.split(text).length === 2 && clause.split(text).length === 2) {
        const start = span.value[0] + at;
        edits.push({ range: model.parsed.lines.range(start, start + text.length), newText });
        changes.push([`${clausePointer}/${field}`, clause.replace(text, newText)]);
      }
    }
  }
  return verified(model, edits, changes);
}

/** The edits, when the text they make reads as the old value with exactly `changes` made and keeps every comment. */
function verified(model: PlanModel, edits: TextEdit[], changes: Array<[string, unknown]>): WriteResult {
  const before = model.parsed.text;
  const after = apply(before, edits, model.parsed.lines);
  const line = model.parsed.lines.position(model.parsed.lines.offset(edits[0]!.range.start)).line + 1;
  const parsed = parseYaml(after);
  if (parsed.value === undefined || parsed.diagnostics.some((d) => d.severity === 'error')) return refused('writer.invalid-result', { line });
  const expected = structuredClone(model.value) as Record<string, unknown>;
  for (const [pointer, v] of changes) {
    const segs = pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    const parent = segs.slice(0, -1).reduce<unknown>((o, s) => (o !== null && typeof o === 'object' ? (o as Record<string, unknown>)[s] : undefined), expected);
    if (parent === null || typeof parent !== 'object') return refused('writer.changed-value', { pointer, line });
    (parent as Record<string, unknown>)[segs[segs.length - 1]!] = JSON.parse(JSON.stringify(v));
  }
  const diff = firstDifference(expected, parsed.value);
  if (diff !== undefined) return refused('writer.changed-value', { pointer: diff, line });
  const lost = lostComments(before, after);
  if (lost.length) return refused('writer.lost-comment', { line: model.parsed.lines.position(lost[0]!.offset).line + 1, comment: lost[0]!.text });
  return { ok: true, edits };
}

function valueAt(root: unknown, pointer: string): unknown {
  let v = root;
  for (const s of pointer.split('/').slice(1)) v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[s.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
  return v;
}

function apply(text: string, edits: readonly TextEdit[], lines: LineMap): string {
  return [...edits]
    .sort((a, b) => lines.offset(b.range.start) - lines.offset(a.range.start))
    .reduce((t, e) => t.slice(0, lines.offset(e.range.start)) + e.newText + t.slice(lines.offset(e.range.end)), text);
}
