// The comparators of a target and every phrase the resolutions print for them. The grammar
// reads these phrases (grammar/lexicon.ts); messages, the diff, the editor and
// docs/plan-format.md take the comparators' names, symbols and descriptions from here.
// A new phrase is one line in `phrases` (and a test): the grammar reads it from then on.

import type { Comparator } from '../model/types.js';
import { indexBy, type Bilingual, type Snippet } from './types.js';

/** A phrase as printed: lower case, NFC, single spaces (the grammar matches any case and any run of whitespace). */
export interface ComparatorPhrase {
  /** Stable id, recorded in a parsed target's form (`form.phrase`). */
  readonly id: string;
  readonly text: string;
  /** Written before the number ("trên 88%") or after it ("6,5% trở lên"). */
  readonly at: 'before' | 'after';
  /**
   * Before the number, it may also stand before a range, which it qualifies: "khoảng 30-35 sản
   * phẩm" is ~ with min 30 and max 35, "ít nhất 4-5%" is ≥ with min 4 and max 5.
   */
  readonly range?: boolean;
}

export interface ComparatorEntry {
  /** The value of a target's `op` field. */
  readonly op: Comparator;
  /** The mathematical sign, for compact display ("≥ 6,5%"). */
  readonly symbol: string;
  readonly name: Bilingual;
  /** What follows the name where a message names the comparator: “lớn hơn hoặc bằng (≥, “trở lên”)”. */
  readonly notation: string;
  /** The usual wording, with … for the number ("từ … trở lên"). */
  readonly pattern: string;
  readonly description: Bilingual;
  /** Comparator phrases; the plain number (=), "đạt", "từ X đến Y" and "X-Y" are the grammar's structure. */
  readonly phrases: readonly ComparatorPhrase[];
  readonly snippets: readonly Snippet[];
}

