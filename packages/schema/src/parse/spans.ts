import { isCollection, isMap, isPair, isScalar, isSeq, type Document } from 'yaml';

/** Source offsets of one node: its key (for map entries) and its value. */
export interface Span {
  key?: [number, number];
  value: [number, number];
}

/**
 * One node's offsets, and its children mirroring the value (a Map for a mapping, an array for
 * a sequence). Parsers build this tree without making a pointer string per node: on a
 * 10.000-indicator plan that was most of the parse.
 */
export class SpanNode {
  kids: Map<string, SpanNode> | SpanNode[] | undefined = undefined;
  /** `ks` is -1 for a node without a key (the root, sequence items). */
  constructor(
    readonly ks: number,
    readonly ke: number,
    readonly vs: number,
    readonly ve: number,
  ) {}

  span(): Span {
    return this.ks < 0 ? { value: [this.vs, this.ve] } : { key: [this.ks, this.ke], value: [this.vs, this.ve] };
  }
}

/** Source offsets by JSON pointer ("/indicators/0/target/op"), read from the span tree. */
export class Spans {
  constructor(readonly root: SpanNode | undefined) {}

  node(pointer: string): SpanNode | undefined {
    let n = this.root;
    if (pointer === '') return n;
    let i = 1;
    while (n && i <= pointer.length) {
      let j = pointer.indexOf('/', i);
      if (j < 0) j = pointer.length;
      const raw = pointer.slice(i, j);
      const kids: Map<string, SpanNode> | SpanNode[] | undefined = n.kids;
      if (!kids) return undefined;
      if (Array.isArray(kids)) n = /^(0|[1-9][0-9]*)$/.test(raw) ? kids[Number(raw)] : undefined;
      else n = kids.get(raw.indexOf('~') < 0 ? raw : raw.replace(/~1/g, '/').replace(/~0/g, '~'));
      i = j + 1;
    }
    return n;
  }

  get(pointer: string): Span | undefined {
    return this.node(pointer)?.span();
  }

  has(pointer: string): boolean {
    return this.node(pointer) !== undefined;
  }

  /** Every node, by pointer, in document order (builds the pointers: for tests and tools). */
  *entries(): IterableIterator<[string, Span]> {
    if (!this.root) return;
    const stack: Array<[string, SpanNode]> = [['', this.root]];
    while (stack.length) {
      const [p, n] = stack.pop()!;
      yield [p, n.span()];
      const kids = n.kids;
      if (!kids) continue;
      const children: Array<[string, SpanNode]> = Array.isArray(kids)
        ? kids.map((k, i) => [`${p}/${i}`, k])
        : [...kids].map(([k, v]) => [`${p}/${pointerEscape(k)}`, v]);
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }

  [Symbol.iterator](): IterableIterator<[string, Span]> {
    return this.entries();
  }

  *keys(): IterableIterator<string> {
    for (const [p] of this.entries()) yield p;
  }

  get size(): number {
    let count = 0;
    const stack = this.root ? [this.root] : [];
    while (stack.length) {
      const n = stack.pop()!;
      count++;
      if (n.kids) for (const k of Array.isArray(n.kids) ? n.kids : n.kids.values()) stack.push(k);
    }
    return count;
  }

  /** Value ranges of the leaves (scalars and empty collections): where a "#" is text, not a comment. */
  leafRanges(): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    const stack = this.root ? [this.root] : [];
    while (stack.length) {
      const n = stack.pop()!;
      const kids = n.kids;
      const size = !kids ? 0 : Array.isArray(kids) ? kids.length : kids.size;
      if (size === 0) {
        if (n.ve > n.vs) out.push([n.vs, n.ve]);
      } else for (const k of Array.isArray(kids) ? kids : kids!.values()) stack.push(k);
    }
    return out;
  }
}

export const NO_SPANS = new Spans(undefined);

/** Nesting beyond this is not indexed (plans are ~8 levels deep; YAML itself stops far below). */
const MAX_DEPTH = 256;

export function pointerEscape(segment: string | number): string {
  if (typeof segment === 'number') return String(segment);
  // Most keys have neither character: no string rebuilt (a model has one pointer per node).
  if (segment.indexOf('~') < 0 && segment.indexOf('/') < 0) return segment;
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Every node's source offsets, walking the yaml document iteratively. */
export function spansOfDocument(doc: Document.Parsed | undefined): Spans {
  if (!doc?.contents) return NO_SPANS;
  const contents = doc.contents;
  const r = contents.range;
  const root = new SpanNode(-1, -1, r ? r[0] : 0, r ? r[1] : 0);
  const stack: Array<{ node: unknown; into: SpanNode; depth: number }> = [{ node: contents, into: root, depth: 0 }];
  while (stack.length) {
    const { node, into, depth } = stack.pop()!;
    if (depth > MAX_DEPTH) continue;
    if (isMap(node)) {
      const kids = new Map<string, SpanNode>();
      into.kids = kids;
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        // A key that is a mapping or a list is never stringified (the yaml package does that
        // exponentially in the nesting); no pointer names it: it has no span of its own.
        if (isCollection(pair.key)) continue;
        const keyText = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const k = (pair.key as { range?: [number, number, number] } | null)?.range;
        const v = (pair.value as { range?: [number, number, number] } | null)?.range;
        // A key with no value ("name:") spans the key itself.
        const [vs, ve] = v ? [v[0], v[1]] : k ? [k[0], k[1]] : [0, 0];
        const child = new SpanNode(k ? k[0] : -1, k ? k[1] : -1, vs, ve);
        kids.set(keyText, child); // a duplicate key: the last one wins, as in the value
        if (pair.value) stack.push({ node: pair.value, into: child, depth: depth + 1 });
      }
    } else if (isSeq(node)) {
      const kids: SpanNode[] = [];
      into.kids = kids;
      node.items.forEach((item) => {
        const v = (item as { range?: [number, number, number] } | null)?.range;
        const child = new SpanNode(-1, -1, v ? v[0] : 0, v ? v[1] : 0);
        kids.push(child);
        stack.push({ node: item, into: child, depth: depth + 1 });
      });
    }
  }
  return new Spans(root);
}
