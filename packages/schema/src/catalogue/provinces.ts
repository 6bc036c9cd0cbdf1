// The 34 provinces and centrally-run cities since the 2025 reorganisation (Nghị quyết
// 202/2025/QH15, in force from 12/6/2025), each with the 63 former provinces it was formed from.
// Ids are kebab-case without accents, as the plans' folders (`plans/ha-noi/`); a former province
// whose name the new one kept has the same id (its plans sit in the same folder, the year tells
// them apart). Checked against the list of Nghị quyết 60-NQ/TW (12/4/2025) and the merging plan
// the Quốc hội adopted (sources in docs/catalogue.md).

export type ProvinceKind = 'city' | 'province';

/** A former province (one of the 63 before 12/6/2025). */
export interface FormerProvince {
  readonly id: string;
  readonly name: string;
}

export interface Province {
  readonly id: string;
  /** As the Council's documents name it: "Thành phố Hà Nội", "Tỉnh Tuyên Quang". */
  readonly name: string;
  /** Without "Tỉnh"/"Thành phố": "Hà Nội". */
  readonly shortName: string;
  readonly kind: ProvinceKind;
  /** The former provinces it was formed from, when formed by merging (it kept the first one's name); none when unchanged. */
  readonly predecessors: readonly FormerProvince[];
}

const p = (id: string, name: string): FormerProvince => ({ id, name });

function province(kind: ProvinceKind, id: string, shortName: string, predecessors: readonly FormerProvince[] = []): Province {
  return { id, name: `${kind === 'city' ? 'Thành phố' : 'Tỉnh'} ${shortName}`, shortName, kind, predecessors };
}

