// Issues reported by the target grammar. The grammar never builds sentences: it reports a
// stable `code`, exact UTF-16 offsets into the wording, what was expected there, parameters
// and, for warnings, a suggested fix. The catalog words them: grammar.<code> in
// src/messages/grammar.ts, rendered by `{issue|grammar}` in the malformed-target message.

/** Every code the grammar can report. Stable: callers and tests rely on these strings. */
export type GrammarIssueCode =
  // errors
  | 'empty'
  | 'expected-target'
  | 'expected-number'
  | 'expected-phrase'
  | 'expected-state'
  | 'unexpected-text'
  | 'invalid-number'
  | 'unit-mismatch'
  // warnings
  | 'number-convention'
  | 'number-ambiguous'
  | 'unit-spacing'
  | 'range-order'
  | 'surrounding-space';

/** A replacement of `wording.slice(start, end)` by `replacement`. */
export interface GrammarFix {
  start: number;
  end: number;
  replacement: string;
}

export interface GrammarIssue {
  code: GrammarIssueCode;
  /** 0-based UTF-16 offset into the wording where the issue starts. */
  start: number;
  /** Offset just past the issue (equal to `start` for "something is missing here"). */
  end: number;
  /** The forms that would have been accepted at `start` ("số", "trở lên", "từ … trở lên"). */
  expected?: string[];
  /** Values for the message placeholders; `expected` is also given joined, as `params.expected`. */
  params?: Record<string, string | number>;
  fix?: GrammarFix;
}

export type GrammarSeverity = 'error' | 'warning';

export const grammarIssueSeverity: Record<GrammarIssueCode, GrammarSeverity> = {
  empty: 'error',
  'expected-target': 'error',
  'expected-number': 'error',
  'expected-phrase': 'error',
  'expected-state': 'error',
  'unexpected-text': 'error',
  'invalid-number': 'error',
  'unit-mismatch': 'error',
  'number-convention': 'warning',
  'number-ambiguous': 'warning',
  'unit-spacing': 'warning',
  'range-order': 'warning',
  'surrounding-space': 'warning',
};

/** Joins expected forms for `params.expected`: “trở lên”, “trở xuống”. */
export function joinExpected(expected: readonly string[]): string {
  return expected.map((e) => `“${e}”`).join(', ');
}
