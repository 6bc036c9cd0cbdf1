// Every target phrase of Hà Nội resolution 58/NQ-HĐND (2025 plan): the appendix wordings
// (the text after "N. name: " and after a part's name, without the final period) and the
// targets stated in the body. Each parses to the right structure and formats back exactly.

import { describe, it, expect } from 'vitest';
import type { Target } from '../model/types.js';
import { formatTarget, parseTarget, toTarget } from './index.js';

type Meaning = Omit<Target, 'wording'>;
const pct = (value: number): Meaning => ({ op: '=', value, unit: '%' });
const count = (value: number, unit: string): Meaning => ({ op: '=', value, unit });
const range = (min: number, max: number, unit: string): Meaning => ({ op: 'range', min, max, unit });

/** Appendix: item number → wording(s) → meaning. */
const appendix: [string, string, Meaning][] = [
  ['1', '6,5% trở lên', { op: '>=', value: 6.5, unit: '%' }],
  ['2', '172,4 triệu đồng trở lên', { op: '>=', value: 172.4, unit: 'triệu đồng' }],
  ['3', '10,5% trở lên', { op: '>=', value: 10.5, unit: '%' }],
  ['4', '5% trở lên', { op: '>=', value: 5, unit: '%' }],
  ['5', 'dưới 4,5%', { op: '<', value: 4.5, unit: '%' }],
  ['6', '0,15%', pct(0.15)],
  ['7', '0,1%', pct(0.1)],
  ['8', '100%', pct(100)],
  ['9', '95,5%', pct(95.5)],
  ['10', '47,5%', pct(47.5)],
  ['11', '3,5%', pct(3.5)],
  ['12', '45%', pct(45)],
  [
    '13',
    'Duy trì không có hộ nghèo',
    { kind: 'maintain', op: '=', value: 0, unit: 'hộ nghèo', state: 'không có hộ nghèo' },
  ],
  ['14', 'dưới 3%', { op: '<', value: 3, unit: '%' }],
  ['15 (1)', '75%', pct(75)],
  ['15 (2)', '55%', pct(55)],
  ['16 (1)', '117 trường', count(117, 'trường')],
  ['16 (2)', '426 trường', count(426, 'trường')],
  ['17', 'trên 88%', { op: '>', value: 88, unit: '%' }],
  ['18', 'trên 65%', { op: '>', value: 65, unit: '%' }],
  ['19', 'trên 75%', { op: '>', value: 75, unit: '%' }],
  ['20 (1)', '4.670 nhà ở', count(4670, 'nhà ở')],
  ['20 (2)', '264.000 m2', count(264000, 'm2')],
  ['21 (1)', '35 xã', count(35, 'xã')],
  ['21 (2)', '29 xã', count(29, 'xã')],
  ['22 đô thị', 'đạt 100%', pct(100)],
  ['22 nông thôn', 'đạt 100%', pct(100)],
  ['23 đô thị', 'đạt 100%', pct(100)],
  ['23 nông thôn', 'đạt 95-100%', range(95, 100, '%')],
  ['23 nông thôn (value only)', '95-100%', range(95, 100, '%')],
  ['24 (i)', '100%', pct(100)],
  ['24 (ii)', '100%', pct(100)],
  ['24 (iii)', '100%', pct(100)],
  ['24 (iv)', '50-55%', range(50, 55, '%')],
  ['25', '20%', pct(20)],
];

