import { describe, it, expect } from 'vitest';
import type { Target } from '../model/types.js';
import { fill, MESSAGES, type Lang } from '../messages/index.js';
import { formatTarget, grammarIssueSeverity, normalizeUnitSpacing, parseTarget, toTarget, type GrammarIssue, type GrammarIssueCode } from './index.js';
import * as vocabulary from '../vocabulary/index.js';

/** The issue as the malformed-target message words it: the catalog's grammar.<code>, then what was expected. */
const renderGrammarIssue = (issue: GrammarIssue, lang: Lang) => fill('{issue|grammar}', { ...issue.params, issue: issue.code }, lang);
const templateOf = (code: GrammarIssueCode, lang: Lang) => MESSAGES[`grammar.${code}`][lang];

type Meaning = Omit<Target, 'wording'>;

function meaningOf(wording: string): Meaning {
  const r = parseTarget(wording);
  if (!r.ok) throw new Error(`${wording}: ${JSON.stringify(r.error)}`);
  const { wording: _w, ...rest } = toTarget(r.target, wording);
  return rest;
}

function errorOf(wording: string): GrammarIssue {
  const r = parseTarget(wording);
  if (r.ok) throw new Error(`${wording} parsed: ${JSON.stringify(r.target)}`);
  return r.error;
}

