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
const UNSAFE = /[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]|\r(?!\n)/g;

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

// Parser state (the parse is synchronous; fastParse resets it on every call).
let S = '';
let N = 0;
/** Current position. */
let P = 0;
/** Start of the line holding the next content token. */
let LS = 0;
/** Children of the collection just parsed (undefined after a scalar): its parent node takes them. */
let KIDS: Map<string, SpanNode> | SpanNode[] | undefined;
/** Range of the node just parsed: start, value end, node end (yaml's range[0..2]). */
let R0 = 0, R1 = 0, R2 = 0;
/** After a gap: indent of the next content line (-1 at the end of input); P is at its first token. */
let nextIndent = -1;
/**
 * Deepest indent of a comment line waiting, in yaml's CST, as a comment-only item after the
 * last value (-1: none). Such an item stays in a collection that is closed if one of its
 * comments is at least as indented as the collection (and the collection is not at indent 0);
 * otherwise it moves out to the parent. Where it stays, the collection's node range ends at the
 * next content token.
 */
let tMax = -1;
/** Set by scanGap: end of the last comment line merged into the previous flow value's end. */
let mergeEnd = -1;
/** Set by scanGap: whether the gap held a comment line. */
let gapComment = false;
/** Set by scanPlain: end of the plain scalar (trailing spaces excluded). */
let plainEnd = 0;
/** Nodes made so far (MAX_FAST_NODES). */
let nodes = 0;

const code = (i: number) => S.charCodeAt(i);
const isBreakOrEnd = (i: number) => {
  const c = S.charCodeAt(i);
  return c === LF || c === CR || i >= N;
};
/** yaml lexer's isEmpty: space, line break or end of input (tabs never get this far). */
const isEmptyAt = (i: number) => {
  const c = S.charCodeAt(i);
  return c === SP || c === LF || c === CR || i >= N;
};
const isFlowIndicator = (c: number) => c === COMMA || c === LBRACK || c === RBRACK || c === LBRACE || c === RBRACE;
const isDashItem = (i: number) => S.charCodeAt(i) === DASH && isEmptyAt(i + 1);
const isDocMarker = (i: number) => {
  const c = S.charCodeAt(i);
  return (c === DASH || c === DOT) && S.charCodeAt(i + 1) === c && S.charCodeAt(i + 2) === c && isEmptyAt(i + 3);
};


/** Parse `text` if it lies in the fast subset; undefined means "ask the yaml package". */
export function fastParse(text: string): { value: unknown; spans: Spans } | undefined {
  try {
    return parseStream(text);
  } catch {
    // Fallback, or anything unexpected (a stack overflow included): the yaml path decides.
    return undefined;
  } finally {
    S = '';
    KIDS = undefined;
  }
}

function parseStream(text: string): { value: unknown; spans: Spans } {
  S = text;
  N = text.length;
  const bom = N > 0 && text.charCodeAt(0) === BOM;
  P = bom ? 1 : 0;
  UNSAFE.lastIndex = P;
  if (UNSAFE.test(text)) fail();
  KIDS = undefined;
  tMax = -1;
  nodes = 0;

  // Before the document: blank lines, comments, at most one `---`.
  let docStart = false;
  for (;;) {
    if (P >= N) fail(); // nothing but comments
    const ls = P;
    let c = code(P);
    while (c === SP) c = code(++P);
    if (c === LF) { P++; continue; }
    if (c === CR) { P += 2; continue; }
    if (c === HASH) { skipComment(); continue; }
    if (P >= N) fail();
    if (P !== ls) fail(); // an indented root
    if (isDocMarker(P)) {
      if (c === DOT || docStart) fail();
      docStart = true;
      P += 3;
      endLine(false);
      continue;
    }
    LS = ls;
    break;
  }

  // yaml's parser does not count a `-` right after the BOM as indentation: a sequence there
  // gets an error.
  if (bom && P === 1 && isDashItem(P)) fail();
  const value = isDashItem(P) ? blockSeq(0, 1) : blockMap(0, 1);
  if (nextIndent !== -1) fail(); // content the root did not take
  const root = new SpanNode(-1, -1, R0, R1);
  root.kids = KIDS;
  return { value, spans: new Spans(root) };
}

