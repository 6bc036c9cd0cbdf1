// The target grammar: parses a Vietnamese target phrase ("tăng từ 6,5% trở lên",
// "8- 10m 2 /người", "Duy trì không có hộ nghèo") into an AST that keeps both its meaning
// and its surface form, so `formatTarget` can write the phrase back exactly.
//
// A hand-written scanner over the string: no backtracking, linear time, never throws.
//
//   target   := [ws] (maintain | [change] [reach] quantity) [ws]
//   maintain := ("duy trì" | "giữ vững") state           state = the rest, verbatim;
//               its meaning is read from `quantity` or "không có/còn X" when the rest is one
//   change   := ("tăng" | "giảm") ["thêm"]
//   reach    := "đạt"
//   quantity := "không có"|"không còn" unit                       (= 0; level only)
//             | [pre] number [unit] [post]                          (pre and post exclusive)
//             | "từ" number [unit] post
//             | ["từ"|"khoảng"|"xấp xỉ"] number [unit] sep number [unit]   (range)
//   pre      := "trên" | "dưới" | "khoảng" | "ít nhất" | "tối thiểu" | "tối đa" | "không quá" | …
//   post     := "trở lên" | "trở xuống"
//   sep      := "-" | "–" | "—" | "đến" | "tới"   (any spaces around)
//   unit     := "%" ["/" …] | words up to post, a range separator or punctuation

import type { Comparator, TargetKind } from '../model/types.js';
import type { GrammarIssue, GrammarIssueCode } from './issues.js';
import { joinExpected } from './issues.js';
import {
  CHANGE_EXTRA_WORDS,
  CHANGE_WORDS,
  FROM_WORD,
  LEVEL_STARTS,
  MAINTAIN_WORDS,
  NONE_WORDS,
  POST_HEAD,
  POST_PHRASES,
  PRE_PHRASES,
  RANGE_WORDS,
  REACH_WORDS,
  type PhraseId,
  type PostPhrase,
  type PrePhrase,
} from './lexicon.js';
import { ATTACHED_UNITS } from '../vocabulary/index.js';
import { scanNumber, type NumberStyle, type ScannedNumber } from './number.js';
import { foldUnit, isDash, isDigit, isLetter, isWs, prepare } from './text.js';

/**
 * The surface choices of a phrase, enough to write it back exactly. Every string is a
 * verbatim slice of the wording, whitespace included.
 */
export interface TargetForm {
  /** Which comparator phrase ("tu-tro-len" for "từ X trở lên", "tro-len" for "X trở lên"). */
  phrase: PhraseId;
  /** Whitespace before / after the phrase (reported as 'surrounding-space'). */
  leading?: string;
  trailing?: string;
  /** The kind word with the whitespace after it: "tăng ", "Giảm ", "tăng thêm ", "Duy trì ". */
  kindWord?: string;
  /** "đạt " as written. */
  reach?: string;
  /** Words before the number, with the whitespace after: "từ ", "trên ", "khoảng ", "không có ". */
  before?: string;
  /** Words after the number and unit, with the whitespace before: " trở lên". */
  after?: string;
  /** Between the bounds of a range, spaces included: "-", "- ", " - ", " đến ". */
  separator?: string;
  /** Between the (last) number and the unit: "" in "20%", " " in "117 trường". */
  unitGap?: string;
  /** Present when the unit is also written after the lower bound ("5% - 6%"): the gap there. */
  minUnitGap?: string;
  /** How each number is written. */
  value?: NumberStyle;
  min?: NumberStyle;
  max?: NumberStyle;
}

export interface TargetAst {
  kind: TargetKind;
  /** Absent only for a "Duy trì …" state that states no quantity. */
  op?: Comparator;
  value?: number;
  min?: number;
  max?: number;
  /** The unit as written, trimmed ("%", "triệu đồng", "m 2 /người"). */
  unit?: string;
  /** For maintain: the state kept, verbatim ("không có hộ nghèo"). */
  state?: string;
  /** Surface form; without it `formatTarget` writes the canonical phrase. */
  form?: TargetForm;
}

