// The target grammar's issues, worded: the grammar reports a code, offsets and parameters
// (grammar/issues.ts); `{issue|grammar}` in the malformed-target message renders one of these,
// followed by grammar.expected when the issue lists what would have been accepted.

import type { GrammarIssueCode } from '../grammar/issues.js';
import type { Message } from './types.js';

export const GRAMMAR_MESSAGES = {
  'grammar.empty': {
    vi: 'Chỉ tiêu để trống.',
    en: 'The target is empty.',
  },
  'grammar.expected-target': {
    vi: 'Không nhận ra chỉ tiêu ở “{found}”: cần một số hoặc một cụm so sánh.',
    en: 'No target recognised at “{found}”: expected a number or a comparator phrase.',
  },
  'grammar.expected-number': {
    vi: 'Thiếu số sau “{after}”.',
    en: 'Missing a number after “{after}”.',
  },
  'grammar.expected-phrase': {
    vi: 'Cụm “{after}” chưa trọn.',
    en: 'The phrase “{after}” is incomplete.',
  },
  'grammar.expected-state': {
    vi: 'Thiếu trạng thái cần duy trì sau “{after}”.',
    en: 'Missing the state to maintain after “{after}”.',
  },
  'grammar.unexpected-text': {
    vi: 'Không mong đợi “{text}” ở đây.',
    en: 'Unexpected “{text}” here.',
  },
  'grammar.invalid-number': {
    vi: 'Số “{text}” không hợp lệ.',
    en: 'Invalid number “{text}”.',
  },
  'grammar.unit-mismatch': {
    vi: 'Hai đầu của khoảng có đơn vị khác nhau: “{first}” và “{second}”.',
    en: 'The two ends of the range have different units: “{first}” and “{second}”.',
  },
  'grammar.number-convention': {
    vi: 'Số “{text}” không viết theo quy ước Việt Nam (dấu phẩy thập phân, dấu chấm phân nhóm); nên viết “{suggested}”.',
    en: 'The number “{text}” does not follow the Vietnamese convention (comma for decimals, dot for thousands); write “{suggested}”.',
  },
  'grammar.number-ambiguous': {
    vi: 'Số “{text}” được đọc là {value} (dấu phẩy thập phân); nếu là hàng nghìn thì viết “{suggested}”.',
    en: 'The number “{text}” reads as {value} (comma for decimals); if thousands are meant, write “{suggested}”.',
  },
  'grammar.unit-spacing': {
    vi: 'Đơn vị “{unit}” có khoảng trắng thừa; nên viết “{suggested}”.',
    en: 'The unit “{unit}” has stray spaces; write “{suggested}”.',
  },
  'grammar.range-order': {
    vi: 'Khoảng {min}-{max} có cận dưới lớn hơn cận trên.',
    en: 'The range {min}-{max} has its lower bound above its upper bound.',
  },
  'grammar.surrounding-space': {
    vi: 'Chỉ tiêu có khoảng trắng ở đầu hoặc cuối.',
    en: 'The target has leading or trailing whitespace.',
  },
  /** Appended when the issue lists what was expected. */
  'grammar.expected': { vi: 'Cần: {expected}.', en: 'Expected: {expected}.' },
} satisfies Record<`grammar.${GrammarIssueCode}` | 'grammar.expected', Message>;
