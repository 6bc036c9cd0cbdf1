// Narrative targets: every quantified phrase of a paragraph the grammar reads ("tăng từ 6,5% trở
// lên", "7 triệu lượt", "khoảng 30-35 sản phẩm", "Duy trì không có hộ nghèo"), with its clause,
// the sentence piece that states it, and the appendix indicator (or part) it restates: one whose
// target the narrative-mismatch rule finds the same and whose name shares the most words with
// the piece (none when two tie). Linear in the text: a phrase is built forward from each number,
// the grammar only checks it.

import { parseTarget } from '../grammar/target.js';
import { toTarget } from '../grammar/meaning.js';
import { PRE_PHRASES, REACH_WORDS, CHANGE_WORDS, MAINTAIN_WORDS, NONE_WORDS, ESTIMATE_WORDS } from '../grammar/lexicon.js';
import type { Target } from '../model/types.js';
import { restates } from '../rules/narrativeMismatch.js';
import { UNITS } from '../vocabulary/units.js';
import type { ImportedIndicator } from './appendix.js';

export interface ImportedNarrative {
  id: string;
  clause: string;
  text: string;
  target: Target;
  indicator?: string;
}

/** Words that may stand before the number and belong to the target ("tăng từ", "đạt trên"). */
// Of the verbs that state a level, only "đạt" is taken into the wording, as the hand-encoded
// plans do: "chiếm 70%", "thu hút 7 triệu lượt", "hoàn thành 4.670 căn" keep their verb in the
// clause text and the target is the figure ("70%", "7 triệu lượt").
const LEVEL_LEADS = REACH_WORDS.filter((w) => w === 'đạt');
const LEADS = [...new Set([...PRE_PHRASES.map((p) => p.text), ...LEVEL_LEADS, ...CHANGE_WORDS.map((c) => c.text), 'tăng thêm', ...ESTIMATE_WORDS])]
  .map((w) => w.toLowerCase())
  .sort((a, b) => b.length - a.length);
/** Scale words before a counted thing ("7 triệu lượt"). */
const SCALE = ['triệu', 'nghìn', 'ngàn', 'tỷ', 'tỉ', 'vạn', 'trăm'];
/** Known units, longest first (the vocabulary's). */
const KNOWN = UNITS.map((u) => u.text.toLowerCase()).filter((u) => /\p{L}/u.test(u)).sort((a, b) => b.length - a.length);
/** Counted things written in one syllable (the classifiers of the plans' counts). */
const ONE_SYLLABLE = new Set(['xã', 'chợ', 'căn', 'cây', 'sông', 'khu', 'điểm', 'trường', 'lượt', 'hộ', 'người', 'ha', 'km', 'tấn', 'con', 'phường', 'huyện', 'lớp', 'giường', 'tuyến', 'cầu', 'nhà', 'bệnh', 'dự', 'cụm']);
/** Words after which a count's unit ends. */
const STOP = new Set(['trên', 'dưới', 'được', 'và', 'với', 'trong', 'của', 'cho', 'đạt', 'theo', 'tại', 'ngay', 'còn', 'từ', 'đến', 'tới', 'mới', 'so', 'là', 'có', 'không', 'thì', 'để', 'nhằm', 'đã', 'đang', 'sẽ', 'thuộc', 'vào', 'ra', 'như', 'thường', 'giai', 'năm', 'trở']);
/** Numbers that are not quantities: years, dates, document numbers, ordinals. */
const NOT_QUANTITY_BEFORE = /(năm|ngày|tháng|số|Điều|khóa|thứ|giai đoạn|Khoản|điểm|quý|Chỉ thị|Nghị quyết|Kế hoạch|Chương trình|Quyết định|Đề án|Luật)\s*$/iu;

const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

function scanNum(text: string, i: number): number {
  let j = i;
  while (isDigit(text[j]) || ((text[j] === '.' || text[j] === ',') && isDigit(text[j + 1]))) j++;
  return j;
}

/** The next word at `i` (after spaces): [start, end) or undefined. */
function wordAt(text: string, i: number): [number, number] | undefined {
  let s = i;
  while (text[s] === ' ') s++;
  if (s === i || !isLetter(text[s])) return undefined;
  let e = s;
  while (e < text.length && /[\p{L}\p{M}&]/u.test(text[e]!)) e++;
  return [s, e];
}