export type ParseResult =
  | { ok: true; target: TargetAst; warnings: GrammarIssue[] }
  | { ok: false; error: GrammarIssue; warnings: GrammarIssue[] };

/** Parses one target wording. Never throws; linear in the length of the wording. */
export function parseTarget(wording: string): ParseResult {
  if (typeof wording !== 'string') {
    return { ok: false, error: { code: 'empty', start: 0, end: 0 }, warnings: [] };
  }
  try {
    return new Parser(wording).run();
  } catch {
    // Not reachable by design; a parse error is better than an exception in an editor.
    return {
      ok: false,
      error: { code: 'unexpected-text', start: 0, end: wording.length, params: { text: wording } },
      warnings: [],
    };
  }
}

/**
 * Removes the stray spaces of a unit: runs of whitespace become one space, no space around
 * "/", and "m 2" → "m2" ("m 2 /người" → "m2/người").
 */
export function normalizeUnitSpacing(unit: string): string {
  return unit
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/ ?\/ ?/g, '/')
    .replace(/(^|[ /])([kcdm]?m) ([23])(?=$|[ /])/g, '$1$2$3');
}

const TOP_STARTS: readonly string[] = ['số', 'đạt', 'tăng', 'giảm', 'Duy trì', ...LEVEL_STARTS.slice(1), 'không có …'];
const POST_TEXTS: readonly string[] = POST_PHRASES.map((p) => p.text);
const HARD_STOPS = new Set([',', ';', ':', '!', '?', '"', '“', '”', '‘', '’', "'", '…', '=', '<', '>', '[', ']', '{', '}', '|']);
const UNIT_SYMBOLS = new Set(['°', '$', '€', '£', '¥', '₫', '²', '³', '(', '#']);
/** Units written against the number ("20%"). */
const PERCENT = new Set(ATTACHED_UNITS);
const TRAILING_PUNCT = new Set(['.', ',', ';', ':', '…']);

class Failure {
  constructor(readonly issue: GrammarIssue) {}
}

interface Span {
  start: number;
  end: number;
}

interface Quantity {
  op: Comparator;
  value?: number;
  min?: number;
  max?: number;
  unit?: string;
  form: Omit<TargetForm, 'phrase'> & { phrase: PhraseId };
}

interface IssueExtra {
  expected?: readonly string[];
  params?: Record<string, string | number>;
  fix?: { start: number; end: number; replacement: string };
}

class Parser {
  private readonly s: string;
  private readonly f: string;
  private readonly o: (i: number) => number;
  /** The trimmed wording is f[start, end). */
  private start = 0;
  private end = 0;
  private readonly warnings: GrammarIssue[] = [];

  constructor(wording: string) {
    const p = prepare(wording);
    this.s = wording;
    this.f = p.folded;
    this.o = p.toOriginal;
  }

  run(): ParseResult {
    const f = this.f;
    const n = f.length;
    let a = 0;
    while (a < n && isWs(f[a])) a++;
    if (a === n) return { ok: false, error: { code: 'empty', start: 0, end: this.s.length }, warnings: [] };
    let b = n;
    while (b > a && isWs(f[b - 1])) b--;
    this.start = a;
    this.end = b;
    const form: TargetForm = { phrase: 'plain' };
    if (a > 0) {
      form.leading = this.slice(0, a);
      this.warn('surrounding-space', 0, a, { fix: { start: 0, end: a, replacement: '' } });
    }
    if (b < n) {
      form.trailing = this.slice(b, n);
      this.warn('surrounding-space', b, n, { fix: { start: b, end: n, replacement: '' } });
    }
    try {
      const target = this.target(a, form);
      return { ok: true, target, warnings: this.warnings };
    } catch (e) {
      if (e instanceof Failure) return { ok: false, error: e.issue, warnings: this.warnings };
      throw e;
    }
  }

  // ---- structure -------------------------------------------------------------------

