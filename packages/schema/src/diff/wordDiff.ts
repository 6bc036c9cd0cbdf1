// A word-level diff of Vietnamese text, as reviewers read clause changes: tokens are words
// (letters, marks and digits, with the "," "." "/" "-" that join digits or letters inside one
// word: "6,5", "4.670", "2021-2030", "xã/phường") and single punctuation marks; whitespace only
// separates them. Text is compared in NFC, so a decomposed "ở" equals a precomposed one.
//
// The longest common subsequence is found with Hirschberg's algorithm after trimming the common
// prefix and suffix: linear space, and time bounded by MAX_CELLS; past that bound the changed
// middle is reported as one replacement rather than risk a slow diff.

export type WordOp = 'equal' | 'delete' | 'insert';

/** A run of tokens; `text` keeps the spacing of its own side (old for delete/equal, new for insert). */
export interface WordChunk {
  op: WordOp;
  text: string;
}

export interface WordDiff {
  chunks: WordChunk[];
  /** Tokens deleted and inserted. */
  deleted: number;
  inserted: number;
  /** The texts differ only in whitespace (or not at all, after NFC). */
  whitespaceOnly: boolean;
  /** The bound was hit: the middle is one replacement, not a minimal diff. */
  coarse: boolean;
}

/** Above this many LCS cells (tokens × tokens) the middle is one replacement. */
export const MAX_CELLS = 4_000_000;

interface Token {
  /** The token as compared (NFC). */
  key: string;
  /** The token with the whitespace before it, as written. */
  text: string;
}

const JOINER = new Set([',', '.', '/', '-', '‐', '‑', '–', '\u2019', "'"]);
const WORD = /[\p{L}\p{M}\p{N}]/u;
const SPACE = /\s/u;

/** Words and punctuation, each with the whitespace before it. */
export function tokenize(text: string): Token[] {
  const s = text.normalize('NFC');
  const out: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const start = i;
    while (i < s.length && SPACE.test(s[i]!)) i++;
    if (i >= s.length) {
      out.push({ key: '', text: s.slice(start) }); // trailing whitespace: kept, never compared
      break;
    }
    const wordStart = i;
    if (WORD.test(s[i]!)) {
      i++;
      while (i < s.length) {
        if (WORD.test(s[i]!)) i++;
        else if (JOINER.has(s[i]!) && i + 1 < s.length && WORD.test(s[i + 1]!)) i += 2;
        else break;
      }
    } else {
      // One punctuation mark; a surrogate pair stays whole.
      i += s.codePointAt(i)! > 0xffff ? 2 : 1;
    }
    out.push({ key: s.slice(wordStart, i), text: s.slice(start, i) });
  }
  return out;
}

/** What a whole plan's word diffs may spend together (LCS cells), shared by its wordDiff calls. */
export interface DiffBudget {
  cells: number;
}

/** A plan's word diffs together: about a dozen clause diffs at MAX_CELLS; the rest are coarse. */
export const MAX_PLAN_CELLS = 50_000_000;

/**
 * The word diff of two texts. With a budget, a diff that would spend more than is left is one
 * replacement (coarse): a plan of a thousand rewritten long clauses stays bounded, not just each.
 */
