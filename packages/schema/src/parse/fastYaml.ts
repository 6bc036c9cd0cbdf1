// A fast path for the YAML subset plan files use. `fastParse` returns exactly what
// parseDocument(text, { version: '1.2', schema: 'core', merge: false, uniqueKeys: true })
// + toJS() + spansOfDocument() would, or undefined whenever the text leaves the subset or
// anything is in doubt (every error included): the caller then asks the `yaml` package,
// which stays the authority and reports proper diagnostics.
//
// The subset: a block mapping or sequence at the root (column 0); block mappings and
// sequences (compact `- key: value` maps, sequences at or under their key's indent);
// single-line flow mappings and sequences; single-line plain, double-quoted and single-quoted
// scalars; block scalars `|` `>` with optional `-`/`+`; empty values; comments; an optional
// BOM, LF or CRLF, an optional leading `---`. Everything else declines: tabs, anchors,
// aliases, tags, directives, `?` keys, multi-line plain/quoted scalars and flow collections,
// explicit indentation indicators, empty block scalars, keys that are not strings, duplicate,
// `<<` and `__proto__` keys, a second document or `...`, control characters, a bare `-` above
// a nested collection, nesting deeper than MAX_DEPTH; and every error.
//
// Source ranges follow yaml's parser and composer exactly, including their less obvious
// rules (explained where they are applied): a collection's range ends where its last value's
// node range ends, which stretches over the value's trailing comment and line break, over
// comment lines indented deeper than the collection that follow a flow value, over the
// comments of an empty value, and over trailing comment lines the CST parser leaves inside
// a collection. Only the Map's insertion order differs (document order here).
import { SpanNode, Spans } from './spans.js';

/** Deeper nesting falls back (yaml's own span walk stops at 256). */
const MAX_DEPTH = 200;
/**
 * More nodes than this fall back to the yaml path (where the token limit refuses them, guard.ts):
 * a 10 MB plan has about 500.000; 3 million list items on one line (9 MB) cost the checks after
 * the parse seconds and a gigabyte.
 */
export const MAX_FAST_NODES = 1_000_000;
/** yaml rejects implicit keys whose `:` is more than 1024 characters after their start. */
const MAX_KEY = 1000;

const LF = 10, CR = 13, SP = 32, BANG = 33, QUOT = 34, HASH = 35, PCT = 37, AMP = 38, APOS = 39;
const STAR = 42, PLUS = 43, COMMA = 44, DASH = 45, DOT = 46, COLON = 58, GT = 62, QMARK = 63, AT = 64;
const LBRACK = 91, BSLASH = 92, RBRACK = 93, BTICK = 96, LBRACE = 123, PIPE = 124, RBRACE = 125, BOM = 0xfeff;

/** Characters the fast path does not handle (tabs, control characters, odd line breaks, a lone CR). */
const UNSAFE = /[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]|\r(?!\n)/;

// YAML 1.2 core schema, as yaml's core tags test them, in the same order.
const NULL_RE = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL_RE = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const OCT_RE = /^0o[0-7]+$/;
const INT_RE = /^[-+]?[0-9]+$/;
const HEX_RE = /^0x[0-9a-fA-F]+$/;
const NAN_RE = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const EXP_RE = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT_RE = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

class Fallback {}
const FALLBACK = new Fallback();
function fail(): never {
  throw FALLBACK;
}

const isFlowIndicator = (c: number) => c === COMMA || c === LBRACK || c === RBRACK || c === LBRACE || c === RBRACE;

/** Parse `text` if it lies in the fast subset; undefined means "ask the yaml package". */
export function fastParse(text: string): { value: unknown; spans: Spans } | undefined {
  try {
    return new Scanner(text).parse();
  } catch {
    // Fallback, or anything unexpected (a stack overflow included): the yaml path decides.
    return undefined;
  }
}

/** Characters a plain scalar may not start with (indicators), or that this subset leaves to yaml. */
function checkPlainStart(c: number, next: number, inFlow: boolean) {
  switch (c) {
    case SP: case LF: case CR: case HASH: case LBRACE: case LBRACK: case RBRACE: case RBRACK:
    case STAR: case AMP: case BANG: case QUOT: case APOS: case PIPE: case GT: case COMMA:
    case PCT: case AT: case BTICK: case QMARK: case COLON:
      fail();
      break;
    case DASH:
      if (next === SP || next === LF || next === CR || Number.isNaN(next) || (inFlow && isFlowIndicator(next))) fail();
      break;
    default:
      if (Number.isNaN(c)) fail();
  }
}

