// The units the plans use, as printed after the number, and how they relate: a small algebra.
// A unit reads as  [scale words] thing [/ per …]  ("nghìn tỷ đồng" is 10¹² đồng, "triệu
// đồng/người", "bác sĩ/vạn dân"); other spellings of a word ("tỉ" = "tỷ", "m²" = "m2") and
// other words for the same counted thing ("căn" = "căn hộ" = "nhà ở") read as one; the base of
// a share ("% GRDP", "%/GRDP", "% trong GRDP") is kept apart from the unit. Two units compare
// when they count the same thing per the same things; a value then converts by the ratio of
// their scales ("730 nghìn tỷ đồng" = "730.000 tỷ đồng"). Every equality says why, and
// docs/plan-format.md lists them (generated from here). The grammar reads any unit a wording
// writes; from here it takes the signs written against the number ("20%") and the share bases.
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
  { text: 'nghìn tỷ đồng', name: { vi: 'nghìn tỷ đồng', en: 'trillion đồng' }, description: { vi: 'Nghìn tỷ đồng (1.000 tỷ đồng).', en: 'Trillion đồng (1,000 billion).' } },
  { text: 'USD', name: { vi: 'đô la Mỹ', en: 'US dollars' }, description: { vi: 'Đô la Mỹ.', en: 'US dollars.' } },
  { text: 'USD/người', name: { vi: 'đô la Mỹ/người', en: 'US dollars per person' }, description: { vi: 'Đô la Mỹ trên mỗi người.', en: 'US dollars per person.' } },
  { text: 'triệu USD', name: { vi: 'triệu đô la Mỹ', en: 'million US dollars' }, description: { vi: 'Triệu đô la Mỹ.', en: 'Million US dollars.' } },
  { text: 'tỷ USD', name: { vi: 'tỷ đô la Mỹ', en: 'billion US dollars' }, description: { vi: 'Tỷ đô la Mỹ (1.000 triệu USD).', en: 'Billion US dollars (1,000 million).' } },
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
  { text: 'lần', name: { vi: 'lần', en: 'times' }, description: { vi: 'Số lần so với mốc, của chỉ tiêu “gấp” (“gấp 1,5 lần”).', en: 'Times the reference, for a “gấp” (multiple) target (“gấp 1,5 lần”).' } },
  { text: 'hộ nghèo', name: { vi: 'hộ nghèo', en: 'poor households' }, description: { vi: 'Số hộ nghèo.', en: 'Poor households.' } },
];

// ---- the algebra's words --------------------------------------------------------------

/** A scale word: multiplies what follows it ("730 nghìn tỷ đồng" = 730 × 10¹² đồng). */
export interface ScaleEntry {
  /** Lower case, NFC. */
  readonly text: string;
  readonly factor: number;
  readonly name: Bilingual;
}

/** Scale words multiply each other: "nghìn tỷ" is 1.000 × 1.000.000.000. */
export const SCALES: readonly ScaleEntry[] = [
  { text: 'nghìn', factor: 1e3, name: { vi: 'nghìn: × 1.000', en: 'thousand: × 1,000' } },
  { text: 'vạn', factor: 1e4, name: { vi: 'vạn: × 10.000 (“bác sĩ/vạn dân”)', en: 'ten thousand: × 10,000 (“doctors per 10,000 people”)' } },
  { text: 'triệu', factor: 1e6, name: { vi: 'triệu: × 1.000.000', en: 'million: × 1,000,000' } },
  { text: 'tỷ', factor: 1e9, name: { vi: 'tỷ: × 1.000.000.000', en: 'billion: × 1,000,000,000' } },
];

/** Two ways of writing one thing: `written` reads as `same`, for the reason `why`. */
export interface UnitEquality {
  /** As written, lower case, NFC. */
  readonly written: string;
  readonly same: string;
  readonly why: Bilingual;
}

