import { describe, it, expect } from 'vitest';
import { formatNumber, parseNumber, scanNumber } from './number.js';

describe('parseNumber: the Vietnamese convention', () => {
  it.each([
    ['172,4', 172.4, { fractionDigits: 1, minIntegerDigits: 1, grouped: false }],
    ['4.670', 4670, { fractionDigits: 0, minIntegerDigits: 1, grouped: true }],
    ['264.000', 264000, { fractionDigits: 0, minIntegerDigits: 1, grouped: true }],
    ['95,5', 95.5, { fractionDigits: 1, minIntegerDigits: 1, grouped: false }],
    ['01', 1, { fractionDigits: 0, minIntegerDigits: 2, grouped: false }],
    ['06', 6, { fractionDigits: 0, minIntegerDigits: 2, grouped: false }],
    ['1.234,5', 1234.5, { fractionDigits: 1, minIntegerDigits: 1, grouped: true }],
    ['0,15', 0.15, { fractionDigits: 2, minIntegerDigits: 1, grouped: false }],
    ['1.000.000', 1000000, { fractionDigits: 0, minIntegerDigits: 1, grouped: true }],
    ['4670', 4670, { fractionDigits: 0, minIntegerDigits: 1, grouped: false }],
    ['0,500', 0.5, { fractionDigits: 3, minIntegerDigits: 1, grouped: false }],
    ['100', 100, { fractionDigits: 0, minIntegerDigits: 1, grouped: false }],
  ])('%s', (text, value, style) => {
    const r = parseNumber(text);
    expect(r).toEqual({ ok: true, value, style, warnings: [] });
    // and back
    expect(formatNumber(value, style)).toBe(text);
  });
});

describe('parseNumber: the other convention, as warnings with a fix', () => {
  it('"6.5": a decimal written with a dot → 6,5', () => {
    const r = parseNumber('6.5');
    expect(r.ok && r.value).toBe(6.5);
    expect(r.warnings).toEqual([
      {
        code: 'number-convention',
        start: 0,
        end: 3,
        params: { text: '6.5', suggested: '6,5' },
        fix: { start: 0, end: 3, replacement: '6,5' },
      },
    ]);
  });

  it.each([
    ['172.45', 172.45, '172,45'],
    ['0.500', 0.5, '0,500'],
    ['1234.567', 1234.567, '1234,567'],
    ['1,234.5', 1234.5, '1.234,5'],
    ['4,670,000', 4670000, '4.670.000'],
  ])('%s reads as %d, suggests %s', (text, value, suggested) => {
    const r = parseNumber(text);
    expect(r.ok && r.value).toBe(value);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatchObject({ code: 'number-convention', fix: { replacement: suggested } });
  });

  it('"4,670": comma + three digits is ambiguous: read as 4,67, suggest 4.670 if thousands', () => {
    const r = parseNumber('4,670');
    expect(r.ok && r.value).toBe(4.67);
    expect(r.ok && r.style).toEqual({ fractionDigits: 3, minIntegerDigits: 1, grouped: false });
    expect(r.warnings).toEqual([
      {
        code: 'number-ambiguous',
        start: 0,
        end: 5,
        params: { text: '4,670', suggested: '4.670', value: '4,67' },
        fix: { start: 0, end: 5, replacement: '4.670' },
      },
    ]);
  });

  it('no warning for the unambiguous "1.234,567" or "0,500"', () => {
    expect(parseNumber('1.234,567').warnings).toEqual([]);
    expect(parseNumber('0,500').warnings).toEqual([]);
  });
});

