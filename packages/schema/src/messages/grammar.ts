// The target grammar's issues, worded: the grammar reports a code, offsets and parameters
// (grammar/issues.ts); `{issue|grammar}` in the malformed-target message renders one of these,
// followed by grammar.expected when the issue lists what would have been accepted.

import type { GrammarIssueCode } from '../grammar/issues.js';
import type { Message } from './types.js';

export const GRAMMAR_MESSAGES = {
  'grammar.empty': {
    vi: 'Chỉ tiêu để trống. Hãy chép nguyên văn chỉ tiêu từ văn bản, hoặc ghi placeholder: true nếu chưa đặt.',
    en: 'The target is empty. Copy the target’s wording from the text, or write placeholder: true if it is not set yet.',
  },
  'grammar.expected-target': {
    vi: 'Không nhận ra chỉ tiêu ở “{found}”.{expected|grammar-expected} Hãy viết chỉ tiêu bắt đầu bằng một số hoặc một cụm so sánh; nếu văn bản được thông qua viết đúng như vậy, hãy giữ nguyên văn và bỏ qua malformed-target kèm lý do.',
    en: 'No target recognised at “{found}”.{expected|grammar-expected} Start the target with a number or a comparator phrase; if the adopted text words it so, keep it verbatim and suppress malformed-target with a reason.',
  },
  'grammar.expected-number': {
    vi: 'Thiếu số sau “{after}”.{expected|grammar-expected} Hãy ghi con số của chỉ tiêu sau “{after}”.',
    en: 'Missing a number after “{after}”.{expected|grammar-expected} Write the target’s number after “{after}”.',
  },
  'grammar.expected-phrase': {
    vi: 'Cụm “{after}” chưa trọn.{expected|grammar-expected} Hãy viết trọn cụm.',
    en: 'The phrase “{after}” is incomplete.{expected|grammar-expected} Complete the phrase.',
  },
  'grammar.expected-state': {
    vi: 'Thiếu trạng thái cần duy trì sau “{after}”.{expected|grammar-expected} Hãy ghi trạng thái (“không có hộ nghèo”) hoặc con số cần duy trì.',
    en: 'Missing the state to maintain after “{after}”.{expected|grammar-expected} Write the state (“không có hộ nghèo”) or the number to maintain.',
  },
  'grammar.unexpected-text': {
    vi: 'Không mong đợi “{text}” ở đây.{expected|grammar-expected} Hãy bỏ hoặc sửa phần này; nếu văn bản được thông qua viết đúng như vậy, hãy giữ nguyên văn và bỏ qua malformed-target kèm lý do.',
    en: 'Unexpected “{text}” here.{expected|grammar-expected} Remove or correct it; if the adopted text words it so, keep it verbatim and suppress malformed-target with a reason.',
  },
  'grammar.invalid-number': {
    vi: 'Số “{text}” không hợp lệ. Hãy viết số theo cách Việt Nam: dấu phẩy thập phân, dấu chấm phân cách hàng nghìn (“1.234,5”).',
    en: 'Invalid number “{text}”. Write it the Vietnamese way: a comma for decimals, dots between thousands (“1.234,5”).',
  },
  'grammar.unit-mismatch': {
    vi: 'Hai đầu của khoảng có đơn vị khác nhau, không quy đổi được: “{first}” và “{second}”. Hãy ghi một đơn vị cho cả khoảng (hai quy mô của cùng một thứ thì được, như “800 nghìn - 1 triệu lượt”).',
    en: 'The two ends of the range have different units that do not convert: “{first}” and “{second}”. Write one unit for the range (two scales of one thing are fine, such as “800 nghìn - 1 triệu lượt”).',
  },
  'grammar.number-convention': {
    vi: 'Số “{text}” không viết theo quy ước Việt Nam (dấu phẩy thập phân, dấu chấm phân nhóm); hãy viết “{suggested}”.',
    en: 'The number “{text}” does not follow the Vietnamese convention (comma for decimals, dot for thousands); write “{suggested}”.',
  },
  'grammar.number-ambiguous': {
    vi: 'Số “{text}” được đọc là {value} (dấu phẩy thập phân); nếu là hàng nghìn, hãy viết “{suggested}”.',
    en: 'The number “{text}” reads as {value} (comma for decimals); if thousands are meant, write “{suggested}”.',
  },
  'grammar.unit-spacing': {
    vi: 'Đơn vị “{unit}” có khoảng trắng thừa; hãy viết “{suggested}”.',
    en: 'The unit “{unit}” has stray spaces; write “{suggested}”.',
  },
  'grammar.range-order': {
    vi: 'Khoảng {min}-{max} có cận dưới lớn hơn cận trên. Hãy đổi chỗ hai cận.',
    en: 'The range {min}-{max} has its lower bound above its upper bound. Swap the bounds.',
  },
  'grammar.surrounding-space': {
    vi: 'Chỉ tiêu có khoảng trắng ở đầu hoặc cuối. Hãy bỏ khoảng trắng đó.',
    en: 'The target has leading or trailing whitespace. Remove it.',
  },
  /** Where a message has {expected|grammar-expected} and the issue lists what was expected. */
  'grammar.expected': { vi: 'Cần: {expected}.', en: 'Expected: {expected}.' },
} satisfies Record<`grammar.${GrammarIssueCode}` | 'grammar.expected', Message>;