describe('forms used by other provinces', () => {
  it.each<[string, Meaning]>([
    // comparator words before the number
    ['trên 80%', { op: '>', value: 80, unit: '%' }],
    ['dưới 1,5%', { op: '<', value: 1.5, unit: '%' }],
    ['khoảng 8%', { op: '~', value: 8, unit: '%' }],
    ['xấp xỉ 8%', { op: '~', value: 8, unit: '%' }],
    ['trên dưới 7%', { op: '~', value: 7, unit: '%' }],
    ['tăng trên dưới 10%', { kind: 'increase', op: '~', value: 10, unit: '%' }],
    ['trên dưới 30-35%', { op: '~', min: 30, max: 35, unit: '%' }],
    ['ít nhất 5 sản phẩm', { op: '>=', value: 5, unit: 'sản phẩm' }],
    ['tối thiểu 60%', { op: '>=', value: 60, unit: '%' }],
    ['tối đa 3%', { op: '<=', value: 3, unit: '%' }],
    ['không quá 4%', { op: '<=', value: 4, unit: '%' }],
    ['không vượt quá 4%', { op: '<=', value: 4, unit: '%' }],
    ['không dưới 90%', { op: '>=', value: 90, unit: '%' }],
    ['không thấp hơn 90%', { op: '>=', value: 90, unit: '%' }],
    ['không ít hơn 10 dự án', { op: '>=', value: 10, unit: 'dự án' }],
    ['hơn 50%', { op: '>', value: 50, unit: '%' }],
    // comparator words after the number
    ['7% trở lên', { op: '>=', value: 7, unit: '%' }],
    ['từ 7% trở lên', { op: '>=', value: 7, unit: '%' }],
    ['2% trở xuống', { op: '<=', value: 2, unit: '%' }],
    ['từ 2% trở xuống', { op: '<=', value: 2, unit: '%' }],
    ['1,5 tỷ đồng trở lên', { op: '>=', value: 1.5, unit: 'tỷ đồng' }],
    // ranges
    ['từ 5 đến 6%', { op: 'range', min: 5, max: 6, unit: '%' }],
    ['từ 5% đến 6%', { op: 'range', min: 5, max: 6, unit: '%' }],
    ['từ 5 tới 6%', { op: 'range', min: 5, max: 6, unit: '%' }],
    ['5 đến 6%', { op: 'range', min: 5, max: 6, unit: '%' }],
    ['95-100%', { op: 'range', min: 95, max: 100, unit: '%' }],
    ['95 - 100%', { op: 'range', min: 95, max: 100, unit: '%' }],
    ['8- 10 m2/người', { op: 'range', min: 8, max: 10, unit: 'm2/người' }],
    ['8 -10%', { op: 'range', min: 8, max: 10, unit: '%' }],
    ['8–10%', { op: 'range', min: 8, max: 10, unit: '%' }],
    ['5%-6%', { op: 'range', min: 5, max: 6, unit: '%' }],
    ['khoảng 30-35 sản phẩm', { op: '~', min: 30, max: 35, unit: 'sản phẩm' }],
    ['khoảng 7,5-8%', { op: '~', min: 7.5, max: 8, unit: '%' }],
    ['1,5-2 tỷ đồng', { op: 'range', min: 1.5, max: 2, unit: 'tỷ đồng' }],
    // reach, change, maintain
    ['đạt 100%', { op: '=', value: 100, unit: '%' }],
    ['đạt trên 85%', { op: '>', value: 85, unit: '%' }],
    ['đạt từ 70% trở lên', { op: '>=', value: 70, unit: '%' }],
    ['đạt 95-100%', { op: 'range', min: 95, max: 100, unit: '%' }],
    ['tăng từ 6,5% trở lên', { kind: 'increase', op: '>=', value: 6.5, unit: '%' }],
    ['tăng 9-10%', { kind: 'increase', op: 'range', min: 9, max: 10, unit: '%' }],
    ['tăng 15%', { kind: 'increase', op: '=', value: 15, unit: '%' }],
    ['tăng trên 8%', { kind: 'increase', op: '>', value: 8, unit: '%' }],
    ['tăng khoảng 8%', { kind: 'increase', op: '~', value: 8, unit: '%' }],
    ['giảm 0,15%', { kind: 'decrease', op: '=', value: 0.15, unit: '%' }],
    ['giảm từ 1,5% trở lên', { kind: 'decrease', op: '>=', value: 1.5, unit: '%' }],
    ['Giảm 2%', { kind: 'decrease', op: '=', value: 2, unit: '%' }],
    ['tăng thêm 35 xã', { kind: 'increase', op: '=', value: 35, unit: 'xã' }],
    ['Duy trì không có hộ nghèo', { kind: 'maintain', op: '=', value: 0, unit: 'hộ nghèo', state: 'không có hộ nghèo' }],
    ['duy trì không còn hộ nghèo', { kind: 'maintain', op: '=', value: 0, unit: 'hộ nghèo', state: 'không còn hộ nghèo' }],
    ['Duy trì 100%', { kind: 'maintain', op: '=', value: 100, unit: '%', state: '100%' }],
    ['Duy trì tốc độ tăng trưởng ổn định', { kind: 'maintain', state: 'tốc độ tăng trưởng ổn định' }],
    ['không có hộ nghèo', { op: '=', value: 0, unit: 'hộ nghèo' }],
    // money, per capita, scale words
    ['172,4 triệu đồng', { op: '=', value: 172.4, unit: 'triệu đồng' }],
    ['1,5 tỷ đồng', { op: '=', value: 1.5, unit: 'tỷ đồng' }],
    ['50 nghìn tỷ đồng', { op: '=', value: 50, unit: 'nghìn tỷ đồng' }],
    ['10 tỷ USD', { op: '=', value: 10, unit: 'tỷ USD' }],
    ['3.500 USD/người', { op: '=', value: 3500, unit: 'USD/người' }],
    ['120 triệu đồng/người', { op: '=', value: 120, unit: 'triệu đồng/người' }],
    ['250 triệu đồng/lao động', { op: '=', value: 250, unit: 'triệu đồng/lao động' }],
    ['12 m2/người', { op: '=', value: 12, unit: 'm2/người' }],
    ['7 triệu lượt', { op: '=', value: 7, unit: 'triệu lượt' }],
    ['7 triệu lượt khách', { op: '=', value: 7, unit: 'triệu lượt khách' }],
    ['10%/năm', { op: '=', value: 10, unit: '%/năm' }],
    ['35 bác sĩ/vạn dân', { op: '=', value: 35, unit: 'bác sĩ/vạn dân' }],
    ['4,5 giường bệnh/1.000 dân', { op: '=', value: 4.5, unit: 'giường bệnh/1.000 dân' }],
    ['117', { op: '=', value: 117 }],
    // capitals and extra spaces inside
    ['Trên 85%', { op: '>', value: 85, unit: '%' }],
    ['Từ 75%  trở   lên', { op: '>=', value: 75, unit: '%' }],
    ['đạt\u00a0100%', { op: '=', value: 100, unit: '%' }],
  ])('%s', (wording, meaning) => {
    expect(meaningOf(wording)).toEqual(meaning);
    const r = parseTarget(wording);
    expect(r.ok && formatTarget(r.target)).toBe(wording);
  });
});

