import type { Diagnostic, Range, Severity } from './types.js';

/**
 * At most this many YAML problems, and as many schema problems, are listed for one file; the
 * rest are counted in one `too-many-problems`. A 10 MB file of one key repeated has two million
 * duplicate keys: listing them took 25 seconds and printed two million lines.
 */
export const MAX_LISTED = 1000;

/** The diagnostic that stands for the problems not listed, at the first of them. */
export function tooManyProblems(range: Range, more: number, severity: Severity = 'error'): Diagnostic {
  return { code: 'too-many-problems', severity, range, params: { shown: MAX_LISTED, more } };
}

/**
 * At most MAX_LISTED diagnostics of each code, in the order given (source order): the rest of a
 * code are counted in one `too-many-problems`, where the first of them would stand, with that
 * code's severity. Rules have no limit of their own: a plan of 100.000 indicators with the same
 * defect would print 100.000 lines.
 */
export function limitPerCode(diagnostics: Diagnostic[]): Diagnostic[] {
  const total = new Map<string, number>();
  for (const d of diagnostics) total.set(d.code, (total.get(d.code) ?? 0) + 1);
  if (![...total].some(([code, n]) => n > MAX_LISTED && code !== 'too-many-problems')) return diagnostics;
  const seen = new Map<string, number>();
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const k = (seen.get(d.code) ?? 0) + 1;
    seen.set(d.code, k);
    if (k <= MAX_LISTED || d.code === 'too-many-problems') out.push(d);
    else if (k === MAX_LISTED + 1) out.push(tooManyProblems(d.range, total.get(d.code)! - MAX_LISTED, d.severity));
  }
  return out;
}
