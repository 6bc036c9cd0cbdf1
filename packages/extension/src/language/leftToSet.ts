// What is left to set in a plan before it can be adopted: targets still placeholders, targets
// not known, and the readiness rules' problems (adopted-*: a "…" blank, a clause carried over, a
// stale year). One list per plan, in file order, each item with the range to open; the status
// bar counts it and the tree view lists it.
import { formatMessage, t, visible, type Lang } from '@kehoach/schema';
import type { Analysis } from './analysis.js';
import type { Range } from './lsp.js';

export type LeftKind = 'placeholder' | 'unknown' | 'readiness';

export interface LeftItem {
  kind: LeftKind;
  /** The indicator or part (`clean-water/urban`), or the readiness rule's code. */
  id: string;
  /** What a person reads: the indicator's name, or the rule's message. */
  label: string;
  range: Range;
}

export interface LeftCounts {
  placeholders: number;
  unknown: number;
  readiness: number;
}

const short = (s: string, n = 100) => {
  const flat = visible(s.replace(/\s+/g, ' ').trim());
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
};

export function leftToSet(a: Analysis, lang: Lang): LeftItem[] {
  const model = a.model;
  const items: Array<LeftItem & { offset: number }> = [];
  for (const site of model.plan.targets) {
    if (site.dropped || (site.owner !== 'indicator' && site.owner !== 'part')) continue;
    if (site.status === 'set') continue;
    const span = model.sourceMap.get(site.pointer);
    if (!span) continue;
    const start = span.key?.[0] ?? span.value[0];
    items.push({
      kind: site.status,
      id: site.id,
      label: short(site.name),
      range: model.parsed.lines.range(start, span.value[1]),
      offset: start,
    });
  }
  for (const d of a.diagnostics) {
    // A placeholder in an adopted plan is already listed, as a placeholder.
    if (!d.code.startsWith('adopted-') || d.code === 'adopted-placeholder') continue;
    items.push({ kind: 'readiness', id: d.code, label: short(formatMessage(d, lang), 160), range: d.range, offset: model.parsed.lines.offset(d.range.start) });
  }
  return items.sort((x, y) => x.offset - y.offset).map(({ offset: _offset, ...item }) => item);
}

export function countLeft(items: readonly LeftItem[]): LeftCounts {
  return {
    placeholders: items.filter((i) => i.kind === 'placeholder').length,
    unknown: items.filter((i) => i.kind === 'unknown').length,
    readiness: items.filter((i) => i.kind === 'readiness').length,
  };
}

/** "Còn phải đặt: 42 chưa đặt, 0 chưa biết, 0 chưa sẵn sàng", or "Không còn gì phải đặt". */
export function leftSummary(counts: LeftCounts, lang: Lang): string {
  const { placeholders, unknown, readiness } = counts;
  return placeholders + unknown + readiness === 0 ? t('editor.left-none', lang) : t('editor.left-summary', lang, { placeholders, unknown, readiness });
}

/** The kind's words ("chưa đặt chỉ tiêu"), for an item's description. */
export function leftKindText(kind: LeftKind, lang: Lang): string {
  return t(kind === 'placeholder' ? 'editor.left-placeholder' : kind === 'unknown' ? 'editor.left-unknown' : 'editor.left-readiness', lang);
}
