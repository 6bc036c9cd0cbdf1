// The phrase table of Vietnamese plan targets: the comparator phrases and kind words come from
// the vocabulary (src/vocabulary), the words of the grammar's structure ("từ … đến …", "đạt",
// "không có …") are here. Words are lower case, NFC; the scanner matches them
// case-insensitively with any run of whitespace between words.

import type { Comparator, TargetKind } from '../model/types.js';
import { COMPARATORS, KIND, KINDS, QUALIFIERS, SHARE_BASES, SHARE_WORDS, type PostPhraseId, type PrePhraseId } from '../vocabulary/index.js';

export type { PostPhraseId, PrePhraseId };

/**
 * The comparator phrase of a target, as recorded in `form.phrase`:
 * - `plain` "20%" (=), a pre phrase "trên 88%", "từ 10%" (`tu`), a post phrase "5% trở lên",
 * - `tu-tro-len` / `tu-tro-xuong` "từ 75% trở lên",
 * - `range` "95-100%", "từ 5 đến 6%" (the words before are `form.before`); a range after a pre
 *   phrase that qualifies it ("khoảng 30-35 sản phẩm", "ít nhất 4-5%") records that phrase,
 * - `none` "không có hộ nghèo" (= 0), `state` a state said in words ("Duy trì …", "giải ngân toàn bộ").
 */
export type PhraseId =
  | 'plain'
  | PrePhraseId
  | PostPhraseId
  | 'tu-tro-len'
  | 'tu-tro-xuong'
  | 'range'
  | 'none'
  | 'state';

/** A comparator phrase written before the number: "trên 88%", "không quá 5%". */
export interface PrePhrase {
  id: PrePhraseId;
  text: string;
  op: Comparator;
  /** May stand before a range, which it qualifies: "khoảng 30-35 sản phẩm" (~ over 30–35). */
  range?: boolean;
}

/** A comparator phrase written after the number: "6,5% trở lên". */
export interface PostPhrase {
  id: PostPhraseId;
  text: string;
  op: Comparator;
}

const nfc = (s: string): string => s.normalize('NFC');

// The vocabulary's phrases, with the comparator each stands for.
const PHRASES = COMPARATORS.flatMap((c) => c.phrases.map((p) => ({ ...p, text: nfc(p.text), op: c.op })));

/**
 * Longest first, so "không vượt quá" wins over "không vượt". "từ" is listed (so a form can
 * name it) but read by the scanner as FROM_WORD: it also opens "từ … trở lên" and "từ … đến …".
 */
export const PRE_PHRASES: readonly PrePhrase[] = PHRASES.filter((p) => p.at === 'before')
  .map((p): PrePhrase => ({ id: p.id as PrePhraseId, text: p.text, op: p.op, ...(p.range ? { range: true } : {}) }))
  .sort((a, b) => b.text.length - a.text.length);

export const PRE_BY_ID: Readonly<Record<PrePhraseId, PrePhrase>> = Object.fromEntries(
  PRE_PHRASES.map((p) => [p.id, p]),
) as Record<PrePhraseId, PrePhrase>;

export const POST_PHRASES: readonly PostPhrase[] = PHRASES.filter((p) => p.at === 'after').map((p) => ({
  id: p.id as PostPhraseId,
  text: p.text,
  op: p.op,
}));

export const POST_BY_ID: Readonly<Record<PostPhraseId, PostPhrase>> = Object.fromEntries(
  POST_PHRASES.map((p) => [p.id, p]),
) as Record<PostPhraseId, PostPhrase>;

/** The first word of the post phrases: "trở" alone is an incomplete phrase. */
export const POST_HEAD = nfc('trở');

/** "từ X" (≥), "từ X trở lên", "từ X đến Y". */
export const FROM_WORD = PRE_BY_ID.tu.text;

/** Words between the bounds of a range ("từ 5 đến 6%"); dashes are handled by the scanner. */
export const RANGE_WORDS: readonly string[] = [nfc('đến'), nfc('tới')];

/** "đạt 100%", "đạt trên 85%", "chiếm khoảng 30% GRDP": the level's verbs, longest first. */
export const REACH_WORDS: readonly string[] = KIND.level.words.map(nfc).sort((a, b) => b.length - a.length);

