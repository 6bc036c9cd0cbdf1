// The target grammar: parses a Vietnamese target phrase ("tăng từ 6,5% trở lên",
// "8- 10m 2 /người", "Duy trì không có hộ nghèo", "chiếm khoảng 30% GRDP") into an AST that keeps
// both its meaning and its surface form, so `formatTarget` can write the phrase back exactly.
//
// A hand-written scanner over the string: no backtracking, linear time, never throws.
//
//   target   := [ws] [estimate] [average] (maintain | [change] [reach] [average] quantity [versus]
//               | state) [ws]                                       (one average at most)
//   estimate := "ước" | "ước tính"                                  (estimate: true)
//   average  := "bình quân"                                         (average: true)
//   maintain := ("duy trì" | "giữ vững") state           state = the rest, verbatim;
//               its meaning is read from `quantity` or "không có/còn X" when the rest is one
//   change   := ("tăng" | "tăng trưởng" | "giảm") ["thêm"]
//   reach    := "đạt" | "chiếm" | "đóng góp" | "tương đương"
//   quantity := "không có"|"không còn" unit                       (= 0; level only)
//             | [pre] number [unit [of]] [post]                     (pre and post exclusive)
//             | "từ" number [unit [of]] [post]                      ("từ 10%" alone: ≥)
//             | ["từ" | range-pre] number [unit] sep number [unit [of]]
//                                      (range; after "khoảng", "ít nhất", "trên", … the op is theirs)
//   pre      := "trên" | "dưới" | "khoảng" | "ít nhất" | "tối thiểu" | "tối đa" | "không quá" | …
//   post     := "trở lên" | "trở xuống"
//   sep      := "-" | "–" | "—" | "đến" | "tới"   (any spaces around)
//   unit     := "%" ["/" …] | words up to post, "so với", a range separator or punctuation
//   of       := ("/" | ws ["trong" ws]) ("GRDP" | "GDP")               after "%": a share's base
//   versus   := "so với" "năm" (YEAR | "trước")                         (relativeTo)
//   state    := a wording with no number that holds "không còn", "toàn bộ", "hoàn thành", …

import type { Comparator, TargetKind } from '../model/types.js';
import type { GrammarIssue, GrammarIssueCode } from './issues.js';
import { joinExpected } from './issues.js';
import {
  AVERAGE_WORDS,
  CHANGE_EXTRA_WORDS,
  CHANGE_WORDS,
  ESTIMATE_WORDS,
  FROM_WORD,
  LEVEL_STARTS,
  MAINTAIN_WORDS,
  NONE_WORDS,
  POST_HEAD,
  POST_PHRASES,
  PRE_BY_ID,
  PRE_PHRASES,
  PREVIOUS_WORD,
  RANGE_WORDS,
  REACH_WORDS,
  SHARE_BASE_WORDS,
  SHARE_LINK_WORDS,
  STATE_MARKERS,
  VERSUS_WORDS,
  YEAR_WORD,
  type PhraseId,
  type PostPhrase,
  type PrePhrase,
} from './lexicon.js';
import { ATTACHED_UNITS, rangeBoundFactor } from '../vocabulary/index.js';
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
  /** "ước " as written: the figure is an estimate. */
  estimate?: string;
  /** "bình quân " as written: an average; `averageFirst` when it stands before the kind word. */
  average?: string;
  averageFirst?: boolean;
  /** The level's verb as written, with the whitespace after: "đạt ", "chiếm ", "tương đương ". */
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
  /**
   * The lower bound's unit as written, when it is not the unit's text: another scale ("800 nghìn
   * - 1 triệu lượt", the bound then converted into the unit: 0,8) or no "per" ("10%-10,5%/năm").
   */
  minUnit?: string;
  /** A share's base as written after the unit, link included: " GRDP", "/GRDP", " trong GRDP". */
  of?: string;
  /** The reference as written, with the whitespace before: " so với năm 2025". */
  versus?: string;
  /** How each number is written. */
  value?: NumberStyle;
  min?: NumberStyle;
  max?: NumberStyle;
}

export interface TargetAst {
  kind: TargetKind;
  /** Absent only for a state said without a quantity ("Duy trì …", "giải ngân toàn bộ"). */
  op?: Comparator;
  value?: number;
  /** A range's bounds: with op range, or qualified by op ("khoảng 30-35": ~). */
  min?: number;
  max?: number;
  /** The unit as written, trimmed ("%", "triệu đồng", "m 2 /người"). */
  unit?: string;
  /** A share's base: "GRDP" in "30% GRDP", "1%/GRDP", "25% trong GRDP". */
  of?: string;
  /** "ước đạt …", "ước tăng …". */
  estimate?: boolean;
  /** "bình quân …". */
  average?: boolean;
  /** "so với năm 2025" → 2025, "so với năm trước" → previous-year. */
  relativeTo?: 'previous-year' | number;
  /** For maintain and state: the state, verbatim ("không có hộ nghèo", "giải ngân toàn bộ"). */
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
  // Nothing the rewrites below would change ("%", "triệu đồng"): the unit as it is.
  if (!/\s\s|[^\S ]|^ | $| \/|\/ |m [23]/.test(unit)) return unit;
  return unit
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/ ?\/ ?/g, '/')
    .replace(/(^|[ /])([kcdm]?m) ([23])(?=$|[ /])/g, '$1$2$3');
}

