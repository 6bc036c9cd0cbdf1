// Vietnamese numbers: "," is the decimal mark and "." groups thousands ("172,4", "4.670",
// "264.000", "1.234,5"). The scanner reads one number, reports its value and how it was
// written (so it can be written back the same way), and flags the other convention
// ("6.5", "1,234.5", "4,670,000") or an ambiguous comma ("4,670") as warnings with a fix.

import type { GrammarIssue } from './issues.js';
import { isDigit } from './text.js';

/** How a number is written. */
export interface NumberStyle {
  /** Digits after the decimal comma ("172,4" → 1, "4,670" → 3). A minimum: never rounds. */
  fractionDigits: number;
  /** Integer digits kept with leading zeros ("01" → 2); 1 otherwise. */
  minIntegerDigits: number;
  /** Thousands grouped with "." ("4.670" → true, "4670" → false). */
  grouped: boolean;
}

export interface ScannedNumber {
  value: number;
  style: NumberStyle;
  /** Offsets of the number in the scanned text. */
  start: number;
  end: number;
  /** The number as written. */
  text: string;
  /** 'number-convention' or 'number-ambiguous', with a fix. */
  warning?: GrammarIssue;
}

export type ScanNumberResult = { ok: true; number: ScannedNumber } | { ok: false; error: GrammarIssue };

/**
 * Reads the number starting at `start` (which must be an ASCII digit; otherwise null).
 * Digits and "." / "," followed by a digit belong to the number; anything else ends it.
 */
export function scanNumber(text: string, start: number): ScanNumberResult | null {
  const n = text.length;
  if (!isDigit(text[start])) return null;
  const groups: string[] = [];
  const seps: string[] = [];
  let j = start;
  while (j < n && isDigit(text[j])) j++;
  groups.push(text.slice(start, j));
  while (j + 1 < n && (text[j] === '.' || text[j] === ',') && isDigit(text[j + 1])) {
    seps.push(text[j] as string);
    let k = j + 1;
    while (k < n && isDigit(text[k])) k++;
    groups.push(text.slice(j + 1, k));
    j = k;
  }
  const raw = text.slice(start, j);
  const reading = classify(groups, seps);
  if (reading === null) {
    return { ok: false, error: { code: 'invalid-number', start, end: j, params: { text: raw } } };
  }
  const value = Number(reading.intDigits + (reading.fracDigits ? '.' + reading.fracDigits : ''));
  if (!Number.isFinite(value)) {
    return { ok: false, error: { code: 'invalid-number', start, end: j, params: { text: raw } } };
  }
  const intDigits = reading.intDigits;
  const style: NumberStyle = {
    fractionDigits: reading.fracDigits.length,
    minIntegerDigits: intDigits.length > 1 && intDigits[0] === '0' ? intDigits.length : 1,
    grouped: reading.grouped,
  };
  const number: ScannedNumber = { value, style, start, end: j, text: raw };
  if (reading.convention === 'foreign') {
    const suggested = formatNumber(value, style);
    number.warning = {
      code: 'number-convention',
      start,
      end: j,
      params: { text: raw, suggested },
      fix: { start, end: j, replacement: suggested },
    };
  } else if (reading.convention === 'ambiguous') {
    const thousands = `${groups[0]}.${groups[1]}`;
    number.warning = {
      code: 'number-ambiguous',
      start,
      end: j,
      params: { text: raw, suggested: thousands, value: formatNumber(value) },
      fix: { start, end: j, replacement: thousands },
    };
  }
  return { ok: true, number };
}

interface Reading {
  intDigits: string;
  fracDigits: string;
  grouped: boolean;
  /** vi: Vietnamese; ambiguous: "4,670"; foreign: "6.5", "1,234.5", "4,670,000". */
  convention: 'vi' | 'ambiguous' | 'foreign';
}

function classify(groups: string[], seps: string[]): Reading | null {
  const g0 = groups[0] as string;
  if (seps.length === 0) return { intDigits: g0, fracDigits: '', grouped: false, convention: 'vi' };
  const canLeadGroups = g0.length <= 3 && g0[0] !== '0';

  // Vietnamese: ".ddd" groups, then at most one ",digits" at the end.
  let k = 0;
  while (k < seps.length && seps[k] === '.' && (groups[k + 1] as string).length === 3) k++;
  const viShape = k === seps.length || (k === seps.length - 1 && seps[k] === ',');
  if (viShape && (k === 0 || canLeadGroups)) {
    const intDigits = groups.slice(0, k + 1).join('');
    const fracDigits = k < seps.length ? (groups[k + 1] as string) : '';
    const grouped = k > 0;
    const ambiguous = k === 0 && seps.length === 1 && fracDigits.length === 3 && canLeadGroups;
    return { intDigits, fracDigits, grouped, convention: ambiguous ? 'ambiguous' : 'vi' };
  }

  // A decimal written with a dot: "6.5", "1234.567", "0.500".
  if (seps.length === 1 && seps[0] === '.') {
    return { intDigits: g0, fracDigits: groups[1] as string, grouped: false, convention: 'foreign' };
  }

  // English: ",ddd" groups, then at most one ".digits" at the end: "1,234.5", "4,670,000".
  let c = 0;
  while (c < seps.length && seps[c] === ',' && (groups[c + 1] as string).length === 3) c++;
  const enShape =
    canLeadGroups &&
    c >= 1 &&
    ((c === seps.length && c >= 2) || (c === seps.length - 1 && seps[c] === '.'));
  if (enShape) {
    return {
      intDigits: groups.slice(0, c + 1).join(''),
      fracDigits: c < seps.length ? (groups[c + 1] as string) : '',
      grouped: true,
      convention: 'foreign',
    };
  }
  return null;
}

