// A word-level diff of Vietnamese text, as reviewers read clause changes: tokens are words
// (letters, marks and digits, with the "," "." "/" "-" that join digits or letters inside one
// word: "6,5", "4.670", "2021-2030", "xã/phường") and single punctuation marks; whitespace only
// separates them. Text is compared in NFC, so a decomposed "ở" equals a precomposed one.
//
// After trimming the common prefix and suffix, the shortest edit script of the middle's tokens
// (the longest common subsequence) comes from jsdiff's Myers diff (`diffArrays`), whose cost
// grows with the number of edits it allows: that number is capped so that the work stays near
// MAX_DIFF_WORK token comparisons whatever the texts' size. A small change in a long clause is
// still found; past the cap the changed middle is reported as one replacement. The word diffs
// of one plan comparison also share one budget (MAX_PLAN_WORK), so that a plan of many long
// rewritten clauses stays bounded too, not just each clause.
import { diffArrays } from 'diff';

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

/**
 * The work allowed to one diff, in token comparisons: the edits allowed are this divided by the
 * changed tokens (a 400-word clause: any number; a 1 MB one, 200.000 words: 20).
 */
export const MAX_DIFF_WORK = 4_000_000;

interface Token {
  /** The token as compared (NFC). */
  key: string;
  /** The token with the whitespace before it, as written. */
  text: string;
}

/**
 * Whitespace, then a word (letters, marks, digits, joined by one of , . / - ‐ ‑ – ’ ' between
 * two of them) or one other character (a code point: a surrogate pair stays whole). One sticky
 * match per token: linear, and a megabyte is tokenized in tens of milliseconds.
 */
const TOKEN = /\s*([\p{L}\p{M}\p{N}]+(?:[,./\-‐‑–\u2019'][\p{L}\p{M}\p{N}]+)*|[^])?/uy;

/** Words and punctuation, each with the whitespace before it. */
export function tokenize(text: string): Token[] {
  const s = text.normalize('NFC');
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < s.length) {
    const start = TOKEN.lastIndex;
    const m = TOKEN.exec(s)!;
    const end = TOKEN.lastIndex;
    // Trailing whitespace (no token after it): kept, never compared.
    out.push({ key: m[1] ?? '', text: s.slice(start, end) });
  }
  return out;
}

/** What a whole plan's word diffs may spend together (token comparisons), shared by its wordDiff calls. */
export interface DiffBudget {
  work: number;
}

/** A plan's word diffs together: about a dozen clause diffs at MAX_DIFF_WORK; past it, the rest are coarse. */
export const MAX_PLAN_WORK = 50_000_000;

// The budget of the plan comparison running now (diffViews is synchronous: set around it), so
// that every word diff inside it (clauses, names, wordings) draws on it without being passed it.
let shared: DiffBudget | undefined;

/** Runs `compare` with its word diffs drawing on one budget. */
export function withDiffBudget<T>(budget: DiffBudget, compare: () => T): T {
  const outer = shared;
  shared = budget;
  try {
    return compare();
  } finally {
    shared = outer;
  }
}

/**
 * The word diff of two texts. With a budget (given, or the running plan comparison's), a diff
 * that would spend more than is left is one replacement (coarse): a plan of a thousand rewritten
 * long clauses stays bounded, not just each clause.
 */
export function wordDiff(oldText: string, newText: string, budget: DiffBudget | undefined = shared): WordDiff {
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
  const script = editScript(midA, midB, budget);
  if (script) for (const op of script) ops.push(op);
  else {
    coarse = true;
    for (const t of midA) ops.push({ op: 'delete', token: t });
    for (const t of midB) ops.push({ op: 'insert', token: t });
  }
  for (let k = 0; k < suf; k++) ops.push({ op: 'equal', token: same(a[a.length - suf + k]!, b[b.length - suf + k]!) });

  // Runs of one op, each joined once (appending 100.000 tokens one by one is slow).
  const chunks: WordChunk[] = [];
  let deleted = 0;
  let inserted = 0;
  for (let k = 0; k < ops.length; ) {
    const op = ops[k]!.op;
    const texts: string[] = [];
    for (; k < ops.length && ops[k]!.op === op; k++) texts.push(ops[k]!.token.text);
    if (op === 'delete') deleted += texts.length;
    if (op === 'insert') inserted += texts.length;
    chunks.push({ op, text: texts.join('') });
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

/**
 * The shortest edit script from a to b, or undefined past the edits MAX_DIFF_WORK (and what is
 * left of the budget) allows. Myers' work is about (|a| + |b|) × the edits: that is what a
 * diff takes from the budget, or all it was allowed when it gave up.
 */
function editScript(a: Token[], b: Token[], budget: DiffBudget | undefined): Op[] | undefined {
  if (a.length === 0 || b.length === 0) return [...a.map((token) => ({ op: 'delete' as const, token })), ...b.map((token) => ({ op: 'insert' as const, token }))];
  const n = a.length + b.length;
  if (budget && budget.work < n) return undefined; // not even one edit left
  const maxEditLength = Math.max(1, Math.floor(Math.min(MAX_DIFF_WORK, budget?.work ?? Infinity) / n));
  const changes = diffArrays(
    a.map((t) => t.key),
    b.map((t) => t.key),
    { maxEditLength },
  );
  const edits = changes?.reduce((sum, c) => sum + (c.added || c.removed ? c.count : 0), 0);
  if (budget) budget.work -= Math.min(budget.work, n * (edits === undefined ? maxEditLength : Math.max(1, edits)));
  if (!changes) return undefined;
  const out: Op[] = [];
  let i = 0;
  let j = 0;
  for (const c of changes) {
    for (let k = 0; k < c.count; k++) {
      if (c.removed) out.push({ op: 'delete', token: a[i++]! });
      else if (c.added) out.push({ op: 'insert', token: b[j++]! });
      else out.push({ op: 'equal', token: same(a[i++]!, b[j++]!) });
    }
  }
  return out;
}