/** In the order of Nghị quyết 60-NQ/TW's list: the 11 unchanged, then the 23 formed by merging. */
export const PROVINCES: readonly Province[] = [
  province('city', 'ha-noi', 'Hà Nội'),
  province('city', 'hue', 'Huế'),
  province('province', 'lai-chau', 'Lai Châu'),
  province('province', 'dien-bien', 'Điện Biên'),
  province('province', 'son-la', 'Sơn La'),
  province('province', 'lang-son', 'Lạng Sơn'),
  province('province', 'quang-ninh', 'Quảng Ninh'),
  province('province', 'thanh-hoa', 'Thanh Hóa'),
  province('province', 'nghe-an', 'Nghệ An'),
  province('province', 'ha-tinh', 'Hà Tĩnh'),
  province('province', 'cao-bang', 'Cao Bằng'),
  province('province', 'tuyen-quang', 'Tuyên Quang', [p('tuyen-quang', 'Tỉnh Tuyên Quang'), p('ha-giang', 'Tỉnh Hà Giang')]),
  province('province', 'lao-cai', 'Lào Cai', [p('lao-cai', 'Tỉnh Lào Cai'), p('yen-bai', 'Tỉnh Yên Bái')]),
  province('province', 'thai-nguyen', 'Thái Nguyên', [p('thai-nguyen', 'Tỉnh Thái Nguyên'), p('bac-kan', 'Tỉnh Bắc Kạn')]),
  province('province', 'phu-tho', 'Phú Thọ', [p('phu-tho', 'Tỉnh Phú Thọ'), p('vinh-phuc', 'Tỉnh Vĩnh Phúc'), p('hoa-binh', 'Tỉnh Hòa Bình')]),
  province('province', 'bac-ninh', 'Bắc Ninh', [p('bac-ninh', 'Tỉnh Bắc Ninh'), p('bac-giang', 'Tỉnh Bắc Giang')]),
  province('province', 'hung-yen', 'Hưng Yên', [p('hung-yen', 'Tỉnh Hưng Yên'), p('thai-binh', 'Tỉnh Thái Bình')]),
  province('city', 'hai-phong', 'Hải Phòng', [p('hai-phong', 'Thành phố Hải Phòng'), p('hai-duong', 'Tỉnh Hải Dương')]),
  province('province', 'ninh-binh', 'Ninh Bình', [p('ninh-binh', 'Tỉnh Ninh Bình'), p('ha-nam', 'Tỉnh Hà Nam'), p('nam-dinh', 'Tỉnh Nam Định')]),
  province('province', 'quang-tri', 'Quảng Trị', [p('quang-tri', 'Tỉnh Quảng Trị'), p('quang-binh', 'Tỉnh Quảng Bình')]),
  province('city', 'da-nang', 'Đà Nẵng', [p('da-nang', 'Thành phố Đà Nẵng'), p('quang-nam', 'Tỉnh Quảng Nam')]),
  province('province', 'quang-ngai', 'Quảng Ngãi', [p('quang-ngai', 'Tỉnh Quảng Ngãi'), p('kon-tum', 'Tỉnh Kon Tum')]),
  province('province', 'gia-lai', 'Gia Lai', [p('gia-lai', 'Tỉnh Gia Lai'), p('binh-dinh', 'Tỉnh Bình Định')]),
  province('province', 'khanh-hoa', 'Khánh Hòa', [p('khanh-hoa', 'Tỉnh Khánh Hòa'), p('ninh-thuan', 'Tỉnh Ninh Thuận')]),
  province('province', 'lam-dong', 'Lâm Đồng', [p('lam-dong', 'Tỉnh Lâm Đồng'), p('dak-nong', 'Tỉnh Đắk Nông'), p('binh-thuan', 'Tỉnh Bình Thuận')]),
  province('province', 'dak-lak', 'Đắk Lắk', [p('dak-lak', 'Tỉnh Đắk Lắk'), p('phu-yen', 'Tỉnh Phú Yên')]),
  province('city', 'ho-chi-minh', 'Hồ Chí Minh', [p('ho-chi-minh', 'Thành phố Hồ Chí Minh'), p('binh-duong', 'Tỉnh Bình Dương'), p('ba-ria-vung-tau', 'Tỉnh Bà Rịa - Vũng Tàu')]),
  province('province', 'dong-nai', 'Đồng Nai', [p('dong-nai', 'Tỉnh Đồng Nai'), p('binh-phuoc', 'Tỉnh Bình Phước')]),
  province('province', 'tay-ninh', 'Tây Ninh', [p('tay-ninh', 'Tỉnh Tây Ninh'), p('long-an', 'Tỉnh Long An')]),
  province('city', 'can-tho', 'Cần Thơ', [p('can-tho', 'Thành phố Cần Thơ'), p('soc-trang', 'Tỉnh Sóc Trăng'), p('hau-giang', 'Tỉnh Hậu Giang')]),
  province('province', 'vinh-long', 'Vĩnh Long', [p('vinh-long', 'Tỉnh Vĩnh Long'), p('ben-tre', 'Tỉnh Bến Tre'), p('tra-vinh', 'Tỉnh Trà Vinh')]),
  province('province', 'dong-thap', 'Đồng Tháp', [p('dong-thap', 'Tỉnh Đồng Tháp'), p('tien-giang', 'Tỉnh Tiền Giang')]),
  province('province', 'ca-mau', 'Cà Mau', [p('ca-mau', 'Tỉnh Cà Mau'), p('bac-lieu', 'Tỉnh Bạc Liêu')]),
  province('province', 'an-giang', 'An Giang', [p('an-giang', 'Tỉnh An Giang'), p('kien-giang', 'Tỉnh Kiên Giang')]),
];

const BY_ID: ReadonlyMap<string, Province> = new Map(PROVINCES.map((x) => [x.id, x]));

/** The province (since 2025) with this id. */
export function provinceById(id: string): Province | undefined {
  return BY_ID.get(id);
}

/** The 63 former provinces: the unchanged ones and every predecessor of a merged one. */
export const FORMER_PROVINCES: readonly FormerProvince[] = PROVINCES.flatMap((x) => (x.predecessors.length > 0 ? x.predecessors : [{ id: x.id, name: x.name }]));

const FORMER_BY_ID: ReadonlyMap<string, FormerProvince> = new Map(FORMER_PROVINCES.map((x) => [x.id, x]));

/** A former province (before 12/6/2025) with this id. */
export function formerProvinceById(id: string): FormerProvince | undefined {
  return FORMER_BY_ID.get(id);
}

/** Whether a plan may name this jurisdiction: a province since 2025, or a former one (its plans of 2025 and before). */
export function isKnownJurisdiction(id: string): boolean {
  return BY_ID.has(id) || FORMER_BY_ID.has(id);
}