/** Where a count's unit ends after position `i` (i itself when there is none). */
function unitEnd(text: string, lower: string, i: number): number {
  if (text[i] === '%' || text[i] === '‰') return i + 1;
  let j = i;
  // Letters against the number ("10m 2 /người").
  if (isLetter(text[j])) {
    while (isLetter(text[j])) j++;
  } else {
    let w = wordAt(text, j);
    while (w && SCALE.includes(lower.slice(w[0], w[1]))) {
      j = w[1];
      w = wordAt(text, j);
    }
    const from = w ? w[0] : j;
    const known = KNOWN.find((u) => lower.startsWith(u, from) && !isLetter(text[from + u.length]));
    if (known) j = from + known.length;
    else if (w && !STOP.has(lower.slice(w[0], w[1]))) {
      j = w[1];
      const first = lower.slice(w[0], w[1]);
      const next = wordAt(text, j);
      if (!ONE_SYLLABLE.has(first) && next && !STOP.has(lower.slice(next[0], next[1])) && /^\p{Ll}/u.test(text[next[0]]!)) j = next[1];
    }
  }
  if (j === i) return i;
  // "m 2", "m2", then "/người".
  const sq = /^ ?[23²³](?![\d.,])/u.exec(text.slice(j, j + 3));
  if (sq && /m$/u.test(text.slice(i, j))) j += sq[0].length;
  const per = /^ ?\/ ?[\p{L}]+/u.exec(text.slice(j, j + 30));
  if (per) j += per[0].length;
  return j;
}

/** The target phrase around the number at `i`, or undefined when the grammar does not read one. */
function phraseAt(text: string, lower: string, i: number): { start: number; end: number; target: Target } | undefined {
  let end = scanNum(text, i);
  if (text[end] === '%') end++;
  const range = /^\s*([-–—]|đến|tới)\s*(?=\d)/u.exec(text.slice(end, end + 12));
  if (range) end = scanNum(text, end + range[0].length);
  if (text[end - 1] !== '%') {
    const u = unitEnd(text, lower, end);
    if (u === end) return undefined; // a bare number: a year, an ordinal, a code
    end = u;
  }
  const post = /^\s+(trở lên|trở xuống)/u.exec(text.slice(end, end + 16));
  if (post) end += post[0].length;
  // Lead words before the number, nearest first.
  const starts = [i];
  let s = i;
  for (let k = 0; k < 4; k++) {
    let b = s;
    while (b > 0 && text[b - 1] === ' ') b--;
    const lead = LEADS.find((w) => lower.endsWith(w, b) && !isLetter(text[b - w.length - 1]));
    if (!lead || b === s) break;
    s = b - lead.length;
    starts.push(s);
  }
  for (const start of starts.reverse()) {
    const wording = text.slice(start, end);
    const r = parseTarget(wording);
    if (r.ok) return { start, end, target: toTarget(r.target, wording) };
  }
  return undefined;
}

/** "Duy trì không có hộ nghèo", "không còn hộ nghèo": a target without a number. */
function nonePhrases(text: string, lower: string): Array<{ start: number; end: number; target: Target }> {
  const out: Array<{ start: number; end: number; target: Target }> = [];
  for (const none of NONE_WORDS) {
    for (let at = lower.indexOf(none); at >= 0; at = lower.indexOf(none, at + 1)) {
      if (isLetter(text[at - 1])) continue;
      const after = at + none.length + 1;
      const known = KNOWN.find((u) => lower.startsWith(u, after) && !isLetter(text[after + u.length]));
      if (!known) continue;
      let start = at;
      const before = lower.slice(Math.max(0, at - 12), at).trimEnd();
      const maintain = MAINTAIN_WORDS.find((w) => before.endsWith(w));
      if (maintain) start = lower.lastIndexOf(maintain, at);
      const wording = text.slice(start, after + known.length);
      const r = parseTarget(wording);
      if (r.ok) out.push({ start, end: after + known.length, target: toTarget(r.target, wording) });
    }
  }
  return out;
}

/** The sentence piece holding [start, end): between "." / ";" boundaries, trailing dots dropped. */
function pieceAround(text: string, start: number, end: number): string {
  // Within a window around the phrase: bounded work per phrase, whatever the paragraph's length.
  const lo = Math.max(0, start - PIECE_WINDOW);
  const hi = Math.min(text.length, end + PIECE_WINDOW);
  const window = text.slice(lo, hi);
  const s = start - lo;
  const e = end - lo;
  const left = Math.max(window.lastIndexOf('; ', s), window.lastIndexOf('. ', s), window.lastIndexOf(': ', s));
  const from = left < 0 ? 0 : left + 2;
  const ends = [window.indexOf(';', e), window.indexOf('. ', e), window.indexOf('...', e)].filter((x) => x >= 0);
  const to = ends.length > 0 ? Math.min(...ends) : window.length;
  const piece = window.slice(from, to).trim().replace(/[.…]+$/u, '').trim();
  return piece.includes(text.slice(start, end)) ? piece : text.slice(start, end);
}

const PIECE_WINDOW = 1000;
/** Narrative targets × indicators compared for links, at most: a hostile text costs bounded time. */
const LINK_BUDGET = 2_000_000;
/** Narrative targets read from one text, at most. */
export const MAX_NARRATIVES = 5000;

