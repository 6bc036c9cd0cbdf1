import { isMap, isPair, isScalar, isSeq, type Document } from 'yaml';

/** Source offsets of one node: its key (for map entries) and its value. */
export interface Span {
  key?: [number, number];
  value: [number, number];
}

/** Nesting beyond this is not indexed (plans are ~8 levels deep; YAML itself stops far below). */
const MAX_DEPTH = 256;

export function pointerEscape(segment: string | number): string {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
}

export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** An index from JSON pointers ("/indicators/0/target/op") to source ranges. */
export class SourceMap {
  private readonly spans = new Map<string, Span>();

  constructor(doc: Document.Parsed | undefined) {
    if (!doc?.contents) return;
    const root = doc.contents;
    const r = root.range;
    this.spans.set('', { value: r ? [r[0], r[1]] : [0, 0] });
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
          this.spans.set(child, keySpan ? { key: keySpan, value: valueSpan } : { value: valueSpan });
          if (pair.value) stack.push({ node: pair.value, pointer: child, depth: depth + 1 });
        }
      } else if (isSeq(node)) {
        node.items.forEach((item, i) => {
          const child = `${pointer}/${i}`;
          const v = (item as { range?: [number, number, number] } | null)?.range;
          if (v) this.spans.set(child, { value: [v[0], v[1]] });
          stack.push({ node: item, pointer: child, depth: depth + 1 });
        });
      }
    }
  }

  get(pointer: string): Span | undefined {
    return this.spans.get(pointer);
  }

  /** The span of the pointer, or of its nearest ancestor that exists in the source. */
  nearest(pointer: string): { pointer: string; span: Span } {
    let p = pointer;
    for (;;) {
      const span = this.spans.get(p);
      if (span) return { pointer: p, span };
      if (p === '') return { pointer: '', span: { value: [0, 0] } };
      p = p.slice(0, p.lastIndexOf('/'));
    }
  }

  pointers(): IterableIterator<string> {
    return this.spans.keys();
  }
}
