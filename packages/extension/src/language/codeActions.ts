// Quick fixes: add the missing indicator(s) from last year, mark one dropped (the adapter asks
// for the reason), regenerate a wording from its structured target, and the edits the rules
// attach (a number in the wrong convention). Every fix is a text edit made by the engine's
// writers (src/edit/: in the list's own form, block or flow, with the file's line ending, nothing
// else moved); where a writer cannot edit the form safely, the fix is offered disabled, with why.
import { formatTarget, insertIndicator, isMessageKey, refusalText, setScalar, t, yamlText, type Indicator, type IndicatorNode, type Lang, type MessageParams, type PlanView, type Target, type WriteResult } from '@kehoach/schema';
import { baselineOf, type Analysis } from './analysis.js';
import type { CodeAction, LspDiagnostic, Range } from './lsp.js';
import { locate, valueAt } from './locate.js';

/** The title of a rule's own fix (fix.<code>): it names the value the edit writes, as YAML writes it ("4.5"). */
function fixTitle(code: string, params: MessageParams, lang: Lang): string {
  const key = `fix.${code}`;
  if (!isMessageKey(key)) return t('editor.fix', lang, { code });
  return t(key, lang, Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])));
}

export const MARK_DROPPED_COMMAND = 'kehoach.markDropped';

/** A quick fix from a writer's result: its edit, or disabled with the writer's reason. */
function fromResult(a: Analysis, title: string, diagnostics: LspDiagnostic[], r: WriteResult, lang: Lang, extra: Partial<CodeAction> = {}): CodeAction {
  const base: CodeAction = { title, kind: 'quickfix', diagnostics, ...extra };
  return r.ok ? { ...base, edit: { changes: { [a.uri]: r.edits } } } : { ...base, isPreferred: false, disabled: { reason: refusalText(r.refusal, lang) } };
}

export function doCodeActions(a: Analysis, range: Range, diagnostics: LspDiagnostic[], lang: Lang): CodeAction[] {
  const out: CodeAction[] = [];
  const missing = diagnostics.filter((d) => d.code === 'missing-indicator');
  for (const d of missing) {
    const id = String(d.data.params.id);
    const added = addIndicatorEdits(a, [id]);
    if (!added.ok || added.edits.length) out.push(fromResult(a, t('editor.add-indicator', lang, { id }), [d], added, lang, { isPreferred: true }));
    out.push({ title: t('editor.mark-dropped', lang, { id }), kind: 'quickfix', diagnostics: [d], command: { title: t('editor.mark-dropped', lang, { id }), command: MARK_DROPPED_COMMAND, arguments: [a.uri, id] } });
  }
  const allMissing = a.diagnostics.filter((d) => d.code === 'missing-indicator').map((d) => String(d.params.id));
  if (missing.length > 0 && allMissing.length > 1) {
    out.push(fromResult(a, t('editor.add-all-indicators', lang, { n: allMissing.length }), missing, addIndicatorEdits(a, allMissing), lang));
  }
  for (const d of diagnostics) {
    // The wording disagrees with the structured target: either may be the one to correct.
    const regenerate = d.code === 'wording-mismatch' || d.code === 'value-wording' || d.code === 'comparator-wording' ? regenerateWording(a, d, lang) : undefined;
    if (regenerate) out.push(regenerate);
    if (d.data.fix?.length) {
      out.push({ title: fixTitle(d.code, d.data.params, lang), kind: 'quickfix', diagnostics: [d], ...(regenerate && !regenerate.disabled ? {} : { isPreferred: true }), edit: { changes: { [a.uri]: d.data.fix } } });
    }
  }
  void range;
  return out;
}

/** Inserts last year's indicators where they stood (before the next one still here), targets unset; from whichever baseline has each. */
export function addIndicatorEdits(a: Analysis, ids: string[]): WriteResult {
  const edits = [];
  for (const id of ids) {
    const found = baselineOf(a, id);
    if (!found) continue;
    const last = found.resolved.indicator;
    const r = insertAt(a, found.model.plan, last, yamlText.draftIndicator(last.source));
    if (!r.ok) return r;
    edits.push(...r.edits);
  }
  return { ok: true, edits };
}

/** The edit that keeps a dropped indicator's block, with its reason. */
export function markDroppedEdits(a: Analysis, id: string, reason: string): WriteResult {
  const found = baselineOf(a, id);
  const baseline = found?.model.plan;
  const last = found?.resolved.indicator;
  if (!baseline || !last) return { ok: true, edits: [] };
  const { target, parts: _parts, previousTarget: _prev, ...rest } = last.source;
  const dropped: Indicator = { ...rest, ...(target ? { previousTarget: target } : {}), dropped: { reason } };
  return insertAt(a, baseline, last, dropped);
}

/** Where last year's indicator goes: before the next of last year's indicators still here, else last. */
function insertAt(a: Analysis, baseline: PlanView, last: IndicatorNode, block: Indicator): WriteResult {
  const here = a.model.plan;
  const order = baseline.indicators.map((i) => i.id);
  const nextId = order.slice(order.indexOf(last.id) + 1).find((id) => here.indicator(id));
  const list = a.model.plan.raw.indicators;
  const index = nextId !== undefined ? here.indicator(nextId)!.index : Array.isArray(list) ? list.length : 0;
  return insertIndicator(a.model, index, block);
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
  if (!a.model.sourceMap.get(pointer) || wording === target.wording) return undefined;
  return fromResult(a, t('editor.regenerate-wording', lang, { wording }), [d], setScalar(a.model, pointer, wording), lang);
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
