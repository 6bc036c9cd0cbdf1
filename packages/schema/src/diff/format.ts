// Words and numbers shared by the diff renderers, in Vietnamese and English (the words are the
// catalog's diff.* messages, src/messages/diff.ts).

import { formatNumberVi, plainDigits } from '../diagnostics/numbers.js';
import type { Lang } from '../diagnostics/types.js';
import { t } from '../messages/index.js';
import type { Comparator, Target } from '../model/types.js';
import { COMPARATOR } from '../vocabulary/index.js';
import type { Ambition, ClauseKind, FieldChange, IndicatorDiff, IndicatorStatus, PlanDiff, ResultReview, TargetChange, TargetVerdict } from './types.js';
import type { WordChunk } from './wordDiff.js';

/**
 * The summary sentences (indicators by status, their targets' changes, clauses, narrative
 * targets), for every renderer. The statuses add up to the total; placeholders and unknown
 * targets are the new plan's, whether or not they changed.
 */
export function summaryLines(summary: PlanDiff['summary'], lang: Lang, year?: number): string[] {
  const i = summary.indicators;
  const c = summary.clauses;
  const n = summary.narrativeTargets;
  const results = i.results > 0 ? [t('diff.summary-results', lang, { year: String(year ?? '?'), results: i.results, met: i.met, notMet: i.notMet, partly: i.partlyMet, below: i.belowResult })] : [];
  return [
    t('diff.summary-indicators', lang, {
      total: i.total, changed: i.changed, added: i.added, dropped: i.dropped, unconfirmed: i.unconfirmed, removed: i.removed, restored: i.restored, unchanged: i.unchanged,
    }),
    t('diff.summary-targets', lang, {
      raised: i.raised, lowered: i.lowered, narrowed: i.narrowed, widened: i.widened, reshaped: i.reshaped, more: i.moreAmbitious, less: i.lessAmbitious,
      unset: i.placeholders, unknown: i.notKnown,
    }),
    ...results,
    t('diff.summary-clauses', lang, { changed: c.changed, added: c.added, removed: c.removed, unchanged: c.unchanged, carried: c.carriedOver }),
    t('diff.summary-narratives', lang, { changed: n.changed, added: n.added, removed: n.removed, unchanged: n.unchanged }),
  ];
}

export function formatNumber(n: number, lang: Lang): string {
  if (lang === 'vi') return formatNumberVi(n);
  const [int, frac] = plainDigits(Math.abs(n)).split('.');
  return (n < 0 ? '-' : '') + int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? '.' + frac : '');
}

/** "≥ ", "≈ ": the comparator's sign before the number; none for a plain (=) target. */
function opPrefix(op: Comparator): string {
  const c = op === '=' || op === 'range' ? undefined : COMPARATOR[op];
  return c ? `${c.symbol} ` : '';
}

/** A target in a compact, language-neutral form: "≥ 6,5%", "< 4,5%", "95–100%", "≈ 30–35 sản phẩm", "4.670 nhà ở". */
export function formatTarget(target: Target | undefined, lang: Lang): string {
  if (!target) return t('diff.none', lang);
  if (target.placeholder) return t('diff.not-set', lang);
  if (target.unknown) return t('diff.not-known', lang);
  const of = typeof target.of === 'string' ? ` ${target.of}` : '';
  const unit = (target.unit ? (target.unit === '%' ? '%' : ` ${target.unit}`) : '') + of;
  let core: string;
  const range = target.op === 'range' || typeof target.value !== 'number';
  if (range && typeof target.min === 'number' && typeof target.max === 'number') {
    // "95–100%", and a range under another comparator: "≈ 30–35 sản phẩm", "≥ 4–5%".
    core = `${opPrefix(target.op ?? 'range')}${formatNumber(target.min, lang)}–${formatNumber(target.max, lang)}${unit}`;
  } else if (typeof target.value === 'number') {
    core = `${opPrefix(target.op ?? '=')}${formatNumber(target.value, lang)}${unit}`;
  } else {
    core = target.wording ?? t('diff.none', lang);
  }
  if (target.kind === 'maintain') return t('diff.maintain', lang, { state: target.state ?? target.wording ?? core });
  if (target.kind === 'state') return target.state ?? target.wording ?? core;
  if (target.kind === 'increase') return t('diff.increase', lang, { value: core });
  if (target.kind === 'decrease') return t('diff.decrease', lang, { value: core });
  if (target.kind === 'multiple') return t('diff.multiple', lang, { value: core });
  return core;
}

export function verdictWord(v: TargetVerdict, lang: Lang): string {
  return t(`diff.verdict-${v}`, lang);
}

export function ambitionWord(a: Ambition, lang: Lang): string | undefined {
  return a === 'more' || a === 'less' ? t(`diff.${a}`, lang) : undefined;
}

export function statusWord(s: IndicatorStatus, lang: Lang): string {
  return t(`diff.status-${s}`, lang);
}

export function kindWord(k: ClauseKind, lang: Lang): string {
  return t(`diff.kind-${k}`, lang);
}

