// Words that stand inside messages: `{param|area}` renders the entry `area.<value>` (an errno
// code, a JSON type, a pattern's name, a yaml error code, a comparator…), or the value itself
// when there is none. The comparators' words come from the vocabulary.

import type { Comparator } from '../model/types.js';
import { COMPARATORS } from '../vocabulary/index.js';
import type { Message } from './types.js';

export const TERM_MESSAGES = {
  // What a rendered document still holds that is not the adopted wording (render/document.ts marks).
  'mark.placeholder': { vi: '{n} chỉ tiêu chưa đặt ([chưa đặt])', en: '{n} target(s) not set ([chưa đặt])' },
  'mark.blank': { vi: '{n} chỗ để trống “…” trong phần đầu văn bản ([chưa đặt])', en: '{n} “…” blank(s) in the document’s metadata ([chưa đặt])' },
  'mark.unknown': { vi: '{n} chỉ tiêu chưa biết ([chưa biết])', en: '{n} unknown target(s) ([chưa biết])' },
  'mark.source': { vi: '{n} chỉ tiêu lấy từ nguồn khác, không phải nguyên văn nghị quyết ([nguồn: …])', en: '{n} target(s) taken from another source, not the adopted wording ([nguồn: …])' },
  'mark.truncated': { vi: 'văn bản nguồn bị cắt ([…])', en: 'a truncated source text ([…])' },
  'io.EACCES': { vi: 'không có quyền đọc (EACCES)', en: 'permission denied (EACCES)' },
  'io.EPERM': { vi: 'không được phép đọc (EPERM)', en: 'operation not permitted (EPERM)' },
  'io.ENOENT': { vi: 'không tồn tại (ENOENT)', en: 'no such file (ENOENT)' },
  'io.EISDIR': { vi: 'là một thư mục (EISDIR)', en: 'is a directory (EISDIR)' },
  'io.ELOOP': { vi: 'liên kết tượng trưng tạo vòng lặp (ELOOP)', en: 'a symbolic link loop (ELOOP)' },
  'io.EIO': { vi: 'lỗi vào/ra của thiết bị lưu trữ (EIO)', en: 'an input/output error (EIO)' },
  'io.EMFILE': { vi: 'mở quá nhiều tệp cùng lúc (EMFILE)', en: 'too many open files (EMFILE)' },
  'io.EFBIG': { vi: 'lớn hơn giới hạn cho một kế hoạch (EFBIG)', en: 'larger than the limit for a plan (EFBIG)' },
  'io.NOT_REGULAR': { vi: 'không phải tệp thường (FIFO, socket hay thiết bị), không đọc', en: 'not a regular file (a FIFO, socket or device); not read' },
  'io.BROKEN_LINK': { vi: 'liên kết tượng trưng trỏ tới nơi không tồn tại', en: 'a symbolic link to nothing (broken link)' },
  'io.OUTSIDE': {
    vi: 'dẫn ra ngoài kho lưu trữ (trực tiếp hay qua liên kết tượng trưng), không đọc',
    en: 'it leads outside the repository (directly or through a symbolic link); not read',
  },
  'io.TOO_LARGE': { vi: 'lớn hơn giới hạn, không đọc', en: 'larger than the limit; not read' },
  'type.string': { vi: 'một chuỗi văn bản', en: 'a string' },
  'type.number': { vi: 'một số', en: 'a number' },
  'type.integer': { vi: 'một số nguyên', en: 'an integer' },
  'type.boolean': { vi: 'true hoặc false', en: 'true or false' },
  'type.object': { vi: 'một khối “khóa: giá trị”', en: 'a block of “key: value” pairs' },
  'type.array': { vi: 'một danh sách (các dòng “- …”)', en: 'a list (lines “- …”)' },
  'type.null': { vi: 'null', en: 'null' },
  'type.nan': { vi: 'NaN (giá trị không phải số hợp lệ)', en: 'NaN (not a valid number)' },
  'type.infinity': { vi: 'vô cực (.inf, không phải số hợp lệ)', en: 'infinity (.inf, not a valid number)' },
  'type.string,null': { vi: 'một chuỗi văn bản hoặc null', en: 'a string or null' },
  // What a message is about when the path is empty (`{path|subject}`): the whole file.
  'subject.': { vi: 'Tệp kế hoạch', en: 'The plan file' },
  'pattern.id': { vi: 'mã ASCII chữ thường nối bằng gạch ngang (vd. grdp-growth)', en: 'lowercase ASCII words joined by hyphens (e.g. grdp-growth)' },
  'pattern.ref': { vi: 'mã chỉ tiêu, “chỉ-tiêu/thành-phần” hoặc mã mục tiêu (vd. clean-water/urban)', en: 'an indicator, “indicator/part” or target id (e.g. clean-water/urban)' },
  'pattern.clause-id': { vi: 'mã điều khoản theo vị trí (vd. art_2__item_7__para_3)', en: 'a clause id from its position (e.g. art_2__item_7__para_3)' },
  'pattern.source-id': { vi: 'mã nguồn trong sources (vd. S2)', en: 'a source id of sources (e.g. S2)' },
  'pattern.url': { vi: 'địa chỉ http(s)://…', en: 'an http(s):// address' },
  'pattern.date': { vi: 'ngày dạng YYYY-MM-DD (vd. 2024-12-10)', en: 'a date as YYYY-MM-DD (e.g. 2024-12-10)' },
  'pattern.schema-version': { vi: 'phiên bản lược đồ 1.x (vd. "1.0")', en: 'schema version 1.x (e.g. "1.0")' },
  'pattern.yaml-path': { vi: 'đường dẫn tới tệp .yaml (vd. ./2025.yaml)', en: 'a path to a .yaml file (e.g. ./2025.yaml)' },
  'pattern.pattern': { vi: 'dạng đã quy định', en: 'the prescribed form' },
  'yaml.BAD_INDENT': { vi: 'thụt lề không đúng', en: 'bad indentation' },
  'yaml.MISSING_CHAR': { vi: 'thiếu ký tự đóng (dấu ngoặc hoặc dấu nháy)', en: 'a closing character is missing' },
  'yaml.UNEXPECTED_TOKEN': { vi: 'ký hiệu không mong đợi', en: 'unexpected token' },
  'yaml.BLOCK_AS_IMPLICIT_KEY': { vi: 'một khối không thể làm khóa', en: 'a block cannot be a key' },
  'yaml.MULTILINE_IMPLICIT_KEY': { vi: 'khóa không được kéo dài nhiều dòng (thiếu dấu “:”?)', en: 'a key cannot span lines (missing “:”?)' },
  'yaml.BAD_SCALAR_START': { vi: 'giá trị bắt đầu bằng ký tự đặc biệt; hãy đặt trong dấu nháy', en: 'a value starts with a reserved character; quote it' },
  'yaml.BAD_DQ_ESCAPE': { vi: 'chuỗi thoát không hợp lệ trong dấu nháy kép', en: 'invalid escape in a double-quoted string' },
  'yaml.BAD_ALIAS': { vi: 'bí danh không hợp lệ', en: 'invalid alias' },
  'yaml.BAD_DIRECTIVE': { vi: 'chỉ thị YAML không hợp lệ', en: 'invalid directive' },
  'yaml.KEY_OVER_1024_CHARS': { vi: 'khóa dài quá 1024 ký tự', en: 'key longer than 1024 characters' },
  'yaml.MULTIPLE_ANCHORS': { vi: 'nhiều neo cho một nút', en: 'several anchors on one node' },
  'yaml.MULTIPLE_TAGS': { vi: 'nhiều thẻ cho một nút', en: 'several tags on one node' },
  'yaml.NON_STRING_KEY': { vi: 'khóa không phải chuỗi', en: 'non-string key' },
  'yaml.ALIAS_PROPS': { vi: 'bí danh không được có neo hoặc thẻ', en: 'an alias cannot have an anchor or tag' },
  'yaml.IMPOSSIBLE': { vi: 'cấu trúc không thể đọc', en: 'unreadable structure' },
  // What a reference should have named (unknown-reference).
  'ref-kind.clause': { vi: 'điều khoản', en: 'a clause' },
  'ref-kind.indicator': { vi: 'chỉ tiêu hay thành phần chỉ tiêu', en: 'an indicator or indicator part' },
  'ref-kind.value': { vi: 'mục tiêu hay chỉ tiêu', en: 'a target or indicator' },
  'ref-kind.indicator-only': { vi: 'chỉ tiêu', en: 'an indicator' },
  'ref-kind.source': { vi: 'nguồn trong sources', en: 'a source listed in sources' },
  // Which result of a year (results.estimate, results.final).
  'result-stage.estimate': { vi: 'ước thực hiện', en: 'estimate' },
  'result-stage.final': { vi: 'số chính thức', en: 'final figure' },
  // The achievement verdict of a target against its result.
  'verdict.met': { vi: 'đạt', en: 'met' },
  'verdict.not-met': { vi: 'không đạt', en: 'not met' },
  'verdict.partly-met': { vi: 'đạt một phần', en: 'met in part' },
  'verdict.unknown': { vi: 'chưa đánh giá được', en: 'cannot be judged' },
  // Where a narrative target's quote was looked for (narrative-not-in-clause).
  'narrative-container.clause': { vi: 'điều khoản', en: 'clause' },
  'narrative-container.text': { vi: 'câu trích (text) của mục tiêu', en: 'the quoted text of target' },
  // A suggestion after a message, with its leading space (`{suggestion|vi-suggest}`, empty without one).
  'filter.suggest': { vi: ' Có phải ý bạn là “{value}”?', en: ' Did you mean “{value}”?' },
  // How many more labels a renumbering moves (`{more|vi-more}`, empty for none).
  'filter.more': { vi: ' {value} nhãn sau đó cũng cần đánh số lại.', en: ' {value} later label(s) need renumbering too.' },
  ...opTerms(),
} satisfies Record<string, Message>;

/** `{op|op}`: “lớn hơn hoặc bằng (≥, “trở lên”)”, from the comparator's name and notation. */
function opTerms(): Record<`op.${Comparator}`, Message> {
  const out = {} as Record<`op.${Comparator}`, Message>;
  for (const c of COMPARATORS) {
    out[`op.${c.op}`] = { vi: `${c.name.vi} (${c.notation})`, en: `${c.name.en} (${c.notation})` };
  }
  return out;
}
