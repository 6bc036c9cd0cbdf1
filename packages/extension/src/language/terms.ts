// What the plan's vocabulary means, for hovers and completion details: Vietnamese first.
export interface Term {
  vi: string;
  en: string;
}

export const COMPARATORS: Record<string, Term & { phrase: string }> = {
  '>=': { phrase: 'từ … trở lên', vi: 'Từ mức này trở lên (≥): “từ 6,5% trở lên”, “ít nhất”, “tối thiểu”, “không dưới”.', en: 'At least (≥).' },
  '>': { phrase: 'trên …', vi: 'Cao hơn mức này (>): “trên 88%”.', en: 'More than (>).' },
  '<=': { phrase: 'không quá …', vi: 'Không vượt mức này (≤): “không quá”, “tối đa”, “trở xuống”.', en: 'At most (≤).' },
  '<': { phrase: 'dưới …', vi: 'Thấp hơn mức này (<): “dưới 4,5%”.', en: 'Less than (<).' },
  '=': { phrase: '… / đạt …', vi: 'Đạt đúng mức này (=): “đạt 100%”, “117 trường”.', en: 'Exactly (=).' },
  '~': { phrase: 'khoảng …', vi: 'Khoảng chừng mức này (~): “khoảng 30”.', en: 'About (~).' },
  range: { phrase: 'X-Y', vi: 'Trong khoảng từ min đến max, gồm cả hai đầu: “95-100%”, “từ 8 đến 10”.', en: 'Within [min, max], inclusive.' },
};

export const KINDS: Record<string, Term> = {
  level: { vi: 'Mức cần đạt của chỉ tiêu.', en: 'The level the indicator must reach.' },
  increase: { vi: 'Mức tăng so với mốc (“tăng 9-10%”).', en: 'An increase against a reference.' },
  decrease: { vi: 'Mức giảm so với mốc (“giảm 0,15%”).', en: 'A decrease against a reference.' },
  maintain: { vi: 'Duy trì một trạng thái (“Duy trì không có hộ nghèo”).', en: 'A state to maintain.' },
};

export const DIRECTIONS: Record<string, Term> = {
  higher: { vi: 'Càng cao càng tốt (GRDP, tỷ lệ bao phủ).', en: 'Higher is better.' },
  lower: { vi: 'Càng thấp càng tốt (chỉ số giá, tỷ lệ thất nghiệp).', en: 'Lower is better.' },
  neutral: { vi: 'Không có chiều tốt hơn; chỉ cần đạt đúng mức.', en: 'Neither way is better; hit the mark.' },
};

export const UNITS: Record<string, Term> = {
  '%': { vi: 'Phần trăm: tỷ lệ (0–100%) hoặc tốc độ tăng.', en: 'Percent: a share (0–100%) or a growth rate.' },
  'triệu đồng': { vi: 'Triệu đồng Việt Nam (1.000.000 đồng).', en: 'Million Vietnamese đồng.' },
  'triệu đồng/người': { vi: 'Triệu đồng trên mỗi người (bình quân đầu người).', en: 'Million đồng per person (per capita).' },
  'triệu đồng/lao động': { vi: 'Triệu đồng trên mỗi lao động (năng suất lao động).', en: 'Million đồng per worker.' },
  'tỷ đồng': { vi: 'Tỷ đồng (1.000 triệu đồng).', en: 'Billion đồng (1,000 million).' },
  'nghìn tỷ đồng': { vi: 'Nghìn tỷ đồng.', en: 'Trillion đồng.' },
  USD: { vi: 'Đô la Mỹ.', en: 'US dollars.' },
  'USD/người': { vi: 'Đô la Mỹ trên mỗi người.', en: 'US dollars per person.' },
  'tỷ USD': { vi: 'Tỷ đô la Mỹ.', en: 'Billion US dollars.' },
  m2: { vi: 'Mét vuông (diện tích).', en: 'Square metres.' },
  'm2/người': { vi: 'Mét vuông trên mỗi người.', en: 'Square metres per person.' },
  'triệu lượt': { vi: 'Triệu lượt (khách, người).', en: 'Million visits.' },
  'lượt': { vi: 'Lượt (khách, người).', en: 'Visits.' },
  'lao động': { vi: 'Số lao động (người).', en: 'Workers.' },
  'trường': { vi: 'Số trường học.', en: 'Schools.' },
  'xã': { vi: 'Số xã.', en: 'Communes.' },
  'nhà ở': { vi: 'Số căn nhà ở.', en: 'Dwellings.' },
  'căn': { vi: 'Số căn (nhà ở).', en: 'Dwellings.' },
  'sản phẩm': { vi: 'Số sản phẩm.', en: 'Products.' },
  'doanh nghiệp': { vi: 'Số doanh nghiệp.', en: 'Enterprises.' },
  'hộ nghèo': { vi: 'Số hộ nghèo.', en: 'Poor households.' },
};

export const both = (t: Term) => `${t.vi}  \n*${t.en}*`;
