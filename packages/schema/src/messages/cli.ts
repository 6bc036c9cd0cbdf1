// What the CLI itself says: usage, I/O, the summary line, configuration problems.

import type { Message } from './types.js';

export const CLI_MESSAGES = {
  'cli.usage': {
    vi: `Cách dùng: kehoach <lệnh> [tùy chọn]

Lệnh:
  validate [đường-dẫn…]   Kiểm tra các tệp kế hoạch (mặc định: plans/)
  render TỆP             Văn bản nghị quyết từ tệp kế hoạch (text, html, docx)
  export TỆP --format json  Xuất kế hoạch đã chuẩn hóa dạng JSON
  new-year TỆP           Tạo dự thảo năm sau (plans/ha-noi/2025.yaml → 2026.yaml)
  init MÃ-TỈNH NĂM       Bản khung kế hoạch cho tỉnh, thành phố chưa có kế hoạch nào (plans/<mã>/<năm>.yaml)
  import TỆP             Nhập nghị quyết (văn bản .txt hoặc .docx) thành tệp kế hoạch mới
  diff CŨ MỚI            So sánh ngữ nghĩa hai kế hoạch (tệp, hoặc REV:đường-dẫn của git)
  history MÃ [đường-dẫn…]  Chỉ tiêu và kết quả của một chỉ tiêu qua các năm (mặc định: plans/)
  git-setup              Cấu hình git để git diff hiển thị so sánh ngữ nghĩa của tệp kế hoạch

Tùy chọn chung:
  --lang vi|en           Ngôn ngữ thông báo (mặc định theo môi trường, tiếng Việt nếu không rõ)
  -h, --help             Trợ giúp

validate:
  --format stylish|json|github|sarif   Định dạng kết quả (mặc định stylish)
  --max-warnings N       Thoát với mã 1 nếu có nhiều hơn N cảnh báo

import:
  --out ĐƯỜNG-DẪN        Ghi vào đây thay vì <tên>.yaml cạnh tệp (không bao giờ ghi đè)
  --jurisdiction MÃ      Mã địa phương (mặc định: đọc từ cơ quan ban hành, ha-noi)
  --year N               Năm kế hoạch (mặc định: đọc từ trích yếu “… NĂM 2026”)

new-year:
  --out ĐƯỜNG-DẪN        Ghi vào đây thay vì <năm+1>.yaml cạnh tệp
  --force                Ghi đè tệp đã có

init:
  --out ĐƯỜNG-DẪN        Ghi vào đây thay vì plans/<mã>/<năm>.yaml (không bao giờ ghi đè)

render:
  --format text|html|docx  Định dạng (mặc định text); docx ghi vào <tệp>.docx cạnh kế hoạch nếu không có --out
  --out ĐƯỜNG-DẪN        Ghi vào tệp này (không ghi đè nếu không có --force)
  --allow-draft          Xuất cả kế hoạch đã thông qua còn chỗ chưa đặt, chưa biết hay “…” (có đánh dấu)

diff:
  --format terminal|markdown|json   Định dạng (mặc định terminal, có màu khi là TTY)
  --color auto|always|never         Màu (mặc định auto; NO_COLOR tắt màu)
  --clauses summary|full            Điều khoản, mục tiêu trong văn bản: tóm tắt có số đếm (mặc định) hay toàn văn
  --max-chars N                     markdown: tối đa N ký tự, cắt bớt có ghi chú (mặc định 60000, vừa bình luận GitHub; 0: không giới hạn)
  --exit-code            Thoát với mã 1 nếu có khác biệt (như git diff)

history:
  --format terminal|markdown|svg    Bảng (mặc định), Markdown (bảng và biểu đồ), hoặc biểu đồ SVG

Mã thoát: 0 không lỗi; 1 có lỗi (hoặc quá nhiều cảnh báo); 2 lỗi cách dùng hoặc đọc/ghi.`,
    en: `Usage: kehoach <command> [options]

Commands:
  validate [paths…]      Validate plan files (default: plans/)
  render FILE            The resolution's document from a plan file (text, html, docx)
  export FILE --format json  Export the normalized plan as JSON
  new-year FILE          Write next year's draft (plans/ha-noi/2025.yaml → 2026.yaml)
  init JURISDICTION YEAR An empty plan for a province with no plan yet (plans/<id>/<year>.yaml)
  import FILE            Import a resolution (text or .docx) into a new plan file
  diff OLD NEW           Semantic diff of two plans (files, or git REV:path)
  history ID [paths…]    One indicator's targets and results year by year (default: plans/)
  git-setup              Configure git so git diff shows the semantic diff of plan files

Common options:
  --lang vi|en           Message language (default from the environment; Vietnamese when unknown)
  -h, --help             Help

validate:
  --format stylish|json|github|sarif   Output format (default stylish)
  --max-warnings N       Exit 1 when there are more than N warnings

import:
  --out PATH             Write here instead of <name>.yaml beside the file (never overwrites)
  --jurisdiction ID      The jurisdiction's id (default: read from the issuer, ha-noi)
  --year N               The plan's year (default: read from the title, “… NĂM 2026”)

new-year:
  --out PATH             Write here instead of <year+1>.yaml beside the file
  --force                Overwrite an existing file

init:
  --out PATH             Write here instead of plans/<id>/<year>.yaml (never over an existing file)

render:
  --format text|html|docx  Output format (default text); docx goes to <file>.docx beside the plan unless --out
  --out PATH             Write to this file (never over an existing one without --force)
  --allow-draft          Render an adopted plan that still has unset, unknown or “…” parts (marked)

diff:
  --format terminal|markdown|json   Output format (default terminal, coloured on a TTY)
  --color auto|always|never         Colour (default auto; NO_COLOR turns it off)
  --clauses summary|full            Clause and narrative-target changes: counted and folded (default) or in full
  --max-chars N                     markdown: at most N characters, cut with a note (default 60000, fits a GitHub comment; 0: no limit)
  --exit-code            Exit 1 when the plans differ (like git diff)

history:
  --format terminal|markdown|svg    A table (default), Markdown (the table and the chart), or the SVG chart

Exit status: 0 clean; 1 errors found (or too many warnings); 2 usage or I/O error.`,
  },
  'cli.unknown-command': { vi: 'Lệnh không xác định “{command}”.', en: 'Unknown command “{command}”.' },
  'cli.bad-option': { vi: 'Tùy chọn không hợp lệ: {detail}', en: 'Invalid option: {detail}' },
  'cli.bad-lang': { vi: '--lang phải là vi hoặc en, không phải “{value}”.', en: '--lang must be vi or en, not “{value}”.' },
  'cli.bad-format': { vi: '--format phải là một trong {allowed}, không phải “{value}”.', en: '--format must be one of {allowed}, not “{value}”.' },
  'cli.bad-max-warnings': { vi: '--max-warnings cần một số nguyên không âm, không phải “{value}”.', en: '--max-warnings needs a non-negative integer, not “{value}”.' },
  'cli.not-found': { vi: 'Không tìm thấy đường dẫn “{path}”.', en: 'Path “{path}” does not exist.' },
  'cli.no-plans': { vi: 'Không có tệp kế hoạch (.yaml, .yml) nào trong “{path}”.', en: 'No plan files (.yaml, .yml) in “{path}”.' },
  'cli.need-file': { vi: 'Lệnh {command} cần đúng một tệp kế hoạch.', en: 'The {command} command needs exactly one plan file.' },
  'cli.not-valid-plan': {
    vi: 'Tệp “{path}” có {count} lỗi; hãy chạy “kehoach validate {path}” và sửa trước.',
    en: '“{path}” has {count} errors; run “kehoach validate {path}” and fix them first.',
  },
  'cli.read-error': { vi: 'Không đọc được “{path}”: {detail|io}.', en: 'Cannot read “{path}”: {detail|io}.' },
  'cli.symlink-loop': { vi: 'Bỏ qua “{path}”: liên kết tượng trưng tạo vòng lặp.', en: 'Skipped “{path}”: symbolic link loop.' },
  'cli.symlink-alias': {
    vi: 'Bỏ qua “{path}”: liên kết tượng trưng tới thư mục đã kiểm tra qua “{target}”.',
    en: 'Skipped “{path}”: a symbolic link to a folder already checked as “{target}”.',
  },
  'cli.symlink-outside': {
    vi: 'Bỏ qua “{path}”: liên kết tượng trưng dẫn ra ngoài kho lưu trữ; không theo.',
    en: 'Skipped “{path}”: a symbolic link leading outside the repository; not followed.',
  },
  'cli.write-outside': {
    vi: 'Không ghi “{path}”: tệp này (hoặc một thư mục chứa nó) là liên kết tượng trưng dẫn ra ngoài kho lưu trữ, tới “{target}”; không thay đổi gì. Muốn ghi ở đó thì hãy nêu đúng đường dẫn ấy bằng --out.',
    en: 'Not writing “{path}”: it (or a folder it is in) is a symbolic link leading outside the repository, to “{target}”; nothing was changed. To write there anyway, name that exact path with --out.',
  },
  'cli.sarif-outside': {
    vi: 'Không ghi “{path}”: tệp này (hoặc một thư mục chứa nó) là liên kết tượng trưng dẫn ra ngoài kho lưu trữ, tới “{target}”; không thay đổi gì. Hãy xóa liên kết ấy, hoặc đặt KEHOACH_SARIF là một đường dẫn khác.',
    en: 'Not writing “{path}”: it (or a folder it is in) is a symbolic link leading outside the repository, to “{target}”; nothing was changed. Remove that link, or set KEHOACH_SARIF to another path.',
  },
  'cli.write-not-regular': {
    vi: 'Không ghi “{path}”: đó không phải tệp thường (thư mục, FIFO, socket hay thiết bị), ghi sẽ thay thế nó; không thay đổi gì.',
    en: 'Not writing “{path}”: it is not a regular file (a folder, FIFO, socket or device) and writing would replace it; nothing was changed.',
  },
  'cli.exists-no-force': {
    vi: '“{path}” đã có; không ghi đè. Dùng --force để ghi đè.',
    en: '“{path}” already exists; not overwritten. Use --force to overwrite it.',
  },
  'cli.write-error': { vi: 'Không ghi được “{path}”: {detail}', en: 'Cannot write “{path}”: {detail}' },
  'cli.new-year-failed': { vi: 'Không tạo được dự thảo từ “{path}”: {detail}', en: 'Cannot scaffold a draft from “{path}”: {detail}' },
  'cli.new-year-refused': {
    vi: 'Không tạo dự thảo từ “{path}”, không ghi tệp nào: {reason}',
    en: 'No draft made from “{path}”, nothing written: {reason}',
  },
  'cli.new-year-written': {
    vi: 'Đã tạo {path}: dự thảo năm {year} từ {from}; {indicators} chỉ tiêu và {parts} chỉ tiêu thành phần chờ đặt chỉ tiêu (target: placeholder), {clauses} điều khoản chép nguyên văn (carriedOver).',
    en: 'Wrote {path}: the {year} draft from {from}; {indicators} indicators and {parts} parts await their targets (target: placeholder), {clauses} clauses carried over verbatim (carriedOver).',
  },
  'cli.new-year-skipped-dropped': {
    vi: 'Không chép các chỉ tiêu đã bỏ từ năm trước: {ids}.',
    en: 'Not carried over (already dropped last year): {ids}.',
  },
  'cli.new-year-skipped-unconfirmed': {
    vi: 'Không chép các chỉ tiêu chưa xác nhận của năm trước (không nguồn nào nêu): {ids}.',
    en: 'Not carried over (unconfirmed last year: no source names them): {ids}.',
  },
  'cli.new-year-baseline-draft': {
    vi: 'Lưu ý: “{path}” cũng là một dự thảo (status: draft), chưa được thông qua; dự thảo mới mang theo văn bản và chỉ tiêu chưa được thông qua của nó.',
    en: 'Note: “{path}” is itself a draft (status: draft), not an adopted plan; the new draft carries its unadopted text and targets.',
  },
  'cli.init-need-args': {
    vi: 'Lệnh init cần mã tỉnh, thành phố và năm: kehoach init MÃ-TỈNH NĂM (ví dụ: kehoach init tuyen-quang 2026). Danh sách mã: docs/catalogue.md.',
    en: 'The init command needs a province id and a year: kehoach init JURISDICTION YEAR (for example: kehoach init tuyen-quang 2026). The ids: docs/catalogue.md.',
  },
  'cli.init-bad-year': {
    vi: 'Năm “{value}” không hợp lệ: cần một năm từ 1976 đến 2200, ví dụ 2026.',
    en: 'The year “{value}” is not valid: give a year from 1976 to 2200, such as 2026.',
  },
  'cli.init-unknown': {
    vi: '“{value}” không phải mã hay tên của tỉnh, thành phố nào trong 34 tỉnh, thành phố từ năm 2025. Hãy dùng mã trong docs/catalogue.md, ví dụ “tuyen-quang”.',
    en: '“{value}” is the id or name of none of the 34 provinces since 2025. Use an id from docs/catalogue.md, such as “tuyen-quang”.',
  },
  'cli.init-unknown-suggest': {
    vi: '“{value}” không phải mã hay tên của tỉnh, thành phố nào. Có phải: {suggestions}?',
    en: '“{value}” is the id or name of no province. Did you mean: {suggestions}?',
  },
  'cli.init-merged': {
    vi: '{name} đã hợp nhất vào {into} từ năm 2025 (Nghị quyết 202/2025/QH15): kế hoạch năm {year} là của {into}. Hãy chạy “kehoach init {intoId} {year}”.',
    en: '{name} merged into {into} in 2025 (Nghị quyết 202/2025/QH15): the {year} plan is {into}’s. Run “kehoach init {intoId} {year}”.',
  },
  'cli.init-exists': {
    vi: '“{path}” đã có; kehoach init không bao giờ ghi đè một kế hoạch (kể cả với --force). Hãy dùng “kehoach new-year” để soạn năm sau từ kế hoạch đã có, hoặc --out để ghi chỗ khác.',
    en: '“{path}” already exists; kehoach init never overwrites a plan (not even with --force). Use “kehoach new-year” to draft next year from an existing plan, or --out to write elsewhere.',
  },
  'cli.init-written': {
    vi: 'Đã tạo {path}: bản khung kế hoạch năm {year} của {name} (status: draft). Tiếp theo: điền theo hướng dẫn ở đầu tệp, rồi chạy “kehoach validate {path}”.',
    en: 'Wrote {path}: the skeleton of {name}’s {year} plan (status: draft). Next: fill it in as the guide at the top of the file says, then run “kehoach validate {path}”.',
  },
  'cli.init-predecessors': {
    vi: '{name} hình thành từ {from}: khi kế hoạch năm {previous} của các tỉnh đó có trong kho, bỏ dấu “#” ở danh sách baselines trong tệp để so sánh với từng tỉnh.',
    en: '{name} was formed from {from}: once their {previous} plans are in the repository, uncomment the baselines list in the file to compare with each.',
  },
  'cli.render-not-ready': {
    vi: '“{path}” là kế hoạch đã thông qua (status: adopted) nhưng văn bản còn {marks}: không xuất thành văn bản để ký. Thêm --allow-draft để xuất bản có đánh dấu những chỗ đó.',
    en: '“{path}” is an adopted plan (status: adopted) but its document still has {marks}: not rendered as the document to sign. Add --allow-draft to render it with those places marked.',
  },
  'cli.render-written': { vi: 'Đã ghi {path} ({size|bytes}).', en: 'Wrote {path} ({size|bytes}).' },
  'cli.bad-clauses': { vi: 'Giá trị --clauses không hợp lệ: “{value}”. Chọn một trong: {allowed}.', en: 'Invalid --clauses value: “{value}”. Choose one of: {allowed}.' },
  'cli.bad-max-chars': { vi: 'Giá trị --max-chars không hợp lệ: “{value}”. Hãy ghi một số nguyên không âm (0: không giới hạn).', en: 'Invalid --max-chars value: “{value}”. Give a whole number, 0 or more (0: no limit).' },
  'cli.bad-color': { vi: '--color phải là auto, always hoặc never, không phải “{value}”.', en: '--color must be auto, always or never, not “{value}”.' },
  'cli.diff-need-two': { vi: 'Lệnh diff cần hai kế hoạch: kehoach diff CŨ MỚI.', en: 'The diff command needs two plans: kehoach diff OLD NEW.' },
  'cli.diff-driver-args': {
    vi: 'diff --git-driver cần 7 tham số của git (path old-file old-hex old-mode new-file new-hex new-mode), không phải {count}.',
    en: 'diff --git-driver needs git’s 7 arguments (path old-file old-hex old-mode new-file new-hex new-mode), not {count}.',
  },
  'cli.diff-unmerged': { vi: '* Tệp chưa hợp nhất: {path}', en: '* Unmerged path {path}' },
  'cli.diff-not-a-plan': { vi: '“{path}” không đọc được như một kế hoạch: {detail}', en: '“{path}” cannot be read as a plan: {detail}' },
  'cli.diff-schema-errors': {
    vi: 'Lưu ý: “{path}” có {count} lỗi lược đồ; so sánh có thể chưa đầy đủ.',
    en: 'Note: “{path}” has {count} schema error(s); the comparison may be incomplete.',
  },
  'cli.not-plan-text': { vi: 'Không đọc được “{path}”: {detail}', en: 'Cannot read “{path}”: {detail}' },
  'cli.git-missing': { vi: 'Không đọc được “{spec}” từ git: không có revision hoặc đường dẫn này.', en: 'Cannot read “{spec}” from git: no such revision or path.' },
  'cli.git-ambiguous': { vi: 'Không đọc được “{spec}” từ git: tên revision không rõ ràng (ambiguous).', en: 'Cannot read “{spec}” from git: the revision name is ambiguous.' },
  'cli.git-show-failed': { vi: 'Không đọc được “{spec}” từ git: {detail}', en: 'Cannot read “{spec}” from git: {detail}' },
  'cli.git-setup-not-repo': { vi: 'Không ở trong một kho git: {detail}', en: 'Not inside a git repository: {detail}' },
  'cli.git-setup-failed': { vi: 'Không cấu hình được git: {detail}', en: 'Cannot configure git: {detail}' },
  'cli.git-setup-command': { vi: 'Đã đặt diff.kehoach.command = {command}', en: 'Set diff.kehoach.command = {command}' },
  'cli.git-setup-outside': {
    vi: 'Không sửa “{path}”: tệp này là liên kết tượng trưng dẫn ra ngoài kho lưu trữ, tới “{target}”; không thay đổi gì, kể cả cấu hình git. Hãy thay nó bằng một tệp .gitattributes thường trong kho.',
    en: 'Not changing “{path}”: it is a symbolic link leading outside the repository, to “{target}”; nothing was changed, the git config included. Replace it with a plain .gitattributes file in the repository.',
  },
  'cli.git-setup-attributes-ok': { vi: '.gitattributes đã có “{line}”.', en: '.gitattributes already has “{line}”.' },
  'cli.git-setup-attributes-added': {
    vi: 'Đã thêm “{line}” vào .gitattributes (hãy commit tệp này).',
    en: 'Added “{line}” to .gitattributes (commit it).',
  },
  'cli.git-setup-done': {
    vi: 'Xong: git diff trên tệp kế hoạch hiển thị so sánh ngữ nghĩa; dùng git log -p --ext-diff cho lịch sử, git diff --no-ext-diff để xem YAML gốc.',
    en: 'Done: git diff on plan files shows the semantic diff; use git log -p --ext-diff for history, git diff --no-ext-diff for the raw YAML.',
  },
  'cli.internal': {
    vi: 'Lỗi nội bộ của kehoach: {detail}. Đặt KEHOACH_DEBUG=1 để xem chi tiết.',
    en: 'kehoach internal error: {detail}. Set KEHOACH_DEBUG=1 for details.',
  },
  // The severity word of a stylish line ("plans/ha-noi/2026.yaml:12:5 lỗi missing-indicator …").
  'cli.severity-error': { vi: 'lỗi', en: 'error' },
  'cli.severity-warning': { vi: 'cảnh báo', en: 'warning' },
  'cli.severity-info': { vi: 'thông tin', en: 'info' },
  'cli.severity-hint': { vi: 'gợi ý', en: 'hint' },
  'cli.summary-clean': { vi: '✔ {files} tệp, không có lỗi.', en: '✔ {files} file(s), no problems.' },
  'cli.summary-problems': {
    vi: '✖ {errors} lỗi, {warnings} cảnh báo trong {files} tệp.',
    en: '✖ {errors} error(s), {warnings} warning(s) in {files} file(s).',
  },
  'cli.too-many-warnings': {
    vi: 'Quá nhiều cảnh báo: {warnings} > --max-warnings {max}.',
    en: 'Too many warnings: {warnings} > --max-warnings {max}.',
  },
  'cli.config-bad-json': {
    vi: 'Tệp cấu hình “{path}” không phải JSON hợp lệ: {detail}',
    en: 'The config file “{path}” is not valid JSON: {detail}',
  },
  'cli.config-bad-shape': {
    vi: 'Tệp cấu hình “{path}” cần dạng { "rules": { "mã-quy-tắc": "error" | "warning" | "info" | "hint" | "off" } }.',
    en: 'The config file “{path}” must look like { "rules": { "rule-code": "error" | "warning" | "info" | "hint" | "off" } }.',
  },
  'cli.config-bad-setting': {
    vi: '“{path}”: mức {value} cho “{code}” không hợp lệ; chọn error, warning, info, hint hoặc off.',
    en: '“{path}”: {value} is not a valid setting for “{code}”; use error, warning, info, hint or off.',
  },
  'cli.config-unknown-code': {
    vi: '“{path}”: không có quy tắc “{code}” (bỏ qua).',
    en: '“{path}”: there is no rule “{code}” (ignored).',
  },
} satisfies Record<string, Message>;