/**
 * Short plain scalars that resolved to strings, to reuse one string per distinct key or word
 * (plans repeat `id`, `target`, `level`, `%`… thousands of times). Only strings of at most 12
 * characters: V8 copies those when slicing, so the cache never pins a whole source text.
 */
const CACHE_MAX = 12;

/** A plain scalar's value under the YAML 1.2 core schema, as yaml resolves it. */
function resolvePlain(s: string): unknown {
  const c = s.charCodeAt(0);
  if (c === 126) return s.length === 1 ? null : s; // ~
  if (c === 110 || c === 78 || c === 116 || c === 84 || c === 102 || c === 70) {
    // n N t T f F: only null, true or false (4 or 5 letters) resolve to something else.
    if (s.length !== 4 && s.length !== 5) return s;
    if (NULL_RE.test(s)) return null;
    if (BOOL_RE.test(s)) return c === 116 || c === 84;
    return s;
  }
  // Only digits, signs and dots can start a number.
  if (!((c >= 48 && c <= 57) || c === PLUS || c === DASH || c === DOT)) return s;
  if (OCT_RE.test(s)) return parseInt(s.substring(2), 8);
  if (INT_RE.test(s)) return parseInt(s, 10);
  if (HEX_RE.test(s)) return parseInt(s.substring(2), 16);
  if (NAN_RE.test(s)) return s.slice(-3).toLowerCase() === 'nan' ? NaN : c === DASH ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (EXP_RE.test(s) || FLOAT_RE.test(s)) return parseFloat(s);
  return s;
}

const ESCAPES: Record<number, string> = {
  48: '\0', 97: '\x07', 98: '\b', 101: '\x1b', 102: '\f', 110: '\n', 114: '\r', 116: '\t', 118: '\v',
  78: '\u0085', 95: '\u00a0', 76: '\u2028', 80: '\u2029', 32: ' ', 34: '"', 47: '/', 92: '\\',
};

