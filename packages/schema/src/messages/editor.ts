// The words the editor's language features compute (extension src/language): quick-fix titles,
// hover cards, completion details, the outline. VS Code's own UI strings (command titles,
// settings, the adapter's prompts) stay in the extension's package.nls*.json and l10n bundle.

import type { Message } from './types.js';

export const EDITOR_MESSAGES = {
  // Quick fixes (codeActions.ts); the rules' own fix titles are fix.<code>.
  'editor.add-indicator': { vi: 'Thêm chỉ tiêu “{id}” từ kế hoạch năm trước', en: 'Add indicator “{id}” from last year’s plan' },
  'editor.add-all-indicators': { vi: 'Thêm tất cả {n} chỉ tiêu còn thiếu từ năm trước', en: 'Add all {n} missing indicators from last year' },
  'editor.mark-dropped': { vi: 'Đánh dấu “{id}” là đã bỏ (nhập lý do)…', en: 'Mark “{id}” as dropped (give the reason)…' },
  'editor.regenerate-wording': {
    vi: 'Tạo lại nguyên văn từ chỉ tiêu có cấu trúc: “{wording}”',
    en: 'Regenerate the wording from the structured target: “{wording}”',
  },
  'editor.fix': { vi: 'Sửa: {code}', en: 'Fix: {code}' },
  // Hover cards (hover.ts), shown in both languages.
  'editor.unit': { vi: 'đơn vị', en: 'unit' },
  'editor.unit-as-written': { vi: 'Đơn vị như viết trong nghị quyết.', en: 'The unit as the resolution writes it.' },
  'editor.dropped': { vi: 'đã bỏ', en: 'dropped' },
  'editor.not-set': { vi: 'chưa đặt', en: 'not set' },
  'editor.unknown': { vi: 'chưa biết', en: 'unknown' },
  'editor.from-source': { vi: 'theo {kind}', en: 'from {kind}' },
  'editor.replaced-by': { vi: 'thay bằng', en: 'replaced by' },
  'editor.unconfirmed': { vi: 'chưa xác nhận', en: 'unconfirmed' },
  'editor.year': { vi: 'Năm', en: 'Year' },
  'editor.target': { vi: 'Chỉ tiêu', en: 'Target' },
  'editor.result': { vi: 'Kết quả', en: 'Result' },
  'editor.achievement': { vi: 'Đánh giá', en: 'Achievement' },
  'editor.draft': { vi: 'dự thảo', en: 'draft' },
  'editor.last-year': { vi: 'năm trước', en: 'last year' },
  'editor.catalogue-entry': { vi: 'chỉ tiêu của danh mục dùng chung (docs/catalogue.md)', en: 'an indicator of the shared catalogue (docs/catalogue.md)' },
  'editor.resolution': { vi: 'Nghị quyết', en: 'resolution' },
  'editor.adopted-wording': { vi: 'Nguyên văn {type} số {number} ngày {date}', en: 'Adopted wording, resolution {number} of {date}' },
  'editor.appendix-item': { vi: 'Phụ lục, mục {number}', en: 'Appendix, item {number}' },
  // Where a clause stands, as printed, step by step (planIndex.ts): "Điều 2, khoản 5, đoạn 11",
// "khoản 1.1, điểm a, gạch đầu dòng thứ 2".
  'editor.article': { vi: 'Điều', en: 'Article' },
  'editor.place-preamble': { vi: 'Phần căn cứ, đoạn {n}', en: 'Preamble, paragraph {n}' },
  'editor.place-item': { vi: 'khoản {item}', en: 'item {item}' },
  'editor.place-point': { vi: 'điểm {point}', en: 'point {point}' },
  'editor.place-bullet': { vi: 'gạch đầu dòng thứ {n}', en: 'bullet {n}' },
  'editor.place-paragraph': { vi: 'đoạn {n}', en: 'paragraph {n}' },
  'editor.place-closing': { vi: 'Phần kết, đoạn {n}', en: 'Closing, paragraph {n}' },
  // Completion (completion.ts).
  'editor.required': { vi: 'bắt buộc', en: 'required' },
  'editor.optional': { vi: 'tùy chọn', en: 'optional' },
  'editor.new-indicator': { vi: 'Chỉ tiêu mới', en: 'New indicator' },
  'editor.new-narrative': { vi: 'Mục tiêu trong văn bản', en: 'Narrative target' },
  // The outline (symbols.ts).
  'editor.outline-articles': { vi: 'Điều khoản', en: 'Articles' },
  'editor.outline-items': { vi: 'Khoản', en: 'Items' },
  'editor.outline-indicators': { vi: 'Chỉ tiêu (Phụ lục)', en: 'Indicators' },
  'editor.outline-narratives': { vi: 'Mục tiêu trong văn bản', en: 'Narrative targets' },
} satisfies Record<string, Message>;
