// The phrase table of Vietnamese plan targets. Words are stored lower case, NFC; the
// scanner matches them case-insensitively with any run of whitespace between words.

import type { Comparator, TargetKind } from '../model/types.js';

/** Comparator phrases written before the number: "trên 88%", "không quá 5%". */
export type PrePhraseId =
  | 'tren'
  | 'hon'
  | 'cao-hon'
  | 'lon-hon'
  | 'duoi'
  | 'thap-hon'
  | 'it-hon'
  | 'nho-hon'
  | 'it-nhat'
  | 'toi-thieu'
  | 'toi-da'
  | 'khong-qua'
  | 'khong-vuot-qua'
  | 'khong-duoi'
  | 'khong-thap-hon'
  | 'khong-it-hon'
  | 'khong-nho-hon'
  | 'khong-cao-hon'
  | 'khong-lon-hon'
  | 'khong-vuot'
  | 'khoang'
  | 'xap-xi';

/** Comparator phrases written after the number: "6,5% trở lên". */
export type PostPhraseId = 'tro-len' | 'tro-xuong';

/**
 * The comparator phrase of a target, as recorded in `form.phrase`:
 * - `plain` "20%" (=), a pre phrase "trên 88%", a post phrase "5% trở lên",
 * - `tu-tro-len` / `tu-tro-xuong` "từ 75% trở lên",
 * - `range` "95-100%", "từ 5 đến 6%", "khoảng 30-35 sản phẩm" (the words before are `form.before`),
 * - `none` "không có hộ nghèo" (= 0), `state` a free "Duy trì …" state.
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

export interface PrePhrase {
  id: PrePhraseId;
  text: string;
  op: Comparator;
  /** May introduce a range: "khoảng 30-35 sản phẩm". */
  range?: boolean;
}

const nfc = (s: string): string => s.normalize('NFC');

/** Longest first, so "không vượt quá" wins over "không vượt". */
export const PRE_PHRASES: readonly PrePhrase[] = (
  [
    { id: 'khong-vuot-qua', text: 'không vượt quá', op: '<=' },
    { id: 'khong-thap-hon', text: 'không thấp hơn', op: '>=' },
    { id: 'khong-it-hon', text: 'không ít hơn', op: '>=' },
    { id: 'khong-nho-hon', text: 'không nhỏ hơn', op: '>=' },
    { id: 'khong-cao-hon', text: 'không cao hơn', op: '<=' },
    { id: 'khong-lon-hon', text: 'không lớn hơn', op: '<=' },
    { id: 'khong-duoi', text: 'không dưới', op: '>=' },
    { id: 'khong-vuot', text: 'không vượt', op: '<=' },
    { id: 'khong-qua', text: 'không quá', op: '<=' },
    { id: 'it-nhat', text: 'ít nhất', op: '>=' },
    { id: 'toi-thieu', text: 'tối thiểu', op: '>=' },
    { id: 'toi-da', text: 'tối đa', op: '<=' },
    { id: 'cao-hon', text: 'cao hơn', op: '>' },
    { id: 'lon-hon', text: 'lớn hơn', op: '>' },
    { id: 'thap-hon', text: 'thấp hơn', op: '<' },
    { id: 'it-hon', text: 'ít hơn', op: '<' },
    { id: 'nho-hon', text: 'nhỏ hơn', op: '<' },
    { id: 'xap-xi', text: 'xấp xỉ', op: '~', range: true },
    { id: 'khoang', text: 'khoảng', op: '~', range: true },
    { id: 'tren', text: 'trên', op: '>' },
    { id: 'duoi', text: 'dưới', op: '<' },
    { id: 'hon', text: 'hơn', op: '>' },
  ] as PrePhrase[]
)
  .map((p) => ({ ...p, text: nfc(p.text) }))
  .sort((a, b) => b.text.length - a.text.length);

export const PRE_BY_ID: Readonly<Record<PrePhraseId, PrePhrase>> = Object.fromEntries(
  PRE_PHRASES.map((p) => [p.id, p]),
) as Record<PrePhraseId, PrePhrase>;

export interface PostPhrase {
  id: PostPhraseId;
  text: string;
  op: Comparator;
}

export const POST_PHRASES: readonly PostPhrase[] = [
  { id: 'tro-len', text: nfc('trở lên'), op: '>=' },
  { id: 'tro-xuong', text: nfc('trở xuống'), op: '<=' },
];

export const POST_BY_ID: Readonly<Record<PostPhraseId, PostPhrase>> = {
  'tro-len': POST_PHRASES[0] as PostPhrase,
  'tro-xuong': POST_PHRASES[1] as PostPhrase,
};

/** The first word of the post phrases: "trở" alone is an incomplete phrase. */
export const POST_HEAD = nfc('trở');

/** "từ X trở lên", "từ X đến Y". */
export const FROM_WORD = nfc('từ');

/** Words between the bounds of a range ("từ 5 đến 6%"); dashes are handled by the scanner. */
export const RANGE_WORDS: readonly string[] = [nfc('đến'), nfc('tới')];

/** "đạt 100%", "đạt trên 85%". */
export const REACH_WORDS: readonly string[] = [nfc('đạt')];

/** A change: "tăng 15%", "giảm 0,15%", optionally "tăng thêm 35 xã". */
export const CHANGE_WORDS: readonly { text: string; kind: TargetKind }[] = [
  { text: nfc('tăng'), kind: 'increase' },
  { text: nfc('giảm'), kind: 'decrease' },
];
export const CHANGE_EXTRA_WORDS: readonly string[] = [nfc('thêm')];

/** A state to keep: "Duy trì không có hộ nghèo". */
export const MAINTAIN_WORDS: readonly string[] = [nfc('duy trì'), nfc('giữ vững')];

/** "không có hộ nghèo", "không còn hộ nghèo": the count is 0. */
export const NONE_WORDS: readonly string[] = [nfc('không có'), nfc('không còn')];

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
export const KIND_WORD: Readonly<Record<Exclude<TargetKind, 'level'>, string>> = {
  increase: 'tăng',
  decrease: 'giảm',
  maintain: 'Duy trì',
};

/** What may start a level target (for `expected` lists). */
export const LEVEL_STARTS: readonly string[] = [
  'số',
  'trên',
  'dưới',
  'khoảng',
  'từ … trở lên',
  'từ … đến …',
  'ít nhất',
  'tối thiểu',
  'tối đa',
  'không quá',
  'không dưới',
];
