// The units as a small algebra: scale words multiply, other spellings and other words for the
// same counted thing read as one, a share's base stays apart; each equality the vocabulary
// records is read as one, and values convert by the ratio of scales. Units as the real texts
// write them (Hà Nội 2026's press restatements, /work/research's phrases of other provinces).
import { describe, expect, it } from 'vitest';
import { findUnit, isBareScale, readUnit, sameUnit, SCALES, UNIT_SAME_THINGS, UNIT_SPELLINGS, unitFactor, withShareBase } from './index.js';

describe('readUnit', () => {
  it('reads scale words, the thing counted and what it is per', () => {
    expect(readUnit('nghìn tỷ đồng')).toEqual({ scale: 1e12, thing: 'đồng', per: [] });
    expect(readUnit('triệu đồng/người')).toEqual({ scale: 1e6, thing: 'đồng', per: ['người'] });
    expect(readUnit('USD/người/năm')).toEqual({ scale: 1, thing: 'usd', per: ['người', 'năm'] });
    expect(readUnit('bác sĩ/vạn dân')).toEqual({ scale: 1e-4, thing: 'bác sĩ', per: ['dân'] });
    expect(readUnit('bác sĩ/10.000 dân')).toEqual(readUnit('bác sĩ/vạn dân'));
    expect(readUnit('%/năm')).toEqual({ scale: 1, thing: '%', per: ['năm'] });
    expect(readUnit(undefined)).toEqual({ scale: 1, thing: '', per: [] });
  });

  it('keeps a share’s base apart, however it is written', () => {
    for (const u of ['% GRDP', '%/GRDP', '% trong GRDP', '%  /  grdp']) expect(readUnit(u), u).toEqual({ scale: 1, thing: '%', per: [], of: 'GRDP' });
    expect(withShareBase('%', 'GRDP')).toBe('%/GRDP');
    expect(withShareBase('tỷ đồng', 'GRDP')).toBe('tỷ đồng');
  });

  it('a scale word alone is a bare scale (“hơn 16 triệu”); parentheses do not count (“16 triệu (lượt khách)”)', () => {
    expect(isBareScale(readUnit('triệu'))).toBe(true);
    expect(isBareScale(readUnit('triệu (lượt khách)'))).toBe(false);
    expect(readUnit('triệu (lượt khách)')).toEqual({ scale: 1e6, thing: 'lượt', per: [] });
  });

  it('never throws on odd input, and reads a long one in bounded time', () => {
    for (const u of ['', ' ', '/', '//', '%/', '(', 'tỷ/', '\u0000', 'x'.repeat(100_000), 'nghìn '.repeat(20_000)]) expect(() => readUnit(u)).not.toThrow();
  });
});

describe('equal units', () => {
  it('every spelling and every counted noun the vocabulary records reads as its equal, with a reason in both languages', () => {
    for (const e of [...UNIT_SPELLINGS, ...UNIT_SAME_THINGS]) {
      expect(sameUnit(e.written, e.same), e.written).toBe(true);
      expect(e.why.vi.length * e.why.en.length, e.written).toBeGreaterThan(0);
    }
  });

  it('the real texts’ units: “tỉ” = “tỷ”, “m²” = “m2”, “căn” = “căn hộ” = “nhà ở”, “% GRDP” = “%/GRDP”', () => {
    expect(sameUnit('tỉ đồng', 'tỷ đồng')).toBe(true); // “730.000 tỉ đồng” (Người Lao Động) for “730.000 tỷ đồng”
    expect(sameUnit('m² sàn/người', 'm2 sàn/người')).toBe(true); // “24,85 m² sàn/người”, “8,3 m2 sàn/người”
    expect(sameUnit('m² sàn/người', 'm2/người')).toBe(true);
    expect(sameUnit('căn', 'nhà ở')).toBe(true); // Hà Nội 2025: “4.670 nhà ở”, “4.670 căn nhà ở xã hội”
    expect(sameUnit('căn hộ', 'căn')).toBe(true);
    expect(sameUnit('% GRDP', '%/GRDP')).toBe(true);
    expect(sameUnit('ngàn tỷ đồng', 'nghìn tỷ đồng')).toBe(true);
    expect(sameUnit('triệu lượt khách', 'triệu lượt')).toBe(true);
    expect(sameUnit('trường', 'xã')).toBe(false);
    expect(sameUnit('%', '‰')).toBe(false);
    expect(sameUnit('%', undefined)).toBe(false);
  });
});

describe('unitFactor: values compare across scales', () => {
  it('“730 nghìn tỷ đồng” is 730.000 “tỷ đồng”', () => {
    expect(unitFactor('nghìn tỷ đồng', 'tỷ đồng')).toBe(1000);
    expect(730 * unitFactor('nghìn tỷ đồng', 'tỉ đồng')!).toBe(730000);
    expect(unitFactor('triệu đồng', 'tỷ đồng')).toBeCloseTo(0.001, 12);
    expect(unitFactor('tỷ USD', 'triệu USD')).toBe(1000);
    expect(unitFactor('nghìn lượt khách', 'triệu lượt')).toBeCloseTo(0.001, 12); // “7.600 nghìn lượt khách” = 7,6 triệu lượt
  });

  it('a bare scale counts in the other unit: “hơn 16 triệu” of an indicator in “lượt khách”', () => {
    expect(unitFactor('triệu', 'lượt khách')).toBe(1e6);
    expect(unitFactor('triệu', 'triệu lượt khách')).toBe(1);
    expect(unitFactor('triệu', '%')).toBeUndefined();
  });

  it('other things, other “per”, other share bases do not convert', () => {
    expect(unitFactor('tỷ đồng', 'tỷ USD')).toBeUndefined();
    expect(unitFactor('triệu đồng/người', 'triệu đồng')).toBeUndefined();
    expect(unitFactor('USD/người/năm', 'USD/người')).toBeUndefined();
    expect(unitFactor('%/GRDP', '% GDP')).toBeUndefined();
    expect(unitFactor('%/GRDP', '%')).toBe(1); // a “%” that names no base
  });

  it('every scale word multiplies, and scale words multiply each other', () => {
    for (const s of SCALES) expect(unitFactor(`${s.text} đồng`, 'đồng'), s.text).toBe(s.factor);
    expect(unitFactor('nghìn tỷ đồng', 'đồng')).toBe(1e12);
  });
});

describe('findUnit', () => {
  it('finds a listed unit as written, or one the algebra reads as the same', () => {
    expect(findUnit('tỷ đồng')?.text).toBe('tỷ đồng');
    expect(findUnit('tỉ đồng')?.text).toBe('tỷ đồng');
    expect(findUnit('m²')?.text).toBe('m2');
    expect(findUnit('triệu')).toBeUndefined();
    expect(findUnit('bác sĩ/vạn dân')).toBeUndefined();
  });
});