/**
 * Writes a number the Vietnamese way: "," before decimals, "." between thousands.
 * Without a style: the shortest exact decimals, and grouping for integer parts of four or
 * more digits ("4.670", "264.000", "172,4", "6,5"), as official texts write them.
 * With a style (from a parse): its grouping, leading zeros ("01") and at least its
 * fraction digits ("4,670" stays "4,670"); a value never loses digits to the style.
 */
export function formatNumber(value: number, style: Partial<NumberStyle> = {}): string {
  if (!Number.isFinite(value)) return String(value);
  const minFraction = Math.min(100, clampInt(style.fractionDigits, 0));
  const minInt = Math.min(100, clampInt(style.minIntegerDigits, 1));
  const intl = minFraction <= 20 && minInt <= 21 ? viFormat(minFraction, minInt, style.grouped) : undefined;
  return intl ? intl.format(value) : formatByHand(value, minFraction, minInt, style.grouped);
}

// ICU's vi-VN format is exactly the convention (checked on the first use: "-1.234.567,5"), and
// writes the shortest decimals that read back as the value, also past 2^53 and 1e21, where
// toFixed and BigInt print the binary value's noise ("100.000.000.000.000.016.384" for 1e20 +
// 20000). Node's and browsers' Intl stops at 20 fraction digits and 21 integer digits: a style
// past those (a number written with more), or a runtime without Vietnamese data, is formatted
// by hand below.
const formats = new Map<string, Intl.NumberFormat | undefined>();
let viWorks: boolean | undefined;

function viFormat(minFraction: number, minInt: number, grouped: boolean | undefined): Intl.NumberFormat | undefined {
  const key = `${minFraction}/${minInt}/${grouped}`;
  if (formats.has(key)) return formats.get(key);
  let f: Intl.NumberFormat | undefined;
  try {
    viWorks ??= new Intl.NumberFormat('vi-VN', { signDisplay: 'negative' }).format(-1234567.5) === '-1.234.567,5';
    f = !viWorks ? undefined : new Intl.NumberFormat('vi-VN', {
      minimumFractionDigits: minFraction,
      maximumFractionDigits: 20,
      minimumIntegerDigits: minInt,
      // Vietnamese groups from four digits on ("4.670"), so 'auto' is the default style's rule.
      useGrouping: grouped ?? 'auto',
      signDisplay: 'negative', // "0", not "-0", for a negative value that rounds to zero
    });
  } catch {
    f = undefined;
  }
  formats.set(key, f);
  return f;
}

/** The fewest fraction digits that write `abs` exactly (up to 20). */
function shortestFractionDigits(abs: number): number {
  if (Number.isInteger(abs)) return 0;
  for (let d = 1; d <= 20; d++) if (Number(abs.toFixed(d)) === abs) return d;
  return 20;
}

/** formatNumber for what Intl cannot do: toFixed (exact to 100 fraction digits) and grouping by hand. */
function formatByHand(value: number, minFraction: number, minInt: number, grouped: boolean | undefined): string {
  const abs = Math.abs(value);
  const fd = Math.max(shortestFractionDigits(abs), minFraction);
  let intPart: string;
  let fracPart: string;
  if (abs >= 1e21) {
    intPart = BigInt(abs).toString();
    fracPart = '0'.repeat(fd);
  } else {
    const fixed = abs.toFixed(fd);
    const dot = fixed.indexOf('.');
    intPart = dot < 0 ? fixed : fixed.slice(0, dot);
    fracPart = dot < 0 ? '' : fixed.slice(dot + 1);
  }
  if (intPart.length < minInt) intPart = '0'.repeat(minInt - intPart.length) + intPart;
  if (grouped ?? intPart.length >= 4) intPart = groupThousands(intPart);
  const body = fracPart ? `${intPart},${fracPart}` : intPart;
  const isZero = /^[0.,]*$/.test(body);
  return value < 0 && !isZero ? `-${body}` : body;
}

function clampInt(v: number | undefined, dflt: number): number {
  return v !== undefined && Number.isFinite(v) && v >= 0 ? Math.floor(v) : dflt;
}

function groupThousands(digits: string): string {
  const parts: string[] = [];
  let i = digits.length;
  while (i > 3) {
    parts.unshift(digits.slice(i - 3, i));
    i -= 3;
  }
  parts.unshift(digits.slice(0, i));
  return parts.join('.');
}

export type ParseNumberResult =
  | { ok: true; value: number; style: NumberStyle; warnings: GrammarIssue[] }
  | { ok: false; error: GrammarIssue; warnings: GrammarIssue[] };

/** Parses a whole string as one number ("172,4", "4.670", "01"). Never throws. */
export function parseNumber(text: string): ParseNumberResult {
  if (typeof text !== 'string' || text.length === 0) {
    return { ok: false, error: { code: 'empty', start: 0, end: 0 }, warnings: [] };
  }
  const r = scanNumber(text, 0);
  if (r === null) {
    return {
      ok: false,
      error: {
        code: 'expected-number',
        start: 0,
        end: text.length,
        expected: ['số'],
        params: { after: '', found: text },
      },
      warnings: [],
    };
  }
  if (!r.ok) return { ok: false, error: r.error, warnings: [] };
  const warnings = r.number.warning ? [r.number.warning] : [];
  if (r.number.end !== text.length) {
    return {
      ok: false,
      error: {
        code: 'unexpected-text',
        start: r.number.end,
        end: text.length,
        params: { text: text.slice(r.number.end) },
      },
      warnings,
    };
  }
  return { ok: true, value: r.number.value, style: r.number.style, warnings };
}