/** [phrase, where it is from (research #n: src/testing/researchPhrases.ts), its meaning]. */
const REMAINDER: Array<[string, string, Meaning]> = [
  // "từ … trở lên" over a range: ≥ with min and max ("ít nhất 4-5%" means the same).
  ['từ 10 - 10,5% trở lên', 'Cần Thơ 2026, research #109', { op: '>=', min: 10, max: 10.5, unit: '%' }],
  ['đạt từ 10 - 10,5% trở lên', 'Cần Thơ 2026, research #109', { op: '>=', min: 10, max: 10.5, unit: '%' }],
  // A share's base against the sign.
  ['30%GRDP', 'issue 11 (“chiếm khoảng 30% GRDP” without the space)', { op: '=', value: 30, unit: '%', of: 'GRDP' }],
  ['chiếm khoảng 30%GRDP', 'issue 11', { op: '~', value: 30, unit: '%', of: 'GRDP' }],
  ['30%/GRDP', 'issue 11 (“trên 1%/GRDP”)', { op: '=', value: 30, unit: '%', of: 'GRDP' }],
  // Multiples: kind multiple, the factor in "lần", the reference year kept.
  ['gấp 1,5 lần', 'issue 11', { kind: 'multiple', op: '=', value: 1.5, unit: 'lần' }],
  ['tăng gấp 2 lần so với năm 2025', 'issue 11', { kind: 'multiple', op: '=', value: 2, unit: 'lần', relativeTo: 2025 }],
  ['gấp khoảng 2 lần so với năm 2025', 'Phú Thọ 2030, research #75', { kind: 'multiple', op: '~', value: 2, unit: 'lần', relativeTo: 2025 }],
  // The level a measure comes down (or up) to: a level, not the size of a change.
  ['xuống còn 28,43%', 'Đắk Lắk 2030, research #124', { op: '=', value: 28.43, unit: '%' }],
  ['giảm xuống còn 28,43%', 'issue 11 (“xuống còn”)', { op: '=', value: 28.43, unit: '%' }],
  ['giảm còn dưới 2%', 'Ninh Bình, research #121', { op: '<', value: 2, unit: '%' }],
  ['xuống dưới 9,8%', 'Huế, research #91', { op: '<', value: 9.8, unit: '%' }],
  ['giảm xuống dưới 9,8%', 'issue 11 (“giảm xuống dưới”)', { op: '<', value: 9.8, unit: '%' }],
  ['lên tới 16,38%/năm', 'Đắk Lắk, research #123', { op: '=', value: 16.38, unit: '%/năm' }],
  ['là 10.370USD/người/năm', 'Bà Rịa - Vũng Tàu, research #128', { op: '=', value: 10370, unit: 'USD/người/năm' }],
  // The comparators of the brief, on real phrases.
  ['tăng tối thiểu 10%', 'Lâm Đồng 2026, research #11', { kind: 'increase', op: '>=', value: 10, unit: '%' }],
  ['Tối thiểu 1.200 người lao động', 'Huế, research #90', { op: '>=', value: 1200, unit: 'người lao động' }],
  ['đạt tối thiểu 115,12', 'Cần Thơ 2026, research #110', { op: '>=', value: 115.12 }],
  ['không thấp hơn 90%', 'issue 11', { op: '>=', value: 90, unit: '%' }],
  ['không vượt quá 4%', 'issue 11', { op: '<=', value: 4, unit: '%' }],
  ['trên dưới 7%', 'issue 11', { op: '~', value: 7, unit: '%' }],
  ['vượt mốc 25.000 tỷ đồng', 'Lào Cai 2026, research #53', { op: '>', value: 25000, unit: 'tỷ đồng' }],
  ['ổn định ở mức 42%', 'Cả nước 2030, research #139', { kind: 'maintain', op: '=', value: 42, unit: '%', state: '42%' }],
  ['bình quân hằng năm đạt 11 - 12%', 'Khánh Hòa, research #47', { op: 'range', min: 11, max: 12, unit: '%', average: true }],
  // Ranges whose ends have different scales (the lower bound converted into the unit) or
  // whose last unit adds its "per".
  ['800 nghìn - 1 triệu lượt', 'issue 11', { op: 'range', min: 0.8, max: 1, unit: 'triệu lượt' }],
  ['từ 800 nghìn đến 1,2 triệu lượt khách', 'issue 11', { op: 'range', min: 0.8, max: 1.2, unit: 'triệu lượt khách' }],
  ['đạt 10%-10,5%/năm', 'Cà Mau 2030, research #101', { op: 'range', min: 10, max: 10.5, unit: '%/năm' }],
  // What is done to a count in the year.
  ['thu hút 15 triệu khách du lịch', 'Lào Cai 2030, research #50', { op: '=', value: 15, unit: 'triệu khách du lịch' }],
  ['đón 5,6 triệu lượt khách du lịch', 'Bắc Ninh 2025, research #59', { op: '=', value: 5.6, unit: 'triệu lượt khách du lịch' }],
  ['xây dựng 8.340 căn nhà ở xã hội', 'Đồng Nai 2025, research #73', { op: '=', value: 8340, unit: 'căn nhà ở xã hội' }],
  ['hoàn thành trên 110.000 căn nhà ở xã hội', 'Cả nước 2026, research #135', { op: '>', value: 110000, unit: 'căn nhà ở xã hội' }],
  ['kết nạp 1.700 - 2.000 đảng viên', 'Huế 2026, research #87', { op: 'range', min: 1700, max: 2000, unit: 'đảng viên' }],
];

