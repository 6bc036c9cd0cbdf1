// The hint beside each target: last year's target, as worded, at the end of the target's line
// ("năm 2025: dưới 4,5%"), and beside it last year's result when that plan records one, with the
// verdict ("· ước thực hiện: 178 triệu đồng (đạt)"). From the baseline that has the indicator (or part) —
// each predecessor of a merged province is one — else the `previousTarget` the draft kept.
import { achievementOf, t, visible, vocabulary, type IndicatorNode, type Lang, type PartNode, type Target, type TargetSite } from '@kehoach/schema';
import { baselineOf, type Analysis } from './analysis.js';
import type { Position, Range } from './lsp.js';
import { shortName, yearOf } from './planSet.js';

export interface InlayHint {
  position: Position;
  label: string;
  tooltip: string;
  paddingLeft: true;
}

/** At most this many hints per request: bounded on any file. */
const MAX_HINTS = 2000;
const MAX_WORDING = 80;

function worded(target: Target | undefined, lang: Lang): string | undefined {
  if (!target || typeof target !== 'object') return undefined;
  if (target.placeholder === true) return t('editor.not-set', lang);
  if (target.unknown === true) return t('editor.unknown', lang);
  return short(target.wording);
}

/** A wording on one line, cut to a hint's width; undefined when there is none. */
function short(wording: unknown): string | undefined {
  if (typeof wording !== 'string' || wording.trim() === '') return undefined;
  const flat = visible(wording.replace(/\s+/g, ' ').trim());
  return flat.length > MAX_WORDING ? `${flat.slice(0, MAX_WORDING - 1)}…` : flat;
}

/** Last year's latest result (the final figure, else the estimate), its verdict and where it comes from. */
function lastResult(node: IndicatorNode | PartNode | undefined) {
  const latest = node?.results?.latest;
  const result = short(latest?.result.wording);
  if (!node || !latest || !result) return undefined;
  const a = achievementOf(node);
  const kind = latest.result.source?.kind;
  const source = typeof kind === 'string' ? vocabulary.SOURCE_KIND[kind as keyof typeof vocabulary.SOURCE_KIND]?.name : undefined;
  return { result, stage: latest.stage, ...(a.verdict !== 'unknown' ? { verdict: a.verdict } : {}), ...(source ? { source } : {}) };
}

export function inlayHints(a: Analysis, range: Range | undefined, lang: Lang): InlayHint[] {
  const model = a.model;
  const lines = model.parsed.lines;
  const text = model.parsed.text;
  const thisYear = yearOf(model);
  const out: InlayHint[] = [];
  const sites: Array<{ ref: string; site: TargetSite }> = [];
  for (const ind of model.plan.indicators) {
    if (ind.target) sites.push({ ref: ind.id, site: ind.target });
    for (const p of ind.parts) if (p.target) sites.push({ ref: p.ref, site: p.target });
  }
  for (const { ref, site } of sites) {
    if (out.length >= MAX_HINTS) break;
    const span = model.sourceMap.get(site.pointer);
    if (!span) continue;
    // At the end of the line the target starts on (a flow target is all on it).
    const line = lines.position(span.key?.[0] ?? span.value[0]).line;
    if (range && (line < range.start.line || line > range.end.line)) continue;
    const found = baselineOf(a, ref);
    const node = found ? (found.resolved.part ?? found.resolved.indicator) : undefined;
    const last = node ? node.target?.target : site.previous;
    const wording = worded(last, lang);
    if (!wording) continue;
    const year = found ? yearOf(found.model) : thisYear !== undefined ? thisYear - 1 : undefined;
    const yearText = year !== undefined ? String(year) : t('editor.last-year', lang);
    const file = found ? shortName(found.model.uri) : 'previousTarget';
    const lineEnd = endOfLine(text, lines.offset({ line, character: 0 }));
    const position = lines.position(lineEnd);
    out.push({ position, label: t('editor.hint-last-year', lang, { year: yearText, wording }), tooltip: t('editor.hint-last-year-tooltip', lang, { year: yearText, file, wording }), paddingLeft: true });
    // The result as a hint of its own (VS Code cuts a line's hints at 43 characters by default: the
    // extension lifts that for YAML, and a user who keeps it sees last year's target whole at least).
    const r = lastResult(node);
    if (!r) continue;
    const params = { year: yearText, file, result: r.result, stage: r.stage, ...(r.verdict ? { verdict: r.verdict } : {}), ...(r.source ? { source: r.source[lang] } : {}) };
    out.push({
      position,
      label: t(r.verdict ? 'editor.hint-result-verdict' : 'editor.hint-result', lang, params),
      tooltip: t(r.source ? 'editor.hint-result-source-tooltip' : 'editor.hint-result-tooltip', lang, params),
      paddingLeft: true,
    });
  }
  return out;
}

function endOfLine(text: string, from: number): number {
  let i = from;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}