/** Other spellings of one word, read word by word (and "²", "³" character by character). */
export const UNIT_SPELLINGS: readonly UnitEquality[] = [
  {
    written: 'tỉ',
    same: 'tỷ',
    why: {
      vi: 'Hai cách viết chuẩn của cùng một từ (“i” hay “y”); báo chí viết “730.000 tỉ đồng” cho “730.000 tỷ đồng” của cùng một chỉ tiêu.',
      en: 'Two standard spellings of one word (“i” or “y”); the press writes “730.000 tỉ đồng” for the same target as “730.000 tỷ đồng”.',
    },
  },
  {
    written: 'ngàn',
    same: 'nghìn',
    why: { vi: 'Cùng một số từ, “ngàn” là cách nói phía Nam.', en: 'The same numeral; “ngàn” is the southern word.' },
  },
  {
    written: 'm²',
    same: 'm2',
    why: {
      vi: 'Chỉ số trên (“²”, “³”) và chữ số thường là một; văn bản in “m²”, các kế hoạch ghi “m2”.',
      en: 'A superscript (“²”, “³”) is the plain digit; texts print “m²”, the plans write “m2”.',
    },
  },
];

/** Other words for the same counted thing (the whole unit, after spelling). */
export const UNIT_SAME_THINGS: readonly UnitEquality[] = [
  {
    written: 'nhà ở',
    same: 'căn',
    why: {
      vi: 'Nhà ở được đếm từng căn: Nghị quyết 58/NQ-HĐND của Hà Nội ghi “4.670 nhà ở” ở Phụ lục và “4.670 căn nhà ở xã hội” trong thân văn bản cho cùng một chỉ tiêu.',
      en: 'Dwellings are counted one by one: Hà Nội’s resolution 58/NQ-HĐND writes “4.670 nhà ở” in its appendix and “4.670 căn nhà ở xã hội” in its body for the same target.',
    },
  },
  {
    written: 'căn hộ',
    same: 'căn',
    why: {
      vi: 'Một căn hộ là một căn nhà ở; chỉ tiêu nhà ở (xã hội) đếm căn hộ và căn như nhau.',
      en: 'An apartment is one dwelling; housing targets count “căn hộ” and “căn” alike.',
    },
  },
  {
    written: 'căn nhà',
    same: 'căn',
    why: { vi: 'Cùng là một căn nhà ở.', en: 'The same dwelling.' },
  },
  {
    written: 'căn nhà ở',
    same: 'căn',
    why: { vi: 'Cùng là một căn nhà ở.', en: 'The same dwelling.' },
  },
  {
    written: 'lượt khách',
    same: 'lượt',
    why: {
      vi: 'Khách được đếm theo lượt: “7 triệu lượt khách du lịch quốc tế” có đơn vị “triệu lượt”; “khách” chỉ nói ai được đếm.',
      en: 'Visitors are counted in visits: “7 triệu lượt khách du lịch quốc tế” has the unit “triệu lượt”; “khách” only says who is counted.',
    },
  },
  {
    written: 'm2 sàn',
    same: 'm2',
    why: {
      vi: 'Diện tích sàn nhà ở tính bằng m2; “sàn” chỉ nói diện tích nào (“24,85 m² sàn/người”).',
      en: 'Floor area is measured in m2; “sàn” only says which area (“24,85 m² sàn/người”).',
    },
  },
  {
    written: 'người lao động',
    same: 'lao động',
    why: { vi: 'Một lao động là một người lao động.', en: 'A worker, counted as “lao động” or “người lao động”.' },
  },
];

/** The base of a share, written after “%” (“30% GRDP”, “1%/GRDP”, “25% trong GRDP”). */
export interface ShareBase {
  /** As the plans write it. */
  readonly text: string;
  readonly name: Bilingual;
}

export const SHARE_BASES: readonly ShareBase[] = [
  { text: 'GRDP', name: { vi: 'tổng sản phẩm trên địa bàn', en: 'gross regional domestic product' } },
  { text: 'GDP', name: { vi: 'tổng sản phẩm trong nước', en: 'gross domestic product' } },
];

/** The word between “%” and a share's base: “25% trong GRDP”. */
export const SHARE_WORDS: readonly string[] = ['trong'];