/** Past a comment to the start of the next line (or the end of input). */
function skipComment() {
  const e = S.indexOf('\n', P);
  P = e === -1 ? N : e + 1;
}

function skipSpaces() {
  while (S.charCodeAt(P) === SP) P++;
}

/** The rest of a line after a value or indicator: spaces, an optional comment, the line break. */
function endLine(spaceBefore: boolean) {
  const s0 = P;
  skipSpaces();
  const c = code(P);
  if (c === HASH) {
    if (P === s0 && !spaceBefore) fail(); // a comment must follow white space
    skipComment();
  } else if (c === LF) P++;
  else if (c === CR) P += 2;
  else if (P < N) fail();
}

/**
 * Blank and comment lines up to the next content line (P at its first token) or the end of input.
 * mergeIndent ≥ 0 when the previous value is a flow value (plain, quoted, flow collection) in a
 * collection at that indent: yaml's CST parser appends comment lines indented deeper than the
 * collection to that value's end tokens (blank lines between them too) as long as no other
 * comment line came first, which stretches the value's node range (mergeEnd).
 */
function scanGap(mergeIndent: number) {
  mergeEnd = -1;
  gapComment = false;
  let max = -1;
  let clean = true;
  while (P < N) {
    const ls = P;
    let c = code(P);
    while (c === SP) c = code(++P);
    if (c === LF) { P++; continue; }
    if (c === CR) { P += 2; continue; }
    if (P >= N) break;
    const col = P - ls;
    if (c === HASH) {
      gapComment = true;
      skipComment();
      if (clean && mergeIndent >= 0 && col > mergeIndent) mergeEnd = P;
      else {
        clean = false;
        if (col > max) max = col;
      }
      continue;
    }
    if (col === 0 && isDocMarker(P)) fail(); // a second document or `...`
    LS = ls;
    nextIndent = col;
    tMax = max;
    return;
  }
  P = N;
  nextIndent = -1;
  tMax = max;
}

/** Closing a collection: does the pending comment-only item stay in it (see tMax)? */
function closeRange(indent: number, offset: number) {
  if (indent > 0 && tMax >= indent) {
    R2 = P;
    tMax = -1;
  } else R2 = offset;
}

/** A block mapping whose first key is at P, at column `indent`. Sets R0..R2. */
function blockMap(indent: number, depth: number): Record<string, unknown> {
  if (depth > MAX_DEPTH) fail();
  const obj: Record<string, unknown> = {};
  const r0 = P;
  const kids = new Map<string, SpanNode>();
  for (;;) {
    const ks = P;
    const key = parseKey();
    const ke = plainEnd;
    if (Object.prototype.hasOwnProperty.call(obj, key)) fail();
    KIDS = undefined;
    // P is just past the `:`
    skipSpaces();
    const c = code(P);
    let value: unknown;
    let v0: number, v1: number, v2: number;
    if (c === LF || c === CR || c === HASH || P >= N) {
      // No value on the key's line: a nested collection below, or an empty (null) value.
      const p = P;
      const comment = c === HASH;
      endLine(true);
      scanGap(-1);
      if (nextIndent > indent) {
        value = isDashItem(P) ? blockSeq(nextIndent, depth + 1) : blockMap(nextIndent, depth + 1);
        v0 = R0; v1 = R1; v2 = R2;
      } else if (nextIndent === indent && isDashItem(P)) {
        value = blockSeq(indent, depth + 1);
        v0 = R0; v1 = R1; v2 = R2;
      } else {
        // yaml places the empty scalar after the `:` and its spaces; its node range reaches
        // over the separator tokens (up to the next token) when they hold a comment.
        value = null;
        v0 = v1 = p;
        v2 = comment || gapComment ? P : p;
        tMax = -1;
      }
    } else {
      value = leafValue(indent, depth + 1);
      v0 = R0; v1 = R1; v2 = R2;
    }
    obj[key] = value;
    if (++nodes > MAX_FAST_NODES) fail();
    const node = new SpanNode(ks, ke, v0, v1);
    node.kids = KIDS;
    kids.set(key, node);
    if (nextIndent === indent) {
      if (isDashItem(P)) fail(); // a sequence item where the next key should be
      tMax = -1;
      continue;
    }
    if (nextIndent > indent) fail(); // bad indentation or a multi-line scalar
    R0 = r0;
    R1 = v2;
    closeRange(indent, v2);
    KIDS = kids;
    return obj;
  }
}

