// Quick fixes: add the missing indicator(s) from last year, mark one dropped (the adapter asks
// for the reason) or replaced by the renamed indicator that bears its name, regenerate a wording from its structured target, and the edits the rules
// attach (a number in the wrong convention). Every fix is a text edit made by the engine's
// writers (src/edit/: in the list's own form, block or flow, with the file's line ending, nothing
// else moved); where a writer cannot edit the form safely, the fix is offered disabled, with why.
import { catalogue, formatTarget, insertIndicator, isMessageKey, refusalText, restateTarget, setScalar, setTarget, t, targetFromWording, yamlText, type Indicator, type IndicatorNode, type Lang, type MessageParams, type PlanView, type Target, type WriteResult } from '@kehoach/schema';
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
    // Renamed (by F2 from a later year, or by hand): a new indicator of this plan bears last year's name.
    const renamed = renamedTo(a, id);
    for (const by of renamed) {
      const edit = markDroppedEdits(a, id, t('editor.replaced-reason', 'vi', { by: by.id }), by.id);
      out.push(fromResult(a, t('editor.mark-replaced', lang, { id, by: by.id }), [d], edit, lang, { isPreferred: true }));
    }
    const added = addIndicatorEdits(a, [id]);
    if (!added.ok || added.edits.length) out.push(fromResult(a, t('editor.add-indicator', lang, { id }), [d], added, lang, { isPreferred: renamed.length === 0 }));
    out.push({ title: t('editor.mark-dropped', lang, { id }), kind: 'quickfix', diagnostics: [d], command: { title: t('editor.mark-dropped', lang, { id }), command: MARK_DROPPED_COMMAND, arguments: [a.uri, id] } });
  }
  const allMissing = a.diagnostics.filter((d) => d.code === 'missing-indicator').map((d) => String(d.params.id));
  if (missing.length > 0 && allMissing.length > 1) {
    out.push(fromResult(a, t('editor.add-all-indicators', lang, { n: allMissing.length }), missing, addIndicatorEdits(a, allMissing), lang));
  }
  const carried = new Set<string>();
  for (const d of diagnostics) {
    // A target typed as its wording alone (a string, or `{ wording }`): the grammar fills the rest.
    if (d.code === 'schema-type' || d.code === 'schema-required') {
      const fill = fillTarget(a, d, lang);
      if (fill && !out.some((o) => o.title === fill.title)) out.push(fill);
    }
    if (d.code === 'placeholder-target') {
      const keep = keepLastTarget(a, d, lang);
      if (keep) out.push(keep);
    }
    if (d.code === 'narrative-mismatch') out.push(...carryTarget(a, d, lang, carried));
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

/** This plan's indicators new this year (in no baseline) whose name is the missing one's, as the catalogue compares names. */
function renamedTo(a: Analysis, id: string): IndicatorNode[] {
  const last = baselineOf(a, id)?.resolved.indicator;
  const key = last ? catalogue.nameKey(last.name) : '';
  if (key === '') return [];
  return a.model.plan.indicators.filter((i) => !i.dropped && i.id !== id && !baselineOf(a, i.id) && catalogue.nameKey(i.name) === key);
}

/** The edit that keeps a dropped indicator's block, with its reason (and what replaces it). */
export function markDroppedEdits(a: Analysis, id: string, reason: string, replacedBy?: string): WriteResult {
  const found = baselineOf(a, id);
  const baseline = found?.model.plan;
  const last = found?.resolved.indicator;
  if (!baseline || !last) return { ok: true, edits: [] };
  const { target, parts: _parts, previousTarget: _prev, results: _results, ...rest } = last.source; // last year's results stay last year's
  const dropped: Indicator = { ...rest, ...(target ? { previousTarget: target } : {}), dropped: { reason, ...(replacedBy ? { replacedBy } : {}) } };
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

/** The JSON pointer of the target a diagnostic stands in (its `target` key or anything inside it). */
function targetAt(a: Analysis, d: LspDiagnostic): { pointer: string; path: Array<string | number> } | undefined {
  const at = locate(a.model, a.model.parsed.lines.offset(d.range.start));
  if (!at) return undefined;
  const i = at.path.lastIndexOf('target');
  if (i < 0) return undefined;
  const path = at.path.slice(0, i + 1);
  return { pointer: '/' + path.map((s) => String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('/'), path };
}

function fillTarget(a: Analysis, d: LspDiagnostic, lang: Lang): CodeAction | undefined {
  const at = targetAt(a, d);
  if (!at) return undefined;
  const raw = valueAt(a.model.value, at.path);
  const wording = typeof raw === 'string' ? raw : raw !== null && typeof raw === 'object' && typeof (raw as Target).wording === 'string' && (raw as Target).op === undefined ? (raw as Target).wording! : undefined;
  const target = wording === undefined ? undefined : targetFromWording(wording);
  if (!target) return undefined;
  const title = t('editor.fill-target', lang, { wording: wording!, target: yamlText.flowTarget(target) });
  return fromResult(a, title, [d], setTarget(a.model, at.pointer, target), lang, { isPreferred: true });
}

function keepLastTarget(a: Analysis, d: LspDiagnostic, lang: Lang): CodeAction | undefined {
  const at = targetAt(a, d);
  if (!at) return undefined;
  const site = a.model.plan.targets.find((s) => s.pointer === at.pointer);
  if (!site || site.owner === 'amendment' || site.owner === 'narrative') return undefined;
  // previousTarget beside the placeholder, else last year's plan's target for the same indicator or part.
  const last = site.previous ?? baselineOf(a, site.id)?.resolved.targets[0]?.target;
  if (!last || last.placeholder || last.unknown || typeof last.wording !== 'string') return undefined;
  return fromResult(a, t('editor.keep-last-target', lang, { wording: last.wording }), [d], setTarget(a.model, at.pointer, last), lang);
}

/** The appendix's target written into this narrative target (and into every other that restates it, once). */
function carryTarget(a: Analysis, d: LspDiagnostic, lang: Lang, done: Set<string>): CodeAction[] {
  const plan = a.model.plan;
  const n = plan.narratives.find((x) => x.id === String(d.data.params.id));
  const resolved = n?.indicator ? plan.resolve(n.indicator) : undefined;
  const target = resolved?.targets.length === 1 ? resolved.targets[0]!.target : undefined;
  if (!n || !target || typeof target.wording !== 'string' || !resolved) return [];
  const out = [fromResult(a, t('editor.carry-target', lang, { wording: target.wording, id: n.id }), [d], restateTarget(a.model, n.pointer, target, n.target?.target.wording, clauseOf(a, n.clause)), lang, { isPreferred: true })];
  const ref = n.indicator!;
  const all = a.diagnostics.filter((x) => x.code === 'narrative-mismatch' && plan.narratives.find((y) => y.id === String(x.params.id))?.indicator === ref);
  if (all.length > 1 && !done.has(ref)) {
    done.add(ref);
    const edits = [];
    for (const x of all) {
      const other = plan.narratives.find((y) => y.id === String(x.params.id))!;
      const r = restateTarget(a.model, other.pointer, target, other.target?.target.wording, clauseOf(a, other.clause));
      if (!r.ok) return [...out, fromResult(a, t('editor.carry-target-all', lang, { wording: target.wording, n: all.length }), [d], r, lang)];
      edits.push(...r.edits);
    }
    out.push(fromResult(a, t('editor.carry-target-all', lang, { wording: target.wording, n: all.length }), [d], { ok: true, edits }, lang));
  }
  return out;
}

const clauseOf = (a: Analysis, id: string | undefined) => (id === undefined ? undefined : a.model.plan.clause(id)?.pointer);

function pick(t: Target) {
  const out: { value?: number; min?: number; max?: number; unit?: string; state?: string } = {};
  if (t.value !== undefined) out.value = t.value;
  if (t.min !== undefined) out.min = t.min;
  if (t.max !== undefined) out.max = t.max;
  if (t.unit !== undefined) out.unit = t.unit;
  if (t.state !== undefined) out.state = t.state;
  return out;
}
