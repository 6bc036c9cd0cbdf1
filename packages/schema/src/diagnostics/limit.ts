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