describe('issue 11: the forms not read before', () => {
  it.each(REMAINDER)('%s (%s)', (wording, _from, meaning) => {
    expect(wording).toBe(wording.normalize('NFC'));
    expect(meaningOf(wording)).toEqual(meaning);
    const r = parseTarget(wording);
    expect(r.ok && formatTarget(r.target)).toBe(wording);
  });

  it('an edited bound is written in the scale each end was printed in', () => {
    const r = parseTarget('800 nghìn - 1 triệu lượt');
    if (!r.ok) throw new Error('not read');
    expect(formatTarget({ ...r.target, min: 0.9 })).toBe('900 nghìn - 1 triệu lượt');
    // A bare scale takes the other end's thing ("nghìn" of "căn")...
    expect(formatTarget({ ...r.target, unit: 'căn', min: 5, max: 6 })).toBe('0,005 nghìn - 6 căn');
    // ...but a unit it does not convert to is written once, after the upper bound.
    expect(formatTarget({ ...r.target, unit: '%', min: 5, max: 6 })).toBe('5 - 6 %');
  });

  it('"giảm xuống còn" is a level, "giảm" a decrease; "tăng gấp" a multiple, "tăng" an increase', () => {
    expect(meaningOf('giảm 2%').kind).toBe('decrease');
    expect(meaningOf('giảm còn 2%').kind).toBeUndefined();
    expect(meaningOf('tăng 2%').kind).toBe('increase');
    expect(meaningOf('tăng gấp 2 lần').kind).toBe('multiple');
  });

  it('without a recorded form: a multiple is written “gấp …”, a ≥ range “ít nhất …”', () => {
    expect(formatTarget({ kind: 'multiple', op: '=', value: 2, unit: 'lần', relativeTo: 2025 })).toBe('gấp 2 lần so với năm 2025');
    expect(formatTarget({ kind: 'level', op: '>=', min: 10, max: 10.5, unit: '%' })).toBe('ít nhất 10-10,5%');
  });

  it('two parts or a second figure are not read as a unit', () => {
    expect(errorOf('đạt 35 giường bệnh và 19 bác sĩ trên 1 vạn dân')).toMatchObject({ code: 'unexpected-text', params: { text: 'và 19 bác sĩ trên 1 vạn dân' } });
    expect(errorOf('từ 210 đến 225 triệu đồng (tương đương 8.000-8.500 USD)')).toMatchObject({ code: 'unexpected-text', params: { text: '(tương đương 8.000-8.500 USD)' } });
    expect(meaningOf('hơn 16 triệu (lượt khách)')).toEqual({ op: '>', value: 16, unit: 'triệu (lượt khách)' });
  });
});

