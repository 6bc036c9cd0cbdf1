// Where a target or a result comes from when it is not the adopted text's own wording (`source.kind`):
// render brackets it ("[nguồn: báo chí, S2]"), the editor's hover names it.

import type { SourceKind } from '../model/types.js';
import { indexBy, type Bilingual } from './types.js';

export interface SourceKindEntry {
  readonly kind: SourceKind;
  /** As render prints it inside “[nguồn: …]” (vi), and as the editor names it. */
  readonly name: Bilingual;
  readonly description: Bilingual;
}

/** In the order of the schema's `source.kind` enum. */
export const SOURCE_KINDS: readonly SourceKindEntry[] = [
  {
    kind: 'official-text',
    name: { vi: 'văn bản chính thức', en: 'an official text' },
    description: {
      vi: 'Một văn bản chính thức khác (ví dụ phần mở đầu khi không có Phụ lục).',
      en: 'Another official text (such as the opening, when the appendix is missing).',
    },
  },
  {
    kind: 'peoples-committee',
    name: { vi: 'UBND', en: 'the People’s Committee' },
    description: {
      vi: 'Quyết định giao chỉ tiêu hay báo cáo của Ủy ban nhân dân; số liệu có thể khác nghị quyết.',
      en: 'The People’s Committee’s decision assigning the targets, or its report; its figures may differ from the resolution’s.',
    },
  },
  {
    kind: 'statistics-office',
    name: { vi: 'cơ quan thống kê', en: 'the statistics office' },
    description: {
      vi: 'Số liệu của cơ quan thống kê (Cục Thống kê, Chi cục Thống kê); thường là số chính thức của kết quả.',
      en: 'Figures of the statistics office; usually the final figure of a result.',
    },
  },
  {
    kind: 'press',
    name: { vi: 'báo chí', en: 'the press' },
    description: { vi: 'Báo chí đưa tin về nghị quyết.', en: 'The press reporting the resolution.' },
  },
];

export const SOURCE_KIND = indexBy<SourceKindEntry, SourceKind>(SOURCE_KINDS, (s) => s.kind);