  private target(p: number, form: TargetForm): TargetAst {
    for (const w of MAINTAIN_WORDS) {
      const e = this.matchWords(p, w);
      if (e >= 0) {
        const q = this.skipWs(e);
        form.kindWord = this.slice(p, q);
        return this.maintain(p, e, q, form);
      }
    }
    let kind: TargetKind = 'level';
    for (const c of CHANGE_WORDS) {
      const e = this.matchWords(p, c.text);
      if (e < 0) continue;
      kind = c.kind;
      let q = this.skipWs(e);
      for (const extra of CHANGE_EXTRA_WORDS) {
        const e2 = q > e ? this.matchWords(q, extra) : -1;
        if (e2 >= 0) {
          q = this.skipWs(e2);
          break;
        }
      }
      form.kindWord = this.slice(p, q);
      p = q;
      break;
    }
    if (kind === 'level') {
      for (const w of REACH_WORDS) {
        const e = this.matchWords(p, w);
        if (e >= 0) {
          const q = this.skipWs(e);
          form.reach = this.slice(p, q);
          p = q;
          break;
        }
      }
    }
    const allowNone = kind === 'level' && form.reach === undefined;
    const starts = kind === 'level' && form.reach === undefined && p === this.start ? TOP_STARTS : LEVEL_STARTS;
    const q = this.quantity(p, allowNone, starts);
    Object.assign(form, q.form);
    return this.ast(kind, q, form);
  }

  private maintain(p: number, wordEnd: number, q: number, form: TargetForm): TargetAst {
    if (q >= this.end) {
      this.fail('expected-state', this.end, this.end, {
        expected: ['không có …', 'số'],
        params: { after: this.slice(p, wordEnd) },
      });
    }
    const last = this.f[this.end - 1] as string;
    if (TRAILING_PUNCT.has(last)) {
      this.fail('unexpected-text', this.end - 1, this.end, { params: { text: this.slice(this.end - 1, this.end) } });
    }
    const state = this.slice(q, this.end);
    const saved = this.warnings.length;
    try {
      const quantity = this.quantity(q, true, LEVEL_STARTS);
      Object.assign(form, quantity.form);
      const ast = this.ast('maintain', quantity, form);
      ast.state = state;
      return ast;
    } catch (e) {
      if (!(e instanceof Failure)) throw e;
      this.warnings.length = saved;
      form.phrase = 'state';
      return { kind: 'maintain', state, form };
    }
  }

  private ast(kind: TargetKind, q: Quantity, form: TargetForm): TargetAst {
    const ast: TargetAst = { kind, op: q.op };
    if (q.value !== undefined) ast.value = q.value;
    if (q.min !== undefined) ast.min = q.min;
    if (q.max !== undefined) ast.max = q.max;
    if (q.unit !== undefined) ast.unit = q.unit;
    ast.form = form;
    return ast;
  }

