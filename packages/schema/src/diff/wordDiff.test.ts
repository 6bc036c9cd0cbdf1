import { describe, expect, it } from 'vitest';
import { MAX_CELLS, tokenize, wordDiff } from './wordDiff.js';

const keys = (s: string) => tokenize(s).map((t) => t.key);

describe('tokenize', () => {
  it('keeps Vietnamese numbers, ranges and slashed words whole; punctuation apart', () => {
    expect(keys('GRDP tăng từ 6,5% trở lên; 4.670 căn, giai đoạn 2021-2030 (xã/phường).')).toEqual([
      'GRDP', 'tăng', 'từ', '6,5', '%', 'trở', 'lên', ';', '4.670', 'căn', ',', 'giai', 'đoạn', '2021-2030', '(', 'xã/phường', ')', '.',
    ]);
  });

  it('compares in NFC: a decomposed “ở” is the same word', () => {
    const decomposed = 'trở lên'.normalize('NFD');
    expect(keys(decomposed)).toEqual(['trở', 'lên']);
    const d = wordDiff('từ 6,5% trở lên', 'từ 6,5% trở lên'.normalize('NFD'));
    expect([d.deleted, d.inserted]).toEqual([0, 0]);
  });

  it('keeps every character: the tokens put back together are the NFC text', () => {
    const s = '  Tiếp tục   thực hiện “Kỷ nguyên mới”…  ';
    expect(tokenize(s).map((t) => t.text).join('')).toBe(s.normalize('NFC'));
  });
});

describe('wordDiff', () => {
  it('finds the changed words', () => {
    const d = wordDiff('Phấn đấu kiểm soát chỉ số giá tiêu dùng dưới 4,5%.', 'Phấn đấu kiểm soát chỉ số giá tiêu dùng bình quân dưới 4%.');
    expect(d.chunks).toEqual([
      { op: 'equal', text: 'Phấn đấu kiểm soát chỉ số giá tiêu dùng' },
      { op: 'insert', text: ' bình quân' },
      { op: 'equal', text: ' dưới' },
      { op: 'delete', text: ' 4,5' },
      { op: 'insert', text: ' 4' },
      { op: 'equal', text: '%.' },
    ]);
    expect([d.deleted, d.inserted, d.whitespaceOnly, d.coarse]).toEqual([1, 3, false, false]);
  });

  it('reports a whitespace-only change as such', () => {
    const d = wordDiff('năm chủ đề   “Kỷ cương”', 'năm chủ đề “Kỷ cương”');
    expect(d.whitespaceOnly).toBe(true);
  });

  it('is minimal on a reordering (LCS)', () => {
    const d = wordDiff('a b c d e', 'a c d b e');
    expect(d.deleted + d.inserted).toBe(2);
  });

  it('stays bounded on huge texts: one replacement past MAX_CELLS', () => {
    const n = Math.ceil(Math.sqrt(MAX_CELLS)) + 10;
    const a = Array.from({ length: n }, (_, i) => `a${i}`).join(' ');
    const b = Array.from({ length: n }, (_, i) => `b${i}`).join(' ');
    const d = wordDiff(`đầu ${a} cuối`, `đầu ${b} cuối`);
    expect(d.coarse).toBe(true);
    expect(d.chunks.map((c) => c.op)).toEqual(['equal', 'delete', 'insert', 'equal']);
  });

  it('handles a long paragraph in linear space', () => {
    const words = Array.from({ length: 1500 }, (_, i) => `từ${i % 97}`);
    const changed = [...words];
    changed.splice(700, 3, 'mới', 'hơn');
    const d = wordDiff(words.join(' '), changed.join(' '));
    expect([d.deleted, d.inserted, d.coarse]).toEqual([3, 2, false]);
  });
});
