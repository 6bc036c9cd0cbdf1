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
  'baseline-outside': {
    vi: 'Không đọc kế hoạch năm gốc “{path}”: đường dẫn dẫn ra ngoài kho lưu trữ (hoặc không gian làm việc của trình soạn thảo), trực tiếp hay qua một liên kết tượng trưng; kehoach không đọc tệp ngoài kho mà một kế hoạch chỉ tới. Hãy đặt kế hoạch năm gốc trong kho và dùng đường dẫn trong kho, ví dụ “./2025.yaml”.',
    en: 'The baseline plan “{path}” was not read: the path leads outside the repository (or the editor’s workspace), directly or through a symbolic link; kehoach does not read files outside the repository that a plan names. Keep the baseline in the repository and name it by a path inside it, such as “./2025.yaml”.',
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
    vi: 'Thiếu chỉ tiêu “{id}” ({name}) của kế hoạch năm {baselineYear} của {predecessor}, chỉ tiêu năm trước: {target}. Hãy thêm lại, hoặc giữ khối và ghi dropped: { reason: … } (replacedBy: chỉ tiêu thay thế, nếu có).',
    en: 'Indicator “{id}” ({name}) of the {baselineYear} plan of {predecessor} is missing; last year’s target: {target}. Add it back, or keep its block with dropped: { reason: … } (and replacedBy: the indicator that replaces it, if any).',
  },
  'placeholder-target': {
    vi: 'Chỉ tiêu của “{id}” chưa được đặt (placeholder); chỉ tiêu năm trước: {previous}. Hãy ghi chỉ tiêu khi đã có, rồi bỏ placeholder.',
    en: 'The target of “{id}” is not set yet (placeholder); last year’s target: {previous}. Write the target once it is known, then remove placeholder.',
  },
  'malformed-target': {
    vi: 'Chỉ tiêu “{wording}” không đọc được: {issue|grammar}',
    en: 'The target “{wording}” cannot be read: {issue|grammar}',
  },
  'value-not-in-wording': {
    vi: 'Chỉ tiêu “{wording}” không đọc được trọn, và không ghi số {actual} của trường {field} (các số trong nguyên văn: {numbers}). Hãy sửa {field} theo nguyên văn; bỏ qua malformed-target không bỏ qua kiểm tra này.',
    en: 'The target “{wording}” cannot be read whole, and does not write the number {actual} of the field {field} (numbers in the wording: {numbers}). Set {field} from the wording; suppressing malformed-target does not suppress this check.',
  },
  'number-convention': {
    vi: 'Số “{text}” không theo cách viết số của kế hoạch (dấu phẩy thập phân, dấu chấm phân cách hàng nghìn): nếu là {meant}, hãy viết “{suggested}”.',
    en: 'The number “{text}” does not follow the plan’s convention (comma for decimals, dot between thousands): if {meant} is meant, write “{suggested}”.',
  },
  'target-spacing': {
    vi: 'Khoảng trắng thừa trong chỉ tiêu “{wording}”; hãy viết “{suggested}”.',
    en: 'Stray whitespace in the target “{wording}”; write “{suggested}”.',
  },
  'unit-mismatch': {
    vi: 'Đơn vị “{unit}” của chỉ tiêu khác đơn vị “{expected}” của “{id}” và không quy đổi được. Hãy ghi chỉ tiêu theo đơn vị của “{id}” (hoặc một đơn vị quy đổi được, như “nghìn tỷ đồng” cho “tỷ đồng”).',
    en: 'The target’s unit “{unit}” differs from the unit “{expected}” of “{id}” and does not convert to it. State the target in the unit of “{id}” (or one that converts, such as “nghìn tỷ đồng” for “tỷ đồng”).',
  },
  'result-unit-mismatch': {
    vi: 'Kết quả “{wording}” ({stage|result-stage}) của “{id}” tính bằng “{unit}”, không quy đổi được sang đơn vị “{expected}” của chỉ tiêu, nên không đánh giá được đạt hay không. Hãy ghi kết quả theo đơn vị của chỉ tiêu (hoặc một đơn vị quy đổi được).',
    en: 'The result “{wording}” ({stage|result-stage}) of “{id}” is in “{unit}”, which does not convert to the target’s unit “{expected}”, so whether the target was met cannot be judged. State the result in the target’s unit (or one that converts).',
  },
  'result-wording': {
    vi: 'Kết quả “{wording}” ({stage|result-stage}) của “{id}” có {field} là {expected}, nhưng trường {field} ghi {actual}. Hãy sửa {field} theo lời của kết quả, hoặc sửa lời nếu nó mới là chỗ sai.',
    en: 'The result “{wording}” ({stage|result-stage}) of “{id}” has {field} {expected}, but the field {field} says {actual}. Set {field} from the result’s wording, or correct the wording if it is the slip.',
  },
  'result-malformed': {
    vi: 'Kết quả “{wording}” ({stage|result-stage}) của “{id}” không đọc được: {issue|grammar}',
    en: 'The result “{wording}” ({stage|result-stage}) of “{id}” cannot be read: {issue|grammar}',
  },
  'unit-missing': {
    vi: 'Chỉ tiêu “{wording}” không ghi đơn vị, nhưng “{id}” tính bằng “{expected}”. Hãy ghi unit: {expected} bên cạnh nguyên văn nếu văn bản hiểu ngầm đơn vị đó, hoặc sửa nguyên văn nếu chép thiếu.',
    en: 'The target “{wording}” states no unit, but “{id}” counts in “{expected}”. Write unit: {expected} beside the wording if the text implies that unit, or correct the wording if it was copied short.',
  },
  'range-order': {
    vi: 'Khoảng của “{id}” có cận dưới {min} lớn hơn cận trên {max}. Hãy đổi chỗ hai cận, đối chiếu với nguyên văn.',
    en: 'The range of “{id}” has its lower bound {min} above its upper bound {max}. Swap the bounds, checking them against the wording.',
  },
  'share-out-of-range': {
    vi: 'Tỷ lệ {value}% của “{id}” nằm ngoài khoảng 0–100%. Hãy sửa tỷ lệ theo nguyên văn; nếu chỉ tiêu là một mức tăng, hãy ghi kind: increase.',
    en: 'The share {value}% of “{id}” is outside 0–100%. Correct it from the wording; if the target is a growth rate, write kind: increase.',
  },
  'negative-count': {
    vi: 'Chỉ tiêu {value} {unit} của “{id}” là số âm; một số lượng không thể âm (để nói giảm, hãy dùng “giảm …”).',
    en: 'The target {value} {unit} of “{id}” is negative; a quantity cannot be (for a decrease, write “giảm …”).',
  },
  'comparator-wording': {
    vi: 'Chỉ tiêu “{wording}” có nghĩa là {expected|op}, nhưng op ghi “{op}” ({op|op}). Hãy sửa op theo nguyên văn, hoặc sửa nguyên văn nếu nó mới là chỗ sai.',
    en: 'The target “{wording}” means {expected|op}, but op says “{op}” ({op|op}). Set op from the wording, or correct the wording if it is the slip.',
  },
  'value-wording': {
    vi: 'Chỉ tiêu “{wording}” có {field} là {expected}, nhưng trường {field} ghi {actual}. Hãy sửa {field} theo nguyên văn, hoặc sửa nguyên văn nếu nó mới là chỗ sai; bỏ qua wording-mismatch không bỏ qua kiểm tra này.',
    en: 'The target “{wording}” has {field} {expected}, but the field {field} says {actual}. Set {field} from the wording, or correct the wording if it is the slip; suppressing wording-mismatch does not suppress this check.',
  },
  'wording-mismatch': {
    vi: 'Chỉ tiêu “{wording}” có {field} là {expected}, nhưng trường {field} ghi {actual}. Hãy sửa {field} theo nguyên văn, hoặc sửa nguyên văn nếu nó mới là chỗ sai.',
    en: 'The target “{wording}” has {field} {expected}, but the field {field} says {actual}. Set {field} from the wording, or correct the wording if it is the slip.',
  },
  'narrative-mismatch': {
    vi: 'Mục tiêu “{id}” ghi “{wording}”, nhưng chỉ tiêu “{indicator}” ở Phụ lục ghi “{target}”. Hãy sửa một trong hai nơi theo văn bản được thông qua để cả hai nêu cùng một chỉ tiêu.',
    en: 'Target “{id}” says “{wording}”, but indicator “{indicator}” in the appendix says “{target}”. Correct one of them to the adopted text so that both state the same target.',
  },
  'narrative-not-in-clause': {
    vi: 'Không còn tìm thấy “{fragment}” trong {container|narrative-container} “{in}”; hãy cập nhật mục tiêu “{id}” cho khớp với văn bản.',
    en: '“{fragment}” no longer occurs in {container|narrative-container} “{in}”; update target “{id}” to match the text.',
  },
  'relation-sum': {
    vi: 'Quan hệ “{id}”: {total} = {totalValue}, nhưng tổng các thành phần {parts} = {sum}. Hãy đối chiếu các giá trị với văn bản, hoặc sửa quan hệ nếu các thành phần không cộng lại thành tổng.',
    en: 'Relation “{id}”: {total} = {totalValue}, but its parts {parts} add up to {sum}. Check the values against the text, or correct the relation if the parts do not add up to the total.',
  },
  'duplicate-id': {
    vi: 'Mã “{id}” đã được dùng ở dòng {firstLine}. Hãy đổi một trong hai mã: mỗi mã chỉ được định nghĩa một lần.',
    en: 'The id “{id}” is already used on line {firstLine}. Rename one of the two: each id is defined once.',
  },
  'unknown-reference': {
    vi: '“{ref}” không phải là {kind|ref-kind} có trong kế hoạch. Hãy sửa thành một mã có trong kế hoạch.{suggestion|vi-suggest}',
    en: '“{ref}” is not {kind|ref-kind} defined in this plan. Correct it to one that is.{suggestion|en-suggest}',
  },
  'label-sequence': {
    vi: 'Nhãn “{label}” không đúng thứ tự: vị trí thứ {position} cần nhãn “{expected}”.{more|vi-more} Hãy đánh số lại; nếu văn bản được thông qua đánh số như vậy, hãy bỏ qua label-sequence kèm lý do.',
    en: 'Label “{label}” is out of sequence: position {position} should be labelled “{expected}”.{more|en-more} Renumber; if the adopted text numbers it so, suppress label-sequence with a reason.',
  },
  'year-mismatch': {
    vi: '{field} ghi năm {found}, không khớp với năm kế hoạch {year} (cần {expected}). Hãy sửa {field} theo năm của kế hoạch.',
    en: '{field} says {found}, which does not match the plan year {year} (expected {expected}). Correct {field} to the plan’s year.',
  },
  // A rule whose message depends on the problem found says `{problem|<code>}`: the sentence is
  // DIAGNOSTIC_PROBLEMS['<code>.<problem>'], filled from the same params.
  'period-mismatch': { vi: '{problem|period-mismatch}', en: '{problem|period-mismatch}' },
  'jurisdiction-mismatch': { vi: '{problem|jurisdiction-mismatch}', en: '{problem|jurisdiction-mismatch}' },
  'indicator-count': { vi: '{problem|indicator-count}', en: '{problem|indicator-count}' },
  'amendment-mismatch': { vi: '{problem|amendment-mismatch}', en: '{problem|amendment-mismatch}' },
  'catalogue-id': { vi: '{problem|catalogue-id}', en: '{problem|catalogue-id}' },
  // ---- readiness of an adopted plan (rules/readiness.ts) ----
  'adopted-placeholder': {
    vi: 'Kế hoạch đã thông qua (status: adopted) còn chỉ tiêu chưa đặt ở “{id}” (placeholder). Hãy ghi chỉ tiêu đã được thông qua; nếu không biết, ghi { unknown: true } kèm nguồn (source); nếu chưa thông qua, để status: draft.',
    en: 'The adopted plan (status: adopted) still has an unset target at “{id}” (placeholder). Write the adopted target; if it is not known, write { unknown: true } with its source; if the plan is not adopted yet, set status: draft.',
  },
  'adopted-ellipsis': {
    vi: 'Kế hoạch đã thông qua còn chỗ trống “…” trong {field} (“{value}”). Hãy điền theo văn bản đã được thông qua, hoặc để status: draft nếu chưa thông qua.',
    en: 'The adopted plan still has a “…” blank in {field} (“{value}”). Fill it in from the adopted text, or set status: draft if it is not adopted yet.',
  },
  'adopted-carried-over': {
    vi: 'Kế hoạch đã thông qua còn điều khoản “{id}” đánh dấu carriedOver (chép từ năm trước, chưa soạn lại). Hãy thay bằng nguyên văn đã được thông qua rồi xóa carriedOver: true, hoặc xóa điều khoản nếu văn bản không còn.',
    en: 'The adopted plan still has clause “{id}” marked carriedOver (copied from last year, not redrafted). Replace it with the adopted wording and remove carriedOver: true, or remove the clause if the text no longer has it.',
  },
  'adopted-stale-year': {
    vi: 'Điều khoản “{id}” giống hệt điều khoản của kế hoạch năm {baselineYear} và còn ghi “{phrase}”. Hãy cập nhật theo nguyên văn đã được thông qua của kế hoạch năm {year}.',
    en: 'Clause “{id}” is word for word a clause of the {baselineYear} plan and still says “{phrase}”. Update it to the adopted wording of the {year} plan.',
  },
} satisfies Record<string, Message>;