/** A block sequence whose first `-` is at P, at column `indent` (its parent key's or deeper). */
function blockSeq(indent: number, depth: number): unknown[] {
  if (depth > MAX_DEPTH) fail();
  const arr: unknown[] = [];
  const r0 = P;
  const kids: SpanNode[] = [];
  // Comment lines between the previous item and this `-` join this item's props in yaml's CST.
  let commentBefore = false;
  for (;;) {
    P++; // the `-`
    skipSpaces();
    KIDS = undefined;
    const c = code(P);
    let value: unknown;
    let v0: number, v1: number, v2: number;
    if (c === LF || c === CR || c === HASH || P >= N) {
      const p = P;
      const comment = c === HASH;
      endLine(true);
      scanGap(-1);
      if (nextIndent > indent) fail(); // "-" alone above a nested node: not in the subset
      // The empty scalar sits after the `-` and its spaces; its node range reaches over the
      // item's props (up to the next token) when they hold a comment.
      value = null;
      v0 = v1 = p;
      v2 = commentBefore || comment || gapComment ? P : p;
      tMax = -1;
    } else if (keyAhead()) {
      value = blockMap(P - LS, depth + 1);
      v0 = R0; v1 = R1; v2 = R2;
    } else {
      value = leafValue(indent, depth + 1);
      v0 = R0; v1 = R1; v2 = R2;
    }
    arr.push(value);
    if (++nodes > MAX_FAST_NODES) fail();
    const node = new SpanNode(-1, -1, v0, v1);
    node.kids = KIDS;
    kids.push(node);
    if (nextIndent === indent && isDashItem(P)) {
      commentBefore = tMax >= 0;
      tMax = -1;
      continue;
    }
    if (nextIndent > indent) fail();
    // A line at this indent that is not an item ends the sequence; only a parent key at the
    // same indent can take it, which the parent checks.
    R0 = r0;
    R1 = v2;
    closeRange(indent, v2);
    KIDS = kids;
    return arr;
  }
}

/**
 * A value on the current line that is not empty: block scalar, flow collection, quoted or plain
 * scalar, in a collection at `indent`. Sets R0..R2 and scans the gap after it.
 */
function leafValue(indent: number, depth: number): unknown {
  const c = code(P);
  if (c === PIPE || c === GT) {
    const value = blockScalar(indent);
    scanGap(-1);
    return value;
  }
  const start = P;
  let value: unknown;
  if (c === LBRACE || c === LBRACK) value = flowCollection(depth);
  else if (c === QUOT) value = doubleQuoted();
  else if (c === APOS) value = singleQuoted();
  else {
    checkPlainStart(c, code(P + 1), false);
    scanPlain(P, false);
    value = plainValue(P, plainEnd);
    P = plainEnd;
  }
  const end = P;
  endLine(false);
  R0 = start;
  R1 = end;
  R2 = P;
  scanGap(indent);
  if (mergeEnd >= 0) R2 = mergeEnd;
  return value;
}

/** Is there an implicit key (`scalar:` followed by white space) at P? */
function keyAhead(): boolean {
  const c = code(P);
  let i: number;
  if (c === QUOT || c === APOS) {
    i = P + 1;
    for (;;) {
      if (i >= N) return false;
      const d = code(i);
      if (d === LF || d === CR) return false;
      if (c === QUOT && d === BSLASH) i += 2;
      else if (d === c) {
        if (c === APOS && code(i + 1) === APOS) i += 2;
        else break;
      } else i++;
    }
    i++;
  } else if (c === LBRACE || c === LBRACK || c === PIPE || c === GT) return false;
  else i = scanPlain(P, false);
  while (code(i) === SP) i++;
  return code(i) === COLON && isEmptyAt(i + 1);
}