/** Body (Điều 1, Điều 2): the target phrases as the narrative targets quote them. */
const body: [string, Meaning][] = [
  ['tăng từ 6,5% trở lên', { kind: 'increase', op: '>=', value: 6.5, unit: '%' }],
  ['từ 172,4 triệu đồng trở lên', { op: '>=', value: 172.4, unit: 'triệu đồng' }],
  ['tăng từ 10,5% trở lên', { kind: 'increase', op: '>=', value: 10.5, unit: '%' }],
  ['tăng từ 5% trở lên', { kind: 'increase', op: '>=', value: 5, unit: '%' }],
  ['dưới 4,5%', { op: '<', value: 4.5, unit: '%' }],
  ['tăng 9-10%', { kind: 'increase', op: 'range', min: 9, max: 10, unit: '%' }],
  ['7 triệu lượt', count(7, 'triệu lượt')],
  ['7 triệu lượt khách', count(7, 'triệu lượt khách')],
  ['23 triệu lượt', count(23, 'triệu lượt')],
  ['20-25 doanh nghiệp', range(20, 25, 'doanh nghiệp')],
  // "khoảng" before a range is kept: ~ over the range, not a plain range.
  ['khoảng 30-35 sản phẩm', { op: '~', min: 30, max: 35, unit: 'sản phẩm' }],
  ['10-15 sản phẩm', range(10, 15, 'sản phẩm')],
  ['ít nhất 01 Trung tâm thiết kế sáng tạo', { op: '>=', value: 1, unit: 'Trung tâm thiết kế sáng tạo' }],
  ['01 trung tâm thương mại', count(1, 'trung tâm thương mại')],
  ['06 siêu thị', count(6, 'siêu thị')],
  ['15 chợ', count(15, 'chợ')],
  ['từ 75% trở lên', { op: '>=', value: 75, unit: '%' }],
  ['tăng 15%', { kind: 'increase', op: '=', value: 15, unit: '%' }],
  ['8- 10m 2 /người', range(8, 10, 'm 2 /người')],
  ['5,6-6,2%', range(5.6, 6.2, '%')],
  ['70%', pct(70)],
  ['400 sản phẩm OCOP', count(400, 'sản phẩm OCOP')],
  ['400 sản phẩm', count(400, 'sản phẩm')],
  ['35 xã', count(35, 'xã')],
  ['29 xã', count(29, 'xã')],
  ['đạt 30%', pct(30)],
  ['30%', pct(30)],
  ['80-85%', range(80, 85, '%')],
  ['đạt trên 85%', { op: '>', value: 85, unit: '%' }],
  ['trên 85%', { op: '>', value: 85, unit: '%' }],
  ['đạt 50%', pct(50)],
  ['đạt 100%', pct(100)],
  ['giảm 0,15%', { kind: 'decrease', op: '=', value: 0.15, unit: '%' }],
  ['100%', pct(100)],
  ['đạt trên 50%', { op: '>', value: 50, unit: '%' }],
  ['trên 50%', { op: '>', value: 50, unit: '%' }],
  ['70 nhiệm vụ KH&CN', count(70, 'nhiệm vụ KH&CN')],
  ['70 nhiệm vụ', count(70, 'nhiệm vụ')],
  ['200 đơn vị', count(200, 'đơn vị')],
  ['không còn hộ nghèo', { op: '=', value: 0, unit: 'hộ nghèo' }],
  ['167.000 lao động', count(167000, 'lao động')],
  ['dưới 3%', { op: '<', value: 3, unit: '%' }],
  ['đạt 75%', pct(75)],
  ['đạt 55%', pct(55)],
  ['đạt 95,5%', pct(95.5)],
  ['95,5%', pct(95.5)],
  ['51%', pct(51)],
  ['đạt 20%', pct(20)],
  ['20%', pct(20)],
  ['7-10 điểm', range(7, 10, 'điểm')],
  ['4.670 căn', count(4670, 'căn')],
  ['264.000 m 2', count(264000, 'm 2')],
  ['1-2 khu chung cư cũ', range(1, 2, 'khu chung cư cũ')],
  ['1-2 khu', range(1, 2, 'khu')],
  ['108 xã', count(108, 'xã')],
  ['đạt 50-55%', range(50, 55, '%')],
  ['500.000 cây xanh đô thị', count(500000, 'cây xanh đô thị')],
  ['500.000 cây', count(500000, 'cây')],
  ['trên 90%', { op: '>', value: 90, unit: '%' }],
  ['9 mô hình', count(9, 'mô hình')],
  ['19 mô hình', count(19, 'mô hình')],
  ['2 khu di tích', count(2, 'khu di tích')],
  ['18 làng nghề', count(18, 'làng nghề')],
  ['04 sông', count(4, 'sông')],
  ['02 quy hoạch', count(2, 'quy hoạch')],
];

function check(wording: string, meaning: Meaning): void {
  const r = parseTarget(wording);
  if (!r.ok) throw new Error(`${wording}: ${JSON.stringify(r.error)}`);
  expect(toTarget(r.target, wording)).toEqual({ wording, ...meaning });
  expect(formatTarget(r.target)).toBe(wording);
}

describe('Hà Nội 2025: appendix wordings', () => {
  it.each(appendix)('item %s: %s', (_item, wording, meaning) => check(wording, meaning));

  it('no warnings on the appendix wordings', () => {
    for (const [, wording] of appendix) expect(parseTarget(wording).warnings).toEqual([]);
  });
});

describe('Hà Nội 2025: targets stated in the body', () => {
  it.each(body)('%s', (wording, meaning) => check(wording, meaning));

  it('the source spacing "m 2" parses, with a unit-spacing warning and its fix', () => {
    const a = parseTarget('8- 10m 2 /người');
    expect(a.warnings).toEqual([
      {
        code: 'unit-spacing',
        start: 5,
        end: 15,
        params: { unit: 'm 2 /người', suggested: 'm2/người' },
        fix: { start: 5, end: 15, replacement: 'm2/người' },
      },
    ]);
    expect(a.ok && a.target.form).toMatchObject({ phrase: 'range', separator: '- ', unitGap: '' });
    const b = parseTarget('264.000 m 2');
    expect(b.warnings).toEqual([
      {
        code: 'unit-spacing',
        start: 8,
        end: 11,
        params: { unit: 'm 2', suggested: 'm2' },
        fix: { start: 8, end: 11, replacement: 'm2' },
      },
    ]);
  });

  it('the other body phrases have no warnings', () => {
    for (const [wording] of body) {
      if (wording.includes('m 2')) continue;
      expect(parseTarget(wording).warnings, wording).toEqual([]);
    }
  });

  it('records the surface choices', () => {
    const r = parseTarget('tăng từ 6,5% trở lên');
    expect(r.ok && r.target.form).toEqual({
      phrase: 'tu-tro-len',
      kindWord: 'tăng ',
      before: 'từ ',
      after: ' trở lên',
      unitGap: '',
      value: { fractionDigits: 1, minIntegerDigits: 1, grouped: false },
    });
    const s = parseTarget('ít nhất 01 Trung tâm thiết kế sáng tạo');
    expect(s.ok && s.target.form).toMatchObject({
      phrase: 'it-nhat',
      before: 'ít nhất ',
      unitGap: ' ',
      value: { minIntegerDigits: 2 },
    });
    const t = parseTarget('Duy trì không có hộ nghèo');
    expect(t.ok && t.target.form).toEqual({ phrase: 'none', kindWord: 'Duy trì ', before: 'không có ' });
  });
});
