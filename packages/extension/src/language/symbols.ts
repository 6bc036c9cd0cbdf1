// The outline: articles → items → paragraphs, then the indicators (with their parts) and the
// narrative targets, each named as printed.
import type { Analysis } from './analysis.js';
import { SymbolKind, type DocumentSymbol, type Range } from './lsp.js';
import { planOf } from './planIndex.js';

const short = (s: string | undefined, n = 70) => {
  const flat = (s ?? '').replace(/\s+/g, ' ').trim();
  return flat.length > n ? flat.slice(0, n - 1) + '…' : flat;
};

export function findDocumentSymbols(a: Analysis): DocumentSymbol[] {
  const plan = planOf(a.model);
  if (!plan) return [];
  const lines = a.model.parsed.lines;
  const map = a.model.sourceMap;
  const rangeOf = (pointer: string): { range: Range; selectionRange: Range } | undefined => {
    const span = map.get(pointer);
    if (!span) return undefined;
    const range = lines.range(span.value[0], span.value[1]);
    const id = map.get(`${pointer}/id`);
    const selectionRange = id ? lines.range(id.value[0], id.value[1]) : { start: range.start, end: range.start };
    return { range, selectionRange };
  };
  const symbol = (pointer: string, name: string, kind: number, detail?: string, children?: DocumentSymbol[]): DocumentSymbol | undefined => {
    const r = rangeOf(pointer);
    if (!r || !name) return undefined;
    return { name, kind, ...r, ...(detail ? { detail } : {}), ...(children?.length ? { children } : {}) };
  };
  const defined = <T>(xs: Array<T | undefined>) => xs.filter((x): x is T => x !== undefined);
  const arr = <T>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);

  const articles = arr<NonNullable<typeof plan.articles>[number]>(plan.articles).map((art, i) => {
    const ap = `/articles/${i}`;
    const paragraphs = (p: string, list: unknown) =>
      arr<{ id?: string; text?: string }>(list).map((para, k) => symbol(`${p}/paragraphs/${k}`, short(para?.text, 60), SymbolKind.String, para?.id));
    const items = arr<{ id?: string; label?: string; heading?: string; paragraphs?: unknown }>(art?.items).map((it, j) =>
      symbol(`${ap}/items/${j}`, `${it?.label ?? ''} ${short(it?.heading)}`.trim(), SymbolKind.Struct, it?.id, defined(paragraphs(`${ap}/items/${j}`, it?.paragraphs))),
    );
    return symbol(ap, `${art?.label ?? ''} ${short(art?.heading)}`.trim(), SymbolKind.Namespace, art?.id, defined([...paragraphs(ap, art?.paragraphs), ...items]));
  });

  const indicators = arr<NonNullable<typeof plan.indicators>[number]>(plan.indicators).map((ind, i) => {
    const p = `/indicators/${i}`;
    const parts = arr<{ id?: string; label?: string; name?: string; target?: { wording?: string } }>(ind?.parts).map((part, j) =>
      symbol(`${p}/parts/${j}`, `${part?.label ? part.label + ' ' : ''}${short(part?.name, 50)}`, SymbolKind.Number, part?.target?.wording ?? part?.id),
    );
    const target = ind?.dropped ? 'đã bỏ / dropped' : ind?.target?.placeholder ? 'chưa đặt / not set' : ind?.target?.wording;
    return symbol(p, `${ind?.number ? ind.number + ' ' : ''}${short(ind?.name, 60)}`, SymbolKind.Field, target ?? ind?.id, defined(parts));
  });

  const narrative = arr<{ id?: string; text?: string; target?: { wording?: string } }>(plan.narrativeTargets).map((n, i) =>
    symbol(`/narrativeTargets/${i}`, n?.id ?? `#${i + 1}`, SymbolKind.Key, n?.target?.wording),
  );

  const group = (pointer: string, name: string, children: Array<DocumentSymbol | undefined>) => symbol(pointer, name, SymbolKind.Object, undefined, defined(children));
  return defined([
    group('/articles', 'Điều khoản / Articles', articles),
    group('/indicators', 'Chỉ tiêu (Phụ lục) / Indicators', indicators),
    group('/narrativeTargets', 'Mục tiêu trong văn bản / Narrative targets', narrative),
  ]);
}