// `as const`: the phrase ids below are derived from this table.
const TABLE = [
  {
    op: '>=',
    symbol: '≥',
    name: { vi: 'lớn hơn hoặc bằng', en: 'at least' },
    notation: '≥, “trở lên”',
    pattern: 'từ … trở lên',
    description: {
      vi: 'Từ mức này trở lên (≥): “từ 6,5% trở lên”, “ít nhất”, “tối thiểu”, “không dưới”. “Từ X” không kèm “trở lên” cũng là ≥ (“tăng từ 10%” là tăng 10% trở lên); “từ X-Y”, “từ X đến Y” là một khoảng.',
      en: 'At least (≥). “từ X” without “trở lên” also means ≥ (“tăng từ 10%”: an increase of 10% or more); “từ X-Y”, “từ X đến Y” are a range.',
    },
    phrases: [
      { id: 'tro-len', text: 'trở lên', at: 'after' },
      // "từ" alone; "từ … trở lên" and "từ … đến …" are the grammar's structure around it.
      { id: 'tu', text: 'từ', at: 'before' },
      { id: 'it-nhat', text: 'ít nhất', at: 'before', range: true },
      { id: 'toi-thieu', text: 'tối thiểu', at: 'before' },
      { id: 'khong-duoi', text: 'không dưới', at: 'before' },
      { id: 'khong-thap-hon', text: 'không thấp hơn', at: 'before' },
      { id: 'khong-it-hon', text: 'không ít hơn', at: 'before' },
      { id: 'khong-nho-hon', text: 'không nhỏ hơn', at: 'before' },
    ],
    snippets: [
      { label: 'từ … trở lên', body: 'từ ${1:6,5}${2:%} trở lên', title: { vi: 'Từ mức này trở lên (≥)', en: 'At least (≥)' } },
      { label: '… trở lên', body: '${1:6,5}${2:%} trở lên', title: { vi: 'Từ mức này trở lên (≥)', en: 'At least (≥)' } },
    ],
  },
  {
    op: '>',
    symbol: '>',
    name: { vi: 'lớn hơn', en: 'more than' },
    notation: '>, “trên”',
    pattern: 'trên …',
    description: { vi: 'Cao hơn mức này (>): “trên 88%”, “vượt mốc 25.000 tỷ đồng”.', en: 'More than (>): “vượt mốc” (beyond the mark of).' },
    phrases: [
      { id: 'tren', text: 'trên', at: 'before', range: true },
      { id: 'vuot-moc', text: 'vượt mốc', at: 'before' },
      { id: 'hon', text: 'hơn', at: 'before' },
      { id: 'cao-hon', text: 'cao hơn', at: 'before' },
      { id: 'lon-hon', text: 'lớn hơn', at: 'before' },
    ],
    snippets: [{ label: 'trên …', body: 'trên ${1:88}${2:%}', title: { vi: 'Cao hơn (>)', en: 'More than (>)' } }],
  },
  {
    op: '<=',
    symbol: '≤',
    name: { vi: 'nhỏ hơn hoặc bằng', en: 'at most' },
    notation: '≤, “không quá”',
    pattern: 'không quá …',
    description: { vi: 'Không vượt mức này (≤): “không quá”, “tối đa”, “trở xuống”.', en: 'At most (≤).' },
    phrases: [
      { id: 'tro-xuong', text: 'trở xuống', at: 'after' },
      { id: 'khong-qua', text: 'không quá', at: 'before' },
      { id: 'toi-da', text: 'tối đa', at: 'before' },
      { id: 'khong-vuot', text: 'không vượt', at: 'before' },
      { id: 'khong-vuot-qua', text: 'không vượt quá', at: 'before' },
      { id: 'khong-cao-hon', text: 'không cao hơn', at: 'before' },
      { id: 'khong-lon-hon', text: 'không lớn hơn', at: 'before' },
    ],
    snippets: [{ label: 'không quá …', body: 'không quá ${1:3}${2:%}', title: { vi: 'Không vượt (≤)', en: 'At most (≤)' } }],
  },
  {
    op: '<',
    symbol: '<',
    name: { vi: 'nhỏ hơn', en: 'less than' },
    notation: '<, “dưới”',
    pattern: 'dưới …',
    description: { vi: 'Thấp hơn mức này (<): “dưới 4,5%”.', en: 'Less than (<).' },
    phrases: [
      { id: 'duoi', text: 'dưới', at: 'before' },
      { id: 'thap-hon', text: 'thấp hơn', at: 'before' },
      { id: 'it-hon', text: 'ít hơn', at: 'before' },
      { id: 'nho-hon', text: 'nhỏ hơn', at: 'before' },
    ],
    snippets: [{ label: 'dưới …', body: 'dưới ${1:4,5}${2:%}', title: { vi: 'Thấp hơn (<)', en: 'Less than (<)' } }],
  },
  {
    op: '=',
    symbol: '=',
    name: { vi: 'bằng', en: 'equal to' },
    notation: '=',
    pattern: '… / đạt …',
    description: { vi: 'Đạt đúng mức này (=): “đạt 100%”, “117 trường”.', en: 'Exactly (=).' },
    phrases: [],
    snippets: [{ label: 'đạt …', body: 'đạt ${1:100}${2:%}', title: { vi: 'Đạt đúng mức (=)', en: 'Reach exactly (=)' } }],
  },
  {
    op: '~',
    symbol: '≈',
    name: { vi: 'khoảng', en: 'about' },
    notation: '~',
    pattern: 'khoảng …',
    description: {
      vi: 'Khoảng chừng mức này (~): “khoảng 30”; trước một khoảng, “khoảng 4.900 - 5.000 USD/người” là ~ với min và max.',
      en: 'About (~); before a range, “khoảng 4.900 - 5.000 USD/người” is ~ with min and max.',
    },
    phrases: [
      { id: 'khoang', text: 'khoảng', at: 'before', range: true },
      { id: 'xap-xi', text: 'xấp xỉ', at: 'before', range: true },
      { id: 'tren-duoi', text: 'trên dưới', at: 'before', range: true },
    ],
    snippets: [{ label: 'khoảng …', body: 'khoảng ${1:30}${2: sản phẩm}', title: { vi: 'Khoảng (~)', en: 'About (~)' } }],
  },
  {
    op: 'range',
    symbol: '–',
    name: { vi: 'một khoảng', en: 'a range' },
    notation: 'range',
    pattern: 'X-Y',
    description: {
      vi: 'Trong khoảng từ min đến max, gồm cả hai đầu: “95-100%”, “từ 8 đến 10”.',
      en: 'Within [min, max], inclusive.',
    },
    phrases: [],
    snippets: [
      { label: 'X-Y', body: '${1:95}-${2:100}${3:%}', title: { vi: 'Khoảng từ X đến Y', en: 'Range X–Y' } },
      { label: 'từ X đến Y', body: 'từ ${1:8} đến ${2:10}${3: m2/người}', title: { vi: 'Khoảng từ X đến Y', en: 'Range X–Y' } },
    ],
  },
] as const satisfies readonly ComparatorEntry[];

/** In the order of the schema's `op` enum. */
export const COMPARATORS: readonly ComparatorEntry[] = TABLE;

type Phrase = (typeof TABLE)[number]['phrases'][number];
/** Ids of the phrases written before the number ("trên", "không quá"). */
export type PrePhraseId = Extract<Phrase, { at: 'before' }>['id'];
/** Ids of the phrases written after the number ("trở lên"). */
export type PostPhraseId = Extract<Phrase, { at: 'after' }>['id'];

export const COMPARATOR = indexBy<ComparatorEntry, Comparator>(COMPARATORS, (c) => c.op);
