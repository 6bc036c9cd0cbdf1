// Issues reported by the target grammar. The grammar never builds sentences: it reports a
// stable `code`, exact UTF-16 offsets into the wording, what was expected there, parameters
// and, for warnings, a suggested fix. `grammarIssueMessages` holds the Vietnamese and
// English templates ({param} placeholders) for the diagnostics layer to localize.

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

/** Message templates, Vietnamese first. Placeholders are filled from `issue.params`. */
export const grammarIssueMessages: Record<GrammarIssueCode, { vi: string; en: string }> = {
  empty: {
    vi: 'Chỉ tiêu để trống.',
    en: 'The target is empty.',
  },
  'expected-target': {
    vi: 'Không nhận ra chỉ tiêu ở “{found}”: cần một số hoặc một cụm so sánh.',
    en: 'No target recognised at “{found}”: expected a number or a comparator phrase.',
  },
  'expected-number': {
    vi: 'Thiếu số sau “{after}”.',
    en: 'Missing a number after “{after}”.',
  },
  'expected-phrase': {
    vi: 'Cụm “{after}” chưa trọn.',
    en: 'The phrase “{after}” is incomplete.',
  },
  'expected-state': {
    vi: 'Thiếu trạng thái cần duy trì sau “{after}”.',
    en: 'Missing the state to maintain after “{after}”.',
  },
  'unexpected-text': {
    vi: 'Không mong đợi “{text}” ở đây.',
    en: 'Unexpected “{text}” here.',
  },
  'invalid-number': {
    vi: 'Số “{text}” không hợp lệ.',
    en: 'Invalid number “{text}”.',
  },
  'unit-mismatch': {
    vi: 'Hai đầu của khoảng có đơn vị khác nhau: “{first}” và “{second}”.',
    en: 'The two ends of the range have different units: “{first}” and “{second}”.',
  },
  'number-convention': {
    vi: 'Số “{text}” không viết theo quy ước Việt Nam (dấu phẩy thập phân, dấu chấm phân nhóm); nên viết “{suggested}”.',
    en: 'The number “{text}” does not follow the Vietnamese convention (comma for decimals, dot for thousands); write “{suggested}”.',
  },
  'number-ambiguous': {
    vi: 'Số “{text}” được đọc là {value} (dấu phẩy thập phân); nếu là hàng nghìn thì viết “{suggested}”.',
    en: 'The number “{text}” reads as {value} (comma for decimals); if thousands are meant, write “{suggested}”.',
  },
  'unit-spacing': {
    vi: 'Đơn vị “{unit}” có khoảng trắng thừa; nên viết “{suggested}”.',
    en: 'The unit “{unit}” has stray spaces; write “{suggested}”.',
  },
  'range-order': {
    vi: 'Khoảng {min}-{max} có cận dưới lớn hơn cận trên.',
    en: 'The range {min}-{max} has its lower bound above its upper bound.',
  },
  'surrounding-space': {
    vi: 'Chỉ tiêu có khoảng trắng ở đầu hoặc cuối.',
    en: 'The target has leading or trailing whitespace.',
  },
};

/** Appended to a message when the issue lists what was expected. */
export const grammarExpectedMessage = { vi: 'Cần: {expected}.', en: 'Expected: {expected}.' };

/** Joins expected forms for `params.expected`: “trở lên”, “trở xuống”. */
export function joinExpected(expected: readonly string[]): string {
  return expected.map((e) => `“${e}”`).join(', ');
}

/** Fills `{name}` placeholders; unknown names are left as they are. */
export function fillTemplate(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** Convenience for tests and simple callers: the issue as one sentence (or two). */
export function renderGrammarIssue(issue: GrammarIssue, lang: 'vi' | 'en' = 'vi'): string {
  const base = fillTemplate(grammarIssueMessages[issue.code][lang], issue.params);
  if (!issue.expected || issue.expected.length === 0) return base;
  return `${base} ${fillTemplate(grammarExpectedMessage[lang], { expected: joinExpected(issue.expected) })}`;
}
