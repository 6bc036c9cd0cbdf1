import { isMap, isPair, isScalar, isSeq, type Document } from 'yaml';

/** Source offsets of one node: its key (for map entries) and its value. */
export interface Span {
  key?: [number, number];
  value: [number, number];
}

/** JSON pointer ("/indicators/0/target/op") → source offsets. */
export type Spans = Map<string, Span>;

/** Nesting beyond this is not indexed (plans are ~8 levels deep; YAML itself stops far below). */
const MAX_DEPTH = 256;

export function pointerEscape(segment: string | number): string {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Every node's source offsets, by JSON pointer, walking the document iteratively. */
export function spansOfDocument(doc: Document.Parsed | undefined): Spans {
  const spans: Spans = new Map();
  if (!doc?.contents) return spans;
  const root = doc.contents;
  const r = root.range;
  spans.set('', { value: r ? [r[0], r[1]] : [0, 0] });
  const stack: Array<{ node: unknown; pointer: string; depth: number }> = [{ node: root, pointer: '', depth: 0 }];
  while (stack.length) {
    const { node, pointer, depth } = stack.pop()!;
    if (depth > MAX_DEPTH) continue;
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyText = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const child = `${pointer}/${pointerEscape(keyText)}`;
        const k = (pair.key as { range?: [number, number, number] } | null)?.range;
        const v = (pair.value as { range?: [number, number, number] } | null)?.range;
        const keySpan: [number, number] | undefined = k ? [k[0], k[1]] : undefined;
        // A key with no value ("name:") spans the key itself.
        const valueSpan: [number, number] = v ? [v[0], v[1]] : keySpan ?? [0, 0];
        spans.set(child, keySpan ? { key: keySpan, value: valueSpan } : { value: valueSpan });
        if (pair.value) stack.push({ node: pair.value, pointer: child, depth: depth + 1 });
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const child = `${pointer}/${i}`;
        const v = (item as { range?: [number, number, number] } | null)?.range;
        if (v) spans.set(child, { value: [v[0], v[1]] });
        stack.push({ node: item, pointer: child, depth: depth + 1 });
      });
    }
  }
  return spans;
}