describe('results as reports word them (results.estimate, results.final)', () => {
  it.each<[string, Meaning]>([
    ['ước đạt 7,8%', { op: '=', value: 7.8, unit: '%', estimate: true }],
    ['đạt 95,2%', { op: '=', value: 95.2, unit: '%' }],
    ['ước tăng 8,5%', { kind: 'increase', op: '=', value: 8.5, unit: '%', estimate: true }],
    ['ước thực hiện 7,8%', { op: '=', value: 7.8, unit: '%', estimate: true }],
    ['ước thực hiện đạt 178 triệu đồng', { op: '=', value: 178, unit: 'triệu đồng', estimate: true }],
    ['thực hiện 95%', { op: '=', value: 95, unit: '%' }],
    ['ước đạt 7 - 7,5%', { op: 'range', min: 7, max: 7.5, unit: '%', estimate: true }],
  ])('%s', (wording, meaning) => {
    expect(meaningOf(wording)).toEqual(meaning);
    // Written back exactly as read.
    const r = parseTarget(wording);
    expect(r.ok && formatTarget(r.target)).toBe(wording);
  });
});

describe('errors name the offset and what was expected', () => {
  it('empty', () => {
    expect(errorOf('')).toEqual({ code: 'empty', start: 0, end: 0 });
    expect(errorOf('   ')).toEqual({ code: 'empty', start: 0, end: 3 });
  });

  it('"trên" alone: a number expected at the end', () => {
    expect(errorOf('trên')).toEqual({
      code: 'expected-number',
      start: 4,
      end: 4,
      expected: ['số'],
      params: { after: 'trên', found: '', expected: '“số”' },
    });
  });

  it('"trên abc": a number expected at "abc"', () => {
    expect(errorOf('trên abc %')).toMatchObject({ code: 'expected-number', start: 5, end: 8, params: { found: 'abc' } });
  });

  it('"6,5% trở": unexpected "trở", expecting "trở lên"', () => {
    expect(errorOf('6,5% trở')).toEqual({
      code: 'unexpected-text',
      start: 5,
      end: 8,
      expected: ['trở lên', 'trở xuống'],
      params: { text: 'trở', expected: '“trở lên”, “trở xuống”' },
    });
    expect(errorOf('172,4 triệu đồng trở')).toMatchObject({ code: 'unexpected-text', start: 17, end: 20 });
    expect(errorOf('6,5% trở nên')).toMatchObject({ code: 'unexpected-text', start: 5, end: 8 });
  });

  it('"abc": one of the forms expected', () => {
    const e = errorOf('abc');
    expect(e).toMatchObject({ code: 'expected-target', start: 0, end: 3, params: { found: 'abc' } });
    expect(e.expected).toEqual(expect.arrayContaining(['số', 'trên', 'dưới', 'từ … trở lên', 'tăng', 'giảm', 'đạt', 'Duy trì']));
  });

  it('after a prefix, a target expected', () => {
    expect(errorOf('tăng')).toMatchObject({ code: 'expected-target', start: 4, end: 4 });
    expect(errorOf('đạt xyz')).toMatchObject({ code: 'expected-target', start: 4, end: 7, params: { found: 'xyz' } });
    expect(errorOf('tăng').expected).not.toContain('tăng');
  });

  it('a trailing period is not part of a wording', () => {
    expect(errorOf('100%.')).toEqual({ code: 'unexpected-text', start: 4, end: 5, params: { text: '.' } });
    expect(errorOf('117 trường.')).toMatchObject({ code: 'unexpected-text', start: 10, end: 11 });
    expect(errorOf('6,5% trở lên.')).toMatchObject({ code: 'unexpected-text', start: 12, end: 13 });
    expect(errorOf('Duy trì không có hộ nghèo.')).toMatchObject({ code: 'unexpected-text', start: 25, end: 26 });
    expect(errorOf('8- 10m 2 /người.')).toMatchObject({ code: 'unexpected-text', start: 15, end: 16 });
  });

  it('text after a complete target', () => {
    expect(errorOf('95,5% dân số')).toMatchObject({ code: 'unexpected-text', start: 6, end: 12, params: { text: 'dân số' } });
    expect(errorOf('7 triệu lượt khách, 23 triệu')).toMatchObject({ code: 'unexpected-text', start: 18, end: 28 });
    expect(errorOf('5% trở lên năm trước')).toMatchObject({ code: 'unexpected-text', start: 11 });
  });

  it('"so với" needs "năm" and a year, or "năm trước"', () => {
    expect(errorOf('tăng 10% so với cùng kỳ')).toEqual({
      code: 'expected-phrase',
      start: 16,
      end: 20,
      expected: ['năm …', 'năm trước'],
      params: { after: 'tăng 10% so với', expected: '“năm …”, “năm trước”' },
    });
    expect(errorOf('tăng 10% so với năm 25')).toMatchObject({ code: 'expected-phrase', start: 20, end: 22 });
    expect(errorOf('tăng 10% so với năm')).toMatchObject({ code: 'expected-phrase', start: 19, end: 19 });
    expect(errorOf('tăng 10% so với năm 2025 và 2026')).toMatchObject({ code: 'unexpected-text', start: 25 });
  });

  it('a range needs its second number', () => {
    expect(errorOf('95-')).toMatchObject({ code: 'expected-number', start: 3, end: 3, params: { after: '95-' } });
    expect(errorOf('từ 5 đến')).toMatchObject({ code: 'expected-number', start: 8, end: 8 });
    expect(errorOf('5 - abc')).toMatchObject({ code: 'expected-number', start: 4, end: 7 });
    expect(errorOf('từ 5 triệu -')).toMatchObject({ code: 'expected-number', start: 12, end: 12 });
    expect(errorOf('5 triệu đến')).toMatchObject({ code: 'expected-number', start: 11, end: 11 });
  });

  it('"đến" not followed by a number belongs to the unit', () => {
    expect(meaningOf('7 triệu lượt khách đến Hà Nội')).toEqual({ op: '=', value: 7, unit: 'triệu lượt khách đến Hà Nội' });
  });

  it('comparator phrases that do not combine', () => {
    expect(errorOf('trên 5% trở lên')).toMatchObject({ code: 'unexpected-text', start: 8, end: 15, params: { text: 'trở lên' } });
    expect(errorOf('dưới 5-6%')).toMatchObject({ code: 'unexpected-text', start: 6, end: 7 });
    // A post phrase after a range stands alone ("từ 10 - 10,5% trở lên"); after "khoảng" it does not.
    expect(errorOf('khoảng 95-100% trở lên')).toMatchObject({ code: 'unexpected-text', start: 15, end: 22 });
  });

  it('different units at the two ends of a range (another scale of the same thing is one unit: "800 nghìn - 1 triệu lượt")', () => {
    expect(errorOf('500 nghìn đồng-1 triệu USD')).toMatchObject({
      code: 'unit-mismatch',
      start: 4,
      end: 26,
      params: { first: 'nghìn đồng', second: 'triệu USD' },
    });
    expect(errorOf('5%-6 tỷ đồng')).toMatchObject({ code: 'unit-mismatch', params: { first: '%', second: 'tỷ đồng' } });
  });

  it('an invalid number', () => {
    expect(errorOf('1.234.5%')).toMatchObject({ code: 'invalid-number', start: 0, end: 7, params: { text: '1.234.5' } });
  });

  it('"Duy trì" with nothing to keep', () => {
    expect(errorOf('Duy trì')).toMatchObject({ code: 'expected-state', start: 7, end: 7, params: { after: 'Duy trì' } });
  });

  it('"không có" with a number but no unit after it', () => {
    expect(errorOf('không có 5%')).toMatchObject({ code: 'expected-phrase', start: 9, end: 11 });
  });

  it('a wording with no number and no state word is not a state', () => {
    expect(errorOf('giải ngân')).toMatchObject({ code: 'expected-target', start: 0, end: 4 });
    expect(errorOf('toàn bộ 5%')).toMatchObject({ code: 'expected-target' });
    expect(errorOf('giải ngân toàn bộ.')).toMatchObject({ code: 'unexpected-text', start: 17, end: 18 });
  });
});

