import type { Severity } from './types.js';

/**
 * Every diagnostic code the engine can report: stable, documented in docs/rules/<code>.md,
 * with its default severity and its message in Vietnamese and English. Messages take
 * `{param}` placeholders, and `{param|filter}` where the value needs localizing too.
 */
export interface CodeInfo {
  severity: Severity;
  /** file, yaml and schema problems come from reading; rules from the plan's meaning. */
  category: 'file' | 'yaml' | 'schema' | 'rule';
  vi: string;
  en: string;
  /** Title of the quick fix, when the diagnostic carries one. */
  fix?: { vi: string; en: string };
}

export const CATALOG: Record<string, CodeInfo> = {
  'file-empty': {
    severity: 'error',
    category: 'file',
    vi: 'Tệp rỗng: một kế hoạch cần schemaVersion, jurisdiction, year, document, articles và indicators.',
    en: 'Empty file: a plan needs schemaVersion, jurisdiction, year, document, articles and indicators.',
  },
  'file-too-large': {
    severity: 'error',
    category: 'file',
    vi: 'Tệp quá lớn ({size|bytes}); giới hạn cho một kế hoạch là {limit|bytes}. Tệp không được đọc.',
    en: 'File too large ({size|bytes}); the limit for a plan is {limit|bytes}. The file was not read.',
  },
  'file-binary': {
    severity: 'error',
    category: 'file',
    vi: 'Đây là tệp nhị phân (có byte NUL ở vị trí {offset}), không phải tệp kế hoạch YAML.',
    en: 'This is a binary file (NUL byte at offset {offset}), not a YAML plan file.',
  },
  'file-utf16': {
    severity: 'error',
    category: 'file',
    vi: 'Tệp được lưu với mã hóa {encoding}, không phải UTF-8; hãy lưu lại tệp với mã hóa UTF-8.',
    en: 'The file is saved as {encoding}, not UTF-8; save it as UTF-8.',
  },
  'file-not-utf8': {
    severity: 'error',
    category: 'file',
    vi: 'Tệp không phải UTF-8: byte 0x{byte} không hợp lệ ở dòng {line}, cột {column}. Hãy lưu lại tệp với mã hóa UTF-8.',
    en: 'The file is not UTF-8: invalid byte 0x{byte} at line {line}, column {column}. Save the file as UTF-8.',
  },
  'file-too-complex': {
    severity: 'error',
    category: 'file',
    vi: 'Tệp có {lines} dòng và không viết theo dạng YAML đơn giản của tệp kế hoạch; quá {limit} dòng, tệp không được kiểm tra chi tiết. Hãy kiểm tra phần YAML khác thường (dấu tab, khóa lặp, anchor, cú pháp sai…) hoặc chia nhỏ tệp.',
    en: 'The file has {lines} lines and leaves the plain YAML that plan files use; above {limit} lines it is not checked in detail. Look for unusual YAML (tabs, repeated keys, anchors, syntax errors…) or split the file.',
  },
  'too-many-problems': {
    severity: 'error',
    category: 'file',
    vi: 'Còn {more} vấn đề nữa không được liệt kê (chỉ liệt kê {shown} vấn đề đầu tiên của loại này); hãy sửa những vấn đề ở trên trước.',
    en: '{more} more problems are not listed (only the first {shown} of this kind are); fix the ones above first.',
  },
  'file-unreadable': {
    severity: 'error',
    category: 'file',
    vi: 'Không đọc được tệp: {detail|io}.',
    en: 'Cannot read the file: {detail|io}.',
  },
  'yaml-syntax': {
    severity: 'error',
    category: 'yaml',
    vi: 'Lỗi cú pháp YAML: {yamlCode|yaml}. ({detail})',
    en: 'YAML syntax error: {detail}.',
  },
  'yaml-tab-indent': {
    severity: 'error',
    category: 'yaml',
    vi: 'Không được thụt lề bằng ký tự tab trong YAML; hãy dùng dấu cách.',
    en: 'Tabs are not allowed for indentation in YAML; use spaces.',
  },
  'yaml-duplicate-key': {
    severity: 'error',
    category: 'yaml',
    vi: 'Khóa “{text}” bị lặp lại trong cùng một khối; chỉ giá trị sau cùng được giữ, hãy gộp hoặc xóa một khóa.',
    en: 'Key “{text}” appears twice in the same block; only the last value would be kept. Merge or remove one.',
  },
  'yaml-unknown-tag': {
    severity: 'error',
    category: 'yaml',
    vi: 'Thẻ YAML “{text}” không được hỗ trợ trong tệp kế hoạch; giá trị được đọc như văn bản thường và không bao giờ được thực thi.',
    en: 'YAML tag “{text}” is not supported in plan files; the value is read as plain text and never executed.',
  },
  'yaml-alias-limit': {
    severity: 'error',
    category: 'yaml',
    vi: 'Bí danh (alias) YAML được mở rộng quá {limit} lần: có thể là “bom bí danh”. Tệp không được kiểm tra tiếp.',
    en: 'YAML aliases expand more than {limit} times: likely an alias bomb. The file was not checked further.',
  },
  'yaml-too-deep': {
    severity: 'error',
    category: 'yaml',
    vi: 'Cấu trúc YAML lồng nhau quá sâu; một kế hoạch chỉ cần vài cấp.',
    en: 'The YAML nests far too deep; a plan needs only a few levels.',
  },
  'yaml-too-complex': {
    severity: 'error',
    category: 'yaml',
    vi: 'YAML có quá nhiều ký hiệu (hơn {limit}: ngoặc, dấu phẩy, khóa, gạch đầu dòng…) ngoài dạng YAML đơn giản của tệp kế hoạch; tệp không được kiểm tra chi tiết.',
    en: 'The YAML has too many tokens (more than {limit}: brackets, commas, keys, dashes…) outside the plain YAML plan files use; the file was not checked in detail.',
  },
  'yaml-complex-key': {
    severity: 'error',
    category: 'yaml',
    vi: 'Khóa YAML phải là văn bản; khóa này là một khối hoặc một danh sách (khóa phức hợp), không dùng trong tệp kế hoạch. Tệp không được kiểm tra tiếp.',
    en: 'A YAML key must be text; this key is a mapping or a list (a complex key), which plan files never use. The file was not checked further.',
  },
  'yaml-multiple-documents': {
    severity: 'error',
    category: 'yaml',
    vi: 'Mỗi tệp chỉ chứa một kế hoạch (một tài liệu YAML); hãy bỏ dấu “---” thứ hai hoặc tách thành tệp khác.',
    en: 'A file holds one plan (one YAML document); remove the second “---” or split the file.',
  },
  'schema-required': {
    severity: 'error',
    category: 'schema',
    vi: 'Thiếu trường bắt buộc “{property}” trong {path}.',
    en: 'Missing required property “{property}” in {path}.',
  },
  'schema-unknown-key': {
    severity: 'error',
    category: 'schema',
    vi: 'Trường “{property}” không có trong lược đồ tại {path}.{suggestion|vi-suggest} Các trường hợp lệ: {allowed}.',
    en: 'Property “{property}” is not allowed at {path}.{suggestion|en-suggest} Allowed: {allowed}.',
  },
  'schema-type': {
    severity: 'error',
    category: 'schema',
    vi: '{path|subject} phải là {expected|type}, không phải {actual|type}.',
    en: '{path|subject} must be {expected|type}, not {actual|type}.',
  },
  'schema-enum': {
    severity: 'error',
    category: 'schema',
    vi: 'Giá trị “{value}” không hợp lệ cho {path}; chọn một trong: {allowed}.',
    en: 'Value “{value}” is not valid for {path}; choose one of: {allowed}.',
  },
  'schema-pattern': {
    severity: 'error',
    category: 'schema',
    vi: '“{value}” không đúng dạng cho {path}: cần {form|pattern}.',
    en: '“{value}” has the wrong form for {path}: expected {form|pattern}.',
  },
  'schema-empty': {
    severity: 'error',
    category: 'schema',
    vi: '{path} không được để trống.',
    en: '{path} must not be empty.',
  },
  'schema-range': {
    severity: 'error',
    category: 'schema',
    vi: '{path} = {value} nằm ngoài giới hạn (cần {comparison} {limit}).',
    en: '{path} = {value} is out of range (must be {comparison} {limit}).',
  },
  'schema-one-of': {
    severity: 'error',
    category: 'schema',
    vi: 'Giá trị “{value}” không hợp lệ cho {path}; cần một trong: {expected}.',
    en: 'Value “{value}” is not valid for {path}; expected one of: {expected}.',
  },
  'baseline-not-found': {
    severity: 'error',
    category: 'file',
    vi: 'Không tìm thấy kế hoạch năm gốc “{path}”; không kiểm tra được chỉ tiêu bị thiếu. Hãy sửa đường dẫn baseline.',
    en: 'The baseline plan “{path}” was not found, so missing indicators cannot be checked. Fix the baseline path.',
  },
  'suppression-without-reason': {
    severity: 'error',
    category: 'rule',
    vi: 'Chỉ thị bỏ qua {codes} thiếu lý do; hãy viết “-- lý do” sau mã. Chỉ thị không có hiệu lực cho đến khi có lý do.',
    en: 'The suppression of {codes} has no reason; add “-- reason” after the code. It has no effect until it has one.',
  },
  'suppression-invalid': {
    severity: 'error',
    category: 'rule',
    vi: 'Chỉ thị kehoach-disable-next-line không nêu mã quy tắc nào; cần dạng “# kehoach-disable-next-line MÃ -- lý do”.',
    en: 'The kehoach-disable-next-line directive names no rule code; write “# kehoach-disable-next-line CODE -- reason”.',
  },
  'unused-suppression': {
    severity: 'warning',
    category: 'rule',
    vi: 'Chỉ thị bỏ qua “{code}” không còn tác dụng: dòng {line} không có chẩn đoán {code}. Hãy xóa nó.',
    en: 'The suppression of “{code}” is unused: line {line} has no {code} diagnostic. Remove it.',
  },
  'internal-error': {
    severity: 'error',
    category: 'file',
    vi: 'kehoach gặp lỗi nội bộ khi kiểm tra tệp này ({detail}); tệp chưa được kiểm tra, các tệp khác vẫn được kiểm tra. Hãy báo lỗi này.',
    en: 'kehoach failed internally while checking this file ({detail}); the file was not checked, the other files were. Please report it.',
  },
  'rule-crashed': {
    severity: 'error',
    category: 'rule',
    vi: 'Quy tắc {rule} gặp lỗi nội bộ và đã bị bỏ qua: {detail}. Hãy báo lỗi này.',
    en: 'Rule {rule} failed internally and was skipped: {detail}. Please report it.',
  },
  'schema-invalid': {
    severity: 'error',
    category: 'schema',
    vi: '{path} không hợp lệ ({keyword}): {detail}.',
    en: '{path} is invalid ({keyword}): {detail}.',
  },
};

