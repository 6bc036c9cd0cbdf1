// The units the plans use, as printed after the number. The grammar reads any unit a
// wording writes; from here it takes the signs written against the number ("20%", no space),
// and the editor the units it offers and explains.

import type { Bilingual } from './types.js';

export interface UnitEntry {
  /** As printed ("%", "triệu đồng/người", "m2"). */
  readonly text: string;
  readonly name: Bilingual;
  readonly description: Bilingual;
  /** A one-character sign written against the number, with no space ("20%"). */
  readonly attached?: boolean;
}

export const UNITS: readonly UnitEntry[] = [
  { text: '%', name: { vi: 'phần trăm', en: 'percent' }, attached: true, description: { vi: 'Phần trăm: tỷ lệ (0–100%) hoặc tốc độ tăng.', en: 'Percent: a share (0–100%) or a growth rate.' } },
  { text: '‰', name: { vi: 'phần nghìn', en: 'per mille' }, attached: true, description: { vi: 'Phần nghìn (‰): tỷ suất trên 1.000 (tỷ suất sinh, tử vong).', en: 'Per mille: a rate per 1,000 (birth, death rates).' } },
  { text: 'triệu đồng', name: { vi: 'triệu đồng', en: 'million đồng' }, description: { vi: 'Triệu đồng Việt Nam (1.000.000 đồng).', en: 'Million Vietnamese đồng.' } },
  { text: 'triệu đồng/người', name: { vi: 'triệu đồng/người', en: 'million đồng per person' }, description: { vi: 'Triệu đồng trên mỗi người (bình quân đầu người).', en: 'Million đồng per person (per capita).' } },
  { text: 'triệu đồng/lao động', name: { vi: 'triệu đồng/lao động', en: 'million đồng per worker' }, description: { vi: 'Triệu đồng trên mỗi lao động (năng suất lao động).', en: 'Million đồng per worker.' } },
  { text: 'tỷ đồng', name: { vi: 'tỷ đồng', en: 'billion đồng' }, description: { vi: 'Tỷ đồng (1.000 triệu đồng).', en: 'Billion đồng (1,000 million).' } },
  { text: 'nghìn tỷ đồng', name: { vi: 'nghìn tỷ đồng', en: 'trillion đồng' }, description: { vi: 'Nghìn tỷ đồng.', en: 'Trillion đồng.' } },
  { text: 'USD', name: { vi: 'đô la Mỹ', en: 'US dollars' }, description: { vi: 'Đô la Mỹ.', en: 'US dollars.' } },
  { text: 'USD/người', name: { vi: 'đô la Mỹ/người', en: 'US dollars per person' }, description: { vi: 'Đô la Mỹ trên mỗi người.', en: 'US dollars per person.' } },
  { text: 'tỷ USD', name: { vi: 'tỷ đô la Mỹ', en: 'billion US dollars' }, description: { vi: 'Tỷ đô la Mỹ.', en: 'Billion US dollars.' } },
  { text: 'm2', name: { vi: 'mét vuông', en: 'square metres' }, description: { vi: 'Mét vuông (diện tích).', en: 'Square metres.' } },
  { text: 'm2/người', name: { vi: 'mét vuông/người', en: 'square metres per person' }, description: { vi: 'Mét vuông trên mỗi người.', en: 'Square metres per person.' } },
  { text: 'triệu lượt', name: { vi: 'triệu lượt', en: 'million visits' }, description: { vi: 'Triệu lượt (khách, người).', en: 'Million visits.' } },
  { text: 'lượt', name: { vi: 'lượt', en: 'visits' }, description: { vi: 'Lượt (khách, người).', en: 'Visits.' } },
  { text: 'lao động', name: { vi: 'lao động', en: 'workers' }, description: { vi: 'Số lao động (người).', en: 'Workers.' } },
  { text: 'trường', name: { vi: 'trường', en: 'schools' }, description: { vi: 'Số trường học.', en: 'Schools.' } },
  { text: 'xã', name: { vi: 'xã', en: 'communes' }, description: { vi: 'Số xã.', en: 'Communes.' } },
  { text: 'nhà ở', name: { vi: 'nhà ở', en: 'dwellings' }, description: { vi: 'Số căn nhà ở.', en: 'Dwellings.' } },
  { text: 'căn', name: { vi: 'căn', en: 'dwellings' }, description: { vi: 'Số căn (nhà ở).', en: 'Dwellings.' } },
  { text: 'sản phẩm', name: { vi: 'sản phẩm', en: 'products' }, description: { vi: 'Số sản phẩm.', en: 'Products.' } },
  { text: 'doanh nghiệp', name: { vi: 'doanh nghiệp', en: 'enterprises' }, description: { vi: 'Số doanh nghiệp.', en: 'Enterprises.' } },
  { text: 'hộ nghèo', name: { vi: 'hộ nghèo', en: 'poor households' }, description: { vi: 'Số hộ nghèo.', en: 'Poor households.' } },
];

const BY_TEXT = new Map<string, UnitEntry>(UNITS.map((u) => [u.text, u]));

/** The entry of a unit as a plan writes it: runs of whitespace read as one space, or as none ("m 2"). */
export function findUnit(written: string): UnitEntry | undefined {
  return BY_TEXT.get(written.replace(/\s+/g, ' ').trim()) ?? BY_TEXT.get(written.replace(/\s+/g, ''));
}

/** The signs written against the number ("%", "‰"). */
export const ATTACHED_UNITS: readonly string[] = UNITS.filter((u) => u.attached).map((u) => u.text);
