// The outline: articles → items (at any depth) → paragraphs (or a text's top-level items), then the indicators (with their parts) and the
// narrative targets, each named as printed.
import type { Analysis } from './analysis.js';
import { SymbolKind, type DocumentSymbol, type Range } from './lsp.js';
import { visible, type ClauseNode } from '@kehoach/schema';
import { pair } from './terms.js';

const short = (s: string | undefined, n = 70) => {
  const flat = (s ?? '').replace(/\s+/g, ' ').trim();
  return flat.length > n ? flat.slice(0, n - 1) + '…' : flat;
};

export function findDocumentSymbols(a: Analysis): DocumentSymbol[] {
  if (a.model.value === null || typeof a.model.value !== 'object' || Array.isArray(a.model.value)) return [];
  const plan = a.model.plan;
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
  const symbol = (pointer: string, name: string, kind: DocumentSymbol['kind'], detail?: string, children?: DocumentSymbol[]): DocumentSymbol | undefined => {
    const r = rangeOf(pointer);
    if (!r || !name) return undefined;
    // The outline is plain text: a plan's bidi and invisible characters are shown, not obeyed.
    return { name: visible(name), kind, ...r, ...(detail ? { detail: visible(detail) } : {}), ...(children?.length ? { children } : {}) };
  };
  const defined = <T>(xs: Array<T | undefined>) => xs.filter((x): x is T => x !== undefined);
  // The clause tree, at any depth: a paragraph by its text, an article or item by label and heading.
  const clauseSymbol = (c: ClauseNode): DocumentSymbol | undefined =>
    c.kind === 'paragraph'
      ? symbol(c.pointer, short(c.text, 60), SymbolKind.String, c.id || undefined)
      : symbol(c.pointer, `${c.label ?? ''} ${short(c.heading)}`.trim(), c.kind === 'article' ? SymbolKind.Namespace : SymbolKind.Struct, c.id || undefined, defined(c.children.map(clauseSymbol)));
  const articles = plan.roots.filter((c) => c.kind === 'article').map(clauseSymbol);
  // A text printed without articles: its items at the root.
  const items = plan.roots.filter((c) => c.kind === 'item').map(clauseSymbol);

  const indicators = plan.indicators.map((ind) => {
    const parts = ind.parts.map((part) =>
      symbol(part.pointer, `${part.source.label ? part.source.label + ' ' : ''}${short(part.name, 50)}`, SymbolKind.Number, part.target?.target.wording ?? part.id),
    );
    const t = ind.target?.target;
    const target = ind.dropped ? pair('editor.dropped') : ind.unconfirmed ? pair('editor.unconfirmed') : t?.placeholder ? pair('editor.not-set') : t?.unknown ? pair('editor.unknown') : t?.wording;
    return symbol(ind.pointer, `${ind.source.number ? ind.source.number + ' ' : ''}${short(ind.name, 60)}`, SymbolKind.Field, target ?? ind.id, defined(parts));
  });

  const narrative = plan.narratives.map((n) => symbol(n.pointer, n.id, SymbolKind.Key, n.target?.target.wording));

  const group = (pointer: string, name: string, children: Array<DocumentSymbol | undefined>) => symbol(pointer, name, SymbolKind.Object, undefined, defined(children));
  return defined([
    group('/articles', pair('editor.outline-articles'), articles),
    group('/items', pair('editor.outline-items'), items),
    group('/indicators', pair('editor.outline-indicators'), indicators),
    group('/narrativeTargets', pair('editor.outline-narratives'), narrative),
  ]);
}