/** Localized names used inside messages, keyed by filter then value. */
export const TERMS: Record<string, Record<string, { vi: string; en: string }>> = {
  // Why a file could not be read: an errno code, or one of ours (NOT_REGULAR, BROKEN_LINK).
  io: {
    EACCES: { vi: 'không có quyền đọc (EACCES)', en: 'permission denied (EACCES)' },
    EPERM: { vi: 'không được phép đọc (EPERM)', en: 'operation not permitted (EPERM)' },
    ENOENT: { vi: 'không tồn tại (ENOENT)', en: 'no such file (ENOENT)' },
    EISDIR: { vi: 'là một thư mục (EISDIR)', en: 'is a directory (EISDIR)' },
    ELOOP: { vi: 'liên kết tượng trưng tạo vòng lặp (ELOOP)', en: 'a symbolic link loop (ELOOP)' },
    EIO: { vi: 'lỗi vào/ra của thiết bị lưu trữ (EIO)', en: 'an input/output error (EIO)' },
    EMFILE: { vi: 'mở quá nhiều tệp cùng lúc (EMFILE)', en: 'too many open files (EMFILE)' },
    EFBIG: { vi: 'lớn hơn giới hạn cho một kế hoạch (EFBIG)', en: 'larger than the limit for a plan (EFBIG)' },
    NOT_REGULAR: { vi: 'không phải tệp thường (FIFO, socket hay thiết bị), không đọc', en: 'not a regular file (a FIFO, socket or device); not read' },
    BROKEN_LINK: { vi: 'liên kết tượng trưng trỏ tới nơi không tồn tại', en: 'a symbolic link to nothing (broken link)' },
  },
  type: {
    string: { vi: 'một chuỗi văn bản', en: 'a string' },
    number: { vi: 'một số', en: 'a number' },
    integer: { vi: 'một số nguyên', en: 'an integer' },
    boolean: { vi: 'true hoặc false', en: 'true or false' },
    object: { vi: 'một khối “khóa: giá trị”', en: 'a block of “key: value” pairs' },
    array: { vi: 'một danh sách (các dòng “- …”)', en: 'a list (lines “- …”)' },
    null: { vi: 'null', en: 'null' },
    nan: { vi: 'NaN (giá trị không phải số hợp lệ)', en: 'NaN (not a valid number)' },
    infinity: { vi: 'vô cực (.inf, không phải số hợp lệ)', en: 'infinity (.inf, not a valid number)' },
    'string,null': { vi: 'một chuỗi văn bản hoặc null', en: 'a string or null' },
  },
  // What a message is about when the path is empty: the whole file.
  subject: {
    '': { vi: 'Tệp kế hoạch', en: 'The plan file' },
  },
  pattern: {
    id: { vi: 'mã ASCII chữ thường nối bằng gạch ngang (vd. grdp-growth)', en: 'lowercase ASCII words joined by hyphens (e.g. grdp-growth)' },
    ref: { vi: 'mã chỉ tiêu, “chỉ-tiêu/thành-phần” hoặc mã mục tiêu (vd. clean-water/urban)', en: 'an indicator, “indicator/part” or target id (e.g. clean-water/urban)' },
    'clause-id': { vi: 'mã điều khoản theo vị trí (vd. art_2__item_7__para_3)', en: 'a clause id from its position (e.g. art_2__item_7__para_3)' },
    date: { vi: 'ngày dạng YYYY-MM-DD (vd. 2024-12-10)', en: 'a date as YYYY-MM-DD (e.g. 2024-12-10)' },
    'schema-version': { vi: 'phiên bản lược đồ 1.x (vd. "1.0")', en: 'schema version 1.x (e.g. "1.0")' },
    'yaml-path': { vi: 'đường dẫn tới tệp .yaml (vd. ./2025.yaml)', en: 'a path to a .yaml file (e.g. ./2025.yaml)' },
    pattern: { vi: 'dạng đã quy định', en: 'the prescribed form' },
  },
  yaml: {
    BAD_INDENT: { vi: 'thụt lề không đúng', en: 'bad indentation' },
    MISSING_CHAR: { vi: 'thiếu ký tự đóng (dấu ngoặc hoặc dấu nháy)', en: 'a closing character is missing' },
    UNEXPECTED_TOKEN: { vi: 'ký hiệu không mong đợi', en: 'unexpected token' },
    BLOCK_AS_IMPLICIT_KEY: { vi: 'một khối không thể làm khóa', en: 'a block cannot be a key' },
    MULTILINE_IMPLICIT_KEY: { vi: 'khóa không được kéo dài nhiều dòng (thiếu dấu “:”?)', en: 'a key cannot span lines (missing “:”?)' },
    BAD_SCALAR_START: { vi: 'giá trị bắt đầu bằng ký tự đặc biệt; hãy đặt trong dấu nháy', en: 'a value starts with a reserved character; quote it' },
    BAD_DQ_ESCAPE: { vi: 'chuỗi thoát không hợp lệ trong dấu nháy kép', en: 'invalid escape in a double-quoted string' },
    BAD_ALIAS: { vi: 'bí danh không hợp lệ', en: 'invalid alias' },
    BAD_DIRECTIVE: { vi: 'chỉ thị YAML không hợp lệ', en: 'invalid directive' },
    KEY_OVER_1024_CHARS: { vi: 'khóa dài quá 1024 ký tự', en: 'key longer than 1024 characters' },
    MULTIPLE_ANCHORS: { vi: 'nhiều neo cho một nút', en: 'several anchors on one node' },
    MULTIPLE_TAGS: { vi: 'nhiều thẻ cho một nút', en: 'several tags on one node' },
    NON_STRING_KEY: { vi: 'khóa không phải chuỗi', en: 'non-string key' },
    ALIAS_PROPS: { vi: 'bí danh không được có neo hoặc thẻ', en: 'an alias cannot have an anchor or tag' },
    IMPOSSIBLE: { vi: 'cấu trúc không thể đọc', en: 'unreadable structure' },
  },
};
