// Messages a drafter reads, on the values issue 13 found them wrong for: NaN and infinities,
// numbers JavaScript prints in exponent form, an error at the root of the file, bidi and
// zero-width characters in what a message quotes, and a file saved as UTF-16.
import { describe, expect, it } from 'vitest';
import { analyzeBytes, analyzeText } from '../engine.js';
import { PLAN_2025, replaceOnce } from '../testing/index.js';
import { formatMessage } from './localize.js';
import { formatNumberVi } from './numbers.js';

const messages = (text: string, code: string) =>
  analyzeText(text, 'plans/ha-noi/2025.yaml')
    .diagnostics.filter((d) => d.code === code)
    .map((d) => [formatMessage(d, 'vi'), formatMessage(d, 'en')]);

describe('messages', () => {
  it('.nan and .inf are not “a number, not a number”', () => {
    expect(messages(replaceOnce(PLAN_2025, 'year: 2025', 'year: .nan'), 'schema-type')).toEqual([
      ['year phải là một số nguyên, không phải NaN (giá trị không phải số hợp lệ).', 'year must be an integer, not NaN (not a valid number).'],
    ]);
    expect(messages(PLAN_2025.replace('value: 6.5,', 'value: .inf,'), 'schema-type')).toEqual([
      [
        'indicators/grdp-growth/target/value phải là một số, không phải vô cực (.inf, không phải số hợp lệ).',
        'indicators/grdp-growth/target/value must be a number, not infinity (.inf, not a valid number).',
      ],
    ]);
  });

  it('numbers are written out in full, never in exponent form: Vietnamese digits in Vietnamese', () => {
    expect(formatNumberVi(1e21)).toBe('1.000.000.000.000.000.000.000');
    expect(formatNumberVi(-1.5e22)).toBe('-15.000.000.000.000.000.000.000');
    expect(formatNumberVi(1e-7)).toBe('0,0000001');
    expect(formatNumberVi(1.25e-8)).toBe('0,0000000125');
    expect(formatNumberVi(4670)).toBe('4.670');
    expect(messages(replaceOnce(PLAN_2025, 'year: 2025', 'year: 1e21'), 'schema-range')).toEqual([
      ['year = 1.000.000.000.000.000.000.000 nằm ngoài giới hạn (cần <= 2.200).', 'year = 1000000000000000000000 is out of range (must be <= 2200).'],
    ]);
    const wording = messages(PLAN_2025.replace('value: 6.5,', 'value: 1e-7,'), 'value-wording');
    expect(wording[0]![0]).toContain('trường value ghi 0,0000001');
    expect(wording[0]![1]).toContain('the field value says 0.0000001');
  });

  it('a type error at the root names the file as its subject', () => {
    expect(messages('- a\n- b\n', 'schema-type')).toEqual([
      ['Tệp kế hoạch phải là một khối “khóa: giá trị”, không phải một danh sách (các dòng “- …”).', 'The plan file must be a block of “key: value” pairs, not a list (lines “- …”).'],
    ]);
  });

  it('bidi overrides and zero-width characters in a quoted value are shown, not obeyed', () => {
    const [[vi, en]] = messages(PLAN_2025.replace('    direction: higher\n', '    "dir\u202Eection\u200B": higher\n'), 'schema-unknown-key') as [[string, string]];
    expect(vi).toContain('“dir\\u{202E}ection\\u{200B}”');
    expect(en).toContain('“dir\\u{202E}ection\\u{200B}”');
  });

  it('a file saved as UTF-16 (with or without a BOM) is said to be UTF-16, not binary', () => {
    for (const [bytes, encoding] of [
      [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('year: 2025\n', 'utf16le')]), 'UTF-16LE'],
      [Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('year: 2025\n', 'utf16le').swap16()]), 'UTF-16BE'],
      [Buffer.from('year: 2025\n', 'utf16le'), 'UTF-16LE'],
    ] as const) {
      const ds = analyzeBytes(bytes, 'plans/ha-noi/2025.yaml').diagnostics;
      expect(ds.map((d) => d.code)).toEqual(['file-utf16']);
      expect(formatMessage(ds[0]!, 'vi')).toBe(`Tệp được lưu với mã hóa ${encoding}, không phải UTF-8; hãy lưu lại tệp với mã hóa UTF-8.`);
      expect(formatMessage(ds[0]!, 'en')).toBe(`The file is saved as ${encoding}, not UTF-8; save it as UTF-8.`);
    }
    // A NUL elsewhere is still a binary file.
    expect(analyzeBytes(Buffer.from('year: 2025\n\u0000\u0000\u0000'), 'x.yaml').diagnostics.map((d) => d.code)).toEqual(['file-binary']);
  });
});
