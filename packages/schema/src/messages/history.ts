// The words of an indicator's history (`kehoach history`, its SVG chart, the editor's hover and
// history view): table headers, the chart's legend, and the CLI's own errors for the command.

import type { Message } from './types.js';

export const HISTORY_MESSAGES = {
  'history.title': { vi: 'Lịch sử chỉ tiêu “{name}” ({id}), {jurisdiction}', en: 'History of the indicator “{name}” ({id}), {jurisdiction}' },
  'history.year': { vi: 'Năm', en: 'Year' },
  'history.target': { vi: 'Chỉ tiêu', en: 'Target' },
  'history.estimate': { vi: 'Ước thực hiện', en: 'Estimate' },
  'history.final': { vi: 'Số chính thức', en: 'Final' },
  'history.verdict': { vi: 'Đánh giá', en: 'Achievement' },
  'history.source': { vi: 'Nguồn', en: 'Source' },
  'history.none': { vi: '—', en: '—' },
  'history.not-set': { vi: '[chưa đặt]', en: '[not set]' },
  'history.not-known': { vi: '[chưa biết]', en: '[not known]' },
  'history.not-in-plan': { vi: 'không có trong kế hoạch', en: 'not in the plan' },
  'history.dropped': { vi: 'đã bỏ', en: 'dropped' },
  'history.unconfirmed': { vi: 'chưa rõ còn hay bỏ', en: 'kept or not unknown' },
  'history.results-known': {
    vi: '{years} năm, {results} năm có kết quả (ước thực hiện hoặc số chính thức).',
    en: '{years} year(s), {results} with a result (an estimate or a final figure).',
  },
  'history.chart-label': {
    vi: 'Biểu đồ chỉ tiêu và kết quả của “{name}” theo năm, đơn vị {unit}',
    en: 'Chart of the targets and results of “{name}” by year, in {unit}',
  },
  'history.legend-target': { vi: 'Chỉ tiêu (khoảng: thanh)', en: 'Target (a range: a bar)' },
  'history.legend-estimate': { vi: 'Ước thực hiện', en: 'Estimate' },
  'history.legend-final': { vi: 'Số chính thức', en: 'Final figure' },
  'history.no-figures': { vi: 'Chưa có số liệu để vẽ.', en: 'No figures to chart yet.' },
  'history.need-id': { vi: 'Lệnh history cần mã chỉ tiêu: kehoach history MÃ [đường-dẫn…]', en: 'The history command needs an indicator id: kehoach history ID [paths…]' },
  'history.not-found': {
    vi: 'Không có chỉ tiêu “{id}” trong các kế hoạch đã đọc ({count} tệp).',
    en: 'No indicator “{id}” in the plans read ({count} file(s)).',
  },
  'history.no-plans': { vi: 'Không tìm thấy tệp kế hoạch trong “{path}”.', en: 'No plan files found in “{path}”.' },
  'history.svg-one': {
    vi: 'Có {count} chuỗi số liệu ({refs}); SVG vẽ một chuỗi: hãy nêu một thành phần (MÃ/thành-phần) hoặc thư mục của một địa phương.',
    en: 'There are {count} series ({refs}); an SVG charts one: name one part (ID/part) or one jurisdiction’s folder.',
  },
  'history.skipped': { vi: 'Bỏ qua “{path}”: {detail}', en: 'Skipped “{path}”: {detail}' },
} satisfies Record<string, Message>;
