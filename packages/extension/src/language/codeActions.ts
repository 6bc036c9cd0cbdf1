// Quick fixes: add the missing indicator(s) from last year, mark one dropped (the adapter asks
// for the reason), regenerate a wording from its structured target, and the edits the rules
// attach (a number in the wrong convention). Every fix is a text edit: nothing else moves.
import { formatTarget, isMessageKey, t, type Indicator, type IndicatorNode, type Lang, type MessageParams, type PlanView, type Target } from '@kehoach/schema';
import { baselineOf, type Analysis } from './analysis.js';
import type { CodeAction, LspDiagnostic, Range, TextEdit } from './lsp.js';
import { locate, valueAt } from './locate.js';
import { draftIndicator, flowScalar, indicatorItem, scalar } from './yamlText.js';

/** The title of a rule's own fix (fix.<code>): it names the value the edit writes, as YAML writes it ("4.5"). */
function fixTitle(code: string, params: MessageParams, lang: Lang): string {
  const key = `fix.${code}`;
  if (!isMessageKey(key)) return t('editor.fix', lang, { code });
  return t(key, lang, Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])));
}

export const MARK_DROPPED_COMMAND = 'kehoach.markDropped';

export function doCodeActions(a: Analysis, range: Range, diagnostics: LspDiagnostic[], lang: Lang): CodeAction[] {
  const out: CodeAction[] = [];
  const missing = diagnostics.filter((d) => d.code === 'missing-indicator');
  for (const d of missing) {
    const id = String(d.data.params.id);
    const edits = addIndicatorEdits(a, [id]);
    if (edits.length) out.push({ title: t('editor.add-indicator', lang, { id }), kind: 'quickfix', diagnostics: [d], isPreferred: true, edit: { changes: { [a.uri]: edits } } });
    out.push({ title: t('editor.mark-dropped', lang, { id }), kind: 'quickfix', diagnostics: [d], command: { title: t('editor.mark-dropped', lang, { id }), command: MARK_DROPPED_COMMAND, arguments: [a.uri, id] } });
  }
  const allMissing = a.diagnostics.filter((d) => d.code === 'missing-indicator').map((d) => String(d.params.id));
  if (missing.length > 0 && allMissing.length > 1) {
    const edits = addIndicatorEdits(a, allMissing);
    out.push({ title: t('editor.add-all-indicators', lang, { n: allMissing.length }), kind: 'quickfix', diagnostics: missing, edit: { changes: { [a.uri]: edits } } });
  }
  for (const d of diagnostics) {
    // The wording disagrees with the structured target: either may be the one to correct.
    const regenerate = d.code === 'wording-mismatch' || d.code === 'comparator-wording' ? regenerateWording(a, d, lang) : undefined;
    if (regenerate) out.push(regenerate);
    if (d.data.fix?.length) {
      out.push({ title: fixTitle(d.code, d.data.params, lang), kind: 'quickfix', diagnostics: [d], ...(regenerate ? {} : { isPreferred: true }), edit: { changes: { [a.uri]: d.data.fix } } });
    }
  }
  void range;
  return out;
}

/** Inserts last year's indicators where they stood (before the next one still here), targets unset; from whichever baseline has each. */
export function addIndicatorEdits(a: Analysis, ids: string[]): TextEdit[] {
  return ids.flatMap((id) => {
    const found = baselineOf(a, id);
    return found ? insertIndicator(a, found.model.plan, found.resolved.indicator, draftIndicator(found.resolved.indicator.source)) : [];
  });
}

/** The edit that keeps a dropped indicator's block, with its reason. */
export function markDroppedEdits(a: Analysis, id: string, reason: string): TextEdit[] {
  const found = baselineOf(a, id);
  const baseline = found?.model.plan;
  const last = found?.resolved.indicator;
  if (!baseline || !last) return [];
  const { target, parts: _parts, previousTarget: _prev, ...rest } = last.source;
  const dropped: Indicator = { ...rest, ...(target ? { previousTarget: target } : {}), dropped: { reason } };
  return insertIndicator(a, baseline, last, dropped);
}

function insertIndicator(a: Analysis, baseline: PlanView, last: IndicatorNode, block: Indicator): TextEdit[] {
  const list = a.model.plan.raw.indicators;
  const here = a.model.plan;
  const lines = a.model.parsed.lines;
  const map = a.model.sourceMap;
  if (!Array.isArray(list) || list.length === 0) {
    const key = map.get('/indicators');
    if (!key?.key) return [];
    const at = lines.range(key.value[1], key.value[1]).end;
    return [{ range: { start: at, end: at }, newText: `\n  - ${indicatorItem(block, 4)}` }];
  }
  const order = baseline.indicators.map((i) => i.id);
  const k = order.indexOf(last.id);
  const nextId = order.slice(k + 1).find((id) => here.indicator(id));
  const anchor = nextId !== undefined ? here.indicator(nextId)!.index : list.length - 1;
  const span = map.get(`/indicators/${anchor}`);
  if (!span) return [];
  const startPos = lines.position(span.value[0]);
  const lineText = a.text.slice(lines.lineStarts[startPos.line], span.value[0]);
  const dash = /^(\s*)-\s+$/.exec(lineText);
  const indent = dash ? dash[1]!.length : Math.max(0, startPos.character - 2);
  const column = startPos.character;
  const item = `${' '.repeat(indent)}-${' '.repeat(Math.max(1, column - indent - 1))}${indicatorItem(block, column)}\n`;
  if (nextId !== undefined) {
    const at = { line: startPos.line, character: 0 };
    return [{ range: { start: at, end: at }, newText: item }];
  }
  // After the last item: at the start of the line following its value.
  const end = lines.position(span.value[1]);
  const at = end.character === 0 ? end : { line: end.line + 1, character: 0 };
  const needsBreak = at.line >= lines.lineStarts.length;
  return [{ range: { start: at, end: at }, newText: (needsBreak ? '\n' : '') + item }];
}

function regenerateWording(a: Analysis, d: LspDiagnostic, lang: Lang): CodeAction | undefined {
  const at = locate(a.model, a.model.parsed.lines.offset(d.range.start));
  if (!at) return undefined;
  const i = at.path.lastIndexOf('target');
  if (i < 0) return undefined;
  const targetPath = at.path.slice(0, i + 1);
  const target = valueAt(a.model.value, targetPath) as Target | undefined;
  if (!target || target.placeholder || !target.op) return undefined;
  const wording = formatTarget({ kind: target.kind ?? 'level', op: target.op, ...pick(target) });
  const pointer = '/' + targetPath.map((s) => String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('/') + '/wording';
  const span = a.model.sourceMap.get(pointer);
  if (!span || wording === target.wording) return undefined;
  const inFlow = a.text.slice(a.model.parsed.lines.lineStarts[a.model.parsed.lines.position(span.value[0]).line], span.value[0]).includes('{');
  const newText = inFlow ? flowScalar(wording) : scalar(wording);
  const edit: TextEdit = { range: a.model.parsed.lines.range(span.value[0], span.value[1]), newText };
  return { title: t('editor.regenerate-wording', lang, { wording }), kind: 'quickfix', diagnostics: [d], edit: { changes: { [a.uri]: [edit] } } };
}

function pick(t: Target) {
  const out: { value?: number; min?: number; max?: number; unit?: string; state?: string } = {};
  if (t.value !== undefined) out.value = t.value;
  if (t.min !== undefined) out.min = t.min;
  if (t.max !== undefined) out.max = t.max;
  if (t.unit !== undefined) out.unit = t.unit;
  if (t.state !== undefined) out.state = t.state;
  return out;
}