describe('parseNumber: errors', () => {
  it.each(['1.234.5', '1,2,3', '12.34.567'])('%s is invalid', (text) => {
    const r = parseNumber(text);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatchObject({ code: 'invalid-number', start: 0, end: text.length });
  });
  it('empty, not a number, trailing text', () => {
    expect(parseNumber('')).toMatchObject({ ok: false, error: { code: 'empty' } });
    expect(parseNumber('abc')).toMatchObject({ ok: false, error: { code: 'expected-number', start: 0, end: 3 } });
    expect(parseNumber('12%')).toMatchObject({ ok: false, error: { code: 'unexpected-text', start: 2, end: 3 } });
  });
  it('a number too large for a double is invalid, not Infinity', () => {
    const r = parseNumber('9'.repeat(400));
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-number', start: 0, end: 400 } });
  });
});

describe('scanNumber', () => {
  it('reads from an offset and stops at what is not a number', () => {
    const r = scanNumber('dưới 4,5%', 5);
    expect(r).toMatchObject({ ok: true, number: { value: 4.5, start: 5, end: 8, text: '4,5' } });
    expect(scanNumber('dưới 4,5%', 0)).toBeNull();
  });
  it('a separator not followed by a digit ends the number', () => {
    expect(scanNumber('100%.', 0)).toMatchObject({ ok: true, number: { value: 100, end: 3 } });
    expect(scanNumber('5,', 0)).toMatchObject({ ok: true, number: { value: 5, end: 1 } });
    expect(scanNumber('8- 10', 0)).toMatchObject({ ok: true, number: { value: 8, end: 1 } });
  });
});

describe('formatNumber', () => {
  it.each([
    [172.4, '172,4'],
    [4670, '4.670'],
    [264000, '264.000'],
    [500000, '500.000'],
    [167000, '167.000'],
    [117, '117'],
    [1000, '1.000'],
    [999, '999'],
    [6.5, '6,5'],
    [0.15, '0,15'],
    [1234.5, '1.234,5'],
    [1e6, '1.000.000'],
    [-4.5, '-4,5'],
    [0, '0'],
  ])('default style: %d → %s', (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });
  it('keeps the style of a parse', () => {
    expect(formatNumber(1, { minIntegerDigits: 2 })).toBe('01');
    expect(formatNumber(4670, { grouped: false })).toBe('4670');
    expect(formatNumber(12345, { grouped: true })).toBe('12.345');
    expect(formatNumber(4.67, { fractionDigits: 3 })).toBe('4,670');
    expect(formatNumber(95, { fractionDigits: 1 })).toBe('95,0');
  });
  it('fraction digits are a minimum: a value never loses digits', () => {
    expect(formatNumber(6.55, { fractionDigits: 1 })).toBe('6,55');
  });
  it('never throws', () => {
    expect(formatNumber(Number.NaN)).toBe('NaN');
    expect(formatNumber(Infinity)).toBe('Infinity');
    expect(formatNumber(1e21)).toBe('1.000.000.000.000.000.000.000');
    expect(formatNumber(5, { fractionDigits: -3, minIntegerDigits: Number.NaN })).toBe('5');
  });
  it('writes the digits a person wrote, not the binary value’s noise, past 2^53 and 1e21', () => {
    // The shortest decimals that read back as the value (String(value)'s digits), grouped.
    expect(formatNumber(123456789012345678)).toBe('123.456.789.012.345.680');
    expect(formatNumber(1.2345678901234566e25)).toBe('12.345.678.901.234.566.000.000.000');
    expect(formatNumber(1e20 + 20000)).toBe('100.000.000.000.000.020.000');
    expect(formatNumber(245965295926079.9, { fractionDigits: 3 })).toBe('245.965.295.926.079,900');
  });
  it('no minus sign on zero', () => {
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(-1e-25)).toBe('0');
    expect(formatNumber(-0.5)).toBe('-0,5');
  });
  it('a style past what Intl can write (21 fraction digits, 22 integer digits) round-trips too', () => {
    for (const text of ['0,0000000000000000000001', '0000000000000000000000001', '1,50000000000000000000000']) {
      const r = parseNumber(text);
      expect(r.ok).toBe(true);
      if (r.ok) expect(formatNumber(r.value, r.style)).toBe(text);
    }
  });
});