describe('warnings: parsed, flagged, with a fix', () => {
  it('"100-95%": range-order', () => {
    const r = parseTarget('100-95%');
    expect(r.ok && toTarget(r.target, '100-95%')).toEqual({ wording: '100-95%', op: 'range', min: 100, max: 95, unit: '%' });
    expect(r.warnings).toEqual([
      {
        code: 'range-order',
        start: 0,
        end: 6,
        params: { min: '100', max: '95' },
        fix: { start: 0, end: 6, replacement: '95-100' },
      },
    ]);
  });

  it('numbers in the other convention', () => {
    const r = parseTarget('tăng 6.5% trở lên');
    expect(r.ok && r.target.value).toBe(6.5);
    expect(r.warnings).toEqual([
      {
        code: 'number-convention',
        start: 5,
        end: 8,
        params: { text: '6.5', suggested: '6,5' },
        fix: { start: 5, end: 8, replacement: '6,5' },
      },
    ]);
    // formatting writes the Vietnamese convention: the fix applied
    expect(r.ok && formatTarget(r.target)).toBe('tăng 6,5% trở lên');

    const a = parseTarget('4,670 nhà ở');
    expect(a.ok && a.target.value).toBe(4.67);
    expect(a.warnings).toMatchObject([{ code: 'number-ambiguous', start: 0, end: 5, fix: { replacement: '4.670' } }]);
    expect(a.ok && formatTarget(a.target)).toBe('4,670 nhà ở');

    const e = parseTarget('1,234.5 tỷ đồng');
    expect(e.warnings).toMatchObject([{ code: 'number-convention', fix: { start: 0, end: 7, replacement: '1.234,5' } }]);
  });

  it('a space before "%"', () => {
    const r = parseTarget('trên 85 %');
    expect(r.ok && r.target.unit).toBe('%');
    expect(r.warnings).toEqual([
      {
        code: 'unit-spacing',
        start: 5,
        end: 9,
        params: { unit: '%', suggested: '85%' },
        fix: { start: 5, end: 9, replacement: '85%' },
      },
    ]);
    expect(r.ok && formatTarget(r.target)).toBe('trên 85 %');
  });

  it('spaces around the wording', () => {
    const r = parseTarget('  dưới 3% ');
    expect(r.ok && toTarget(r.target, 'x')).toEqual({ wording: 'x', op: '<', value: 3, unit: '%' });
    expect(r.warnings).toEqual([
      { code: 'surrounding-space', start: 0, end: 2, fix: { start: 0, end: 2, replacement: '' } },
      { code: 'surrounding-space', start: 9, end: 10, fix: { start: 9, end: 10, replacement: '' } },
    ]);
    expect(r.ok && formatTarget(r.target)).toBe('  dưới 3% ');
  });

  it('a free "Duy trì" state drops the warnings of its failed quantity reading', () => {
    const r = parseTarget('Duy trì 6.5% và ổn định');
    expect(r.ok && r.target).toMatchObject({ kind: 'maintain', state: '6.5% và ổn định' });
    expect(r.ok && r.target.op).toBeUndefined();
    expect(r.warnings).toEqual([]);
  });
});