/** "nâng, tham vọng hơn" / "raised, more ambitious" (+ unit or kind notes). */
export function describeChange(c: TargetChange, lang: Lang): string {
  const words = [verdictWord(c.verdict, lang)];
  // "đổi dạng: bỏ mức trần" — which bound came or went, when that is the change.
  const b = c.bounds;
  const shape = b ? [b.floor && t(`diff.floor-${b.floor}`, lang), b.ceiling && t(`diff.ceiling-${b.ceiling}`, lang)].filter(Boolean).join(', ') : '';
  if (shape) words[0] += `: ${shape}`;
  const amb = ambitionWord(c.ambition, lang);
  if (amb) words.push(amb);
  if (c.unitChanged) words.push(t('diff.unit-changed', lang));
  if (c.kindChanged) words.push(t('diff.kind-changed', lang));
  return words.join(', ');
}

/** A field value for display (years and other integers below 10.000 without grouping). */
export function formatValue(v: unknown, lang: Lang): string {
  if (v === undefined || v === null) return t('diff.none', lang);
  if (typeof v === 'number') return Number.isInteger(v) && Math.abs(v) < 10000 ? String(v) : formatNumber(v, lang);
  if (typeof v === 'string') return v;
  // Inline, a list reads as a list (lists of sentences, recipients, are rendered one per line: listChange).
  if (Array.isArray(v)) return v.map((x) => formatValue(x, lang)).join(', ');
  return JSON.stringify(v);
}

/**
 * A field whose value is a list on either side (document.recipients, baselines): which items
 * went and came, in order, for rendering one per line. Undefined for any other field.
 */
export function listChange(f: FieldChange, lang: Lang): { removed: string[]; added: string[]; kept: number } | undefined {
  if (!Array.isArray(f.from) && !Array.isArray(f.to)) return undefined;
  const items = (v: unknown) => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]).map((x) => formatValue(x, lang));
  const a = items(f.from);
  const b = items(f.to);
  const inB = new Set(b.map((x) => x.normalize('NFC')));
  const inA = new Set(a.map((x) => x.normalize('NFC')));
  return { removed: a.filter((x) => !inB.has(x.normalize('NFC'))), added: b.filter((x) => !inA.has(x.normalize('NFC'))), kept: a.filter((x) => inB.has(x.normalize('NFC'))).length };
}

/** The targets of an indicator's parts on one line ("(1) 117 trường; (2) 426 trường"), for a dropped or unconfirmed one. */
export function partsTargets(parts: readonly { label?: string; id: string; target?: TargetChange }[], lang: Lang): string {
  return parts
    .filter((p) => p.target?.from)
    .map((p) => `${p.label ?? p.id} ${formatTarget(p.target!.from, lang)}`)
    .join('; ');
}

/** Last year's target of a dropped or unconfirmed indicator: its own, else its parts'. */
export function lastTarget(d: IndicatorDiff, lang: Lang): string {
  return d.target?.from ? formatTarget(d.target.from, lang) : partsTargets(d.parts, lang) || t('diff.none', lang);
}

/** The old year's result in a few words: "178 triệu đồng (ước thực hiện; đạt)". */
export function resultText(r: ResultReview, lang: Lang): string {
  return t('diff.result-cell', lang, { result: formatTarget(r.result as Target, lang), stage: t(`result-stage.${r.stage}`, lang), verdict: t(`verdict.${r.achievement}`, lang) });
}

/** "kết quả 2025: 178 triệu đồng (ước thực hiện; đạt)", and the mark of a new target that asks less than it. */
export function resultLines(r: ResultReview | undefined, year: number | undefined, lang: Lang): string[] {
  if (!r) return [];
  const y = String(year ?? '?'); // a year, not a number to group ("2.025")
  const out = [t('diff.result', lang, { year: y, result: formatTarget(r.result as Target, lang), stage: t(`result-stage.${r.stage}`, lang), verdict: t(`verdict.${r.achievement}`, lang) })];
  if (r.newTarget) out.push(t(r.newTarget === 'below-result' ? 'diff.below-result' : 'diff.above-result', lang, { year: y, result: formatTarget(r.result as Target, lang) }));
  return out;
}

/** Whether an indicator's review says something even where nothing else changed: a new target that asks less than last year's result. */
export function flagged(d: IndicatorDiff): boolean {
  return d.lastResult?.newTarget !== undefined || d.parts.some((p) => p.lastResult?.newTarget !== undefined);
}

/** A side's title: "2025 (đã thông qua)". */
export function sideTitle(side: { year?: number; status?: string; label?: string }, lang: Lang): string {
  if (side.year === undefined) return side.label ?? t('diff.side-missing', lang);
  const status = side.status === 'adopted' || side.status === 'draft' ? ` (${t(`diff.status-${side.status}`, lang)})` : '';
  return `${side.year}${status}`;
}

/**
 * The chunks of a word diff with long unchanged stretches shortened to `context` words on each
 * side of a change ("…" marks what was left out), so a one-word change in a long paragraph
 * shows as one line.
 */
export function elide(chunks: readonly WordChunk[], context = 8): WordChunk[] {
  const out: WordChunk[] = [];
  chunks.forEach((c, i) => {
    if (c.op !== 'equal') {
      out.push(c);
      return;
    }
    const words = c.text.match(/\s*\S+|\s+$/g) ?? [c.text];
    const first = i === 0;
    const last = i === chunks.length - 1;
    const keepHead = first ? 0 : context;
    const keepTail = last ? 0 : context;
    if (words.length <= keepHead + keepTail + 1) {
      out.push(c);
      return;
    }
    let text = (keepHead ? words.slice(0, keepHead).join('') : '') + ' …' + (keepTail ? words.slice(words.length - keepTail).join('') : '');
    if (first) text = text.trimStart();
    out.push({ op: 'equal', text });
  });
  return out;
}
