// The plan's vocabulary (comparators, kinds, directions, units) and the catalog's words, as the
// language features show them: both languages, Vietnamese first. Both come from the engine.
import { t, vocabulary, type MessageKey, type MessageParams } from '@kehoach/schema';

export type Bilingual = vocabulary.Bilingual;

/** The entry a plan's value names (`op: ">="`, `kind: level`), if it names one. */
const lookup = <T>(table: Readonly<Record<string, T>>, key: string): T | undefined => table[key];
export const comparatorOf = (op: string) => lookup(vocabulary.COMPARATOR, op);
export const kindOf = (kind: string) => lookup(vocabulary.KIND, kind);
export const directionOf = (direction: string) => lookup(vocabulary.DIRECTION, direction);
export const sourceKindOf = (kind: string) => lookup(vocabulary.SOURCE_KIND, kind);
export const { findUnit } = vocabulary;

/** Vietnamese, then English in italics on the next line (Markdown). */
export const both = (m: Bilingual) => `${m.vi}  \n*${m.en}*`;

/** A catalog message in both languages. */
export function bilingual(key: MessageKey, params?: MessageParams): Bilingual {
  if (params) return { vi: t(key, 'vi', params), en: t(key, 'en', params) };
  // A word without parameters never changes: read from the catalog once (a hover asks for a dozen).
  let words = WORDS.get(key);
  if (!words) WORDS.set(key, (words = Object.freeze({ vi: t(key, 'vi'), en: t(key, 'en') })));
  return words;
}
const WORDS = new Map<MessageKey, Bilingual>();

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A catalog word side by side: "chưa đặt / not set", "Năm trước / last year", "Đã bỏ / Dropped". */
export function pair(key: MessageKey, capitalized: 'none' | 'vi' | 'both' = 'none'): string {
  const { vi, en } = bilingual(key);
  return `${capitalized === 'none' ? vi : capitalize(vi)} / ${capitalized === 'both' ? capitalize(en) : en}`;
}
