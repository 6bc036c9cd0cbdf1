import type { Span, Spans } from '../parse/spans.js';

export type { Span };

/** An index from JSON pointers ("/indicators/0/target/op") to source ranges. */
export class SourceMap {
  constructor(private readonly spans: Spans) {}

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

  /** Value ranges of the leaves (scalars, empty collections). */
  leafRanges(): Array<[number, number]> {
    return this.spans.leafRanges();
  }
}
