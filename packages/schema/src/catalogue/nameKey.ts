import { memo } from '../util/memo.js';
// How two printed names of one indicator compare: NFC, lower case, without accents ("đ" as
// "d"), punctuation and quotes as spaces, the usual abbreviations spelt out ("BHXH", "NTM"),
// "tỉ" as "tỷ". "Tỷ lệ xã/phường/thị trấn đạt chuẩn…" and "tỷ lệ xã, phường, thị trấn đạt
// chuẩn…" give one key; so do "Tỷ lệ lao động (đang làm việc) qua đào tạo" and "tỷ lệ lao động
// đang làm việc qua đào tạo". Keys are compared whole: no guessing from a part of a name.

/** Abbreviations the plans print, spelt out (keys: unaccented, lower case). */
const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['bhxh', 'bao hiem xa hoi'],
  ['bhyt', 'bao hiem y te'],
  ['bhtn', 'bao hiem that nghiep'],
  ['bh', 'bao hiem'],
  ['ntm', 'nong thon moi'],
  ['nsnn', 'ngan sach nha nuoc'],
  ['ccn', 'cum cong nghiep'],
  ['kcn', 'khu cong nghiep'],
  ['xlnt', 'xu ly nuoc thai'],
  ['dtts', 'dan toc thieu so'],
  ['ti', 'ty'], // "tỉ lệ", "tỉ đồng": the other standard spelling of "tỷ"
]);

/** Longest name read: a name is a line of an appendix, not a document. */
export const MAX_NAME_LENGTH = 1000;

/**
 * The key two printed names of one indicator share; "" for a name with no letters or digits.
 * Kept per name: normalising twice was the catalogue rule's main cost on every keystroke.
 */
export const nameKey: (name: string) => string = memo(computeKey, 20_000, MAX_NAME_LENGTH);

function computeKey(name: string): string {
  const folded = name
    .slice(0, MAX_NAME_LENGTH)
    .normalize('NFC')
    .toLowerCase()
    .replace(/đ/g, 'd')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
  const words = folded.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  return words.map((w) => ABBREVIATIONS.get(w) ?? w).join(' ');
}
