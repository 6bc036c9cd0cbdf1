// The indicators that recur across provinces' yearly plans, each with one stable id that every
// province's plan can use, its Vietnamese name, the variants provinces print for it, its unit,
// which way is better, and the national statistical indicator it corresponds to where one was
// confirmed. Variants are as printed: in Hà Nội's plans (plans/ha-noi/2024–2026.yaml) and in
// other provinces' 2024–2026 texts and reports of them (the phrase table of the research notes
// behind this catalogue, each phrase with its source; docs/catalogue.md lists them).
// Ids follow plans/README.md (kebab-case English naming the measure); Hà Nội's ids are the
// catalogue's, so its plans need no change. An id a plan used before the catalogue named the
// measure otherwise goes in `aliases`: it stays valid.
import type { Direction } from '../model/types.js';
import type { Bilingual } from '../vocabulary/types.js';

/** The indicator of the national statistical indicator system (Luật Thống kê; Nghị định 94/2022, 62/2024) a catalogue entry corresponds to. */
export interface NationalIndicator {
  /** Its code in the system's list, only where a source confirms it ("0501"). */
  readonly code?: string;
  readonly name: string;
  /** How the plan's indicator relates to it (a breakdown by province, another name at provincial level). */
  readonly note?: Bilingual;
  /** Where the name (and code) was read. */
  readonly source: string;
}

export type CatalogueGroup = 'economy' | 'society' | 'environment';

export interface CatalogueEntry {
  readonly id: string;
  /** `vi`: the name to print by default; `en`: what it measures. */
  readonly name: Bilingual;
  /** Other names provinces print for the same measure (verbatim; compared by nameKey). */
  readonly variants: readonly string[];
  /** Other ids plans used for this measure: as valid as `id`. */
  readonly aliases?: readonly string[];
  /** As in vocabulary/units.ts; none where the parts count in different units. */
  readonly unit?: string;
  /** Units some provinces state it in instead. */
  readonly otherUnits?: readonly string[];
  readonly direction: Direction;
  /** The indicator itself measures a change (its target is the size of the change), against this reference. */
  readonly change?: { readonly kind: 'increase' | 'decrease'; readonly relativeTo: 'previous-year' | 'start-of-year' };
  readonly group: CatalogueGroup;
  readonly national?: NationalIndicator;
}

const HTCTTKQG_GDP_GROWTH = 'https://truyenhinhcapsongthu.net/top/htcttkqg-toc-do-tang-tong-san-pham-trong-nuoc/wqXriJt7I6AaK23 (copy of the GSO page “HTCTTKQG – Tốc độ tăng tổng sản phẩm trong nước”, which cites “0501. Tổng sản phẩm trong nước”)';
const ND_62_2024 = 'https://baotintuc.vn/chinh-sach-va-cuoc-song/thay-doi-thoi-gian-pho-bien-mot-so-thong-tin-thong-ke-quan-trong-20240609081901702.htm (Nghị định 62/2024/NĐ-CP: lịch phổ biến CPI, tỷ lệ lao động đã qua đào tạo có bằng, chứng chỉ, tỷ lệ thất nghiệp)';
const QD_05_2023 = 'Quyết định 05/2023/QĐ-TTg, Hệ thống chỉ tiêu thống kê cấp tỉnh, huyện, xã (http://118.69.84.238:801/phap-luat/tim-tu-van?page=69&q=K%E1%BB%B3+t%C3%ADnh+thu%E1%BA%BF+2023)';
const BY_PROVINCE: Bilingual = {
  vi: 'Chỉ tiêu quốc gia phân tổ theo tỉnh, thành phố trực thuộc trung ương.',
  en: 'The national indicator broken down by province.',
};
const PERCENT = '%';

