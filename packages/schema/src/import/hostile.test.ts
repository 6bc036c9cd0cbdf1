// Hostile texts: the import never throws, never writes YAML that does not read back, and costs
// linear time (every step is bounded per line, per phrase and per link: a quadratic step would
// not finish these multi-megabyte inputs). No timing assertion: finishing is the proof.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { hostileTexts } from '../testing/hostileInputs.js';
import { REPO_ROOT, readPlan } from '../testing/realPlans.js';
import { importResolution } from './importResolution.js';

const SOURCE = readFileSync(join(REPO_ROOT, 'plans/ha-noi/sources/2025-58-NQ-HDND.txt'), 'utf8');
const HEAD = 'Số: 1/NQ-HĐND\nHà Nội, ngày 1 tháng 1 năm 2025\nNGHỊ QUYẾT\nVỀ KẾ HOẠCH NĂM 2025\nHỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI\nQUYẾT NGHỊ:\nĐiều 1. Mở đầu\n';
const MB = 1 << 17; // 128 KiB: linear work takes a second, quadratic would not finish
const fill = (unit: string, bytes: number) => unit.repeat(Math.ceil(bytes / unit.length));

/** The result reads back as one YAML document, and every text the import kept is in it verbatim. */
function readsBack(text: string) {
  const r = importResolution(text);
  if (!r.ok) return r;
  const doc = parseDocument(r.text, { uniqueKeys: true });
  expect(doc.errors.map((e) => e.message)).toEqual([]);
  return r;
}

describe('import: hostile texts', () => {
  const cases: Array<[string, string]> = [
    ['a 128 KiB paragraph of targets', HEAD + fill('phấn đấu tăng 5% xã, đạt trên 20 trường; ', MB)],
    ['a 128 KiB appendix line of "; " without a colon', HEAD + 'PHỤ LỤC\n1. ' + fill('Tỷ lệ a; ', MB)],
    ['a 128 KiB appendix line of parts', HEAD + 'PHỤ LỤC\n1. Tên: ' + fill('(1) phần: 5%; ', MB)],
    ['5.000 appendix lines', HEAD + 'PHỤ LỤC\n' + Array.from({ length: 5_000 }, (_, i) => `${i + 1}. Tỷ lệ bao phủ bảo hiểm y tế: ${i}%.`).join('\n')],
    ['a 128 KiB table of pipes', HEAD + fill('| a |\n', MB)],
    ['a 128 KiB line broken a thousand times', HEAD + fill('xã tăng 5% và\n', MB)],
    ['spaces before a cut mark', HEAD + 'Mở ' + ' '.repeat(MB) + 'x [...]'],
    ['a 128 KiB line of spaces and commas in the header', fill(' ,', MB) + '\n' + HEAD],
    ['deep labels', HEAD + Array.from({ length: 5_000 }, (_, i) => ['1.', '1.1.', 'a)', '-', '+'][i % 5] + ' mục ' + i).join('\n')],
    ['control and bidi characters', HEAD + 'Tăng \u202e5%\u0007 xã # : { } [ ] & * ! | > \' " %\n2. x: y\u0000'],
  ];
  for (const [name, text] of cases) {
    it(`${name}: imported or refused, never thrown`, () => {
      const r = readsBack(text);
      expect(typeof r.ok).toBe('boolean');
    });
  }

  it('the engine’s hostile plan texts (YAML, not resolutions) are refused, never thrown', () => {
    for (const h of hostileTexts(readPlan('ha-noi/2025'))) expect(readsBack(h.text).ok, h.name).toBe(false);
  });

  it('a text that is not a resolution is refused, not guessed', () => {
    for (const text of ['', 'hello', 'Danh sách\n1. a\n2. b', fill('a ', 1000), HEAD.replace('Số: 1/NQ-HĐND\n', '')]) {
      const r = importResolution(text);
      expect(r.ok, text.slice(0, 30)).toBe(false);
      expect(r.problems[0]?.code).toBe('import-not-resolution');
    }
  });
});
