// What a target measures, and the words that say so at the start of a wording ("tăng 9-10%",
// "Duy trì không có hộ nghèo"). The grammar reads `words`; formatting writes `written`.

import type { TargetKind } from '../model/types.js';
import { indexBy, type Bilingual, type Snippet } from './types.js';

export interface KindEntry {
  readonly kind: TargetKind;
  readonly name: Bilingual;
  /** The words that start a wording of this kind: lower case, NFC, single spaces. */
  readonly words: readonly string[];
  /** How a wording of this kind is written without a recorded form ("tăng ", "Duy trì "). */
  readonly written?: string;
  readonly description: Bilingual;
  readonly snippets: readonly Snippet[];
}

/** In the order of the schema's `kind` enum. */
export const KINDS: readonly KindEntry[] = [
  {
    kind: 'level',
    name: { vi: 'mức', en: 'level' },
    words: [],
    description: { vi: 'Mức cần đạt của chỉ tiêu.', en: 'The level the indicator must reach.' },
    snippets: [],
  },
  {
    kind: 'increase',
    name: { vi: 'tăng', en: 'increase' },
    words: ['tăng'],
    written: 'tăng',
    description: { vi: 'Mức tăng so với mốc (“tăng 9-10%”).', en: 'An increase against a reference.' },
    snippets: [{ label: 'tăng …', body: 'tăng ${1:9-10}${2:%}', title: { vi: 'Tăng so với mốc', en: 'Increase against a reference' } }],
  },
  {
    kind: 'decrease',
    name: { vi: 'giảm', en: 'decrease' },
    words: ['giảm'],
    written: 'giảm',
    description: { vi: 'Mức giảm so với mốc (“giảm 0,15%”).', en: 'A decrease against a reference.' },
    snippets: [{ label: 'giảm …', body: 'giảm ${1:0,15}${2:%}', title: { vi: 'Giảm so với mốc', en: 'Decrease against a reference' } }],
  },
  {
    kind: 'maintain',
    name: { vi: 'duy trì', en: 'maintain' },
    words: ['duy trì', 'giữ vững'],
    written: 'Duy trì',
    description: { vi: 'Duy trì một trạng thái (“Duy trì không có hộ nghèo”).', en: 'A state to maintain.' },
    snippets: [{ label: 'Duy trì …', body: 'Duy trì ${1:không có hộ nghèo}', title: { vi: 'Duy trì một trạng thái', en: 'Maintain a state' } }],
  },
];

export const KIND = indexBy<KindEntry, TargetKind>(KINDS, (k) => k.kind);
