import type { Diagnostic } from '../diagnostics/types.js';

/** Plans are small (the 2025 plan is ~120 KB); anything above this is refused unread. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** The text, without the byte-order mark the decoder takes off (`bom` says it was there). */
export type ReadResult = { ok: true; text: string; bom?: true } | { ok: false; diagnostic: Diagnostic };

const at = (line: number, character: number) => ({
  start: { line, character },
  end: { line, character: character + 1 },
});

/**
 * Bytes → text, refusing what is not a UTF-8 text file with a diagnostic that says
 * where: binary content (a NUL byte) or an invalid UTF-8 sequence.
 */
export function decodePlanBytes(bytes: Uint8Array): ReadResult {
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, diagnostic: tooLarge(bytes.length) };
  // Saved as UTF-16 (Windows editors do): its NUL bytes are not binary content; say what it is.
  const utf16 = utf16Encoding(bytes);
  if (utf16) return { ok: false, diagnostic: { code: 'file-utf16', severity: 'error', range: at(0, 0), params: { encoding: utf16 } } };
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const { line, character } = locate(bytes, nul);
    return { ok: false, diagnostic: { code: 'file-binary', severity: 'error', range: at(line, character), params: { offset: nul } } };
  }
  try {
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), ...(bom ? { bom: true as const } : {}) };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const { line, character } = locate(bytes, bad);
    return {
      ok: false,
      diagnostic: {
        code: 'file-not-utf8',
        severity: 'error',
        range: at(line, character),
        params: { byte: (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0'), line: line + 1, column: character + 1 },
      },
    };
  }
}

/**
 * "UTF-16LE" or "UTF-16BE" when the bytes are UTF-16 text: a byte-order mark (FF FE, FE FF; not
 * UTF-32's FF FE 00 00), or, without one, text whose first bytes alternate with NUL as ASCII
 * letters do in UTF-16 (a plan starts with keys or comments).
 */
export function utf16Encoding(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | undefined {
  const [a, b, c, d] = bytes;
  if (a === 0xff && b === 0xfe && !(c === 0 && d === 0)) return 'UTF-16LE';
  if (a === 0xfe && b === 0xff) return 'UTF-16BE';
  const n = Math.min(bytes.length, 64) & ~1;
  if (n < 4) return undefined;
  let le = true;
  let be = true;
  for (let i = 0; i < n; i += 2) {
    const even = bytes[i]!;
    const odd = bytes[i + 1]!;
    le &&= even !== 0 && odd === 0;
    be &&= even === 0 && odd !== 0;
  }
  return le ? 'UTF-16LE' : be ? 'UTF-16BE' : undefined;
}

/** The UTF-8 size of a text, without encoding it (a lone surrogate counts as U+FFFD, 3 bytes). */
export function utf8Length(text: string): number {
  if (typeof Buffer !== 'undefined') return Buffer.byteLength(text, 'utf8'); // native where there is one
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) bytes += 1;
    else if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 2; // a pair: 4 bytes for 2 UTF-16 units
      i++;
    } else bytes += 2;
  }
  return bytes;
}

export function tooLarge(size: number): Diagnostic {
  return { code: 'file-too-large', severity: 'error', range: at(0, 0), params: { size, limit: MAX_FILE_BYTES } };
}

/** Line and UTF-16 column of a byte offset, decoding only the valid prefix. */
function locate(bytes: Uint8Array, offset: number) {
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
  const lastBreak = prefix.lastIndexOf('\n');
  let line = 0;
  for (let i = 0; i < prefix.length; i++) if (prefix.charCodeAt(i) === 10) line++;
  return { line, character: prefix.length - lastBreak - 1 };
}

function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const need = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return Math.max(0, b.length - 1);
}
