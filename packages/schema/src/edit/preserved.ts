// What a writer must not lose, checked on its result: every comment, and every value it did not
// mean to change. new-year checks its own draft with these before anyone writes it; the writers'
// property test checks every writer with them.
import { Composer, Parser, YAMLParseError, type Document, type DocumentOptions, type ParseOptions, type SchemaOptions } from 'yaml';

export interface Comment {
  offset: number;
  /** The comment from its `#`, trailing whitespace dropped. */
  text: string;
}

/** Every comment of a YAML text, read by the yaml package's concrete syntax tree (linear). */
export function commentsOf(text: string): Comment[] {
  return commentsOfTokens([...new Parser().parse(text)]);
}

/**
 * parseDocument's document and the text's comments, from one pass of the parser (on a 1,5 MB
 * plan a pass is about a second: new-year reads the baseline and its draft once each).
 */
export function parseWithComments(text: string, options: ParseOptions & DocumentOptions & SchemaOptions): { doc: Document.Parsed; comments: Comment[] } {
  const tokens: unknown[] = [];
  function* kept<T>(source: Iterable<T>) {
    for (const t of source) {
      tokens.push(t);
      yield t;
    }
  }
  let doc: Document.Parsed | undefined;
  for (const d of new Composer(options).compose(kept(new Parser().parse(text)), true, text.length)) {
    if (!doc) doc = d;
    else {
      doc.errors.push(new YAMLParseError([d.range[0], d.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
      break;
    }
  }
  return { doc: doc!, comments: commentsOfTokens(tokens) };
}

function commentsOfTokens(tokens: unknown[]): Comment[] {
  const out: Comment[] = [];
  const stack: unknown[] = [...tokens];
  while (stack.length) {
    const n = stack.pop();
    if (Array.isArray(n)) {
      for (let i = n.length - 1; i >= 0; i--) stack.push(n[i]);
      continue;
    }
    if (n === null || typeof n !== 'object') continue;
    const token = n as { type?: unknown; offset?: unknown; source?: unknown };
    if (token.type === 'comment' && typeof token.offset === 'number' && typeof token.source === 'string') {
      out.push({ offset: token.offset, text: token.source.trimEnd() });
      continue;
    }
    for (const v of Object.values(n)) if (v !== null && typeof v === 'object') stack.push(v);
  }
  return out.sort((a, b) => a.offset - b.offset);
}

/**
 * The comments of `before` that `after` no longer has (as often as `before` has them), except
 * those inside `removed` ranges of `before` (the lines a writer meant to remove, with their
 * comments: a dropped indicator's own).
 */
export function lostComments(before: string | Comment[], after: string | Comment[], removed: ReadonlyArray<readonly [number, number]> = []): Comment[] {
  const left = new Map<string, number>();
  for (const c of typeof after === 'string' ? commentsOf(after) : after) left.set(c.text, (left.get(c.text) ?? 0) + 1);
  const lost: Comment[] = [];
  for (const c of typeof before === 'string' ? commentsOf(before) : before) {
    if (removed.some(([s, e]) => c.offset >= s && c.offset < e)) continue;
    const n = left.get(c.text) ?? 0;
    if (n === 0) lost.push(c);
    else left.set(c.text, n - 1);
  }
  return lost;
}

/** The JSON pointer of the first place two plain values differ (key order aside), or undefined. */
export function firstDifference(a: unknown, b: unknown, at = ''): string | undefined {
  if (Object.is(a, b)) return undefined;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (i >= a.length || i >= b.length) return `${at}/${i}`;
      const d = firstDifference(a[i], b[i], `${at}/${i}`);
      if (d !== undefined) return d;
    }
    return undefined;
  }
  if (isRecord(a) && isRecord(b) && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      const p = `${at}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (!has(a, k) || !has(b, k)) return p;
      const d = firstDifference(a[k], b[k], p);
      if (d !== undefined) return d;
    }
    return undefined;
  }
  return at;
}

const has = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object';
}
