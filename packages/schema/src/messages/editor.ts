// The words the editor's language features compute (extension src/language): quick-fix titles,
// hover cards, completion details, the outline. VS Code's own UI strings (command titles,
// settings, the adapter's prompts) stay in the extension's package.nls*.json and l10n bundle.

import type { Message } from './types.js';

export const EDITOR_MESSAGES = {
  // Quick fixes (codeActions.ts); the rules' own fix titles are fix.<code>.
  'editor.add-indicator': { vi: 'Thêm chỉ tiêu “{id}” từ kế hoạch năm trước', en: 'Add indicator “{id}” from last year’s plan' },
  'editor.add-all-indicators': { vi: 'Thêm tất cả {n} chỉ tiêu còn thiếu từ năm trước', en: 'Add all {n} missing indicators from last year' },
  'editor.mark-dropped': { vi: 'Đánh dấu “{id}” là đã bỏ (nhập lý do)…', en: 'Mark “{id}” as dropped (give the reason)…' },
  'editor.mark-replaced': { vi: 'Ghi “{id}” là đã được thay bằng “{by}” (cùng tên chỉ tiêu)', en: 'Record “{id}” as replaced by “{by}” (the same indicator name)' },
  'editor.replaced-reason': { vi: 'Đổi mã chỉ tiêu thành “{by}”.', en: 'Indicator id changed to “{by}”.' },
  'editor.fill-target': {
    vi: 'Điền chỉ tiêu có cấu trúc từ nguyên văn “{wording}”: {target}',
    en: 'Fill the structured target from the wording “{wording}”: {target}',
  },
  'editor.keep-last-target': { vi: 'Giữ chỉ tiêu năm trước: “{wording}”', en: 'Keep last year’s target: “{wording}”' },
  'editor.carry-target': {
    vi: 'Đưa chỉ tiêu ở Phụ lục “{wording}” vào mục tiêu “{id}”',
    en: 'Carry the appendix target “{wording}” into narrative target “{id}”',
  },
  'editor.carry-target-all': {
    vi: 'Đưa chỉ tiêu ở Phụ lục “{wording}” vào cả {n} mục tiêu nêu lại nó',
    en: 'Carry the appendix target “{wording}” into all {n} narrative targets that restate it',
  },
  'editor.target-placeholder': { vi: 'Chưa đặt chỉ tiêu', en: 'Target not set yet' },
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
  // References and rename of an indicator id (references.ts, rename.ts).
  'editor.rename-not-indicator': {
    vi: 'Chỉ đổi tên được mã của một chỉ tiêu (ở “id:” của nó hay ở nơi nhắc đến nó).',
    en: 'Only an indicator’s id can be renamed (at its “id:” or where it is referred to).',
  },
  'editor.rename-invalid-id': {
    vi: '“{id}” không phải là mã hợp lệ: chỉ dùng chữ thường không dấu, chữ số và dấu gạch ngang giữa các từ (ví dụ grdp-growth).',
    en: '“{id}” is not a valid id: lowercase ASCII letters and digits, words joined by hyphens (for example grdp-growth).',
  },
  'editor.rename-exists': { vi: 'Không đổi tên: “{id}” đã có trong {file}.', en: 'Not renamed: “{id}” already exists in {file}.' },
  'editor.rename-refused': { vi: 'Không đổi tên, không sửa tệp nào: {file}: {reason}', en: 'Not renamed, no file changed: {file}: {reason}' },
  // The hint beside a target (inlayHints.ts): last year's target, verbatim.
  'editor.hint-last-year': { vi: 'năm {year}: {wording}', en: '{year}: {wording}' },
  // The tooltip repeats the wording: VS Code cuts a hint's label at 43 characters.
  'editor.hint-last-year-tooltip': { vi: 'Chỉ tiêu năm {year} ({file}): {wording}', en: 'The target of {year} ({file}): {wording}' },
  // …and, as a hint of its own beside it (VS Code cuts a line's hints at 43 characters unless told, see
  // the extension's configurationDefaults), last year's result
  // when that plan records one, with the verdict when it can be judged.
  'editor.hint-result': { vi: '· {stage|result-stage}: {result}', en: '· {stage|result-stage}: {result}' },
  'editor.hint-result-verdict': { vi: '· {stage|result-stage}: {result} ({verdict|verdict})', en: '· {stage|result-stage}: {result} ({verdict|verdict})' },
  'editor.hint-result-tooltip': { vi: 'Kết quả năm {year} ({file})', en: 'The result of {year} ({file})' },
  'editor.hint-result-source-tooltip': { vi: 'Kết quả năm {year} ({file}), theo {source}', en: 'The result of {year} ({file}), from {source}' },
  // What is left to set (leftToSet.ts): the status bar and the tree view.
  'editor.left-placeholder': { vi: 'chưa đặt chỉ tiêu', en: 'target not set' },
  'editor.left-unknown': { vi: 'chỉ tiêu chưa biết', en: 'target unknown' },
  'editor.left-readiness': { vi: 'chưa sẵn sàng thông qua', en: 'not ready for adoption' },
  'editor.left-summary': {
    vi: 'Còn phải đặt: {placeholders} chưa đặt, {unknown} chưa biết, {readiness} chưa sẵn sàng',
    en: 'Left to set: {placeholders} not set, {unknown} unknown, {readiness} not ready',
  },
  'editor.left-none': { vi: 'Không còn gì phải đặt', en: 'Nothing left to set' },
  'editor.left-file': { vi: '{file}: còn {n} mục', en: '{file}: {n} left' },
} satisfies Record<string, Message>;