export const CATALOGUE: readonly CatalogueEntry[] = [
  // ---- economy ----------------------------------------------------------------------
  {
    id: 'grdp-growth',
    name: { vi: 'Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP)', en: 'GRDP growth rate (gross regional domestic product, comparable prices)' },
    variants: ['Tốc độ tăng tổng sản phẩm trên địa bàn', 'Tốc độ tăng trưởng tổng sản phẩm trong tỉnh', 'Tốc độ tăng trưởng GRDP', 'Tốc độ tăng GRDP', 'Tăng trưởng GRDP', 'Tốc độ tăng trưởng kinh tế'],
    unit: PERCENT,
    direction: 'higher',
    change: { kind: 'increase', relativeTo: 'previous-year' },
    group: 'economy',
    national: {
      name: 'Tốc độ tăng tổng sản phẩm trong nước',
      note: { vi: 'Phân tổ theo tỉnh, thành phố trực thuộc trung ương; hệ thống chỉ tiêu cấp tỉnh (Quyết định 05/2023/QĐ-TTg) gọi là “Tốc độ tăng tổng sản phẩm trên địa bàn”.', en: 'Broken down by province; the provincial indicator system (Decision 05/2023/QĐ-TTg) names it “Tốc độ tăng tổng sản phẩm trên địa bàn”.' },
      source: `${HTCTTKQG_GDP_GROWTH}; ${QD_05_2023}`,
    },
  },
  {
    id: 'grdp',
    name: { vi: 'Tổng sản phẩm trên địa bàn (GRDP) theo giá hiện hành', en: 'GRDP at current prices (the size of the economy)' },
    variants: ['Tổng sản phẩm trên địa bàn', 'GRDP theo giá hiện hành', 'Quy mô GRDP', 'Quy mô tổng sản phẩm trên địa bàn', 'Quy mô nền kinh tế'],
    unit: 'tỷ đồng',
    otherUnits: ['nghìn tỷ đồng', 'tỷ USD'],
    direction: 'higher',
    group: 'economy',
    national: { code: '0501', name: 'Tổng sản phẩm trong nước', note: BY_PROVINCE, source: HTCTTKQG_GDP_GROWTH },
  },
  {
    id: 'grdp-per-capita',
    name: { vi: 'GRDP bình quân đầu người', en: 'GRDP per capita' },
    variants: ['GRDP/người', 'Tổng sản phẩm trên địa bàn bình quân đầu người'],
    unit: 'triệu đồng',
    otherUnits: ['triệu đồng/người', 'USD', 'USD/người'],
    direction: 'higher',
    group: 'economy',
    national: { name: 'Tổng sản phẩm trong nước bình quân đầu người', note: BY_PROVINCE, source: 'http://www.gso.gov.vn/default.aspx?tabid=388&idmid=3&ItemID=12962 (Tổng cục Thống kê, tài khoản quốc gia)' },
  },
  {
    id: 'per-capita-income',
    name: { vi: 'Thu nhập bình quân đầu người', en: 'Average income per person' },
    variants: [],
    unit: 'triệu đồng',
    otherUnits: ['triệu đồng/người'],
    direction: 'higher',
    group: 'economy',
  },
  {
    id: 'investment-growth',
    name: { vi: 'Tốc độ tăng vốn đầu tư thực hiện', en: 'Growth of investment realised' },
    variants: [],
    unit: PERCENT,
    direction: 'higher',
    change: { kind: 'increase', relativeTo: 'previous-year' },
    group: 'economy',
  },
  {
    id: 'investment',
    name: { vi: 'Vốn đầu tư xã hội thực hiện trên địa bàn', en: 'Total social investment realised in the province' },
    variants: ['Tổng vốn đầu tư toàn xã hội', 'Tổng vốn đầu tư phát triển toàn xã hội', 'Vốn đầu tư phát triển toàn xã hội', 'Vốn đầu tư thực hiện trên địa bàn', 'Tổng vốn đầu tư phát triển'],
    unit: 'tỷ đồng',
    otherUnits: ['nghìn tỷ đồng'],
    direction: 'higher',
    group: 'economy',
  },
  {
    id: 'investment-share-of-grdp',
    name: { vi: 'Tỷ lệ vốn đầu tư toàn xã hội so với GRDP', en: 'Social investment as a share of GRDP' },
    variants: ['Tỷ lệ vốn đầu tư thực hiện so với tổng sản phẩm'],
    unit: PERCENT,
    direction: 'higher',
    group: 'economy',
  },
  {
    id: 'fdi',
    name: { vi: 'Vốn đầu tư trực tiếp nước ngoài (FDI) thu hút', en: 'Foreign direct investment attracted (new and added capital)' },
    variants: ['Thu hút vốn FDI'],
    unit: 'tỷ USD',
    otherUnits: ['triệu USD'],
    direction: 'higher',
    group: 'economy',
  },
  {
    id: 'export-growth',
    name: { vi: 'Tốc độ tăng tổng kim ngạch xuất khẩu', en: 'Growth of total export turnover' },
    variants: [],
    unit: PERCENT,
    direction: 'higher',
    change: { kind: 'increase', relativeTo: 'previous-year' },
    group: 'economy',
  },
  {
    id: 'exports',
    name: { vi: 'Tổng kim ngạch xuất khẩu', en: 'Total export turnover' },
    variants: ['Kim ngạch xuất khẩu', 'Giá trị xuất khẩu'],
    unit: 'triệu USD',
    otherUnits: ['tỷ USD'],
    direction: 'higher',
    group: 'economy',
  },
  {
    id: 'cpi',
    name: { vi: 'Chỉ số giá tiêu dùng', en: 'Consumer price index (its rise over the previous year)' },
    variants: ['CPI'],
    unit: PERCENT,
    direction: 'lower',
    group: 'economy',
    national: { name: 'Chỉ số giá tiêu dùng', note: BY_PROVINCE, source: ND_62_2024 },
  },
  {
    id: 'budget-revenue',
    name: { vi: 'Tổng thu ngân sách nhà nước trên địa bàn', en: 'Total state budget revenue collected in the province' },
    variants: ['Tổng thu ngân sách nhà nước', 'Tổng thu NSNN trên địa bàn', 'Thu ngân sách nhà nước trên địa bàn', 'Tổng thu ngân sách', 'Thu ngân sách nhà nước', 'Thu ngân sách'],
    unit: 'tỷ đồng',
    otherUnits: ['nghìn tỷ đồng'],
    direction: 'higher',
    group: 'economy',
  },
  {
    id: 'budget-revenue-growth',
    name: { vi: 'Tốc độ tăng thu ngân sách nhà nước trên địa bàn', en: 'Growth of state budget revenue' },
    variants: ['Tốc độ tăng thu ngân sách nhà nước', 'Tốc độ tăng thu ngân sách', 'Tăng thu ngân sách nhà nước', 'Tăng thu ngân sách'],
    unit: PERCENT,
    direction: 'higher',
    change: { kind: 'increase', relativeTo: 'previous-year' },
    group: 'economy',
  },
  {
    id: 'domestic-revenue',
    name: { vi: 'Thu nội địa', en: 'Domestic budget revenue (excluding import–export duties)' },
    variants: [],
    unit: 'tỷ đồng',
    otherUnits: ['nghìn tỷ đồng'],
    direction: 'higher',
    group: 'economy',
  },
  {
    id: 'retail-sales-growth',
    name: { vi: 'Tốc độ tăng tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng', en: 'Growth of retail sales of goods and consumer services' },
    variants: ['Tổng mức bán lẻ hàng hóa và dịch vụ xã hội'],
    unit: PERCENT,
    direction: 'higher',
    change: { kind: 'increase', relativeTo: 'previous-year' },
    group: 'economy',
  },
  {
    id: 'labour-productivity',
    name: { vi: 'Năng suất lao động (giá hiện hành)', en: 'Labour productivity (current prices)' },
    variants: ['Năng suất lao động', 'Năng suất lao động xã hội'],
    unit: 'triệu đồng/lao động',
    direction: 'higher',
    group: 'economy',
  },
  {
    id: 'labour-productivity-growth',
    name: { vi: 'Tốc độ tăng năng suất lao động xã hội', en: 'Growth of labour productivity' },
    variants: ['Tốc độ tăng năng suất lao động', 'Tăng năng suất lao động'],
    unit: PERCENT,
    direction: 'higher',
    change: { kind: 'increase', relativeTo: 'previous-year' },
    group: 'economy',
  },
  {
    id: 'digital-economy-share',
    name: { vi: 'Tỷ trọng kinh tế số trong GRDP', en: 'Digital economy as a share of GRDP' },
    variants: ['Tỷ trọng kinh tế số'],
    unit: PERCENT,
    direction: 'higher',
    group: 'economy',
  },
  {
    id: 'new-enterprises',
    name: { vi: 'Số doanh nghiệp thành lập mới', en: 'New enterprises registered' },
    variants: [],
    unit: 'doanh nghiệp',
    direction: 'higher',
    group: 'economy',
  },
  {
    id: 'tourists',
    name: { vi: 'Tổng lượt khách du lịch', en: 'Tourist visits' },
    variants: ['Lượt khách du lịch', 'Khách du lịch'],
    unit: 'triệu lượt',
    otherUnits: ['lượt'],
    direction: 'higher',
    group: 'economy',
  },
  {
    id: 'international-tourists',
    name: { vi: 'Khách du lịch quốc tế', en: 'International tourist visits' },
    variants: ['Lượt khách du lịch quốc tế', 'Khách quốc tế'],
    unit: 'triệu lượt',
    otherUnits: ['lượt'],
    direction: 'higher',
    group: 'economy',
  },
  {
    id: 'domestic-tourists',
    name: { vi: 'Khách du lịch nội địa', en: 'Domestic tourist visits' },
    variants: ['Lượt khách du lịch nội địa'],
    unit: 'triệu lượt',
    otherUnits: ['lượt'],
    direction: 'higher',
    group: 'economy',
  },
  {
    id: 'urbanisation-rate',
    name: { vi: 'Tỷ lệ đô thị hóa', en: 'Urbanisation rate' },
    variants: ['Tỷ lệ đô thị hoá'],
    unit: PERCENT,
    direction: 'higher',
    group: 'economy',
  },
  {
    id: 'agricultural-labour-share',
    name: { vi: 'Tỷ lệ lao động nông nghiệp trong tổng lao động xã hội', en: 'Agricultural workers as a share of all workers' },
    variants: ['Tỷ lệ lao động nông nghiệp'],
    unit: PERCENT,
    direction: 'lower',
    group: 'economy',
  },
  // ---- society --------------------------------------------------------------------
  {
    id: 'third-child-birth-rate-reduction',
    name: { vi: 'Giảm tỷ lệ sinh con thứ 3 trở lên so với năm trước', en: 'Reduction of the rate of third or later births over the previous year' },
    variants: ['tỷ lệ sinh con thứ ba trở lên so với năm trước', 'Giảm tỷ lệ sinh con thứ 3 trở lên'],
    unit: PERCENT,
    direction: 'higher',
    change: { kind: 'decrease', relativeTo: 'previous-year' },
    group: 'society',
  },
  {
    id: 'child-underweight-reduction',
    name: { vi: 'Giảm tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể nhẹ cân so với năm trước', en: 'Reduction of underweight among children under 5 over the previous year' },
    variants: ['tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng', 'Giảm tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể nhẹ cân'],
    unit: PERCENT,
    direction: 'higher',
    change: { kind: 'decrease', relativeTo: 'previous-year' },
    group: 'society',
  },
  {
    id: 'child-stunting-rate',
    name: { vi: 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi', en: 'Stunting among children under 5' },
    variants: [],
    unit: PERCENT,
    direction: 'lower',
    group: 'society',
  },
  {
    id: 'commune-health-standard',
    name: { vi: 'Tỷ lệ xã/phường/thị trấn đạt chuẩn quốc gia về y tế', en: 'Communes meeting the national health standard (share)' },
    variants: [],
    unit: PERCENT,
    direction: 'higher',
    group: 'society',
  },
  {
    id: 'health-insurance-coverage',
    name: { vi: 'Tỷ lệ bao phủ bảo hiểm y tế', en: 'Health insurance coverage (share of the population)' },
    variants: ['Tỷ lệ tham gia bảo hiểm y tế', 'Tỷ lệ bao phủ BHYT'],
    unit: PERCENT,
    direction: 'higher',
    group: 'society',
  },
  {
    id: 'social-insurance-coverage',
    name: { vi: 'Tỷ lệ lực lượng lao động trong độ tuổi tham gia bảo hiểm xã hội', en: 'Working-age labour force covered by social insurance (share)' },
    variants: ['Tỷ lệ lao động tham gia bảo hiểm xã hội', 'Số người tham gia bảo hiểm xã hội trong độ tuổi lao động'],
    unit: PERCENT,
    direction: 'higher',
    group: 'society',
  },
  {
    id: 'social-insurance-compulsory',
    name: { vi: 'Tỷ lệ lao động tham gia BHXH bắt buộc trên lực lượng lao động trong độ tuổi lao động', en: 'Compulsory social insurance coverage of the working-age labour force' },
    variants: ['tỷ lệ lao động tham gia bảo hiểm xã hội bắt buộc trên lực lượng lao động trong độ tuổi lao động', 'Tỷ lệ lao động tham gia bảo hiểm xã hội bắt buộc'],
    unit: PERCENT,
    direction: 'higher',
    group: 'society',
  },
  {
    id: 'social-insurance-voluntary',
    name: { vi: 'Tỷ lệ lao động tham gia BHXH tự nguyện trên lực lượng lao động trong độ tuổi lao động', en: 'Voluntary social insurance coverage of the working-age labour force' },
    variants: ['tỷ lệ lao động tham gia bảo hiểm xã hội tự nguyện trên lực lượng lao động trong độ tuổi lao động', 'Tỷ lệ lao động tham gia bảo hiểm xã hội tự nguyện'],
    unit: PERCENT,
    direction: 'higher',
    group: 'society',
  },
  {
    id: 'unemployment-insurance',
    name: { vi: 'Tỷ lệ đối tượng tham gia BH thất nghiệp trên lực lượng lao động trong độ tuổi lao động', en: 'Unemployment insurance coverage of the working-age labour force' },
    variants: ['tỷ lệ đối tượng tham gia bảo hiểm thất nghiệp trên lực lượng lao động trong độ tuổi lao động'],
    unit: PERCENT,
    direction: 'higher',
    group: 'society',
  },
  {
    id: 'poor-households',
    name: { vi: 'Giảm số hộ nghèo so với đầu năm', en: 'Reduction of the number of poor households since the start of the year' },
    variants: ['số hộ nghèo so với đầu năm', 'Giảm số hộ nghèo'],
    unit: 'hộ nghèo',
    direction: 'higher',
    change: { kind: 'decrease', relativeTo: 'start-of-year' },
    group: 'society',
  },
  {
    id: 'poverty-rate',
    name: { vi: 'Tỷ lệ hộ nghèo', en: 'Poverty rate (share of poor households, multidimensional poverty line)' },
    variants: ['Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều', 'Tỷ lệ hộ nghèo theo chuẩn nghèo tiếp cận đa chiều', 'Tỷ lệ hộ nghèo chung toàn tỉnh'],
    unit: PERCENT,
    direction: 'lower',
    group: 'society',
  },
  {
    id: 'poverty-rate-reduction',
    name: { vi: 'Giảm tỷ lệ hộ nghèo', en: 'Reduction of the poverty rate (percentage points)' },
    variants: [],
    unit: PERCENT,
    direction: 'higher',
    change: { kind: 'decrease', relativeTo: 'previous-year' },
    group: 'society',
  },
  {
    id: 'urban-unemployment',
    name: { vi: 'Tỷ lệ thất nghiệp khu vực thành thị', en: 'Urban unemployment rate' },
    // "thấp nghiệp": as printed in Hà Nội's 2024 source (a typo kept verbatim in plans/ha-noi/2024.yaml).
    variants: ['tỷ lệ thấp nghiệp khu vực thành thị'],
    unit: PERCENT,
    direction: 'lower',
    group: 'society',
    national: { name: 'Tỷ lệ thất nghiệp', note: { vi: 'Phân tổ theo thành thị, nông thôn.', en: 'Broken down by urban and rural areas.' }, source: ND_62_2024 },
  },
  {
    id: 'unemployment-rate',
    name: { vi: 'Tỷ lệ thất nghiệp', en: 'Unemployment rate' },
    variants: [],
    unit: PERCENT,
    direction: 'lower',
    group: 'society',
    national: { name: 'Tỷ lệ thất nghiệp', note: BY_PROVINCE, source: ND_62_2024 },
  },
  {
    id: 'trained-workers',
    name: { vi: 'Tỷ lệ lao động (đang làm việc) qua đào tạo', en: 'Trained workers (share of employed workers)' },
    variants: ['Tỷ lệ lao động qua đào tạo'],
    unit: PERCENT,
    direction: 'higher',
    group: 'society',
  },
  {
    id: 'certified-workers',
    name: { vi: 'Tỷ lệ lao động có bằng cấp, chứng chỉ', en: 'Workers with a degree or certificate (share)' },
    variants: ['Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ'],
    unit: PERCENT,
    direction: 'higher',
    group: 'society',
    national: { name: 'Tỷ lệ lao động đã qua đào tạo có bằng, chứng chỉ', note: BY_PROVINCE, source: ND_62_2024 },
  },
  {
    id: 'public-schools-national-standard',
    name: { vi: 'Trường công lập đạt chuẩn quốc gia', en: 'Public schools recognised as meeting the national standard (count)' },
    variants: ['Số trường công lập đạt chuẩn quốc gia'],
    unit: 'trường',
    direction: 'higher',
    group: 'society',
  },
  {
    id: 'public-schools-national-standard-rate',
    name: { vi: 'Tỷ lệ trường công lập đạt chuẩn quốc gia', en: 'Public schools meeting the national standard (share)' },
    variants: ['Tỷ lệ trường đạt chuẩn quốc gia'],
    unit: PERCENT,
    direction: 'higher',
    group: 'society',
  },
  {
    id: 'cultural-families',
    name: { vi: 'Tỷ lệ hộ gia đình được công nhận và giữ vững danh hiệu “Gia đình văn hóa”', en: 'Households keeping the “cultured family” title (share)' },
    variants: [],
    unit: PERCENT,
    direction: 'higher',
    group: 'society',
  },
  {
    id: 'cultural-villages',
    name: { vi: 'Tỷ lệ thôn (làng) được công nhận và giữ vững danh hiệu “Làng văn hóa”', en: 'Villages keeping the “cultured village” title (share)' },
    variants: [],
    unit: PERCENT,
    direction: 'higher',
    group: 'society',
  },
  {
    id: 'cultural-residential-groups',
    name: { vi: 'Tỷ lệ tổ dân phố được công nhận và giữ vững danh hiệu “Tổ dân phố văn hóa”', en: 'Residential groups keeping the “cultured residential group” title (share)' },
    variants: [],
    unit: PERCENT,
    direction: 'higher',
    group: 'society',
  },
  {
    id: 'social-housing',
    name: { vi: 'Tổng số nhà ở và tổng diện tích nhà ở xã hội hoàn thành trong năm', en: 'Social housing completed in the year (dwellings and floor area)' },
    variants: ['Nhà ở xã hội hoàn thành trong năm', 'Số nhà ở xã hội hoàn thành'],
    otherUnits: ['nhà ở', 'căn', 'm2'],
    direction: 'higher',
    group: 'society',
  },
  {
    id: 'free-health-checkups',
    name: { vi: 'Tỷ lệ người dân được khám sức khỏe định kỳ hoặc khám sàng lọc miễn phí ít nhất 1 lần trong năm', en: 'People given a free check-up or screening at least once in the year (share)' },
    variants: ['Tỷ lệ người dân được khám sức khỏe định kỳ', 'Tỷ lệ người dân được khám sức khỏe định kỳ hoặc khám sàng lọc miễn phí'],
    unit: PERCENT,
    direction: 'higher',
    group: 'society',
  },
  {
    id: 'new-rural-communes',
    name: { vi: 'Số xã được công nhận đạt tiêu chí NTM nâng cao tăng thêm', en: 'Communes newly recognised under the new-rural-area criteria (standard, advanced, model)' },
    variants: ['xã NTM nâng cao', 'Số xã đạt chuẩn nông thôn mới'],
    unit: 'xã',
    direction: 'higher',
    group: 'society',
  },
  {
    id: 'new-rural-communes-rate',
    name: { vi: 'Tỷ lệ xã đạt chuẩn nông thôn mới', en: 'Communes meeting the new-rural-area standard (share)' },
    variants: ['Tỷ lệ xã đạt chuẩn NTM'],
    unit: PERCENT,
    direction: 'higher',
    group: 'society',
  },
  {
    id: 'new-ocop-products',
    name: { vi: 'Số sản phẩm OCOP được công nhận mới', en: 'New OCOP (“one commune, one product”) products recognised' },
    variants: ['Sản phẩm OCOP'],
    unit: 'sản phẩm',
    direction: 'higher',
    group: 'economy',
  },
  // ---- environment and infrastructure --------------------------------------------------
  {
    id: 'clean-water',
    name: { vi: 'Tỷ lệ hộ dân được cung cấp nước sạch', en: 'Households supplied with clean water (share)' },
    variants: [],
    unit: PERCENT,
    direction: 'higher',
    group: 'environment',
  },
  {
    id: 'waste-collection',
    name: { vi: 'Tỷ lệ rác thải sinh hoạt được thu gom và vận chuyển trong ngày', en: 'Household waste collected and removed within the day (share)' },
    variants: ['Tỷ lệ rác thải sinh hoạt được thu gom'],
    unit: PERCENT,
    direction: 'higher',
    group: 'environment',
  },
  {
    id: 'urban-wastewater-treatment',
    name: { vi: 'Tỷ lệ nước thải đô thị được xử lý', en: 'Urban wastewater treated (share)' },
    variants: [],
    unit: PERCENT,
    direction: 'higher',
    group: 'environment',
  },
  {
    id: 'hazardous-waste-treatment',
    name: { vi: 'Tỷ lệ chất thải nguy hại được xử lý', en: 'Hazardous waste treated (share)' },
    variants: [],
    unit: PERCENT,
    direction: 'higher',
    group: 'environment',
  },
  {
    id: 'medical-waste-treatment',
    name: { vi: 'Tỷ lệ chất thải y tế nguy hại được xử lý đạt quy chuẩn kỹ thuật quốc gia về môi trường', en: 'Hazardous medical waste treated to the national technical standard (share)' },
    variants: ['Tỷ lệ chất thải y tế nguy hại được xử lý'],
    unit: PERCENT,
    direction: 'higher',
    group: 'environment',
  },
  {
    id: 'forest-cover',
    name: { vi: 'Tỷ lệ che phủ rừng', en: 'Forest cover (share of the land area)' },
    variants: ['Tỷ lệ độ che phủ rừng', 'Tỷ lệ độ che phủ của rừng', 'Độ che phủ rừng', 'Độ che phủ của rừng'],
    unit: PERCENT,
    direction: 'higher',
    group: 'environment',
  },
  {
    id: 'green-space-per-capita',
    name: { vi: 'Diện tích cây xanh bình quân đầu người', en: 'Green space per person' },
    variants: ['Tỷ lệ cây xanh'],
    unit: 'm2/người',
    direction: 'higher',
    group: 'environment',
  },
  {
    id: 'air-quality-days',
    name: { vi: 'Tỷ lệ số ngày trong năm có chỉ số chất lượng không khí ở mức tốt và trung bình', en: 'Days of the year with good or moderate air quality (share)' },
    variants: [],
    unit: PERCENT,
    direction: 'higher',
    group: 'environment',
  },
  {
    id: 'public-transport-share',
    name: { vi: 'Tỷ lệ vận tải hành khách công cộng', en: 'Public transport share of passenger travel' },
    variants: [],
    unit: PERCENT,
    direction: 'higher',
    group: 'environment',
  },
];