describe('decomposed (NFD) input', () => {
  it('parses with offsets into the original string and formats back exactly', () => {
    const w = 'Duy trì không có hộ nghèo'.normalize('NFD');
    expect(w).not.toBe(w.normalize('NFC'));
    const r = parseTarget(w);
    expect(r.ok && r.target).toMatchObject({ kind: 'maintain', op: '=', value: 0 });
    expect(r.ok && r.target.unit?.normalize('NFC')).toBe('hộ nghèo');
    expect(r.ok && formatTarget(r.target)).toBe(w);

    const bad = 'tăng từ 6,5% trở'.normalize('NFD');
    const e = errorOf(bad);
    expect(e.code).toBe('unexpected-text');
    expect(bad.slice(e.start, e.end)).toBe('trở'.normalize('NFD'));
    expect(e.end).toBe(bad.length);
  });
});

describe('robustness', () => {
  it('a 100.000-character string of digits and dashes returns an error', () => {
    let s = '';
    for (let i = 0; s.length < 100_000; i++) s += i % 7 === 0 ? '--' : i % 3 === 0 ? '-' : String(i % 10);
    s = s.slice(0, 100_000);
    const r = parseTarget(s);
    expect(r.ok).toBe(false);
  });

  it('other long inputs return', () => {
    expect(parseTarget('1-'.repeat(50_000)).ok).toBe(false);
    expect(parseTarget('1'.repeat(100_000))).toMatchObject({ ok: false, error: { code: 'invalid-number' } });
    expect(parseTarget('5 ' + 'xã '.repeat(30_000)).ok).toBe(true);
    expect(parseTarget('5 xã' + ' '.repeat(50_000) + 'trở' + ' '.repeat(50_000)).ok).toBe(false);
    expect(parseTarget('trên' + ' '.repeat(100_000)).ok).toBe(false);
    expect(parseTarget('1.'.repeat(50_000)).ok).toBe(false);
    expect(parseTarget('Duy trì ' + 'ổn định '.repeat(10_000)).ok).toBe(true);
  });

  it('never throws on odd input', () => {
    const odd = ['\u0000', '%', '-5%', '–', 'đạt', 'không', 'từ', 'từ từ 5%', '5%%', '\ud800', '5 \ud800', 'trên trên 5'];
    for (const w of odd) expect(() => parseTarget(w)).not.toThrow();
    expect(parseTarget(undefined as unknown as string)).toMatchObject({ ok: false, error: { code: 'empty' } });
  });
});

