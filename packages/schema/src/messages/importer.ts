// What `kehoach import` says: what it refused, and each thing it could not decide for the drafter
// (codes import-*, docs/rules/import/<code>.md; the key is `import.` and the code's rest).

import type { Message } from './types.js';

export const IMPORTER_MESSAGES = {
  'import.not-resolution': {
    vi: '“{path}” không phải là một nghị quyết đọc được: không thấy số văn bản (“Số: …”), ngày ban hành hay các điều khoản. Không ghi tệp nào.',
    en: '“{path}” is not a resolution that can be read: no document number (“Số: …”), date or clauses found. No file written.',
  },
  'import.empty': { vi: '“{path}” trống: không có gì để nhập. Không ghi tệp nào.', en: '“{path}” is empty: nothing to import. No file written.' },
  'import.not-text': { vi: 'Không nhập được “{path}”: {detail} Không ghi tệp nào.', en: 'Cannot import “{path}”: {detail} No file written.' },
  'import.docx-corrupt': {
    vi: 'Không đọc được “{path}” như tệp .docx (tệp hỏng hoặc không phải .docx): {detail}. Không ghi tệp nào.',
    en: 'Cannot read “{path}” as a .docx (damaged, or not a .docx): {detail}. No file written.',
  },
  'import.docx-encrypted': {
    vi: '“{path}” là tệp Word có mật khẩu (mã hóa): hãy mở bằng Word, bỏ mật khẩu, lưu lại rồi nhập. Không ghi tệp nào.',
    en: '“{path}” is a password-protected (encrypted) Word file: open it in Word, remove the password, save it, then import. No file written.',
  },
  'import.exists': {
    vi: '“{path}” đã có; kehoach import không ghi đè lên tệp nào. Chọn tên khác bằng --out.',
    en: '“{path}” already exists; kehoach import never writes over a file. Choose another name with --out.',
  },
  'import.bad-year': { vi: '--year phải là một năm bốn chữ số (2026), không phải “{value}”.', en: '--year must be a four-digit year (2026), not “{value}”.' },
  'import.bad-jurisdiction': {
    vi: '--jurisdiction phải là mã ASCII chữ thường nối bằng gạch ngang (ha-noi), không phải “{value}”.',
    en: '--jurisdiction must be a lower-case ASCII id joined by hyphens (ha-noi), not “{value}”.',
  },
  'import.written': {
    vi: 'Đã nhập “{path}” vào “{out}”: {indicators} chỉ tiêu, {narratives} mục tiêu trong văn bản, {clauses} điều khoản.',
    en: 'Imported “{path}” into “{out}”: {indicators} indicators, {narratives} narrative targets, {clauses} clauses.',
  },
  'import.review': {
    vi: '{count} chỗ cần người soạn xem lại (các dòng “# import-…” trong tệp); sau đó chạy “kehoach validate {out}”.',
    en: '{count} places for the drafter to review (the “# import-…” lines in the file); then run “kehoach validate {out}”.',
  },
  'import.unread-line': { vi: 'dòng {line}: không xếp được “{text}” vào đâu; đã chép vào chú thích.', en: 'line {line}: could not place “{text}”; copied into a comment.' },
  'import.unread-target': {
    vi: 'dòng {line}: không đọc được chỉ tiêu “{text}”; giữ nguyên văn, cần ghi op, value, unit.',
    en: 'line {line}: could not read the target “{text}”; kept verbatim, op, value and unit to be added.',
  },
  'import.type-from-number': {
    vi: 'văn bản không in loại văn bản; đã đọc từ số “{text}”.',
    en: 'the text does not print its document type; read from its number “{text}”.',
  },
  'import.truncated': {
    vi: 'văn bản dừng giữa chừng (“…{text}”): không có phần kết, chữ ký hay phụ lục; đã ghi `truncated`.',
    en: 'the text stops short (“…{text}”): no closing, signature or appendix; marked `truncated`.',
  },
  'import.site-metadata': {
    vi: 'dòng {line}: “{text}” là của trang nguồn, không phải của nghị quyết; đã chép vào chú thích.',
    en: 'line {line}: “{text}” is the source site’s, not the resolution’s; copied into a comment.',
  },
} satisfies Record<string, Message>;