/**
 * A change: "tăng 15%", "giảm 0,15%", "tăng trưởng trên 3%" (longest first), optionally "tăng
 * thêm 35 xã"; a multiple: "gấp 1,5 lần", "tăng gấp 2 lần".
 */
export const CHANGE_WORDS: readonly { text: string; kind: TargetKind }[] = (['increase', 'decrease', 'multiple'] as const)
  .flatMap((kind) => KIND[kind].words.map((w) => ({ text: nfc(w), kind })))
  .sort((a, b) => b.text.length - a.text.length);
export const CHANGE_EXTRA_WORDS: readonly string[] = [nfc('thêm')];

/** A state to keep: "Duy trì không có hộ nghèo". */
export const MAINTAIN_WORDS: readonly string[] = KIND.maintain.words.map(nfc);

/** "không có hộ nghèo", "không còn hộ nghèo": the count is 0. */
export const NONE_WORDS: readonly string[] = [nfc('không có'), nfc('không còn')];

/** A wording without a number that holds one of these is a state ("giải ngân toàn bộ"). */
export const STATE_MARKERS: readonly string[] = (KIND.state.markers ?? []).map(nfc);

/** "ước đạt …", "ước tăng …": an estimate (longest first). */
export const ESTIMATE_WORDS: readonly string[] = (QUALIFIERS.find((q) => q.field === 'estimate')?.words ?? [])
  .map(nfc)
  .sort((a, b) => b.length - a.length);

/** "bình quân từ 10% trở lên", "ước tăng bình quân 7,6%/năm": an average (longest first; the last is canonical). */
export const AVERAGE_WORDS: readonly string[] = (QUALIFIERS.find((q) => q.field === 'average')?.words ?? []).map(nfc);

/** A share's base after "%" ("30% GRDP"), folded for matching, with its spelling in the plans. */
export const SHARE_BASE_WORDS: readonly { folded: string; text: string }[] = SHARE_BASES.map((b) => ({
  folded: nfc(b.text).toLowerCase(),
  text: b.text,
}));
export const SHARE_LINK_WORDS: readonly string[] = SHARE_WORDS.map(nfc);

/** "… so với năm 2025", "… so với năm trước": what a change is measured against. */
export const VERSUS_WORDS = nfc('so với');
export const YEAR_WORD = nfc('năm');
export const PREVIOUS_WORD = nfc('trước');

/** Canonical wording of each comparator, used by `formatTarget` without a form. */
export const CANONICAL_PHRASE: Readonly<Record<Comparator, PhraseId>> = {
  '>=': 'tu-tro-len',
  '>': 'tren',
  '<': 'duoi',
  '<=': 'khong-qua',
  '~': 'khoang',
  '=': 'plain',
  range: 'range',
};

/**
 * The phrase that writes each comparator before a range, without a recorded form: "khoảng X-Y"
 * (~), "ít nhất X-Y" (>=), "trên X-Y" (>); the first range phrase of each in the vocabulary.
 */
export const CANONICAL_RANGE_PHRASE: Readonly<Partial<Record<Comparator, PrePhraseId>>> = Object.fromEntries(
  COMPARATORS.flatMap((c) => {
    const p = c.phrases.find((x) => x.at === 'before' && x.range);
    return p ? [[c.op, p.id]] : [];
  }),
);

/** The comparator each phrase stands for. */
export function phraseOp(phrase: PhraseId): Comparator | undefined {
  switch (phrase) {
    case 'plain':
    case 'none':
      return '=';
    case 'tro-len':
    case 'tu-tro-len':
      return '>=';
    case 'tro-xuong':
    case 'tu-tro-xuong':
      return '<=';
    case 'range':
      return 'range';
    case 'state':
      return undefined;
    default:
      return PRE_BY_ID[phrase]?.op;
  }
}

/** Canonical kind words. */
export const KIND_WORD = Object.fromEntries(KINDS.flatMap((k) => (k.written !== undefined ? [[k.kind, k.written]] : []))) as Readonly<
  Record<Exclude<TargetKind, 'level'>, string>
>;

/** What may start a level target (for `expected` lists). */
export const LEVEL_STARTS: readonly string[] = [
  'số',
  'trên',
  'dưới',
  'khoảng',
  'từ …',
  'từ … trở lên',
  'từ … đến …',
  'ít nhất',
  'tối thiểu',
  'tối đa',
  'không quá',
  'không dưới',
];