export function wordDiff(oldText: string, newText: string, budget?: DiffBudget): WordDiff {
  const a = tokenize(oldText).filter((t) => t.key !== '');
  const b = tokenize(newText).filter((t) => t.key !== '');
  const ops: Op[] = [];
  let coarse = false;

  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre]!.key === b[pre]!.key) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf]!.key === b[b.length - 1 - suf]!.key) suf++;
  for (let k = 0; k < pre; k++) ops.push({ op: 'equal', token: same(a[k]!, b[k]!) });
  const midA = a.slice(pre, a.length - suf);
  const midB = b.slice(pre, b.length - suf);
  const cells = midA.length * midB.length;
  if (cells > MAX_CELLS || (budget !== undefined && cells > budget.cells)) {
    coarse = true;
    for (const t of midA) ops.push({ op: 'delete', token: t });
    for (const t of midB) ops.push({ op: 'insert', token: t });
  } else {
    if (budget) budget.cells -= cells;
    hirschberg(midA, midB, ops);
  }
  for (let k = 0; k < suf; k++) ops.push({ op: 'equal', token: same(a[a.length - suf + k]!, b[b.length - suf + k]!) });

  const chunks: WordChunk[] = [];
  let deleted = 0;
  let inserted = 0;
  for (const { op, token } of ops) {
    if (op === 'delete') deleted++;
    if (op === 'insert') inserted++;
    const last = chunks[chunks.length - 1];
    if (last && last.op === op) last.text += token.text;
    else chunks.push({ op, text: token.text });
  }
  return {
    chunks: reorder(chunks),
    deleted,
    inserted,
    whitespaceOnly: deleted === 0 && inserted === 0,
    coarse,
  };
}

type Op = { op: WordOp; token: Token };

/**
 * An unchanged token as shown: the new side's spacing, or the old side's when the new one has
 * none before it (so "[-từ-] 6,5%" keeps its space).
 */
function same(a: Token, b: Token): Token {
  const wsA = a.text.slice(0, a.text.length - a.key.length);
  const wsB = b.text.slice(0, b.text.length - b.key.length);
  return { key: b.key, text: (wsB || wsA) + b.key };
}

/** Within each changed stretch, deletions before insertions, so it reads "[-old-]{+new+}". */
function reorder(chunks: WordChunk[]): WordChunk[] {
  const out: WordChunk[] = [];
  let del = '';
  let ins = '';
  const flush = () => {
    if (del) out.push({ op: 'delete', text: del });
    if (ins) out.push({ op: 'insert', text: ins });
    del = ins = '';
  };
  for (const c of chunks) {
    if (c.op === 'equal') {
      flush();
      out.push(c);
    } else if (c.op === 'delete') del += c.text;
    else ins += c.text;
  }
  flush();
  return out;
}

/** LCS lengths of a against every prefix of b, in one row (linear space). */
function lcsRow(a: Token[], b: Token[], reverse: boolean): Int32Array {
  const m = b.length;
  let prev = new Int32Array(m + 1);
  let cur = new Int32Array(m + 1);
  for (let i = 0; i < a.length; i++) {
    const ka = reverse ? a[a.length - 1 - i]!.key : a[i]!.key;
    cur[0] = 0;
    for (let j = 1; j <= m; j++) {
      const kb = reverse ? b[m - j]!.key : b[j - 1]!.key;
      cur[j] = ka === kb ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    }
    [prev, cur] = [cur, prev];
  }
  return prev;
}

function hirschberg(a: Token[], b: Token[], out: Op[]): void {
  if (a.length === 0) {
    for (const t of b) out.push({ op: 'insert', token: t });
    return;
  }
  if (b.length === 0) {
    for (const t of a) out.push({ op: 'delete', token: t });
    return;
  }
  if (a.length === 1) {
    const at = b.findIndex((t) => t.key === a[0]!.key);
    if (at < 0) {
      out.push({ op: 'delete', token: a[0]! });
      for (const t of b) out.push({ op: 'insert', token: t });
    } else {
      for (let j = 0; j < at; j++) out.push({ op: 'insert', token: b[j]! });
      out.push({ op: 'equal', token: same(a[0]!, b[at]!) });
      for (let j = at + 1; j < b.length; j++) out.push({ op: 'insert', token: b[j]! });
    }
    return;
  }
  const mid = a.length >> 1;
  const left = lcsRow(a.slice(0, mid), b, false);
  const right = lcsRow(a.slice(mid), b, true);
  let best = -1;
  let split = 0;
  for (let j = 0; j <= b.length; j++) {
    const score = left[j]! + right[b.length - j]!;
    if (score > best) {
      best = score;
      split = j;
    }
  }
  hirschberg(a.slice(0, mid), b.slice(0, split), out);
  hirschberg(a.slice(mid), b.slice(split), out);
}
