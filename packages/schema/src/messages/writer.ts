// Why a writer (new-year, the quick fixes, "mark dropped") left a plan as it was (src/edit/):
// the form of the YAML it cannot edit without changing something it should not. The callers say
// what was not done ("no draft written", the quick fix disabled); these say why.

import type { Message } from './types.js';

export const WRITER_MESSAGES = {
  'writer.yaml-errors': {
    vi: 'tệp có lỗi YAML; chỉ sửa được khi YAML đọc được trọn vẹn.',
    en: 'the file has YAML errors; it can be edited only once its YAML reads cleanly.',
  },
  'writer.mixed-line-endings': {
    vi: 'tệp dùng lẫn nhiều kiểu xuống dòng (LF, CRLF, CR); hãy dùng một kiểu cho cả tệp rồi thử lại.',
    en: 'the file mixes line endings (LF, CRLF, CR); use one kind for the whole file, then try again.',
  },
  'writer.shared-node': {
    vi: 'dòng {line} nằm trong một nút YAML dùng chung qua neo và bí danh (&…, *…); sửa ở đây sẽ sửa cả nơi dùng lại nó.',
    en: 'line {line} is inside a YAML node shared through an anchor and an alias (&…, *…); editing it would also change where it is reused.',
  },
  'writer.no-list': {
    vi: '“{key}” ở dòng {line} không phải là một danh sách viết ra trong tệp (một bí danh, hay một giá trị khác); hãy sửa bằng tay.',
    en: '“{key}” at line {line} is not a list written out in the file (an alias, or another value); edit it by hand.',
  },
  'writer.item-form': {
    vi: 'không tìm được chỗ bắt đầu các mục của danh sách ở dòng {line} (dấu “-” không đứng đầu dòng); hãy sửa bằng tay.',
    en: 'cannot find where the items of the list at line {line} start (no “-” at the start of a line); edit it by hand.',
  },
  'writer.invalid-result': {
    vi: 'kết quả sẽ không còn là YAML hợp lệ (dạng YAML ở dòng {line} chưa được hỗ trợ).',
    en: 'the result would not be valid YAML (the YAML form at line {line} is not supported).',
  },
  'writer.changed-value': {
    vi: 'kết quả sẽ đổi cả “{pointer}” (dòng {line}), là chỗ không định sửa; dạng YAML ở đó chưa được hỗ trợ.',
    en: 'the result would also change “{pointer}” (line {line}), which is not meant to change; the YAML form there is not supported.',
  },
  'writer.lost-comment': {
    vi: 'kết quả sẽ làm mất chú thích ở dòng {line}: “{comment}”.',
    en: 'the result would lose the comment at line {line}: “{comment}”.',
  },
} satisfies Record<`writer.${string}`, Message>;