/** Every code the engine reports, documented in docs/rules/<code>.md. */
export type DiagnosticCode = keyof typeof DIAGNOSTIC_MESSAGES;

/**
 * The sentences of the rules whose message depends on the problem found (`{problem|<code>}`),
 * keyed `<code>.<problem>`; each code's docs page shows every one of its problems.
 */
export const DIAGNOSTIC_PROBLEMS = {
  'period-mismatch.both': {
    vi: 'Kế hoạch ghi cả year ({year}) và period ({period}): một kế hoạch là của một năm hoặc của một giai đoạn. Hãy xóa một trong hai.',
    en: 'The plan states both year ({year}) and period ({period}): a plan is for one year or for one period. Remove one of them.',
  },
  'period-mismatch.order': {
    vi: 'Giai đoạn {period} có năm đầu sau năm cuối. Hãy sửa period: { from, to }.',
    en: 'Period {period} starts after it ends. Fix period: { from, to }.',
  },
  'period-mismatch.yearly-title': {
    vi: '{field} nêu giai đoạn {found}, nhưng tệp ghi year: {year}: đây là kế hoạch 5 năm, không phải kế hoạch năm {year}. Hãy ghi period: { from: {from}, to: {to} } thay cho year và đặt tên tệp {from}-{to}.yaml.',
    en: '{field} names the period {found}, but the file says year: {year}: this is a five-year plan, not the {year} plan. Write period: { from: {from}, to: {to} } instead of year, and name the file {from}-{to}.yaml.',
  },
  'period-mismatch.period-title': {
    vi: '{field} nêu giai đoạn {found}, không khớp với period {period}. Hãy sửa period hoặc tiêu đề cho đúng văn bản.',
    en: '{field} names the period {found}, which does not match period {period}. Correct the period or the title to match the text.',
  },
  'period-mismatch.file': {
    vi: 'Tên tệp {found} không khớp với giai đoạn {period}. Hãy đặt tên tệp {expected}.',
    en: 'The file name {found} does not match the period {period}. Name the file {expected}.',
  },
  'jurisdiction-mismatch.folder': {
    vi: 'jurisdiction.id là “{id}” nhưng tệp nằm trong thư mục plans/{folder}/. Hãy sửa id cho đúng địa phương, hoặc chuyển tệp vào plans/{id}/.',
    en: 'jurisdiction.id is “{id}” but the file is in plans/{folder}/. Correct the id to the jurisdiction, or move the file to plans/{id}/.',
  },
  'jurisdiction-mismatch.baseline': {
    vi: 'baselines khai báo địa phương “{id}”, nhưng {path} là kế hoạch của “{found}”. Hãy sửa jurisdiction hoặc path của mục này.',
    en: 'baselines declares jurisdiction “{id}”, but {path} is the plan of “{found}”. Correct this entry’s jurisdiction or path.',
  },
  'indicator-count.more': {
    vi: 'Văn bản công bố {declared} chỉ tiêu chủ yếu nhưng danh sách có {listed} chỉ tiêu (không kể chỉ tiêu đã bỏ). Hãy kiểm tra danh sách indicators hoặc sửa declaredIndicatorCount theo văn bản.',
    en: 'The text declares {declared} key indicators but the list has {listed} (dropped ones not counted). Check the indicators list, or correct declaredIndicatorCount to the text.',
  },
  'indicator-count.fewer': {
    vi: 'Văn bản công bố {declared} chỉ tiêu chủ yếu nhưng danh sách chỉ có {listed}. Hãy thêm các chỉ tiêu còn thiếu; nếu văn bản nguồn không đầy đủ, ghi document.truncated: { note: … }.',
    en: 'The text declares {declared} key indicators but the list has only {listed}. Add the missing ones; if the source text is incomplete, say so with document.truncated: { note: … }.',
  },
  'indicator-count.clause': {
    vi: 'Điều khoản “{clause}” không nêu “{declared} chỉ tiêu”. Hãy sửa declaredIndicatorCount hoặc điều khoản cho đúng văn bản được thông qua.',
    en: 'Clause “{clause}” does not say “{declared} chỉ tiêu”. Correct declaredIndicatorCount or the clause to the adopted text.',
  },
  'catalogue-id.indicator': {
    vi: 'Chỉ tiêu “{id}” là chỉ tiêu “{name}” của danh mục chỉ tiêu dùng chung, có mã “{expected}”. Hãy ưu tiên dùng mã “{expected}” để so sánh được với kế hoạch của các tỉnh, thành phố khác; nếu mã “{id}” đã dùng từ các năm trước thì giữ nguyên (đổi mã làm mất so sánh với năm gốc).',
    en: 'Indicator “{id}” is the shared catalogue’s “{name}”, whose id is “{expected}”. Prefer the id “{expected}”, so that other provinces’ plans compare with this one; if “{id}” was used in earlier years, keep it (changing an id loses the comparison with the baseline).',
  },
  'catalogue-id.jurisdiction-named': {
    vi: 'jurisdiction.id “{id}” không phải mã của tỉnh, thành phố nào; {name} có mã “{expected}”. Hãy dùng mã “{expected}” (và thư mục plans/{expected}/).',
    en: 'jurisdiction.id “{id}” is the id of no province; {name} has the id “{expected}”. Use the id “{expected}” (and the folder plans/{expected}/).',
  },
  'catalogue-id.jurisdiction': {
    vi: 'jurisdiction.id “{id}” không phải mã của tỉnh, thành phố nào trong 34 đơn vị hành chính cấp tỉnh từ năm 2025 hay 63 tỉnh, thành phố trước đó. Hãy dùng mã trong danh sách tỉnh, thành phố (docs/catalogue.md), ví dụ “ha-noi”, “tuyen-quang”.',
    en: 'jurisdiction.id “{id}” is none of the 34 provinces and cities since 2025 nor of the 63 before. Use an id from the list of provinces (docs/catalogue.md), such as “ha-noi”, “tuyen-quang”.',
  },
  'catalogue-id.predecessor': {
    vi: 'baselines khai báo “{id}” ({name}), nhưng {province} không hình thành từ đơn vị này (Nghị quyết 202/2025/QH15: từ {predecessors}). Hãy kiểm tra mục baselines này.',
    en: 'baselines declares “{id}” ({name}), but {province} was not formed from it (Nghị quyết 202/2025/QH15: from {predecessors}). Check this baselines entry.',
  },
  'amendment-mismatch.from': {
    vi: 'Điều chỉnh “{id}” ghi chỉ tiêu “{ref}” trước đó là “{from}”, nhưng chỉ tiêu đang có hiệu lực là “{current}”. Hãy sửa from theo chỉ tiêu được điều chỉnh (hoặc bỏ from).',
    en: 'Amendment “{id}” says target “{ref}” was “{from}”, but the target in force is “{current}”. Correct from to the target it changes (or leave from out).',
  },
  'amendment-mismatch.date': {
    vi: 'Nghị quyết điều chỉnh “{id}” ngày {date} có trước kế hoạch ({planDate}). Hãy kiểm tra ngày của hai văn bản.',
    en: 'Adjusting resolution “{id}” of {date} predates the plan ({planDate}). Check both documents’ dates.',
  },
} satisfies { [K in `${DiagnosticCode}.${string}`]?: Message };

/** The titles of the quick fixes the diagnostics carry, by code. */
export const FIX_TITLES = {
  'fix.number-convention': { vi: 'Viết lại thành “{suggested}”', en: 'Rewrite as “{suggested}”' },
  'fix.target-spacing': { vi: 'Bỏ khoảng trắng thừa', en: 'Remove the stray whitespace' },
  'fix.comparator-wording': { vi: 'Sửa op thành “{expected}”', en: 'Set op to “{expected}”' },
  'fix.value-wording': { vi: 'Sửa {field} theo nguyên văn: {expected}', en: 'Set {field} from the wording: {expected}' },
  'fix.wording-mismatch': { vi: 'Sửa {field} theo nguyên văn: {expected}', en: 'Set {field} from the wording: {expected}' },
  'fix.result-wording': { vi: 'Sửa {field} theo câu chữ của kết quả: {expected}', en: 'Set {field} from the result’s wording: {expected}' },
  'fix.label-sequence': { vi: 'Đánh số lại theo vị trí, từ “{label}” thành “{expected}”', en: 'Renumber by position, “{label}” to “{expected}” onwards' },
} satisfies { [K in `fix.${DiagnosticCode}`]?: Message };
