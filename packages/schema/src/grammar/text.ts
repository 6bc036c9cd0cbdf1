// Character classes and the prepared (normalised, case-folded) view of a wording that the
// scanners read. Everything here is linear in the length of the input.

/** Whitespace, including the no-break and typographic spaces found in PDF extractions. */
export function isWs(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

const LETTER = /^[\p{L}\p{M}]$/u;

/** A letter or a combining mark (so a decomposed "ở" is still one word). */
export function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch);
}

/** Dashes accepted between the two bounds of a range: - – — ‐ ‑ −. */
export function isDash(ch: string | undefined): boolean {
  return ch === '-' || ch === '–' || ch === '—' || ch === '‐' || ch === '‑' || ch === '−';
}

/**
 * The wording as the scanners see it: NFC, lower case, with a map back to the original
 * offsets. For an NFC input (the usual case) the offsets are the same.
 */
export interface Prepared {
  /** The original wording. */
  original: string;
  /** NFC, lower-cased code unit by code unit where that keeps the length. */
  folded: string;
  /** Offset in `original` of offset `i` in `folded` (i may equal folded.length). */
  toOriginal(i: number): number;
}

const MARK = /^\p{M}$/u;

export function prepare(original: string): Prepared {
  let base = original;
  let map: number[] | null = null;
  if (original.normalize('NFC') !== original) {
    // Normalise cluster by cluster (a base character and its combining marks) so every
    // folded offset maps to the start of the cluster it came from.
    const parts: string[] = [];
    map = [];
    let i = 0;
    while (i < original.length) {
      let j = i + 1;
      while (j < original.length && MARK.test(original[j] as string)) j++;
      const piece = original.slice(i, j).normalize('NFC');
      parts.push(piece);
      for (let k = 0; k < piece.length; k++) map.push(i);
      i = j;
    }
    map.push(original.length);
    base = parts.join('');
  }
  const out: string[] = [];
  for (let i = 0; i < base.length; i++) {
    const ch = base[i] as string;
    const lower = ch.toLowerCase();
    out.push(lower.length === 1 ? lower : ch);
  }
  const folded = out.join('');
  const m = map;
  return {
    original,
    folded,
    toOriginal: m === null ? (i) => i : (i) => (i >= m.length ? original.length : (m[i] as number)),
  };
}

/** NFC, lower case, no whitespace at all: "M 2 / người" and "m2/người" compare equal. */
export function foldUnit(unit: string | undefined): string {
  if (unit === undefined) return '';
  const nfc = unit.normalize('NFC').toLowerCase();
  let out = '';
  for (const ch of nfc) if (!isWs(ch)) out += ch;
  return out;
}
