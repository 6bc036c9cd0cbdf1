// What a target measures, and the words that say so at the start of a wording ("tăng 9-10%",
// "Duy trì không có hộ nghèo", "chiếm khoảng 30% GRDP"). The grammar reads `words` (and a
// state's `markers`); formatting writes `written`. The qualifiers below ("ước") say how a target
// is stated, whatever its kind.

import type { TargetKind } from '../model/types.js';
import { indexBy, type Bilingual, type Snippet } from './types.js';

export interface KindEntry {
  readonly kind: TargetKind;
  readonly name: Bilingual;
  /** The words that start a wording of this kind: lower case, NFC, single spaces. */
  readonly words: readonly string[];
  /**
   * A wording without any number is of this kind when it holds one of these words
   * ("giải ngân toàn bộ", "không còn"): its state is kept verbatim, no number invented.
   */
  readonly markers?: readonly string[];
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
    // Verbs before the number that state the level itself: "đạt 100%", "chiếm khoảng 30% GRDP",
    // "đóng góp khoảng 25% trong GRDP", "tương đương 26 - 27% GRDP"; a result's "ước thực hiện
    // 7,8%", "thực hiện đạt 95%".
    words: ['đạt', 'chiếm', 'đóng góp', 'tương đương', 'thực hiện', 'thực hiện đạt'],
    description: {
      vi: 'Mức cần đạt (hay đã đạt) của chỉ tiêu; “đạt”, “chiếm”, “đóng góp”, “tương đương”, “thực hiện” đứng trước con số.',
      en: 'The level the indicator must reach (or reached); “đạt”, “chiếm” (accounts for), “đóng góp” (contributes), “tương đương” (equivalent to), “thực hiện” (achieved) may stand before the number.',
    },
    snippets: [],
  },
  {
    kind: 'increase',
    name: { vi: 'tăng', en: 'increase' },
    words: ['tăng', 'tăng trưởng'],
    written: 'tăng',
    description: {
      vi: 'Mức tăng so với mốc (“tăng 9-10%”, “tăng trưởng trên 3%”).',
      en: 'An increase against a reference (“tăng 9-10%”, growth “tăng trưởng trên 3%”).',
    },
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
  {
    kind: 'state',
    name: { vi: 'trạng thái', en: 'state' },
    words: [],
    markers: ['không còn', 'không có', 'toàn bộ', 'hoàn thành', 'tất cả'],
    description: {
      vi: 'Một trạng thái cần đạt, nói bằng lời, không có con số (“giải ngân toàn bộ”, “không còn”): giữ nguyên văn trong state, không tự đặt ra số.',
      en: 'A state to reach, said in words without a number (“giải ngân toàn bộ”: disburse it all; “không còn”: none left): kept verbatim as state, no number invented.',
    },
    snippets: [],
  },
];

export const KIND = indexBy<KindEntry, TargetKind>(KINDS, (k) => k.kind);

/** A word before a target that qualifies how it is stated, kept as a field of its own. */
export interface QualifierEntry {
  /** The target's field that records it. */
  readonly field: 'estimate' | 'average';
  readonly words: readonly string[];
  readonly name: Bilingual;
  readonly description: Bilingual;
}

export const QUALIFIERS: readonly QualifierEntry[] = [
  {
    field: 'estimate',
    words: ['ước', 'ước tính'],
    name: { vi: 'ước', en: 'estimate' },
    description: {
      vi: 'Con số là ước tính (“ước đạt 168 nghìn tỷ đồng”, “ước tăng 7,6%”): estimate: true.',
      en: 'The figure is an estimate (“ước đạt …”, “ước tăng …”): estimate: true.',
    },
  },
  {
    field: 'average',
    words: ['bình quân'],
    name: { vi: 'bình quân', en: 'average' },
    description: {
      vi: 'Mức bình quân (hằng năm, của một giai đoạn): “bình quân từ 10% trở lên”, “ước tăng bình quân 7,6%/năm”: average: true.',
      en: 'An average (yearly, over a period): “bình quân từ 10% trở lên”, “ước tăng bình quân 7,6%/năm”: average: true.',
    },
  },
];