  private quantity(p: number, allowNone: boolean, starts: readonly string[]): Quantity {
    if (p >= this.end) {
      this.fail('expected-target', this.end, this.end, {
        expected: starts,
        params: { found: '', after: this.slice(this.start, p).trim() },
      });
    }

    if (allowNone) {
      for (const w of NONE_WORDS) {
        const e = this.matchWords(p, w);
        if (e < 0) continue;
        const q = this.skipWs(e);
        const u = this.unit(q, false);
        if (u === null || q === e) {
          this.fail('expected-phrase', q, q < this.end ? this.wordEnd(q) : q, {
            expected: ['đơn vị'],
            params: { after: this.slice(this.start, e) },
          });
        }
        this.expectEnd(u.end);
        this.checkUnit(null, u);
        return { op: '=', value: 0, unit: this.slice(u.start, u.end), form: { phrase: 'none', before: this.slice(p, q) } };
      }
    }

    let pre: PrePhrase | 'from' | null = null;
    let q = p;
    for (const ph of PRE_PHRASES) {
      const e = this.matchWords(p, ph.text);
      if (e >= 0) {
        pre = ph;
        q = this.skipWs(e);
        break;
      }
    }
    if (pre === null) {
      const e = this.matchWords(p, FROM_WORD);
      if (e >= 0) {
        pre = 'from';
        q = this.skipWs(e);
      }
    }
    const before = pre !== null ? this.slice(p, q) : undefined;

    const n1 = this.number(q, pre === null ? null : p, starts);
    const u1 = this.unit(n1.end, true);
    const afterFirst = u1 ? u1.end : n1.end;

    const sep = this.rangeSeparator(afterFirst);
    if (sep) {
      if (pre !== null && pre !== 'from' && !pre.range) {
        this.fail('unexpected-text', sep.token.start, sep.token.end, {
          params: { text: this.slice(sep.token.start, sep.token.end) },
        });
      }
      const n2 = this.number(sep.end, p, starts);
      const u2 = this.unit(n2.end, false);
      const t1 = u1 ? this.slice(u1.start, u1.end) : undefined;
      const t2 = u2 ? this.slice(u2.start, u2.end) : undefined;
      if (t1 !== undefined && (t2 === undefined || foldUnit(t1) !== foldUnit(t2))) {
        this.fail('unit-mismatch', u1!.start, u2 ? u2.end : n2.end, { params: { first: t1, second: t2 ?? '' } });
      }
      const x = u2 ? u2.end : n2.end;
      const post = this.post(x);
      if (post) this.fail('unexpected-text', post.start, post.end, { params: { text: this.slice(post.start, post.end) } });
      this.expectEnd(x);
      if (u1) this.checkUnit(n1, u1);
      if (u2) this.checkUnit(n2, u2);
      if (n1.value > n2.value) {
        const fix =
          u1 === null
            ? { start: n1.start, end: n2.end, replacement: n2.text + this.slice(n1.end, n2.start) + n1.text }
            : undefined;
        this.warn('range-order', n1.start, n2.end, { params: { min: n1.text, max: n2.text }, ...(fix ? { fix } : {}) });
      }
      const form: Quantity['form'] = { phrase: 'range' };
      if (before !== undefined) form.before = before;
      form.separator = this.slice(afterFirst, sep.end);
      if (u2) form.unitGap = this.slice(n2.end, u2.start);
      if (u1) form.minUnitGap = this.slice(n1.end, u1.start);
      form.min = n1.style;
      form.max = n2.style;
      const out: Quantity = { op: 'range', min: n1.value, max: n2.value, form };
      if (t2 !== undefined) out.unit = t2;
      return out;
    }

    let x = afterFirst;
    const post = this.post(x);
    const form: Quantity['form'] = { phrase: 'plain' };
    let op: Comparator;
    if (post) {
      if (pre !== null && pre !== 'from') {
        this.fail('unexpected-text', post.start, post.end, { params: { text: this.slice(post.start, post.end) } });
      }
      op = post.phrase.op;
      form.phrase = pre === 'from' ? (post.phrase.id === 'tro-len' ? 'tu-tro-len' : 'tu-tro-xuong') : post.phrase.id;
      form.after = this.slice(x, post.end);
      x = post.end;
    } else if (pre === 'from') {
      const y = this.skipWs(x);
      this.fail('expected-phrase', y, y < this.end ? this.wordEnd(y) : y, {
        expected: [...POST_TEXTS, 'đến …'],
        params: { after: this.slice(this.start, x) },
      });
    } else {
      op = pre === null ? '=' : pre.op;
      form.phrase = pre === null ? 'plain' : pre.id;
    }
    this.expectEnd(x);
    if (u1) this.checkUnit(n1, u1);
    if (before !== undefined) form.before = before;
    if (u1) form.unitGap = this.slice(n1.end, u1.start);
    form.value = n1.style;
    const out: Quantity = { op: op!, value: n1.value, form };
    if (u1) out.unit = this.slice(u1.start, u1.end);
    return out;
  }

  // ---- pieces ----------------------------------------------------------------------

