import { describe, it, expect } from 'vitest';
import { parseTarget, sameMeaning, toTarget } from './index.js';

describe('toTarget', () => {
  it('gives the YAML fields, kind omitted when level', () => {
    const r = parseTarget('dưới 4,5%');
    expect(r.ok && toTarget(r.target, 'dưới 4,5%')).toEqual({ wording: 'dưới 4,5%', op: '<', value: 4.5, unit: '%' });
    const m = parseTarget('Duy trì không có hộ nghèo');
    expect(m.ok && toTarget(m.target, 'Duy trì không có hộ nghèo')).toEqual({
      wording: 'Duy trì không có hộ nghèo',
      kind: 'maintain',
      op: '=',
      value: 0,
      unit: 'hộ nghèo',
      state: 'không có hộ nghèo',
    });
    const g = parseTarget('tăng 9-10%');
    expect(g.ok && toTarget(g.target, 'tăng 9-10%')).toEqual({
      wording: 'tăng 9-10%',
      kind: 'increase',
      op: 'range',
      min: 9,
      max: 10,
      unit: '%',
    });
  });
});

describe('sameMeaning', () => {
  it('missing kind is level', () => {
    expect(sameMeaning({ kind: 'level', op: '=', value: 1 }, { op: '=', value: 1 })).toBe(true);
    expect(sameMeaning({ kind: 'increase', op: '=', value: 1 }, { op: '=', value: 1 })).toBe(false);
  });
  it('compares op and numbers with a 1e-9 tolerance', () => {
    expect(sameMeaning({ op: '=', value: 0.1 + 0.2 }, { op: '=', value: 0.3 })).toBe(true);
    expect(sameMeaning({ op: '=', value: 6.5 }, { op: '>=', value: 6.5 })).toBe(false);
    expect(sameMeaning({ op: '=', value: 6.5 }, { op: '=', value: 6.50001 })).toBe(false);
    expect(sameMeaning({ op: 'range', min: 95, max: 100 }, { op: 'range', min: 95, max: 100 })).toBe(true);
    expect(sameMeaning({ op: 'range', min: 95, max: 100 }, { op: 'range', min: 95 })).toBe(false);
    expect(sameMeaning({ op: '=', value: 4670 }, { op: '=', value: 4.67 })).toBe(false);
  });
  it('compares units ignoring whitespace and case', () => {
    expect(sameMeaning({ op: '=', value: 264000, unit: 'm 2' }, { op: '=', value: 264000, unit: 'm2' })).toBe(true);
    expect(sameMeaning({ op: 'range', min: 8, max: 10, unit: 'm 2 /người' }, { op: 'range', min: 8, max: 10, unit: 'm2/người' })).toBe(true);
    expect(sameMeaning({ op: '=', value: 1, unit: 'Trung tâm' }, { op: '=', value: 1, unit: 'trung tâm' })).toBe(true);
    expect(sameMeaning({ op: '=', value: 1, unit: 'trường' }, { op: '=', value: 1, unit: 'xã' })).toBe(false);
    expect(sameMeaning({ op: '=', value: 1, unit: '%' }, { op: '=', value: 1 })).toBe(false);
    expect(sameMeaning({ op: '=', value: 1, unit: '' }, { op: '=', value: 1 })).toBe(true);
  });
  it('compares the maintained state', () => {
    const a = { kind: 'maintain' as const, op: '=' as const, value: 0, unit: 'hộ nghèo', state: 'không có hộ nghèo' };
    expect(sameMeaning(a, { ...a, state: 'Không có  hộ nghèo' })).toBe(true);
    expect(sameMeaning(a, { ...a, state: 'không còn hộ nghèo' })).toBe(false);
  });
  it('ignores wording and placeholder', () => {
    expect(sameMeaning({ wording: 'a', op: '=', value: 1 }, { wording: 'b', placeholder: true, op: '=', value: 1 })).toBe(true);
  });
  it('the parsed meaning of each wording matches the YAML fields as the Hà Nội plan writes them', () => {
    const yaml = [
      { wording: '8- 10m 2 /người', kind: 'level', op: 'range', min: 8, max: 10, unit: 'm2/người' },
      { wording: '264.000 m 2', kind: 'level', op: '=', value: 264000, unit: 'm2' },
      { wording: 'không còn hộ nghèo', kind: 'level', op: '=', value: 0, unit: 'hộ nghèo' },
      { wording: 'tăng từ 5% trở lên', kind: 'increase', op: '>=', value: 5, unit: '%' },
    ] as const;
    for (const t of yaml) {
      const r = parseTarget(t.wording);
      expect(r.ok && sameMeaning(toTarget(r.target, t.wording), t), t.wording).toBe(true);
    }
  });
});