/** An implicit key at P and its `:`; returns the key, leaves its end in plainEnd and P past the `:`. */
function parseKey(): string {
  const ks = P;
  const c = code(P);
  let key: string;
  let ke: number;
  if (c === QUOT) {
    key = doubleQuoted();
    ke = P;
  } else if (c === APOS) {
    key = singleQuoted();
    ke = P;
  } else {
    checkPlainStart(c, code(P + 1), false);
    const stop = scanPlain(P, false);
    ke = plainEnd;
    const k = plainValue(P, ke);
    if (typeof k !== 'string') fail(); // null, bool and number keys fall back
    key = k;
    P = stop;
  }
  if (key === '<<' || key === '__proto__') fail();
  skipSpaces();
  if (code(P) !== COLON || !isEmptyAt(P + 1)) fail();
  if (P - ks > MAX_KEY) fail();
  P++;
  plainEnd = ke;
  return key;
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
 * Scan a plain scalar from i as yaml's lexer does on one line: it ends before `: ` (`:` and
 * white space or, in flow, a flow indicator), before ` #`, at the line end, and in flow at
 * `,[]{}`. Returns where the scan stopped; plainEnd is the scalar's end (spaces trimmed).
 */
function scanPlain(i: number, inFlow: boolean): number {
  let end = i;
  if (!inFlow) {
    // Block context: everything above `:` (letters, most punctuation, all non-ASCII) is content.
    for (;;) {
      const c = S.charCodeAt(i);
      if (c > COLON) {
        end = ++i;
        continue;
      }
      if (c === COLON) {
        const d = S.charCodeAt(i + 1);
        if (d === SP || d === LF || d === CR || d !== d) break;
        end = i + 1;
      } else if (c === SP) {
        if (S.charCodeAt(i + 1) === HASH) break;
      } else if (c === LF || c === CR || c !== c) break; // c !== c: past the end
      else end = i + 1;
      i++;
    }
    plainEnd = end;
    return i;
  }
  for (;;) {
    if (i >= N) break;
    const c = S.charCodeAt(i);
    if (c === COLON) {
      const d = S.charCodeAt(i + 1);
      if (d === SP || d === LF || d === CR || i + 1 >= N || isFlowIndicator(d)) break;
      end = i + 1;
    } else if (c === SP) {
      if (S.charCodeAt(i + 1) === HASH) break;
    } else if (c === LF || c === CR || isFlowIndicator(c)) break;
    else end = i + 1;
    i++;
  }
  plainEnd = end;
  return i;
}

/**
 * Short plain scalars that resolved to strings, to reuse one string per distinct key or word
 * (plans repeat `id`, `target`, `level`, `%`… thousands of times). Only strings of at most 12
 * characters: V8 copies those when slicing, so the cache never pins a whole source text.
 */
const CACHE_MAX = 12;
const cache: Array<string | undefined> = new Array<string | undefined>(1024).fill(undefined);

/** The plain scalar [a, b) resolved; short strings come from the cache. */
function plainValue(a: number, b: number): unknown {
  const len = b - a;
  if (len > CACHE_MAX) return resolvePlain(S.slice(a, b));
  const h = (len * 31 + S.charCodeAt(a) * 7 + S.charCodeAt(b - 1) * 3 + S.charCodeAt(a + (len >> 1))) & 1023;
  const hit = cache[h];
  if (hit !== undefined && hit.length === len && S.startsWith(hit, a)) return hit;
  const s = S.slice(a, b);
  const value = resolvePlain(s);
  if (typeof value === 'string') cache[h] = s;
  return value;
}

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