/** Why “% GRDP”, “%/GRDP” and “% trong GRDP” are one unit, for the docs. */
export const SHARE_WHY: Bilingual = {
  vi: 'Một tỷ trọng so với GRDP (hay GDP), viết ba cách: “chiếm khoảng 30% GRDP”, “trên 1%/GRDP”, “đóng góp khoảng 25% trong GRDP”. Đơn vị là “%”, GRDP là gốc của tỷ trọng (trường `of`); một đơn vị “%” không nêu gốc so được với cả hai.',
  en: 'A share of GRDP (or GDP), written three ways: “chiếm khoảng 30% GRDP”, “trên 1%/GRDP”, “đóng góp khoảng 25% trong GRDP”. The unit is “%”, GRDP the share’s base (the `of` field); a “%” that names no base compares with either.',
};

// ---- reading a unit --------------------------------------------------------------------

/** A unit as the algebra reads it. */
export interface UnitReading {
  /** The product of its scale words (a per-part's scale divides): "nghìn tỷ đồng" → 1e12. */
  readonly scale: number;
  /** What is counted or measured, canonical ("đồng", "usd", "%", "căn", "m2"); "" for none. */
  readonly thing: string;
  /** What it is per, canonical and in order ("người", "năm"). */
  readonly per: readonly string[];
  /** A share's base ("GRDP"). */
  readonly of?: string;
}

const SCALE_BY_WORD = new Map(SCALES.map((s) => [s.text, s.factor]));
const SPELLING = new Map(UNIT_SPELLINGS.filter((e) => !/[²³]/u.test(e.written)).map((e) => [e.written, e.same]));
const SAME_THING = new Map(UNIT_SAME_THINGS.map((e) => [e.written, e.same]));
const SHARE_BY_WORD = new Map(SHARE_BASES.map((b) => [b.text.toLowerCase(), b.text]));
const SUPERSCRIPT: Readonly<Record<string, string>> = { '²': '2', '³': '3' };

/** Memo: units repeat across a plan and its rules. */
const READINGS = new Map<string, UnitReading>();
const NONE: UnitReading = { scale: 1, thing: '', per: [] };

/**
 * Reads a unit as written. Never throws; linear in its length. Case, runs of whitespace, the
 * spaces of "m 2" and around "/", superscripts and parentheses ("triệu (lượt khách)") do not count.
 */
export function readUnit(written: string | undefined): UnitReading {
  if (typeof written !== 'string') return NONE;
  const hit = READINGS.get(written);
  if (hit) return hit;
  const r = read(written.length > 500 ? written.slice(0, 500) : written);
  if (READINGS.size > 5000) READINGS.clear();
  READINGS.set(written, r);
  return r;
}

function read(written: string): UnitReading {
  const s = written
    .normalize('NFC')
    .toLowerCase()
    .replace(/[²³]/gu, (c) => SUPERSCRIPT[c]!)
    .replace(/[()]/g, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/ ?\/ ?/g, '/')
    .replace(/(^|[ /])([kcdm]?m) ([23])(?=$|[ /])/g, '$1$2$3');
  if (s === '') return NONE;
  const [head = '', ...rest] = s.split('/');
  const num = segment(head);
  let scale = num.scale;
  let of = num.of;
  const per: string[] = [];
  for (const [i, p] of rest.entries()) {
    // "%/GRDP": a share's base, not a "per".
    const share = SHARE_BY_WORD.get(p);
    if (i === 0 && share !== undefined && of === undefined && isPercent(num.thing)) {
      of = share;
      continue;
    }
    const d = segment(p);
    scale /= d.scale;
    per.push(d.thing);
  }
  return { scale, thing: num.thing, per, ...(of !== undefined ? { of } : {}) };
}

const isPercent = (thing: string) => thing === '%' || thing === '‰';

