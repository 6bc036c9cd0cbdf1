// Every diagnostic's message, Vietnamese and English, keyed by its code: the codes are the
// keys of this table (DiagnosticCode), so a code the engine reports without a message, or a
// rule declared with a misspelt code, is a type error. Messages take `{param}` placeholders,
// and `{param|area}` where the value is itself a word of the catalog (`{detail|io}` → io.EACCES).
// docs/rules/<code>.md quotes each message exactly (a test checks it).

import type { Message } from './types.js';

export const DIAGNOSTIC_MESSAGES = {
  // ---- reading the file: file, YAML and schema problems, suppressions (diagnostics/catalog.ts) ----
  'file-empty': {
    vi: 'Tệp rỗng: một kế hoạch cần schemaVersion, jurisdiction, year, document, articles và indicators.',
    en: 'Empty file: a plan needs schemaVersion, jurisdiction, year, document, articles and indicators.',
  },
  'file-too-large': {
    vi: 'Tệp quá lớn ({size|bytes}); giới hạn cho một kế hoạch là {limit|bytes}. Tệp không được đọc.',
    en: 'File too large ({size|bytes}); the limit for a plan is {limit|bytes}. The file was not read.',
  },
  'file-binary': {
    vi: 'Đây là tệp nhị phân (có byte NUL ở vị trí {offset}), không phải tệp kế hoạch YAML.',
    en: 'This is a binary file (NUL byte at offset {offset}), not a YAML plan file.',
  },
  'file-utf16': {
    vi: 'Tệp được lưu với mã hóa {encoding}, không phải UTF-8; hãy lưu lại tệp với mã hóa UTF-8.',
    en: 'The file is saved as {encoding}, not UTF-8; save it as UTF-8.',
  },
  'file-not-utf8': {
    vi: 'Tệp không phải UTF-8: byte 0x{byte} không hợp lệ ở dòng {line}, cột {column}. Hãy lưu lại tệp với mã hóa UTF-8.',
    en: 'The file is not UTF-8: invalid byte 0x{byte} at line {line}, column {column}. Save the file as UTF-8.',
  },
  'file-too-complex': {
    vi: 'Tệp có {lines} dòng và không viết theo dạng YAML đơn giản của tệp kế hoạch; quá {limit} dòng, tệp không được kiểm tra chi tiết. Hãy kiểm tra phần YAML khác thường (dấu tab, khóa lặp, anchor, cú pháp sai…) hoặc chia nhỏ tệp.',
    en: 'The file has {lines} lines and leaves the plain YAML that plan files use; above {limit} lines it is not checked in detail. Look for unusual YAML (tabs, repeated keys, anchors, syntax errors…) or split the file.',
  },
  'too-many-problems': {
    vi: 'Còn {more} vấn đề nữa không được liệt kê (chỉ liệt kê {shown} vấn đề đầu tiên của loại này); hãy sửa những vấn đề ở trên trước.',
    en: '{more} more problems are not listed (only the first {shown} of this kind are); fix the ones above first.',
  },
  'file-unreadable': {
    vi: 'Không đọc được tệp: {detail|io}.',
    en: 'Cannot read the file: {detail|io}.',
  },
  'yaml-syntax': {
    vi: 'Lỗi cú pháp YAML: {yamlCode|yaml}. ({detail})',
    en: 'YAML syntax error: {detail}.',
  },
  'yaml-tab-indent': {
    vi: 'Không được thụt lề bằng ký tự tab trong YAML; hãy dùng dấu cách.',
    en: 'Tabs are not allowed for indentation in YAML; use spaces.',
  },
  'yaml-duplicate-key': {
    vi: 'Khóa “{text}” bị lặp lại trong cùng một khối; chỉ giá trị sau cùng được giữ, hãy gộp hoặc xóa một khóa.',
    en: 'Key “{text}” appears twice in the same block; only the last value would be kept. Merge or remove one.',
  },
  'yaml-unknown-tag': {
    vi: 'Thẻ YAML “{text}” không được hỗ trợ trong tệp kế hoạch; giá trị được đọc như văn bản thường và không bao giờ được thực thi.',
    en: 'YAML tag “{text}” is not supported in plan files; the value is read as plain text and never executed.',
  },
  'yaml-alias-limit': {
    vi: 'Bí danh (alias) YAML được mở rộng quá {limit} lần: có thể là “bom bí danh”. Tệp không được kiểm tra tiếp.',
    en: 'YAML aliases expand more than {limit} times: likely an alias bomb. The file was not checked further.',
  },
  'yaml-too-deep': {
    vi: 'Cấu trúc YAML lồng nhau quá sâu; một kế hoạch chỉ cần vài cấp.',
    en: 'The YAML nests far too deep; a plan needs only a few levels.',
  },
  'yaml-too-complex': {
    vi: 'YAML có quá nhiều ký hiệu (hơn {limit}: ngoặc, dấu phẩy, khóa, gạch đầu dòng…) ngoài dạng YAML đơn giản của tệp kế hoạch; tệp không được kiểm tra chi tiết.',
    en: 'The YAML has too many tokens (more than {limit}: brackets, commas, keys, dashes…) outside the plain YAML plan files use; the file was not checked in detail.',
  },
  'yaml-complex-key': {
    vi: 'Khóa YAML phải là văn bản; khóa này là một khối hoặc một danh sách (khóa phức hợp), không dùng trong tệp kế hoạch. Tệp không được kiểm tra tiếp.',
    en: 'A YAML key must be text; this key is a mapping or a list (a complex key), which plan files never use. The file was not checked further.',
  },
  'yaml-multiple-documents': {
    vi: 'Mỗi tệp chỉ chứa một kế hoạch (một tài liệu YAML); hãy bỏ dấu “---” thứ hai hoặc tách thành tệp khác.',
    en: 'A file holds one plan (one YAML document); remove the second “---” or split the file.',
  },
  'schema-required': {
    vi: 'Thiếu trường bắt buộc “{property}” trong {path}.',
    en: 'Missing required property “{property}” in {path}.',
  },
  'schema-unknown-key': {
    vi: 'Trường “{property}” không có trong lược đồ tại {path}.{suggestion|vi-suggest} Các trường hợp lệ: {allowed}.',
    en: 'Property “{property}” is not allowed at {path}.{suggestion|en-suggest} Allowed: {allowed}.',
  },
  'schema-type': {
    vi: '{path|subject} phải là {expected|type}, không phải {actual|type}.',
    en: '{path|subject} must be {expected|type}, not {actual|type}.',
  },
  'schema-enum': {
    vi: 'Giá trị “{value}” không hợp lệ cho {path}; chọn một trong: {allowed}.',
    en: 'Value “{value}” is not valid for {path}; choose one of: {allowed}.',
  },
  'schema-pattern': {
    vi: '“{value}” không đúng dạng cho {path}: cần {form|pattern}.',
    en: '“{value}” has the wrong form for {path}: expected {form|pattern}.',
  },
  'schema-empty': {
    vi: '{path} không được để trống.',
    en: '{path} must not be empty.',
  },
  'schema-range': {
    vi: '{path} = {value} nằm ngoài giới hạn (cần {comparison} {limit}).',
    en: '{path} = {value} is out of range (must be {comparison} {limit}).',
  },
  'schema-one-of': {
    vi: 'Giá trị “{value}” không hợp lệ cho {path}; cần một trong: {expected}.',
    en: 'Value “{value}” is not valid for {path}; expected one of: {expected}.',
  },
  'baseline-not-found': {
    vi: 'Không tìm thấy kế hoạch năm gốc “{path}”; không kiểm tra được chỉ tiêu bị thiếu. Hãy sửa đường dẫn baseline.',
    en: 'The baseline plan “{path}” was not found, so missing indicators cannot be checked. Fix the baseline path.',
  },
  'suppression-without-reason': {
    vi: 'Chỉ thị bỏ qua {codes} thiếu lý do; hãy viết “-- lý do” sau mã. Chỉ thị không có hiệu lực cho đến khi có lý do.',
    en: 'The suppression of {codes} has no reason; add “-- reason” after the code. It has no effect until it has one.',
  },
  'suppression-invalid': {
    vi: 'Chỉ thị kehoach-disable-next-line không nêu mã quy tắc nào; cần dạng “# kehoach-disable-next-line MÃ -- lý do”.',
    en: 'The kehoach-disable-next-line directive names no rule code; write “# kehoach-disable-next-line CODE -- reason”.',
  },
  'unused-suppression': {
    vi: 'Chỉ thị bỏ qua “{code}” không còn tác dụng: dòng {line} không có chẩn đoán {code}. Hãy xóa nó.',
    en: 'The suppression of “{code}” is unused: line {line} has no {code} diagnostic. Remove it.',
  },
  'internal-error': {
    vi: 'kehoach gặp lỗi nội bộ khi kiểm tra tệp này ({detail}); tệp chưa được kiểm tra, các tệp khác vẫn được kiểm tra. Hãy báo lỗi này.',
    en: 'kehoach failed internally while checking this file ({detail}); the file was not checked, the other files were. Please report it.',
  },
  'rule-crashed': {
    vi: 'Quy tắc {rule} gặp lỗi nội bộ và đã bị bỏ qua: {detail}. Hãy báo lỗi này.',
    en: 'Rule {rule} failed internally and was skipped: {detail}. Please report it.',
  },
  'schema-invalid': {
    vi: '{path} không hợp lệ ({keyword}): {detail}.',
    en: '{path} is invalid ({keyword}): {detail}.',
  },
  // ---- the rules (rules/index.ts), in the order they run ----
  'missing-indicator': {
    vi: 'Thiếu chỉ tiêu “{id}” ({name}) của kế hoạch năm {baselineYear}, chỉ tiêu năm trước: {target}. Hãy thêm lại hoặc giữ khối và ghi dropped: { reason: … }.',
    en: 'Indicator “{id}” ({name}) of the {baselineYear} plan is missing; last year’s target: {target}. Add it back, or keep its block with dropped: { reason: … }.',
  },
  'placeholder-target': {
    vi: 'Chỉ tiêu của “{id}” chưa được đặt (placeholder); chỉ tiêu năm trước: {previous}.',
    en: 'The target of “{id}” is not set yet (placeholder); last year’s target: {previous}.',
  },
  'malformed-target': {
    vi: 'Chỉ tiêu “{wording}” không đọc được: {issue|grammar}',
    en: 'The target “{wording}” cannot be read: {issue|grammar}',
  },
  'number-convention': {
    vi: 'Số “{text}” không theo cách viết số của kế hoạch (dấu phẩy thập phân, dấu chấm phân cách hàng nghìn): nếu là {meant}, hãy viết “{suggested}”.',
    en: 'The number “{text}” does not follow the plan’s convention (comma for decimals, dot between thousands): if {meant} is meant, write “{suggested}”.',
  },
  'target-spacing': {
    vi: 'Khoảng trắng thừa trong chỉ tiêu “{wording}”; nên viết “{suggested}”.',
    en: 'Stray whitespace in the target “{wording}”; write “{suggested}”.',
  },
  'unit-mismatch': {
    vi: 'Đơn vị “{unit}” của chỉ tiêu khác đơn vị “{expected}” của “{id}”.',
    en: 'The target’s unit “{unit}” differs from the unit “{expected}” of “{id}”.',
  },
  'range-order': {
    vi: 'Khoảng của “{id}” có cận dưới {min} lớn hơn cận trên {max}.',
    en: 'The range of “{id}” has its lower bound {min} above its upper bound {max}.',
  },
  'share-out-of-range': {
    vi: 'Tỷ lệ {value}% của “{id}” nằm ngoài khoảng 0–100%.',
    en: 'The share {value}% of “{id}” is outside 0–100%.',
  },
  'negative-count': {
    vi: 'Chỉ tiêu {value} {unit} của “{id}” là số âm; một số lượng không thể âm (để nói giảm, hãy dùng “giảm …”).',
    en: 'The target {value} {unit} of “{id}” is negative; a quantity cannot be (for a decrease, write “giảm …”).',
  },
  'comparator-wording': {
    vi: 'Chỉ tiêu “{wording}” có nghĩa là {expected|op}, nhưng op ghi “{op}” ({op|op}).',
    en: 'The target “{wording}” means {expected|op}, but op says “{op}” ({op|op}).',
  },
  'wording-mismatch': {
    vi: 'Chỉ tiêu “{wording}” có {field} là {expected}, nhưng trường {field} ghi {actual}.',
    en: 'The target “{wording}” has {field} {expected}, but the field {field} says {actual}.',
  },
  'narrative-mismatch': {
    vi: 'Mục tiêu “{id}” ghi “{wording}”, nhưng chỉ tiêu “{indicator}” ở Phụ lục ghi “{target}”; hai nơi phải nêu cùng một chỉ tiêu.',
    en: 'Target “{id}” says “{wording}”, but indicator “{indicator}” in the appendix says “{target}”; both must state the same target.',
  },
  'narrative-not-in-clause': {
    vi: 'Không còn tìm thấy “{fragment}” trong {container|narrative-container} “{in}”; hãy cập nhật mục tiêu “{id}” cho khớp với văn bản.',
    en: '“{fragment}” no longer occurs in {container|narrative-container} “{in}”; update target “{id}” to match the text.',
  },
  'relation-sum': {
    vi: 'Quan hệ “{id}”: {total} = {totalValue}, nhưng tổng các thành phần {parts} = {sum}.',
    en: 'Relation “{id}”: {total} = {totalValue}, but its parts {parts} add up to {sum}.',
  },
  'duplicate-id': {
    vi: 'Mã “{id}” đã được dùng ở dòng {firstLine}; mỗi mã chỉ được định nghĩa một lần.',
    en: 'The id “{id}” is already used on line {firstLine}; each id is defined once.',
  },
  'unknown-reference': {
    vi: '“{ref}” không phải là {kind|ref-kind} có trong kế hoạch.{suggestion|vi-suggest}',
    en: '“{ref}” is not {kind|ref-kind} defined in this plan.{suggestion|en-suggest}',
  },
  'label-sequence': {
    vi: 'Nhãn “{label}” không đúng thứ tự: vị trí thứ {position} cần nhãn “{expected}”.{more|vi-more}',
    en: 'Label “{label}” is out of sequence: position {position} should be labelled “{expected}”.{more|en-more}',
  },
  'year-mismatch': {
    vi: '{field} ghi năm {found}, không khớp với năm kế hoạch {year} (cần {expected}).',
    en: '{field} says {found}, which does not match the plan year {year} (expected {expected}).',
  },
} satisfies Record<string, Message>;

/** Every code the engine reports, documented in docs/rules/<code>.md. */
export type DiagnosticCode = keyof typeof DIAGNOSTIC_MESSAGES;

/** The titles of the quick fixes the diagnostics carry, by code. */
export const FIX_TITLES = {
  'fix.number-convention': { vi: 'Viết lại thành “{suggested}”', en: 'Rewrite as “{suggested}”' },
  'fix.target-spacing': { vi: 'Bỏ khoảng trắng thừa', en: 'Remove the stray whitespace' },
  'fix.comparator-wording': { vi: 'Sửa op thành “{expected}”', en: 'Set op to “{expected}”' },
  'fix.wording-mismatch': { vi: 'Sửa {field} theo nguyên văn: {expected}', en: 'Set {field} from the wording: {expected}' },
  'fix.label-sequence': { vi: 'Đánh số lại theo vị trí, từ “{label}” thành “{expected}”', en: 'Renumber by position, “{label}” to “{expected}” onwards' },
} satisfies { [K in `fix.${DiagnosticCode}`]?: Message };