function isHex(c: number) {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/**
 * One parse of one text: the position and what each node leaves for its parent live here, so a
 * parse shares no state with another (fastParse makes a new scanner for every text).
 */
class Scanner {
  readonly #s: string;
  readonly #n: number;
  /** Current position. */
  #p = 0;
  /** Start of the line holding the next content token. */
  #lineStart = 0;
  /** Children of the collection just parsed (undefined after a scalar): its parent node takes them. */
  #kids: Map<string, SpanNode> | SpanNode[] | undefined;
  /** Range of the node just parsed: start, value end, node end (yaml's range[0..2]). */
  #r0 = 0;
  #r1 = 0;
  #r2 = 0;
  /** After a gap: indent of the next content line (-1 at the end of input); p is at its first token. */
  #nextIndent = -1;
  /**
   * Deepest indent of a comment line waiting, in yaml's CST, as a comment-only item after the
   * last value (-1: none). Such an item stays in a collection that is closed if one of its
   * comments is at least as indented as the collection (and the collection is not at indent 0);
   * otherwise it moves out to the parent. Where it stays, the collection's node range ends at the
   * next content token.
   */
  #tMax = -1;
  /** Set by scanGap: end of the last comment line merged into the previous flow value's end. */
  #mergeEnd = -1;
  /** Set by scanGap: whether the gap held a comment line. */
  #gapComment = false;
  /** Set by scanPlain: end of the plain scalar (trailing spaces excluded). */
  #plainEnd = 0;
  /** Nodes made so far (MAX_FAST_NODES). */
  #nodes = 0;
  /** Short plain scalars already read, by a hash of their text (see plainValue). */
  readonly #cache: Array<string | undefined> = new Array<string | undefined>(1024).fill(undefined);

  constructor(text: string) {
    this.#s = text;
    this.#n = text.length;
  }

  #code(i: number): number {
    return this.#s.charCodeAt(i);
  }

  /** yaml lexer's isEmpty: space, line break or end of input (tabs never get this far). */
  #isEmptyAt(i: number): boolean {
    const c = this.#s.charCodeAt(i);
    return c === SP || c === LF || c === CR || i >= this.#n;
  }

  #isDashItem(i: number): boolean {
    return this.#s.charCodeAt(i) === DASH && this.#isEmptyAt(i + 1);
  }

  #isDocMarker(i: number): boolean {
    const c = this.#s.charCodeAt(i);
    return (c === DASH || c === DOT) && this.#s.charCodeAt(i + 1) === c && this.#s.charCodeAt(i + 2) === c && this.#isEmptyAt(i + 3);
  }

  parse(): { value: unknown; spans: Spans } {
    const text = this.#s;
    const bom = this.#n > 0 && text.charCodeAt(0) === BOM;
    this.#p = bom ? 1 : 0;
    if (UNSAFE.test(bom ? text.slice(1) : text)) fail();

    // Before the document: blank lines, comments, at most one `---`.
    let docStart = false;
    for (;;) {
      if (this.#p >= this.#n) fail(); // nothing but comments
      const ls = this.#p;
      let c = this.#code(this.#p);
      while (c === SP) c = this.#code(++this.#p);
      if (c === LF) { this.#p++; continue; }
      if (c === CR) { this.#p += 2; continue; }
      if (c === HASH) { this.#skipComment(); continue; }
      if (this.#p >= this.#n) fail();
      if (this.#p !== ls) fail(); // an indented root
      if (this.#isDocMarker(this.#p)) {
        if (c === DOT || docStart) fail();
        docStart = true;
        this.#p += 3;
        this.#endLine(false);
        continue;
      }
      this.#lineStart = ls;
      break;
    }

    // yaml's parser does not count a `-` right after the BOM as indentation: a sequence there
    // gets an error.
    if (bom && this.#p === 1 && this.#isDashItem(this.#p)) fail();
    const value = this.#isDashItem(this.#p) ? this.#blockSeq(0, 1) : this.#blockMap(0, 1);
    if (this.#nextIndent !== -1) fail(); // content the root did not take
    const root = new SpanNode(-1, -1, this.#r0, this.#r1);
    root.kids = this.#kids;
    return { value, spans: new Spans(root) };
  }

  /** Past a comment to the start of the next line (or the end of input). */
  #skipComment() {
    const e = this.#s.indexOf('\n', this.#p);
    this.#p = e === -1 ? this.#n : e + 1;
  }

  #skipSpaces() {
    while (this.#s.charCodeAt(this.#p) === SP) this.#p++;
  }

  /** The rest of a line after a value or indicator: spaces, an optional comment, the line break. */
  #endLine(spaceBefore: boolean) {
    const s0 = this.#p;
    this.#skipSpaces();
    const c = this.#code(this.#p);
    if (c === HASH) {
      if (this.#p === s0 && !spaceBefore) fail(); // a comment must follow white space
      this.#skipComment();
    } else if (c === LF) this.#p++;
    else if (c === CR) this.#p += 2;
    else if (this.#p < this.#n) fail();
  }

  /**
   * Blank and comment lines up to the next content line (p at its first token) or the end of input.
   * mergeIndent ≥ 0 when the previous value is a flow value (plain, quoted, flow collection) in a
   * collection at that indent: yaml's CST parser appends comment lines indented deeper than the
   * collection to that value's end tokens (blank lines between them too) as long as no other
   * comment line came first, which stretches the value's node range (mergeEnd).
   */
  #scanGap(mergeIndent: number) {
    this.#mergeEnd = -1;
    this.#gapComment = false;
    let max = -1;
    let clean = true;
    while (this.#p < this.#n) {
      const ls = this.#p;
      let c = this.#code(this.#p);
      while (c === SP) c = this.#code(++this.#p);
      if (c === LF) { this.#p++; continue; }
      if (c === CR) { this.#p += 2; continue; }
      if (this.#p >= this.#n) break;
      const col = this.#p - ls;
      if (c === HASH) {
        this.#gapComment = true;
        this.#skipComment();
        if (clean && mergeIndent >= 0 && col > mergeIndent) this.#mergeEnd = this.#p;
        else {
          clean = false;
          if (col > max) max = col;
        }
        continue;
      }
      if (col === 0 && this.#isDocMarker(this.#p)) fail(); // a second document or `...`
      this.#lineStart = ls;
      this.#nextIndent = col;
      this.#tMax = max;
      return;
    }
    this.#p = this.#n;
    this.#nextIndent = -1;
    this.#tMax = max;
  }

  /** Closing a collection: does the pending comment-only item stay in it (see tMax)? */
  #closeRange(indent: number, offset: number) {
    if (indent > 0 && this.#tMax >= indent) {
      this.#r2 = this.#p;
      this.#tMax = -1;
    } else this.#r2 = offset;
  }

  /** A block mapping whose first key is at p, at column `indent`. Sets r0..r2. */
  #blockMap(indent: number, depth: number): Record<string, unknown> {
    if (depth > MAX_DEPTH) fail();
    const obj: Record<string, unknown> = {};
    const r0 = this.#p;
    const kids = new Map<string, SpanNode>();
    for (;;) {
      const ks = this.#p;
      const key = this.#parseKey();
      const ke = this.#plainEnd;
      if (Object.prototype.hasOwnProperty.call(obj, key)) fail();
      this.#kids = undefined;
      // p is just past the `:`
      this.#skipSpaces();
      const c = this.#code(this.#p);
      let value: unknown;
      let v0: number, v1: number, v2: number;
      if (c === LF || c === CR || c === HASH || this.#p >= this.#n) {
        // No value on the key's line: a nested collection below, or an empty (null) value.
        const p = this.#p;
        const comment = c === HASH;
        this.#endLine(true);
        this.#scanGap(-1);
        if (this.#nextIndent > indent) {
          value = this.#isDashItem(this.#p) ? this.#blockSeq(this.#nextIndent, depth + 1) : this.#blockMap(this.#nextIndent, depth + 1);
          v0 = this.#r0; v1 = this.#r1; v2 = this.#r2;
        } else if (this.#nextIndent === indent && this.#isDashItem(this.#p)) {
          value = this.#blockSeq(indent, depth + 1);
          v0 = this.#r0; v1 = this.#r1; v2 = this.#r2;
        } else {
          // yaml places the empty scalar after the `:` and its spaces; its node range reaches
          // over the separator tokens (up to the next token) when they hold a comment.
          value = null;
          v0 = v1 = p;
          v2 = comment || this.#gapComment ? this.#p : p;
          this.#tMax = -1;
        }
      } else {
        value = this.#leafValue(indent, depth + 1);
        v0 = this.#r0; v1 = this.#r1; v2 = this.#r2;
      }
      obj[key] = value;
      if (++this.#nodes > MAX_FAST_NODES) fail();
      const node = new SpanNode(ks, ke, v0, v1);
      node.kids = this.#kids;
      kids.set(key, node);
      if (this.#nextIndent === indent) {
        if (this.#isDashItem(this.#p)) fail(); // a sequence item where the next key should be
        this.#tMax = -1;
        continue;
      }
      if (this.#nextIndent > indent) fail(); // bad indentation or a multi-line scalar
      this.#r0 = r0;
      this.#r1 = v2;
      this.#closeRange(indent, v2);
      this.#kids = kids;
      return obj;
    }
  }

  /** A block sequence whose first `-` is at p, at column `indent` (its parent key's or deeper). */
  #blockSeq(indent: number, depth: number): unknown[] {
    if (depth > MAX_DEPTH) fail();
    const arr: unknown[] = [];
    const r0 = this.#p;
    const kids: SpanNode[] = [];
    // Comment lines between the previous item and this `-` join this item's props in yaml's CST.
    let commentBefore = false;
    for (;;) {
      this.#p++; // the `-`
      this.#skipSpaces();
      this.#kids = undefined;
      const c = this.#code(this.#p);
      let value: unknown;
      let v0: number, v1: number, v2: number;
      if (c === LF || c === CR || c === HASH || this.#p >= this.#n) {
        const p = this.#p;
        const comment = c === HASH;
        this.#endLine(true);
        this.#scanGap(-1);
        if (this.#nextIndent > indent) fail(); // "-" alone above a nested node: not in the subset
        // The empty scalar sits after the `-` and its spaces; its node range reaches over the
        // item's props (up to the next token) when they hold a comment.
        value = null;
        v0 = v1 = p;
        v2 = commentBefore || comment || this.#gapComment ? this.#p : p;
        this.#tMax = -1;
      } else if (this.#keyAhead()) {
        value = this.#blockMap(this.#p - this.#lineStart, depth + 1);
        v0 = this.#r0; v1 = this.#r1; v2 = this.#r2;
      } else {
        value = this.#leafValue(indent, depth + 1);
        v0 = this.#r0; v1 = this.#r1; v2 = this.#r2;
      }
      arr.push(value);
      if (++this.#nodes > MAX_FAST_NODES) fail();
      const node = new SpanNode(-1, -1, v0, v1);
      node.kids = this.#kids;
      kids.push(node);
      if (this.#nextIndent === indent && this.#isDashItem(this.#p)) {
        commentBefore = this.#tMax >= 0;
        this.#tMax = -1;
        continue;
      }
      if (this.#nextIndent > indent) fail();
      // A line at this indent that is not an item ends the sequence; only a parent key at the
      // same indent can take it, which the parent checks.
      this.#r0 = r0;
      this.#r1 = v2;
      this.#closeRange(indent, v2);
      this.#kids = kids;
      return arr;
    }
  }

  /**
   * A value on the current line that is not empty: block scalar, flow collection, quoted or plain
   * scalar, in a collection at `indent`. Sets r0..r2 and scans the gap after it.
   */
  #leafValue(indent: number, depth: number): unknown {
    const c = this.#code(this.#p);
    if (c === PIPE || c === GT) {
      const value = this.#blockScalar(indent);
      this.#scanGap(-1);
      return value;
    }
    const start = this.#p;
    let value: unknown;
    if (c === LBRACE || c === LBRACK) value = this.#flowCollection(depth);
    else if (c === QUOT) value = this.#doubleQuoted();
    else if (c === APOS) value = this.#singleQuoted();
    else {
      checkPlainStart(c, this.#code(this.#p + 1), false);
      this.#scanPlain(this.#p, false);
      value = this.#plainValue(this.#p, this.#plainEnd);
      this.#p = this.#plainEnd;
    }
    const end = this.#p;
    this.#endLine(false);
    this.#r0 = start;
    this.#r1 = end;
    this.#r2 = this.#p;
    this.#scanGap(indent);
    if (this.#mergeEnd >= 0) this.#r2 = this.#mergeEnd;
    return value;
  }

  /** Is there an implicit key (`scalar:` followed by white space) at p? */
  #keyAhead(): boolean {
    const c = this.#code(this.#p);
    let i: number;
    if (c === QUOT || c === APOS) {
      i = this.#p + 1;
      for (;;) {
        if (i >= this.#n) return false;
        const d = this.#code(i);
        if (d === LF || d === CR) return false;
        if (c === QUOT && d === BSLASH) i += 2;
        else if (d === c) {
          if (c === APOS && this.#code(i + 1) === APOS) i += 2;
          else break;
        } else i++;
      }
      i++;
    } else if (c === LBRACE || c === LBRACK || c === PIPE || c === GT) return false;
    else i = this.#scanPlain(this.#p, false);
    while (this.#code(i) === SP) i++;
    return this.#code(i) === COLON && this.#isEmptyAt(i + 1);
  }

  /** An implicit key at p and its `:`; returns the key, leaves its end in plainEnd and p past the `:`. */
  #parseKey(): string {
    const ks = this.#p;
    const c = this.#code(this.#p);
    let key: string;
    let ke: number;
    if (c === QUOT) {
      key = this.#doubleQuoted();
      ke = this.#p;
    } else if (c === APOS) {
      key = this.#singleQuoted();
      ke = this.#p;
    } else {
      checkPlainStart(c, this.#code(this.#p + 1), false);
      const stop = this.#scanPlain(this.#p, false);
      ke = this.#plainEnd;
      const k = this.#plainValue(this.#p, ke);
      if (typeof k !== 'string') fail(); // null, bool and number keys fall back
      key = k;
      this.#p = stop;
    }
    if (key === '<<' || key === '__proto__') fail();
    this.#skipSpaces();
    if (this.#code(this.#p) !== COLON || !this.#isEmptyAt(this.#p + 1)) fail();
    if (this.#p - ks > MAX_KEY) fail();
    this.#p++;
    this.#plainEnd = ke;
    return key;
  }

  /**
   * Scan a plain scalar from i as yaml's lexer does on one line: it ends before `: ` (`:` and
   * white space or, in flow, a flow indicator), before ` #`, at the line end, and in flow at
   * `,[]{}`. Returns where the scan stopped; plainEnd is the scalar's end (spaces trimmed).
   */
  #scanPlain(i: number, inFlow: boolean): number {
    let end = i;
    if (!inFlow) {
      // Block context: everything above `:` (letters, most punctuation, all non-ASCII) is content.
      for (;;) {
        const c = this.#s.charCodeAt(i);
        if (c > COLON) {
          end = ++i;
          continue;
        }
        if (c === COLON) {
          const d = this.#s.charCodeAt(i + 1);
          if (d === SP || d === LF || d === CR || d !== d) break;
          end = i + 1;
        } else if (c === SP) {
          if (this.#s.charCodeAt(i + 1) === HASH) break;
        } else if (c === LF || c === CR || c !== c) break; // c !== c: past the end
        else end = i + 1;
        i++;
      }
      this.#plainEnd = end;
      return i;
    }
    for (;;) {
      if (i >= this.#n) break;
      const c = this.#s.charCodeAt(i);
      if (c === COLON) {
        const d = this.#s.charCodeAt(i + 1);
        if (d === SP || d === LF || d === CR || i + 1 >= this.#n || isFlowIndicator(d)) break;
        end = i + 1;
      } else if (c === SP) {
        if (this.#s.charCodeAt(i + 1) === HASH) break;
      } else if (c === LF || c === CR || isFlowIndicator(c)) break;
      else end = i + 1;
      i++;
    }
    this.#plainEnd = end;
    return i;
  }

  /** The plain scalar [a, b) resolved; short strings come from the cache. */
  #plainValue(a: number, b: number): unknown {
    const len = b - a;
    if (len > CACHE_MAX) return resolvePlain(this.#s.slice(a, b));
    const h = (len * 31 + this.#s.charCodeAt(a) * 7 + this.#s.charCodeAt(b - 1) * 3 + this.#s.charCodeAt(a + (len >> 1))) & 1023;
    const hit = this.#cache[h];
    if (hit !== undefined && hit.length === len && this.#s.startsWith(hit, a)) return hit;
    const s = this.#s.slice(a, b);
    const value = resolvePlain(s);
    if (typeof value === 'string') this.#cache[h] = s;
    return value;
  }

  /** A single-line double-quoted scalar at p; p ends past the closing quote. */
  #doubleQuoted(): string {
    let i = this.#p + 1;
    let seg = i;
    let out = '';
    for (;;) {
      if (i >= this.#n) fail();
      const c = this.#s.charCodeAt(i);
      if (c === QUOT) break;
      if (c === LF || c === CR) fail(); // multi-line: left to yaml
      if (c === BSLASH) {
        out += this.#s.slice(seg, i);
        const e = this.#s.charCodeAt(i + 1);
        const simple = ESCAPES[e];
        if (simple !== undefined) i += 2;
        else {
          const len = e === 120 ? 2 : e === 117 ? 4 : e === 85 ? 8 : 0; // \x \u \U
          if (len === 0) fail();
          for (let k = 0; k < len; k++) if (!isHex(this.#s.charCodeAt(i + 2 + k))) fail();
          const cp = parseInt(this.#s.slice(i + 2, i + 2 + len), 16);
          if (cp > 0x10ffff) fail();
          out += String.fromCodePoint(cp);
          i += 2 + len;
          seg = i;
          continue;
        }
        out += simple;
        seg = i;
        continue;
      }
      i++;
    }
    out += this.#s.slice(seg, i);
    this.#p = i + 1;
    return out;
  }

  /** A single-line single-quoted scalar at p; p ends past the closing quote. */
  #singleQuoted(): string {
    let i = this.#p + 1;
    let seg = i;
    let out = '';
    for (;;) {
      if (i >= this.#n) fail();
      const c = this.#s.charCodeAt(i);
      if (c === APOS) {
        if (this.#s.charCodeAt(i + 1) !== APOS) break;
        out += this.#s.slice(seg, i + 1);
        i += 2;
        seg = i;
        continue;
      }
      if (c === LF || c === CR) fail();
      i++;
    }
    out += this.#s.slice(seg, i);
    this.#p = i + 1;
    return out;
  }

  /** A single-line flow mapping or sequence at p; p ends past its closing bracket. */
  #flowCollection(depth: number): unknown {
    if (depth > MAX_DEPTH) fail();
    const isMap = this.#code(this.#p) === LBRACE;
    const close = isMap ? RBRACE : RBRACK;
    this.#p++;
    this.#skipSpaces();
    if (isMap) {
      const obj: Record<string, unknown> = {};
      const kids = new Map<string, SpanNode>();
      if (this.#code(this.#p) === RBRACE) { this.#p++; this.#kids = kids; return obj; }
      for (;;) {
        const ks = this.#p;
        const c = this.#code(this.#p);
        let key: string;
        if (c === QUOT) key = this.#doubleQuoted();
        else if (c === APOS) key = this.#singleQuoted();
        else {
          checkPlainStart(c, this.#code(this.#p + 1), true);
          this.#p = this.#scanPlain(this.#p, true);
          const k = this.#plainValue(ks, this.#plainEnd);
          if (typeof k !== 'string') fail();
          key = k;
        }
        const ke = c === QUOT || c === APOS ? this.#p : this.#plainEnd;
        if (key === '<<' || key === '__proto__') fail();
        this.#skipSpaces();
        if (this.#code(this.#p) !== COLON || this.#code(this.#p + 1) !== SP) fail(); // `{a}`, `{a:}`, `{"a":1}`: left to yaml
        if (this.#p - ks > MAX_KEY) fail();
        this.#p += 2;
        this.#skipSpaces();
        if (Object.prototype.hasOwnProperty.call(obj, key)) fail();
        const vs = this.#p;
        this.#kids = undefined;
        const value = this.#flowValue(depth + 1);
        obj[key] = value;
        if (++this.#nodes > MAX_FAST_NODES) fail();
        const node = new SpanNode(ks, ke, vs, this.#r1);
        node.kids = this.#kids;
        kids.set(key, node);
        if (!this.#flowNext(close)) {
          this.#kids = kids;
          return obj;
        }
      }
    }
    const arr: unknown[] = [];
    const kids: SpanNode[] = [];
    if (this.#code(this.#p) === RBRACK) { this.#p++; this.#kids = kids; return arr; }
    for (;;) {
      const vs = this.#p;
      this.#kids = undefined;
      const value = this.#flowValue(depth + 1);
      arr.push(value);
      if (++this.#nodes > MAX_FAST_NODES) fail();
      const node = new SpanNode(-1, -1, vs, this.#r1);
      node.kids = this.#kids;
      kids.push(node);
      if (!this.#flowNext(close)) {
        this.#kids = kids;
        return arr;
      }
    }
  }

  /** After a flow item: `,` (true: another item follows) or the closing bracket (false). */
  #flowNext(close: number): boolean {
    this.#skipSpaces();
    const c = this.#code(this.#p);
    if (c === COMMA) {
      this.#p++;
      this.#skipSpaces();
      if (this.#code(this.#p) !== close) return true;
      this.#p++; // a trailing comma
      return false;
    }
    if (c !== close) fail();
    this.#p++;
    return false;
  }

  /** A value inside a flow collection; r1 is set to its end. */
  #flowValue(depth: number): unknown {
    const c = this.#code(this.#p);
    let value: unknown;
    if (c === LBRACE || c === LBRACK) value = this.#flowCollection(depth);
    else if (c === QUOT) value = this.#doubleQuoted();
    else if (c === APOS) value = this.#singleQuoted();
    else {
      checkPlainStart(c, this.#code(this.#p + 1), true);
      this.#scanPlain(this.#p, true);
      value = this.#plainValue(this.#p, this.#plainEnd);
      this.#p = this.#plainEnd;
    }
    this.#r1 = this.#p;
    return value;
  }

  /**
   * A block scalar whose header is at p, the value of a collection at `indent`. Extent as yaml's
   * lexer finds it, value as yaml's resolveBlockScalar computes it. Sets r0..r2; p ends past it.
   */
  #blockScalar(indent: number): string {
    const hs = this.#p;
    const folded = this.#code(this.#p) === GT;
    this.#p++;
    let chomp = 0;
    let c = this.#code(this.#p);
    if (c === DASH || c === PLUS) {
      chomp = c;
      c = this.#code(++this.#p);
    }
    if (!this.#isEmptyAt(this.#p)) fail(); // indentation indicators and other header text
    this.#endLine(true);
    if (this.#p >= this.#n) fail(); // header on the last line: an empty scalar
    const start = this.#p;

    // The lexer: the first content line sets the indent; lines more indented or blank continue.
    let nl = start - 1;
    let first = 0;
    let i = start;
    for (; i < this.#n; i++) {
      const ch = this.#s.charCodeAt(i);
      if (ch === SP) first++;
      else if (ch === LF) {
        nl = i;
        first = 0;
      } else if (ch !== CR) break;
    }
    if (i >= this.#n || first < indent + 1) fail(); // no content: an empty scalar
    for (;;) {
      const cs = this.#continueScalar(nl + 1, first);
      if (cs === -1) break;
      nl = this.#s.indexOf('\n', cs);
      if (nl === -1) break;
    }
    if (nl === -1) nl = this.#n;
    if (chomp !== PLUS) {
      // Trailing lines of at most `first` spaces are not part of the token.
      for (;;) {
        let j = nl - 1;
        let ch = this.#s.charCodeAt(j);
        if (ch === CR) ch = this.#s.charCodeAt(--j);
        const lastChar = j;
        while (ch === SP) ch = this.#s.charCodeAt(--j);
        if (ch === LF && j >= start && j + 1 + first > lastChar) nl = j;
        else break;
      }
    }
    const end = Math.min(nl + 1, this.#n);
    const value = this.#blockValue(start, end, folded, chomp, indent);
    this.#r0 = hs;
    this.#r1 = this.#r2 = end;
    this.#p = end;
    return value;
  }

  /** yaml lexer's continueScalar for a block scalar (indentNext > 0, whole input available). */
  #continueScalar(offset: number, indentNext: number): number {
    let n = 0;
    let ch = this.#s.charCodeAt(offset);
    while (ch === SP) ch = this.#s.charCodeAt(offset + ++n);
    if (ch === CR && this.#s.charCodeAt(offset + n + 1) === LF) return offset + n + 1;
    return ch === LF || n >= indentNext ? offset + n : -1;
  }

  /** resolveBlockScalar over the token source [a, b) (no explicit indentation indicator). */
  #blockValue(a: number, b: number, folded: boolean, chomp: number, parentIndent: number): string {
    const starts: number[] = [a];
    for (let k = this.#s.indexOf('\n', a); k !== -1 && k < b; k = this.#s.indexOf('\n', k + 1)) starts.push(k + 1);
    const count = starts.length;
    const lineEnd = (i: number) => (i + 1 < count ? starts[i + 1]! - 1 : b);
    const indentOf = (i: number) => {
      const s = starts[i]!;
      const e = lineEnd(i);
      let k = s;
      while (k < e && this.#s.charCodeAt(k) === SP) k++;
      return k - s;
    };
    const isEmptyLine = (i: number) => {
      const cs = starts[i]! + indentOf(i);
      const e = lineEnd(i);
      return cs === e || (cs + 1 === e && this.#s.charCodeAt(cs) === CR);
    };

    let chompStart = count;
    for (let i = count - 1; i >= 0; --i) {
      if (isEmptyLine(i)) chompStart = i;
      else break;
    }
    if (chompStart === 0) fail();
    let trimIndent = parentIndent;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
      const ind = indentOf(i);
      if (isEmptyLine(i)) {
        if (ind > trimIndent) trimIndent = ind;
      } else {
        if (ind < trimIndent) fail(); // more-indented leading empty lines
        trimIndent = ind;
        contentStart = i;
        break;
      }
    }
    for (let i = count - 1; i >= chompStart; --i) {
      if (indentOf(i) > trimIndent) chompStart = i + 1;
    }

    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    for (let i = 0; i < contentStart; ++i) value += '\n'; // leading empty lines (never deeper than trimIndent)
    for (let i = contentStart; i < chompStart; ++i) {
      const ind = indentOf(i);
      const ls = starts[i]!;
      const cs = ls + ind;
      let ce = lineEnd(i);
      if (ce > cs && this.#s.charCodeAt(ce - 1) === CR) ce--;
      const empty = cs === ce;
      if (!empty && ind < trimIndent) fail(); // less indented than the first line
      const more = ind > trimIndent ? this.#s.slice(ls + trimIndent, cs) : '';
      if (!folded) {
        value += sep + more + this.#s.slice(cs, ce);
        sep = '\n';
      } else if (ind > trimIndent) {
        if (sep === ' ') sep = '\n';
        else if (!prevMoreIndented && sep === '\n') sep = '\n\n';
        value += sep + more + this.#s.slice(cs, ce);
        sep = '\n';
        prevMoreIndented = true;
      } else if (empty) {
        if (sep === '\n') value += '\n';
        else sep = '\n';
      } else {
        value += sep + this.#s.slice(cs, ce);
        sep = ' ';
        prevMoreIndented = false;
      }
    }
    if (chomp === PLUS) {
      for (let i = chompStart; i < count; ++i) {
        const ind = indentOf(i);
        value += '\n' + (ind > trimIndent ? this.#s.slice(starts[i]! + trimIndent, starts[i]! + ind) : '');
      }
      if (value.charCodeAt(value.length - 1) !== LF) value += '\n';
    } else if (chomp !== DASH) value += '\n';
    return value;
  }
}