describe('issue messages', () => {
  it('every code has a severity and a Vietnamese and an English message in the catalog', () => {
    for (const code of Object.keys(grammarIssueSeverity) as GrammarIssueCode[]) {
      expect(templateOf(code, 'vi').length, code).toBeGreaterThan(0);
      expect(templateOf(code, 'en').length, code).toBeGreaterThan(0);
    }
  });

  it('the issues produced fill every placeholder of their template', () => {
    const wordings = [
      '', 'trên', '6,5% trở', 'abc', 'tăng', '100%.', 'tăng 10% so với cùng kỳ', '95-', '500 nghìn đồng-1 triệu USD', '1.234.5%',
      'Duy trì', 'không có 5%', '100-95%', '6.5%', '4,670 căn', 'trên 85 %', ' 5%', '8- 10m 2 /người',
    ];
    for (const w of wordings) {
      const r = parseTarget(w);
      const issues = [...r.warnings, ...(r.ok ? [] : [r.error])];
      expect(issues.length, w).toBeGreaterThan(0);
      for (const issue of issues) {
        for (const lang of ['vi', 'en'] as const) {
          // {expected|grammar-expected} is optional: an issue lists what it expected only where it knows.
          const wanted = [...templateOf(issue.code, lang).matchAll(/\{(\w+)\b(?!\|grammar-expected)/g)].map((m) => m[1]!);
          for (const name of wanted) expect(issue.params ?? {}, `${w} ${issue.code} ${lang}`).toHaveProperty(name);
        }
      }
    }
    // What was expected, then what to do.
    expect(renderGrammarIssue(errorOf('6,5% trở'), 'vi')).toBe(
      'Không mong đợi “trở” ở đây. Cần: “trở lên”, “trở xuống”. Hãy bỏ hoặc sửa phần này; nếu văn bản được thông qua viết đúng như vậy, hãy giữ nguyên văn và bỏ qua malformed-target kèm lý do.',
    );
    expect(renderGrammarIssue(errorOf('trên'), 'en')).toBe('Missing a number after “trên”. Expected: “số”. Write the target’s number after “trên”.');
    expect(renderGrammarIssue(errorOf('100%.'), 'en')).toBe(
      'Unexpected “.” here. Remove or correct it; if the adopted text words it so, keep it verbatim and suppress malformed-target with a reason.',
    );
  });
});

describe('normalizeUnitSpacing: the early return changes nothing', () => {
  // The rewrites in full, as they stood before the early return for units with nothing to rewrite.
  const rewritten = (u: string) => u.replace(/\s+/gu, ' ').trim().replace(/ ?\/ ?/g, '/').replace(/(^|[ /])([kcdm]?m) ([23])(?=$|[ /])/g, '$1$2$3');
  it('on every unit of the vocabulary and on units with stray spaces, tabs and no-break spaces', () => {
    const units = [...vocabulary.UNITS.map((u) => u.text), 'm 2 /người', 'km 2', ' %', '% ', 'tỷ  đồng', 'tỷ\tđồng', 'tỷ\u00a0đồng', 'lượt / năm', 'người/ km2', 'cm 3', 'm 23', 'km2', 'triệu đồng', ''];
    for (const u of units) expect(normalizeUnitSpacing(u), JSON.stringify(u)).toBe(rewritten(u));
  });
});