  /** A number at q; `preStart` is where the comparator phrase began (null: none). */
  private number(q: number, preStart: number | null, starts: readonly string[]): ScannedNumber {
    const r = scanNumber(this.f, q);
    if (r === null) {
      const e = q < this.end ? this.wordEnd(q) : q;
      const found = this.slice(q, e);
      if (preStart === null) {
        this.fail('expected-target', q, e, { expected: starts, params: { found, after: this.slice(this.start, q).trim() } });
      }
      this.fail('expected-number', q, e, {
        expected: ['số'],
        params: { after: this.slice(this.start, q).trim(), found },
      });
    }
    if (!r.ok) throw new Failure(this.mapIssue(r.error));
    const n = r.number;
    if (n.warning) this.warnings.push(this.mapIssue(n.warning));
    return { ...n, text: this.slice(n.start, n.end) };
  }

  /**
   * The unit after a number: "%" (optionally "%/…"), or words up to a post phrase, a range
   * separator (when `rangeStop`), punctuation, or the end. Null when there is none.
   */
  private unit(x: number, rangeStop: boolean): Span | null {
    const f = this.f;
    const y = this.skipWs(x);
    if (y >= this.end) return null;
    const c = f[y] as string;
    let i = y;
    let atWordStart = true;
    if (PERCENT.has(c)) {
      if (f[y + 1] !== '/') return { start: y, end: y + 1 };
      i = y + 1;
      atWordStart = false;
    } else if (!isLetter(c) && !UNIT_SYMBOLS.has(c)) {
      return null;
    }
    let last = i;
    while (i < this.end) {
      const ch = f[i] as string;
      if (isWs(ch)) {
        i++;
        atWordStart = true;
        continue;
      }
      if (atWordStart) {
        if (this.post(i, false)) break;
        if (rangeStop && this.rangeWordAt(i) >= 0) break;
      }
      if (rangeStop && isDash(ch) && this.numberOrEndAt(this.skipWs(i + 1))) break;
      if (HARD_STOPS.has(ch)) break;
      if (ch === '.' && !(isLetter(f[i + 1]) || isDigit(f[i + 1]))) break;
      i++;
      last = i;
      atWordStart = false;
    }
    return last > y ? { start: y, end: last } : null;
  }

  /** A post phrase ("trở lên") at the next word; fails on an incomplete one ("trở"). */
  private post(x: number, skip = true): { phrase: PostPhrase; start: number; end: number } | null {
    const y = skip ? this.skipWs(x) : x;
    for (const phrase of POST_PHRASES) {
      const e = this.matchWords(y, phrase.text);
      if (e >= 0) return { phrase, start: y, end: e };
    }
    const e = this.matchWords(y, POST_HEAD);
    if (e >= 0) {
      this.fail('unexpected-text', y, e, { expected: POST_TEXTS, params: { text: this.slice(y, e) } });
    }
    return null;
  }

  /**
   * "đến"/"tới" at i followed by a number (or by nothing: "từ 5 đến" lacks its number):
   * the end of the word, else -1. Elsewhere the word belongs to the unit.
   */
  private rangeWordAt(i: number): number {
    for (const w of RANGE_WORDS) {
      const e = this.matchWords(i, w);
      if (e >= 0 && this.numberOrEndAt(this.skipWs(e))) return e;
    }
    return -1;
  }

  private numberOrEndAt(i: number): boolean {
    return i >= this.end || isDigit(this.f[i]);
  }

  /** A range separator after x; `end` is where the second number starts. */
  private rangeSeparator(x: number): { token: Span; end: number } | null {
    const y = this.skipWs(x);
    if (y >= this.end) return null;
    let tokenEnd = -1;
    if (isDash(this.f[y])) tokenEnd = y + 1;
    else {
      for (const w of RANGE_WORDS) {
        const e = this.matchWords(y, w);
        if (e >= 0) {
          tokenEnd = e;
          break;
        }
      }
    }
    if (tokenEnd < 0) return null;
    const z = this.skipWs(tokenEnd);
    if (!isDigit(this.f[z])) {
      const e = z < this.end ? this.wordEnd(z) : z;
      this.fail('expected-number', z, e, {
        expected: ['số'],
        params: { after: this.slice(this.start, tokenEnd).trim(), found: this.slice(z, e) },
      });
    }
    return { token: { start: y, end: tokenEnd }, end: z };
  }

