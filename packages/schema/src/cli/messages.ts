import { fill } from '../diagnostics/localize.js';
import type { Lang, MessageParams } from '../diagnostics/types.js';

/** What the CLI itself says (usage, I/O), in Vietnamese and English. */
const CLI_MESSAGES = {
  usage: {
    vi: `Cách dùng: kehoach <lệnh> [tùy chọn]

Lệnh:
  validate [đường-dẫn…]   Kiểm tra các tệp kế hoạch (mặc định: plans/)
  render TỆP             In lại văn bản nghị quyết từ tệp kế hoạch
  export TỆP --format json  Xuất kế hoạch đã chuẩn hóa dạng JSON

Tùy chọn chung:
  --lang vi|en           Ngôn ngữ thông báo (mặc định theo môi trường, tiếng Việt nếu không rõ)
  -h, --help             Trợ giúp

validate:
  --format stylish|json|github|sarif   Định dạng kết quả (mặc định stylish)
  --max-warnings N       Thoát với mã 1 nếu có nhiều hơn N cảnh báo

Mã thoát: 0 không lỗi; 1 có lỗi (hoặc quá nhiều cảnh báo); 2 lỗi cách dùng hoặc đọc/ghi.`,
    en: `Usage: kehoach <command> [options]

Commands:
  validate [paths…]      Validate plan files (default: plans/)
  render FILE            Print the resolution's text from a plan file
  export FILE --format json  Export the normalized plan as JSON

Common options:
  --lang vi|en           Message language (default from the environment; Vietnamese when unknown)
  -h, --help             Help

validate:
  --format stylish|json|github|sarif   Output format (default stylish)
  --max-warnings N       Exit 1 when there are more than N warnings

Exit status: 0 clean; 1 errors found (or too many warnings); 2 usage or I/O error.`,
  },
  'unknown-command': { vi: 'Lệnh không xác định “{command}”.', en: 'Unknown command “{command}”.' },
  'bad-option': { vi: 'Tùy chọn không hợp lệ: {detail}', en: 'Invalid option: {detail}' },
  'bad-lang': { vi: '--lang phải là vi hoặc en, không phải “{value}”.', en: '--lang must be vi or en, not “{value}”.' },
  'bad-format': { vi: '--format phải là một trong {allowed}, không phải “{value}”.', en: '--format must be one of {allowed}, not “{value}”.' },
  'bad-max-warnings': { vi: '--max-warnings cần một số nguyên không âm, không phải “{value}”.', en: '--max-warnings needs a non-negative integer, not “{value}”.' },
  'not-found': { vi: 'Không tìm thấy đường dẫn “{path}”.', en: 'Path “{path}” does not exist.' },
  'no-plans': { vi: 'Không có tệp kế hoạch (.yaml, .yml) nào trong “{path}”.', en: 'No plan files (.yaml, .yml) in “{path}”.' },
  'need-file': { vi: 'Lệnh {command} cần đúng một tệp kế hoạch.', en: 'The {command} command needs exactly one plan file.' },
  'not-valid-plan': {
    vi: 'Tệp “{path}” có {count} lỗi; hãy chạy “kehoach validate {path}” và sửa trước.',
    en: '“{path}” has {count} errors; run “kehoach validate {path}” and fix them first.',
  },
  'read-error': { vi: 'Không đọc được “{path}”: {detail}', en: 'Cannot read “{path}”: {detail}' },
  'symlink-loop': { vi: 'Bỏ qua “{path}”: liên kết tượng trưng tạo vòng lặp.', en: 'Skipped “{path}”: symbolic link loop.' },
  internal: {
    vi: 'Lỗi nội bộ của kehoach: {detail}. Đặt KEHOACH_DEBUG=1 để xem chi tiết.',
    en: 'kehoach internal error: {detail}. Set KEHOACH_DEBUG=1 for details.',
  },
  'summary-clean': { vi: '✔ {files} tệp, không có lỗi.', en: '✔ {files} file(s), no problems.' },
  'summary-problems': {
    vi: '✖ {errors} lỗi, {warnings} cảnh báo trong {files} tệp.',
    en: '✖ {errors} error(s), {warnings} warning(s) in {files} file(s).',
  },
  'too-many-warnings': {
    vi: 'Quá nhiều cảnh báo: {warnings} > --max-warnings {max}.',
    en: 'Too many warnings: {warnings} > --max-warnings {max}.',
  },
} satisfies Record<string, { vi: string; en: string }>;

export type CliMessage = keyof typeof CLI_MESSAGES;

export function say(key: CliMessage, lang: Lang, params: MessageParams = {}): string {
  return fill(CLI_MESSAGES[key][lang], params, lang);
}