/** "nghìn tỷ đồng" → 1e12 × đồng; "1.000 dân" → 1e3 × dân; "% trong grdp" → % of GRDP. */
function segment(text: string): { scale: number; thing: string; of?: string } {
  const words = text.split(' ').filter((w) => w !== '').map((w) => SPELLING.get(w) ?? w);
  let scale = 1;
  let i = 0;
  // A count in a "per" ("giường bệnh/1.000 dân"): Vietnamese thousands.
  if (i < words.length && /^\d{1,3}(\.\d{3})*$/.test(words[i]!)) scale *= Number(words[i++]!.replace(/\./g, ''));
  for (; i < words.length; i++) {
    const f = SCALE_BY_WORD.get(words[i]!);
    if (f === undefined) break;
    scale *= f;
  }
  let thingWords = words.slice(i);
  let of: string | undefined;
  if (isPercent(thingWords[0] ?? '') && thingWords.length > 1) {
    const tail = thingWords.slice(1);
    const base = SHARE_BY_WORD.get(tail[tail.length - 1]!);
    const between = tail.slice(0, -1).join(' ');
    if (base !== undefined && (between === '' || SHARE_WORDS.includes(between))) {
      of = base;
      thingWords = thingWords.slice(0, 1);
    }
  }
  const joined = thingWords.join(' ');
  return { scale, thing: SAME_THING.get(joined) ?? joined, ...(of !== undefined ? { of } : {}) };
}

/** A scale word and nothing else ("hơn 16 triệu"): the thing counted is the indicator's. */
export function isBareScale(r: UnitReading): boolean {
  return r.thing === '' && r.per.length === 0 && r.scale !== 1;
}

/**
 * The factor that converts a value in unit `from` into unit `to` ("730 nghìn tỷ đồng" into
 * "tỷ đồng": × 1.000), or undefined when the two do not measure the same thing per the same
 * things. A bare scale ("triệu") takes the other's thing; a share's base is compared when both
 * name one. No unit at all compares only with no unit.
 */
export function unitFactor(from: string | undefined, to: string | undefined): number | undefined {
  const a = readUnit(from);
  const b = readUnit(to);
  if (a.of !== undefined && b.of !== undefined && a.of !== b.of) return undefined;
  const bare = isBareScale(a) || isBareScale(b);
  if (!bare && (a.thing !== b.thing || a.per.join('/') !== b.per.join('/'))) return undefined;
  if (bare && (isPercent(a.thing) || isPercent(b.thing))) return undefined;
  return a.scale / b.scale;
}

/**
 * The factor that converts a range's lower bound, written in `first`, into the unit written
 * after the upper bound, `last`: another scale of the same thing ("800 nghìn - 1 triệu lượt":
 * × 0,001), or `last` without its "per" ("10%-10,5%/năm": × 1). Undefined when they differ.
 */
export function rangeBoundFactor(first: string, last: string): number | undefined {
  const f = unitFactor(first, last);
  if (f !== undefined) return f;
  const slash = last.indexOf('/');
  if (slash <= 0 || readUnit(first).per.length > 0) return undefined;
  return unitFactor(first, last.slice(0, slash));
}

/** The same unit: the same thing at the same scale ("tỉ đồng" = "tỷ đồng", "căn" = "nhà ở", "m²" = "m2"). */
export function sameUnit(a: string | undefined, b: string | undefined): boolean {
  if (a === b) return true;
  const f = unitFactor(a, b);
  return f !== undefined && Math.abs(f - 1) <= 1e-9;
}

/** A target's unit with its share's base, as one unit the algebra reads ("%" of GRDP: "%/GRDP"). */
export function withShareBase(unit: string | undefined, of: string | undefined): string | undefined {
  return typeof unit === 'string' && typeof of === 'string' && /^\s*[%‰]\s*$/u.test(unit) ? `${unit.trim()}/${of}` : unit;
}

/** The entry of a unit as a plan writes it: as listed, or a unit the algebra reads as the same ("tỉ đồng"). */
export function findUnit(written: string): UnitEntry | undefined {
  const direct = BY_TEXT.get(written.replace(/\s+/g, ' ').trim()) ?? BY_TEXT.get(written.replace(/\s+/g, ''));
  if (direct || written.trim() === '') return direct;
  if (isBareScale(readUnit(written))) return undefined;
  return UNITS.find((u) => sameUnit(u.text, written));
}

const BY_TEXT = new Map<string, UnitEntry>(UNITS.map((u) => [u.text, u]));

/** The signs written against the number ("%", "‰"). */
export const ATTACHED_UNITS: readonly string[] = UNITS.filter((u) => u.attached).map((u) => u.text);