  private expectEnd(x: number): void {
    const y = this.skipWs(x);
    if (y < this.end) this.fail('unexpected-text', y, this.end, { params: { text: this.slice(y, this.end) } });
  }

  /** Warns on "20 %" and on stray spaces inside a unit ("m 2 /người"). */
  private checkUnit(n: ScannedNumber | null, u: Span): void {
    const unit = this.slice(u.start, u.end);
    const fixed = normalizeUnitSpacing(unit);
    if (n !== null && PERCENT.has(unit[0] as string) && u.start > n.end) {
      const suggested = n.text + fixed;
      this.warn('unit-spacing', n.start, u.end, {
        params: { unit: this.slice(n.end, u.end).trim(), suggested },
        fix: { start: n.start, end: u.end, replacement: suggested },
      });
    } else if (fixed !== unit) {
      this.warn('unit-spacing', u.start, u.end, {
        params: { unit, suggested: fixed },
        fix: { start: u.start, end: u.end, replacement: fixed },
      });
    }
  }

  // ---- scanning helpers --------------------------------------------------------------

  /**
   * Matches a phrase (lower case, single spaces) at pos: any run of whitespace stands for a
   * space, and the phrase must end at a word boundary. Returns the end, or -1.
   */
  private matchWords(pos: number, phrase: string): number {
    const f = this.f;
    let i = pos;
    for (let k = 0; k < phrase.length; k++) {
      const c = phrase[k];
      if (c === ' ') {
        if (!isWs(f[i]) || i >= this.end) return -1;
        while (i < this.end && isWs(f[i])) i++;
      } else {
        if (i >= this.end || f[i] !== c) return -1;
        i++;
      }
    }
    if (i < this.end && isLetter(f[i])) return -1;
    return i;
  }

  private skipWs(i: number): number {
    while (i < this.end && isWs(this.f[i])) i++;
    return i;
  }

  private wordEnd(i: number): number {
    while (i < this.end && !isWs(this.f[i])) i++;
    return i;
  }

  /** The original text of folded offsets [a, b). */
  private slice(a: number, b: number): string {
    return this.s.slice(this.o(a), this.o(b));
  }

  private make(code: GrammarIssueCode, a: number, b: number, extra: IssueExtra = {}): GrammarIssue {
    const issue: GrammarIssue = { code, start: this.o(a), end: this.o(b) };
    const params: Record<string, string | number> = { ...(extra.params ?? {}) };
    if (extra.expected && extra.expected.length > 0) {
      issue.expected = [...extra.expected];
      params.expected = joinExpected(extra.expected);
    }
    if (Object.keys(params).length > 0) issue.params = params;
    if (extra.fix) {
      issue.fix = { start: this.o(extra.fix.start), end: this.o(extra.fix.end), replacement: extra.fix.replacement };
    }
    return issue;
  }

  /** An issue from the number scanner (folded offsets) in original offsets. */
  private mapIssue(issue: GrammarIssue): GrammarIssue {
    const out: GrammarIssue = { ...issue, start: this.o(issue.start), end: this.o(issue.end) };
    if (issue.fix) out.fix = { ...issue.fix, start: this.o(issue.fix.start), end: this.o(issue.fix.end) };
    return out;
  }

  private warn(code: GrammarIssueCode, a: number, b: number, extra?: IssueExtra): void {
    this.warnings.push(this.make(code, a, b, extra));
  }

  private fail(code: GrammarIssueCode, a: number, b: number, extra?: IssueExtra): never {
    throw new Failure(this.make(code, a, b, extra));
  }
}
