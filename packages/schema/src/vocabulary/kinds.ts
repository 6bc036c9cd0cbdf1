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
    // "đóng góp khoảng 25% trong GRDP", "tương đương 26 - 27% GRDP"; the level a measure comes
    // down or up to: "xuống còn 28,43%", "giảm còn dưới 2%", "xuống dưới 9,8%", "lên tới 16,38%/năm";
    // "là 10.370USD/người/năm"; what is done to a count in the year: "thu hút 15 triệu khách du
    // lịch", "đón 5,6 triệu lượt khách", "xây dựng 8.340 căn", "hoàn thành trên 110.000 căn",
    // "kết nạp 1.700 - 2.000 đảng viên"; a result's "ước thực hiện 7,8%", "thực hiện đạt 95%". "giảm xuống còn" is read before "giảm" (longest first).
    words: [
      'đạt', 'chiếm', 'đóng góp', 'tương đương', 'giảm xuống còn', 'giảm xuống', 'giảm còn', 'xuống còn', 'xuống', 'lên tới', 'là',
      'thu hút', 'đón', 'xây dựng', 'hoàn thành', 'kết nạp', 'thực hiện', 'thực hiện đạt',
    ],
    description: {
      vi: 'Mức cần đạt (hay đã đạt) của chỉ tiêu; “đạt”, “chiếm”, “đóng góp”, “tương đương”, “là”, “thực hiện” đứng trước con số; “xuống còn”, “giảm xuống còn”, “giảm còn”, “giảm xuống”, “xuống”, “lên tới” nêu mức chỉ tiêu giảm hay tăng tới (“xuống còn 28,43%” là mức 28,43%, không phải mức giảm); “thu hút”, “đón”, “xây dựng”, “hoàn thành”, “kết nạp” nêu số cần đạt trong năm (“xây dựng 8.340 căn nhà ở xã hội”).',
      en: 'The level the indicator must reach (or reached); “đạt”, “chiếm” (accounts for), “đóng góp” (contributes), “tương đương” (equivalent to), “là” (is), “thực hiện” (achieved) may stand before the number; “xuống còn”, “giảm xuống còn”, “giảm còn”, “giảm xuống”, “xuống” (down to) and “lên tới” (up to) state the level reached (“xuống còn 28,43%” is the level 28,43%, not the size of a decrease); “thu hút” (attract), “đón” (welcome), “xây dựng” (build), “hoàn thành” (complete), “kết nạp” (admit) state the count to reach in the year (“xây dựng 8.340 căn nhà ở xã hội”).',
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
    kind: 'multiple',
    name: { vi: 'gấp', en: 'multiple' },
    // "gấp 1,5 lần", "tăng gấp 2 lần so với năm 2025", "gấp khoảng 2 lần so với năm 2025".
    words: ['gấp', 'tăng gấp'],
    written: 'gấp',
    description: {
      vi: 'Gấp bao nhiêu lần mốc (“gấp 1,5 lần”, “tăng gấp 2 lần so với năm 2025”): value là số lần, unit “lần”, relativeTo là năm mốc nếu có.',
      en: 'A multiple of the reference (“gấp 1,5 lần”: 1.5 times; “tăng gấp 2 lần so với năm 2025”: twice the 2025 level): value is the factor, unit “lần” (times), relativeTo the reference year if stated.',
    },
    snippets: [{ label: 'gấp … lần', body: 'gấp ${1:2} lần so với năm ${2:2025}', title: { vi: 'Gấp bao nhiêu lần mốc', en: 'A multiple of the reference' } }],
  },
  {
    kind: 'maintain',
    name: { vi: 'duy trì', en: 'maintain' },
    // "ổn định ở mức 42%": kept steady at a level.
    words: ['duy trì', 'giữ vững', 'ổn định ở mức'],
    written: 'Duy trì',
    description: {
      vi: 'Duy trì một trạng thái (“Duy trì không có hộ nghèo”, “ổn định ở mức 42%”).',
      en: 'A state to maintain (“Duy trì không có hộ nghèo”; “ổn định ở mức 42%”: kept steady at 42%).',
    },
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
    // "bình quân hằng năm đạt 11 - 12%": a yearly average (longest first).
    words: ['bình quân hằng năm', 'bình quân'],
    name: { vi: 'bình quân', en: 'average' },
    description: {
      vi: 'Mức bình quân (hằng năm, của một giai đoạn): “bình quân từ 10% trở lên”, “ước tăng bình quân 7,6%/năm”, “bình quân hằng năm đạt 11 - 12%”: average: true.',
      en: 'An average (yearly, over a period): “bình quân từ 10% trở lên”, “ước tăng bình quân 7,6%/năm”, “bình quân hằng năm đạt 11 - 12%”: average: true.',
    },
  },
];
