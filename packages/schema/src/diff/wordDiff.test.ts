import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readPlan } from '../testing/realPlans.js';
import { MAX_DIFF_WORK, tokenize, wordDiff, type WordDiff } from './wordDiff.js';

const keys = (s: string) => tokenize(s).map((t) => t.key);

/** The token keys of one side, put back together from the chunks. */
const side = (d: WordDiff, drop: 'insert' | 'delete') =>
  keys(d.chunks.filter((c) => c.op !== drop).map((c) => c.text).join('')).filter((k) => k !== '');

/** The longest string in the 2025 plan: a clause of about 1.300 characters. */
function longestClause(): string {
  let best = '';
  const walk = (v: unknown): void => {
    if (typeof v === 'string') best = v.length > best.length ? v : best;
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(parse(readPlan('ha-noi/2025')));
  return best;
}

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

  it('stays bounded on huge texts: one replacement past the edits MAX_DIFF_WORK allows', () => {
    const n = Math.ceil(Math.sqrt(MAX_DIFF_WORK)) + 10;
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

  it('a long clause of the real plan, edited in three places: the minimal diff, both sides intact', () => {
    const clause = longestClause();
    expect(clause.length).toBeGreaterThan(1000);
    const words = clause.split(' ');
    const edited = [...words];
    edited.splice(Math.floor(words.length * 0.8), 0, 'thêm', 'ba', 'từ'); // 3 inserted
    edited.splice(Math.floor(words.length / 2), 2); // 2 deleted (plain words in this clause)
    edited[3] = 'THAYTHẾ'; // 1 replaced
    const d = wordDiff(clause, edited.join(' '));
    expect(d.coarse).toBe(false);
    expect(side(d, 'insert')).toEqual(keys(clause));
    expect(side(d, 'delete')).toEqual(keys(edited.join(' ')));
    expect([d.deleted, d.inserted]).toEqual([3, 4]);
  });

  // Linear, well under a second alone; the timeouts only stop a hang on a busy machine.
  it('a change at each end of a 1 MB clause is still found exactly, within the bound', { timeout: 60_000 }, () => {
    const words = Array.from({ length: 180_000 }, (_, i) => `từ${i % 1000}`);
    const text = words.join(' ');
    expect(text.length).toBeGreaterThan(1_000_000);
    const edited = ['mở', ...words.slice(1, -1), 'đóng'].join(' ');
    const d = wordDiff(text, edited);
    expect([d.deleted, d.inserted, d.coarse]).toEqual([2, 2, false]);
    expect(d.chunks.map((c) => c.op)).toEqual(['delete', 'insert', 'equal', 'delete', 'insert']);
  });

  it('a hostile 1 MB clause, every word changed: the whole text replaced, not a slow diff', { timeout: 60_000 }, () => {
    const a = Array.from({ length: 150_000 }, (_, i) => `a${i}`).join(' ');
    const b = Array.from({ length: 150_000 }, (_, i) => `b${i}`).join(' ');
    const d = wordDiff(a, b);
    expect(d.coarse).toBe(true);
    expect(d.chunks.map((c) => c.op)).toEqual(['delete', 'insert']);
    expect([d.deleted, d.inserted]).toEqual([150_000, 150_000]);
  });
});
