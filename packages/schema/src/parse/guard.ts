// Guards run before the `yaml` package sees a text, against inputs that cost it seconds,
// gigabytes, or the whole process: a megabyte of "[[[[" makes it abort with "out of memory"
// (not an exception: the CLI, the language server or the extension host would die), and a
// megabyte of "- - - -" takes seconds and half a gigabyte. Plans nest about eight levels.
//
// excessiveNesting is a one-pass scan, not a parser. It counts open flow collections ("[", "{")
// across lines and block indicators ("- ", "? ", ": ") opened at the start of one line. It can
// undercount (a bracket it takes for text, a quote it takes for a string), which only means
// the yaml package decides as before (it gives up by itself below 900 levels); to overcount,
// it would need about MAX_NESTING unbalanced brackets at the starts of lines, which no plan has.

/** Deeper than this, a text is refused as too deep before it is parsed (as deep as the spans go). */
export const MAX_NESTING = 256;

/**
 * More YAML tokens than this (about one per node: a flow bracket, comma or ":", a node or an
 * indicator starting in block context) and a text the fast path declined is refused before the
 * slow parser. The yaml package reads about 100.000 nodes a second; 10 MB of "[a, a, a, …" on a
 * few lines (3,5 million nodes) took it 45 seconds and 3,5 GB, which the line limit does not
 * see. The 2025 plan has about 3.000 (as JSON too).
 */
export const MAX_TOKENS = 100_000;

export type StructureProblem = { kind: 'deep'; offset: number } | { kind: 'tokens'; offset: number };

const LF = 10, CR = 13, TAB = 9, SP = 32, QUOT = 34, HASH = 35, AMP = 38, APOS = 39, COMMA = 44, DASH = 45;
const COLON = 58, QMARK = 63, BANG = 33, LT = 60, LBRACK = 91, BSLASH = 92, RBRACK = 93, LBRACE = 123, RBRACE = 125;

const isBlank = (c: number) => c === SP || c === TAB || c === LF || c === CR || Number.isNaN(c);

// Inside text (not where a node starts), only these characters can matter: the scan jumps to
// the next one with a native regex search, which keeps it at a few milliseconds per megabyte.
const BLOCK_NEXT = /[\n\r:#]/g;
const FLOW_NEXT = /[\n\r#:,[\]{}]/g;

/** The offset where the text opens more than `limit` nested levels, or -1. */
export function excessiveNesting(text: string, limit = MAX_NESTING): number {
  const p = structureProblem(text, limit, Infinity);
  return p?.kind === 'deep' ? p.offset : -1;
}

/**
 * One linear scan for what makes the yaml package slow: nesting deeper than `depthLimit`, or
 * more than `tokenLimit` tokens. The first one met is returned, at its offset.
 */
export function structureProblem(text: string, depthLimit = MAX_NESTING, tokenLimit = MAX_TOKENS): StructureProblem | undefined {
  const n = text.length;
  let flow = 0; // open flow collections
  let compact = 0; // block indicators opened on the current line
  let nodeStart = true; // where a node may start: line start, after an indicator, after "[", "{", ","
  let afterBlank = true; // the previous character was blank (a "#" here starts a comment)
  let tokens = 0;
  for (let i = 0; i < n; i++) {
    if (!nodeStart) {
      const next = flow > 0 ? FLOW_NEXT : BLOCK_NEXT;
      next.lastIndex = i;
      if (!next.test(text)) break;
      i = next.lastIndex - 1;
      const p = text.charCodeAt(i - 1);
      afterBlank = p === SP || p === TAB;
    }
    const c = text.charCodeAt(i);
    if (c === LF || c === CR) {
      compact = 0;
      if (flow === 0) nodeStart = true;
      afterBlank = true;
      continue;
    }
    if (c === SP || c === TAB) {
      afterBlank = true;
      continue;
    }
    if (c === HASH && afterBlank) {
      while (i + 1 < n && text.charCodeAt(i + 1) !== LF && text.charCodeAt(i + 1) !== CR) i++;
      continue;
    }
    afterBlank = false;
    if (flow > 0) {
      // Brackets, commas and value indicators: about one per node.
      let token = true;
      if (c === LBRACK || c === LBRACE) {
        if (++flow > depthLimit) return { kind: 'deep', offset: i };
        nodeStart = true;
      } else if (c === RBRACK || c === RBRACE) {
        flow--;
        nodeStart = false;
      } else if (c === COMMA) nodeStart = true;
      else if (c === COLON && (isBlank(text.charCodeAt(i + 1)) || text.charCodeAt(i + 1) === COMMA)) nodeStart = true;
      else {
        token = false;
        if (nodeStart && (c === QUOT || c === APOS)) {
          i = endOfQuoted(text, i);
          nodeStart = false;
        } else if (nodeStart && (c === AMP || c === BANG)) i = endOfProperty(text, i);
        else if (!(nodeStart && c === QMARK)) nodeStart = false;
      }
      if (token && ++tokens > tokenLimit) return { kind: 'tokens', offset: i };
      continue;
    }
    // Block context: a node starting on a line or after an indicator ("- ", "? ", ": "), each
    // indicator, a flow collection opening.
    if (nodeStart) {
      if (c === AMP || c === BANG) {
        i = endOfProperty(text, i);
        continue;
      }
      if (++tokens > tokenLimit) return { kind: 'tokens', offset: i };
      if ((c === DASH || c === QMARK || c === COLON) && isBlank(text.charCodeAt(i + 1))) {
        if (++compact > depthLimit) return { kind: 'deep', offset: i };
        continue;
      }
      if (c === LBRACK || c === LBRACE) {
        flow = 1;
        if (flow + compact > depthLimit) return { kind: 'deep', offset: i };
        continue;
      }
      if (c === QUOT || c === APOS) {
        i = endOfQuoted(text, i);
        nodeStart = false;
        continue;
      }
      nodeStart = false;
    }
    // Inside a key or a plain scalar: ": " starts its value.
    if (c === COLON && isBlank(text.charCodeAt(i + 1))) nodeStart = true;
  }
  return undefined;
}

/** The offset of the closing quote of the quoted scalar opening at `i` (the last offset if none). */
function endOfQuoted(text: string, i: number): number {
  const quote = text[i]!;
  for (let j = text.indexOf(quote, i + 1); j >= 0; j = text.indexOf(quote, j + 1)) {
    if (quote === "'") {
      if (text.charCodeAt(j + 1) !== APOS) return j;
      j++; // '' is a quote inside the string
    } else {
      let backslashes = 0;
      while (text.charCodeAt(j - 1 - backslashes) === BSLASH) backslashes++;
      if (backslashes % 2 === 0) return j;
    }
  }
  return text.length - 1;
}

/**
 * The last offset of an anchor or tag ("&a", "!tag", "!<…>") opening at `i`. An anchor or a tag
 * shorthand ends before a flow indicator, as the yaml lexer ends it: "&a[[[[" is an anchor and a
 * megabyte of brackets, not one long anchor name. Only a verbatim tag "!<…>" may hold them.
 */
function endOfProperty(text: string, i: number): number {
  let j = i;
  if (text.charCodeAt(i) === BANG && text.charCodeAt(i + 1) === LT) {
    const close = text.indexOf('>', i + 2);
    j = close < 0 ? text.length - 1 : close;
  }
  while (j + 1 < text.length && !isBlank(text.charCodeAt(j + 1)) && !isFlowIndicator(text.charCodeAt(j + 1))) j++;
  return j;
}

const isFlowIndicator = (c: number) => c === COMMA || c === LBRACK || c === RBRACK || c === LBRACE || c === RBRACE;