/** A single-line double-quoted scalar at P; P ends past the closing quote. */
function doubleQuoted(): string {
  let i = P + 1;
  let seg = i;
  let out = '';
  for (;;) {
    if (i >= N) fail();
    const c = S.charCodeAt(i);
    if (c === QUOT) break;
    if (c === LF || c === CR) fail(); // multi-line: left to yaml
    if (c === BSLASH) {
      out += S.slice(seg, i);
      const e = S.charCodeAt(i + 1);
      const simple = ESCAPES[e];
      if (simple !== undefined) i += 2;
      else {
        const len = e === 120 ? 2 : e === 117 ? 4 : e === 85 ? 8 : 0; // \x \u \U
        if (len === 0) fail();
        for (let k = 0; k < len; k++) if (!isHex(S.charCodeAt(i + 2 + k))) fail();
        const cp = parseInt(S.slice(i + 2, i + 2 + len), 16);
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
  out += S.slice(seg, i);
  P = i + 1;
  return out;
}

/** A single-line single-quoted scalar at P; P ends past the closing quote. */
function singleQuoted(): string {
  let i = P + 1;
  let seg = i;
  let out = '';
  for (;;) {
    if (i >= N) fail();
    const c = S.charCodeAt(i);
    if (c === APOS) {
      if (S.charCodeAt(i + 1) !== APOS) break;
      out += S.slice(seg, i + 1);
      i += 2;
      seg = i;
      continue;
    }
    if (c === LF || c === CR) fail();
    i++;
  }
  out += S.slice(seg, i);
  P = i + 1;
  return out;
}

/** A single-line flow mapping or sequence at P; P ends past its closing bracket. */
function flowCollection(depth: number): unknown {
  if (depth > MAX_DEPTH) fail();
  const isMap = code(P) === LBRACE;
  const close = isMap ? RBRACE : RBRACK;
  P++;
  skipSpaces();
  if (isMap) {
    const obj: Record<string, unknown> = {};
    const kids = new Map<string, SpanNode>();
    if (code(P) === RBRACE) { P++; KIDS = kids; return obj; }
    for (;;) {
      const ks = P;
      const c = code(P);
      let key: string;
      if (c === QUOT) key = doubleQuoted();
      else if (c === APOS) key = singleQuoted();
      else {
        checkPlainStart(c, code(P + 1), true);
        P = scanPlain(P, true);
        const k = plainValue(ks, plainEnd);
        if (typeof k !== 'string') fail();
        key = k;
      }
      const ke = c === QUOT || c === APOS ? P : plainEnd;
      if (key === '<<' || key === '__proto__') fail();
      skipSpaces();
      if (code(P) !== COLON || code(P + 1) !== SP) fail(); // `{a}`, `{a:}`, `{"a":1}`: left to yaml
      if (P - ks > MAX_KEY) fail();
      P += 2;
      skipSpaces();
      if (Object.prototype.hasOwnProperty.call(obj, key)) fail();
      const vs = P;
      KIDS = undefined;
      const value = flowValue(depth + 1);
      obj[key] = value;
      if (++nodes > MAX_FAST_NODES) fail();
      const node = new SpanNode(ks, ke, vs, R1);
      node.kids = KIDS;
      kids.set(key, node);
      if (!flowNext(close)) {
        KIDS = kids;
        return obj;
      }
    }
  }
  const arr: unknown[] = [];
  const kids: SpanNode[] = [];
  if (code(P) === RBRACK) { P++; KIDS = kids; return arr; }
  for (;;) {
    const vs = P;
    KIDS = undefined;
    const value = flowValue(depth + 1);
    arr.push(value);
    if (++nodes > MAX_FAST_NODES) fail();
    const node = new SpanNode(-1, -1, vs, R1);
    node.kids = KIDS;
    kids.push(node);
    if (!flowNext(close)) {
      KIDS = kids;
      return arr;
    }
  }
}

/** After a flow item: `,` (true: another item follows) or the closing bracket (false). */
function flowNext(close: number): boolean {
  skipSpaces();
  const c = code(P);
  if (c === COMMA) {
    P++;
    skipSpaces();
    if (code(P) !== close) return true;
    P++; // a trailing comma
    return false;
  }
  if (c !== close) fail();
  P++;
  return false;
}

/** A value inside a flow collection; R1 is set to its end. */
function flowValue(depth: number): unknown {
  const c = code(P);
  let value: unknown;
  if (c === LBRACE || c === LBRACK) value = flowCollection(depth);
  else if (c === QUOT) value = doubleQuoted();
  else if (c === APOS) value = singleQuoted();
  else {
    checkPlainStart(c, code(P + 1), true);
    scanPlain(P, true);
    value = plainValue(P, plainEnd);
    P = plainEnd;
  }
  R1 = P;
  return value;
}

/**
 * A block scalar whose header is at P, the value of a collection at `indent`. Extent as yaml's
 * lexer finds it, value as yaml's resolveBlockScalar computes it. Sets R0..R2; P ends past it.
 */
function blockScalar(indent: number): string {
  const hs = P;
  const folded = code(P) === GT;
  P++;
  let chomp = 0;
  let c = code(P);
  if (c === DASH || c === PLUS) {
    chomp = c;
    c = code(++P);
  }
  if (!isEmptyAt(P)) fail(); // indentation indicators and other header text
  endLine(true);
  if (P >= N) fail(); // header on the last line: an empty scalar
  const start = P;

  // The lexer: the first content line sets the indent; lines more indented or blank continue.
  let nl = start - 1;
  let first = 0;
  let i = start;
  for (; i < N; i++) {
    const ch = S.charCodeAt(i);
    if (ch === SP) first++;
    else if (ch === LF) {
      nl = i;
      first = 0;
    } else if (ch !== CR) break;
  }
  if (i >= N || first < indent + 1) fail(); // no content: an empty scalar
  for (;;) {
    const cs = continueScalar(nl + 1, first);
    if (cs === -1) break;
    nl = S.indexOf('\n', cs);
    if (nl === -1) break;
  }
  if (nl === -1) nl = N;
  if (chomp !== PLUS) {
    // Trailing lines of at most `first` spaces are not part of the token.
    for (;;) {
      let j = nl - 1;
      let ch = S.charCodeAt(j);
      if (ch === CR) ch = S.charCodeAt(--j);
      const lastChar = j;
      while (ch === SP) ch = S.charCodeAt(--j);
      if (ch === LF && j >= start && j + 1 + first > lastChar) nl = j;
      else break;
    }
  }
  const end = Math.min(nl + 1, N);
  const value = blockValue(start, end, folded, chomp, indent);
  R0 = hs;
  R1 = R2 = end;
  P = end;
  return value;
}

/** yaml lexer's continueScalar for a block scalar (indentNext > 0, whole input available). */
function continueScalar(offset: number, indentNext: number): number {
  let n = 0;
  let ch = S.charCodeAt(offset);
  while (ch === SP) ch = S.charCodeAt(offset + ++n);
  if (ch === CR && S.charCodeAt(offset + n + 1) === LF) return offset + n + 1;
  return ch === LF || n >= indentNext ? offset + n : -1;
}

/** resolveBlockScalar over the token source [a, b) (no explicit indentation indicator). */
function blockValue(a: number, b: number, folded: boolean, chomp: number, parentIndent: number): string {
  const starts: number[] = [a];
  for (let k = S.indexOf('\n', a); k !== -1 && k < b; k = S.indexOf('\n', k + 1)) starts.push(k + 1);
  const count = starts.length;
  const lineEnd = (i: number) => (i + 1 < count ? starts[i + 1]! - 1 : b);
  const indentOf = (i: number) => {
    const s = starts[i]!;
    const e = lineEnd(i);
    let k = s;
    while (k < e && S.charCodeAt(k) === SP) k++;
    return k - s;
  };
  const isEmptyLine = (i: number) => {
    const cs = starts[i]! + indentOf(i);
    const e = lineEnd(i);
    return cs === e || (cs + 1 === e && S.charCodeAt(cs) === CR);
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
    if (ce > cs && S.charCodeAt(ce - 1) === CR) ce--;
    const empty = cs === ce;
    if (!empty && ind < trimIndent) fail(); // less indented than the first line
    const more = ind > trimIndent ? S.slice(ls + trimIndent, cs) : '';
    if (!folded) {
      value += sep + more + S.slice(cs, ce);
      sep = '\n';
    } else if (ind > trimIndent) {
      if (sep === ' ') sep = '\n';
      else if (!prevMoreIndented && sep === '\n') sep = '\n\n';
      value += sep + more + S.slice(cs, ce);
      sep = '\n';
      prevMoreIndented = true;
    } else if (empty) {
      if (sep === '\n') value += '\n';
      else sep = '\n';
    } else {
      value += sep + S.slice(cs, ce);
      sep = ' ';
      prevMoreIndented = false;
    }
  }
  if (chomp === PLUS) {
    for (let i = chompStart; i < count; ++i) {
      const ind = indentOf(i);
      value += '\n' + (ind > trimIndent ? S.slice(starts[i]! + trimIndent, starts[i]! + ind) : '');
    }
    if (value.charCodeAt(value.length - 1) !== LF) value += '\n';
  } else if (chomp !== DASH) value += '\n';
  return value;
}
