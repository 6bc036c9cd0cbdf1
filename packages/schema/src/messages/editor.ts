// The words the editor's language features compute (extension src/language): quick-fix titles.
// VS Code's own UI strings (command titles, settings, the adapter's prompts) stay in the
// extension's package.nls*.json and l10n bundle.

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
} satisfies Record<string, Message>;