const CONTENT_STOP = new Set(['tỷ', 'lệ', 'số', 'được', 'và', 'của', 'trong', 'năm', 'trên', 'các', 'có', 'đạt', 'tăng', 'giảm', 'với', 'theo', 'cho', 'tổng', 'phấn', 'đấu']);
const syllableCache = new Map<string, Set<string>>();
/** The content syllables of a name, computed once per name. */
function nameSyllables(name: string): Set<string> {
  let set = syllableCache.get(name);
  if (!set) {
    if (syllableCache.size > 10_000) syllableCache.clear();
    syllableCache.set(name, (set = syllables(name.slice(0, 2000))));
  }
  return set;
}
const syllables = (s: string) => new Set(s.toLowerCase().split(/[^\p{L}\p{M}]+/u).filter((w) => w && !CONTENT_STOP.has(w)));

/** The appendix indicator or part a narrative restates: same target, most words of the name in common (at least 2); none on a tie. */
function linkOf(target: Target, piece: string, indicators: readonly ImportedIndicator[]): string | undefined {
  const wordingWords = syllables(target.wording ?? '');
  const words = new Set([...syllables(piece)].filter((w) => !wordingWords.has(w)));
  // Two words in common, or every word of a short piece ("GRDP tăng từ 6,5% trở lên").
  const needed = Math.min(2, words.size);
  const overlap = (name: string) => {
    let n = 0;
    for (const w of nameSyllables(name)) if (words.has(w)) n++;
    return n;
  };
  let best: { ref: string; score: number } | undefined;
  let tie = false;
  const consider = (ref: string, score: number) => {
    if (score < Math.max(1, needed)) return;
    if (!best || score > best.score) [best, tie] = [{ ref, score }, false];
    else if (score === best.score && ref !== best.ref) tie = true;
  };
  for (const ind of indicators) {
    const change = changeOf(ind.name);
    if (ind.target?.read && restates(target, ind.target.target, change)) consider(ind.id, overlap(ind.name));
    const parts = ind.parts ?? [];
    const agreeing = parts.filter((p) => p.target.read && restates(target, p.target.target, change));
    if (agreeing.length > 0 && agreeing.length === parts.length && parts.length > 1) {
      // Restating every part alike: the indicator as a whole.
      consider(ind.id, overlap(ind.name));
      continue;
    }
    for (const p of agreeing) consider(`${ind.id}/${p.id}`, overlap(ind.nameInText === false ? p.name : ind.name) + overlap(ind.nameInText === false ? '' : p.name));
  }
  return best && !tie ? (best as { ref: string }).ref : undefined;
}

/** The change an indicator measures, as its printed name says ("Tốc độ tăng …", "Giảm …"). */
export function changeOf(name: string): 'increase' | 'decrease' | undefined {
  if (/^(Tốc độ tăng|Tăng)\b/iu.test(name)) return 'increase';
  if (/^Giảm\b/iu.test(name)) return 'decrease';
  return undefined;
}

/** The narrative targets of the clauses' texts (headings and paragraphs), in reading order. */
export function findNarratives(clauses: ReadonlyArray<{ id: string; text: string }>, indicators: readonly ImportedIndicator[]): ImportedNarrative[] {
  const out: ImportedNarrative[] = [];
  let budget = LINK_BUDGET;
  for (const c of clauses) {
    if (out.length >= MAX_NARRATIVES) break;
    const text = c.text;
    const lower = text.toLowerCase();
    const found: Array<{ start: number; end: number; target: Target }> = [];
    let i = 0;
    while (i < text.length) {
      if (!isDigit(text[i]) || isDigit(text[i - 1]) || isLetter(text[i - 1]) || /[.,/-]/u.test(text[i - 1] ?? '')) {
        i++;
        continue;
      }
      const numEnd = scanNum(text, i);
      const yearLike = /^(19|20)\d\d$/u.test(text.slice(i, numEnd));
      if (yearLike || NOT_QUANTITY_BEFORE.test(text.slice(Math.max(0, i - 20), i)) || /^[/-]\s*\p{L}|^\/\d/u.test(text.slice(numEnd, numEnd + 2)) || text[i - 1] === '(') {
        i = numEnd;
        continue;
      }
      const p = phraseAt(text, lower, i);
      if (p) {
        found.push(p);
        i = Math.max(p.end, numEnd);
      } else i = numEnd;
    }
    for (const p of nonePhrases(text, lower)) if (!found.some((f) => f.start <= p.start && p.end <= f.end)) found.push(p);
    found.sort((a, b) => a.start - b.start);
    for (const f of found) {
      if (out.length >= MAX_NARRATIVES) break;
      const piece = pieceAround(text, f.start, f.end);
      budget -= indicators.length;
      const indicator = budget >= 0 ? linkOf(f.target, piece, indicators) : undefined;
      out.push({ id: `muc-tieu-${out.length + 1}`, clause: c.id, text: piece, target: f.target, ...(indicator ? { indicator } : {}) });
    }
  }
  return out;
}