const TOP_STARTS: readonly string[] = ['số', 'đạt', 'chiếm', 'tăng', 'giảm', 'Duy trì', 'ước', ...LEVEL_STARTS.slice(1), 'không có …'];
const POST_TEXTS: readonly string[] = POST_PHRASES.map((p) => p.text);
/** "và" between two parts of a phrase ends a unit. */
const AND_WORD = 'và';
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
  of?: string;
  relativeTo?: 'previous-year' | number;
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
    const saved = this.warnings.length;
    try {
      return this.quantified(p, form);
    } catch (e) {
      // A wording with no number that says a state ("giải ngân toàn bộ", "không còn").
      if (!(e instanceof Failure) || !this.isState()) throw e;
      this.warnings.length = saved;
      this.checkNoTrailingPunct();
      const bare: TargetForm = { phrase: 'state' };
      if (form.leading !== undefined) bare.leading = form.leading;
      if (form.trailing !== undefined) bare.trailing = form.trailing;
      return { kind: 'state', state: this.slice(this.start, this.end), form: bare };
    }
  }

  private quantified(p: number, form: TargetForm): TargetAst {
    let q = this.qualifier(p, ESTIMATE_WORDS);
    if (q > p) {
      form.estimate = this.slice(p, q);
      p = q;
    }
    q = this.qualifier(p, AVERAGE_WORDS);
    if (q > p) {
      form.average = this.slice(p, q);
      form.averageFirst = true;
      p = q;
    }
    for (const w of MAINTAIN_WORDS) {
      const e = this.matchWords(p, w);
      if (e >= 0) {
        const q = this.skipWs(e);
        form.kindWord = this.slice(p, q);
        return this.qualified(this.maintain(p, e, q, form), form);
      }
    }
    let kind: TargetKind = 'level';
    // A level's verb that begins with a change word ("giảm xuống còn 2%", "giảm còn dưới 2%")
    // is the level reached, not a decrease: the longer match wins.
    const reachEnd = Math.max(-1, ...REACH_WORDS.map((w) => this.matchWords(p, w)));
    for (const c of CHANGE_WORDS) {
      const e = this.matchWords(p, c.text);
      if (e < 0 || reachEnd >= e) continue;
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
    if (form.average === undefined) {
      const q = this.qualifier(p, AVERAGE_WORDS);
      if (q > p) {
        form.average = this.slice(p, q);
        p = q;
      }
    }
    const allowNone = kind === 'level' && form.reach === undefined && form.average === undefined;
    const starts = kind === 'level' && form.reach === undefined && p === this.start ? TOP_STARTS : LEVEL_STARTS;
    const quantity = this.quantity(p, allowNone, starts, true);
    Object.assign(form, quantity.form);
    return this.qualified(this.ast(kind, quantity, form), form);
  }

  /** The end of a qualifier word at p with the whitespace after it ("ước "), else p. */
  private qualifier(p: number, words: readonly string[]): number {
    for (const w of words) {
      const e = this.matchWords(p, w);
      const q = e >= 0 ? this.skipWs(e) : -1;
      if (q > e) return q;
    }
    return p;
  }

  private qualified(ast: TargetAst, form: TargetForm): TargetAst {
    if (form.estimate !== undefined) ast.estimate = true;
    if (form.average !== undefined) ast.average = true;
    return ast;
  }

  private maintain(p: number, wordEnd: number, q: number, form: TargetForm): TargetAst {
    if (q >= this.end) {
      this.fail('expected-state', this.end, this.end, {
        expected: ['không có …', 'số'],
        params: { after: this.slice(p, wordEnd) },
      });
    }
    this.checkNoTrailingPunct();
    const state = this.slice(q, this.end);
    const saved = this.warnings.length;
    try {
      const quantity = this.quantity(q, true, LEVEL_STARTS, false);
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

  /** A state is verbatim, but a trailing period is not part of a wording. */
  private checkNoTrailingPunct(): void {
    const last = this.f[this.end - 1] as string;
    if (TRAILING_PUNCT.has(last)) {
      this.fail('unexpected-text', this.end - 1, this.end, { params: { text: this.slice(this.end - 1, this.end) } });
    }
  }

  /** No digit anywhere, and a state marker as whole words. */
  private isState(): boolean {
    const text = this.f.slice(this.start, this.end);
    if (/[0-9]/.test(text)) return false;
    for (const m of STATE_MARKERS) {
      for (let i = text.indexOf(m); i >= 0; i = text.indexOf(m, i + 1)) {
        if (!isLetter(text[i - 1]) && !isLetter(text[i + m.length])) return true;
      }
    }
    return false;
  }

  private ast(kind: TargetKind, q: Quantity, form: TargetForm): TargetAst {
    const ast: TargetAst = { kind, op: q.op };
    if (q.value !== undefined) ast.value = q.value;
    if (q.min !== undefined) ast.min = q.min;
    if (q.max !== undefined) ast.max = q.max;
    if (q.unit !== undefined) ast.unit = q.unit;
    if (q.of !== undefined) ast.of = q.of;
    if (q.relativeTo !== undefined) ast.relativeTo = q.relativeTo;
    ast.form = form;
    return ast;
  }

  /**
   * A quantity at p, then (when `versus`) "so với năm …", then the end of the wording. Fails
   * on anything else.
   */
  private quantity(p: number, allowNone: boolean, starts: readonly string[], versus: boolean): Quantity {
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
      if (ph.text === FROM_WORD) continue;
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
      // The lower bound's unit: the same, the same thing at another scale ("800 nghìn - 1 triệu
      // lượt": 0,8 triệu lượt), or the unit without its "per" ("10%-10,5%/năm").
      let minFactor = 1;
      if (t1 !== undefined) {
        const f = t2 === undefined ? undefined : foldUnit(t1) === foldUnit(t2) ? 1 : rangeBoundFactor(t1, t2);
        if (f === undefined) {
          this.fail('unit-mismatch', u1!.start, u2 ? u2.end : n2.end, { params: { first: t1, second: t2 ?? '' } });
        }
        minFactor = f;
      }
      const min = minFactor === 1 ? n1.value : Number((n1.value * minFactor).toPrecision(15));
      const share = u2 ? this.share(u2) : null;
      let x = share ? share.end : u2 ? u2.end : n2.end;
      // "từ 10 - 10,5% trở lên": the post phrase's comparator over the range.
      const post = this.post(x);
      if (post && pre !== null && pre !== 'from') {
        this.fail('unexpected-text', post.start, post.end, { params: { text: this.slice(post.start, post.end) } });
      }
      const after = post ? this.slice(x, post.end) : undefined;
      if (post) x = post.end;
      const vs = this.tail(x, versus);
      if (u1) this.checkUnit(n1, u1);
      if (u2) this.checkUnit(n2, u2);
      if (min > n2.value) {
        const fix =
          u1 === null
            ? { start: n1.start, end: n2.end, replacement: n2.text + this.slice(n1.end, n2.start) + n1.text }
            : undefined;
        this.warn('range-order', n1.start, n2.end, { params: { min: n1.text, max: n2.text }, ...(fix ? { fix } : {}) });
      }
      // "khoảng 30-35", "ít nhất 4-5%": the phrase's comparator over the range.
      const qualified = pre !== null && pre !== 'from' ? pre : null;
      let phrase: PhraseId = qualified ? qualified.id : 'range';
      if (post) phrase = pre === 'from' ? (post.phrase.id === 'tro-len' ? 'tu-tro-len' : 'tu-tro-xuong') : post.phrase.id;
      const form: Quantity['form'] = { phrase };
      if (before !== undefined) form.before = before;
      if (after !== undefined) form.after = after;
      form.separator = this.slice(afterFirst, sep.end);
      if (u2) form.unitGap = this.slice(n2.end, u2.start);
      if (u1) form.minUnitGap = this.slice(n1.end, u1.start);
      if (t1 !== undefined && t2 !== undefined && foldUnit(t1) !== foldUnit(t2)) form.minUnit = t1;
      form.min = n1.style;
      form.max = n2.style;
      const op = post ? post.phrase.op : qualified ? qualified.op : 'range';
      const out: Quantity = { op, min, max: n2.value, form };
      if (t2 !== undefined) out.unit = t2;
      this.addShare(out, share);
      this.addVersus(out, vs);
      return out;
    }

    const share = u1 ? this.share(u1) : null;
    let x = share ? share.end : afterFirst;
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
      // "tăng từ 10%": "từ" alone reads as ≥ (the vocabulary's phrase "từ").
      op = PRE_BY_ID.tu.op;
      form.phrase = PRE_BY_ID.tu.id;
    } else {
      op = pre === null ? '=' : pre.op;
      form.phrase = pre === null ? 'plain' : pre.id;
    }
    const vs = this.tail(x, versus);
    if (u1) this.checkUnit(n1, u1);
    if (before !== undefined) form.before = before;
    if (u1) form.unitGap = this.slice(n1.end, u1.start);
    form.value = n1.style;
    const out: Quantity = { op, value: n1.value, form };
    if (u1) out.unit = this.slice(u1.start, u1.end);
    this.addShare(out, share);
    this.addVersus(out, vs);
    return out;
  }

  private addShare(q: Quantity, share: { base: string; text: string } | null): void {
    if (!share) return;
    q.of = share.base;
    q.form.of = share.text;
  }

  private addVersus(q: Quantity, vs: { relativeTo: 'previous-year' | number; text: string } | null): void {
    if (!vs) return;
    q.relativeTo = vs.relativeTo;
    q.form.versus = vs.text;
  }

  /** After the quantity: "so với năm …" when allowed, then the end of the wording. */
  private tail(x: number, versus: boolean): { relativeTo: 'previous-year' | number; text: string } | null {
    const vs = versus ? this.versus(x) : null;
    this.expectEnd(vs ? vs.end : x);
    return vs ? { relativeTo: vs.relativeTo, text: this.slice(x, vs.end) } : null;
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
      // "%/năm" is a unit; "%/GRDP" is a share of GRDP (this.share reads it).
      if (f[y + 1] !== '/' || this.shareBaseAt(y + 2) >= 0) return { start: y, end: y + 1 };
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
        if (this.matchWords(i, VERSUS_WORDS) >= 0) break;
        if (rangeStop && this.rangeWordAt(i) >= 0) break;
        // "35 giường bệnh và 19 bác sĩ": a second part, not more of the unit.
        if (i > y && this.matchWords(i, AND_WORD) >= 0) break;
        // "(tương đương 8.000-8.500 USD)": a second figure, not a unit ("triệu (lượt khách)" is one).
        if (ch === '(' && this.numberInParentheses(i)) break;
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

  /** Whether the parenthesis opened at i holds a digit before it closes (or the wording ends). */
  private numberInParentheses(i: number): boolean {
    for (let k = i + 1; k < this.end && this.f[k] !== ')'; k++) if (isDigit(this.f[k])) return true;
    return false;
  }

  /**
   * A share's base after a percent unit: "30% GRDP", "1%/GRDP", "25% trong GRDP". Null when
   * none follows (the text after "%" is then read as before).
   */
  private share(u: Span): { base: string; text: string; end: number } | null {
    if (!PERCENT.has(this.f[u.start] as string) || u.end !== u.start + 1) return null;
    let i = u.end;
    if (this.f[i] === '/') i++;
    else {
      i = this.skipWs(i);
      // "30%GRDP": the base written against the sign.
      if (i === u.end) return this.shareBaseAt(i) >= 0 ? this.shareAt(u, i) : null;
      for (const w of SHARE_LINK_WORDS) {
        const e = this.matchWords(i, w);
        const q = e >= 0 ? this.skipWs(e) : -1;
        if (q > e && this.shareBaseAt(q) >= 0) {
          i = q;
          break;
        }
      }
    }
    return this.shareAt(u, i);
  }

  /** The share's base at i (after the percent unit u), or null. */
  private shareAt(u: Span, i: number): { base: string; text: string; end: number } | null {
    const k = this.shareBaseAt(i);
    if (k < 0) return null;
    const e = this.matchWords(i, SHARE_BASE_WORDS[k]!.folded);
    return { base: SHARE_BASE_WORDS[k]!.text, text: this.slice(u.end, e), end: e };
  }

  /** Which share base starts at i, as a whole word; -1 for none. */
  private shareBaseAt(i: number): number {
    return SHARE_BASE_WORDS.findIndex((b) => this.matchWords(i, b.folded) >= 0);
  }

  /**
   * "so với năm 2025" (a year, 1976–2200) or "so với năm trước" after x; null when the next
   * words are not "so với". Fails on "so với" followed by anything else.
   */
  private versus(x: number): { end: number; relativeTo: 'previous-year' | number } | null {
    const y = this.skipWs(x);
    const e = this.matchWords(y, VERSUS_WORDS);
    if (e < 0) return null;
    const z = this.skipWs(e);
    const ey = z > e ? this.matchWords(z, YEAR_WORD) : -1;
    const w = ey >= 0 ? this.skipWs(ey) : -1;
    if (w > ey) {
      const ep = this.matchWords(w, PREVIOUS_WORD);
      if (ep >= 0) return { end: ep, relativeTo: 'previous-year' };
      let d = w;
      while (d < this.end && isDigit(this.f[d])) d++;
      const year = Number(this.f.slice(w, d));
      if (d - w === 4 && !isLetter(this.f[d]) && year >= 1976 && year <= 2200) return { end: d, relativeTo: year };
    }
    const at = ey >= 0 ? w : z;
    this.fail('expected-phrase', at, at < this.end ? this.wordEnd(at) : at, {
      expected: ['năm …', 'năm trước'],
      params: { after: this.slice(this.start, e) },
    });
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
