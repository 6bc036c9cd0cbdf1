import { describe, it, expect } from 'vitest';
import { formatTarget, parseTarget, type TargetAst } from './index.js';

describe('formatTarget without form: the canonical phrase', () => {
  it.each<[TargetAst, string]>([
    [{ kind: 'level', op: '>=', value: 6.5, unit: '%' }, 'từ 6,5% trở lên'],
    [{ kind: 'level', op: '>', value: 88, unit: '%' }, 'trên 88%'],
    [{ kind: 'level', op: '<', value: 4.5, unit: '%' }, 'dưới 4,5%'],
    [{ kind: 'level', op: '<=', value: 3, unit: '%' }, 'không quá 3%'],
    [{ kind: 'level', op: '~', value: 30, unit: 'sản phẩm' }, 'khoảng 30 sản phẩm'],
    [{ kind: 'level', op: '=', value: 117, unit: 'trường' }, '117 trường'],
    [{ kind: 'level', op: '=', value: 4670, unit: 'nhà ở' }, '4.670 nhà ở'],
    [{ kind: 'level', op: '=', value: 264000, unit: 'm2' }, '264.000 m2'],
    [{ kind: 'level', op: '>=', value: 172.4, unit: 'triệu đồng' }, 'từ 172,4 triệu đồng trở lên'],
    [{ kind: 'level', op: 'range', min: 95, max: 100, unit: '%' }, '95-100%'],
    [{ kind: 'level', op: 'range', min: 5.6, max: 6.2, unit: '%' }, '5,6-6,2%'],
    [{ kind: 'level', op: 'range', min: 20, max: 25, unit: 'doanh nghiệp' }, '20-25 doanh nghiệp'],
    [{ kind: 'increase', op: 'range', min: 9, max: 10, unit: '%' }, 'tăng 9-10%'],
    [{ kind: 'increase', op: '>=', value: 6.5, unit: '%' }, 'tăng từ 6,5% trở lên'],
    [{ kind: 'increase', op: '=', value: 15, unit: '%' }, 'tăng 15%'],
    [{ kind: 'decrease', op: '=', value: 0.15, unit: '%' }, 'giảm 0,15%'],
    [{ kind: 'maintain', op: '=', value: 0, unit: 'hộ nghèo', state: 'không có hộ nghèo' }, 'Duy trì không có hộ nghèo'],
    [{ kind: 'maintain', state: 'ổn định' }, 'Duy trì ổn định'],
    [{ kind: 'maintain', op: '=', value: 100, unit: '%', state: '100%' }, 'Duy trì 100%'],
    [{ kind: 'level', op: '=', value: 20 }, '20'],
  ])('%j → %s', (ast, text) => {
    expect(formatTarget(ast)).toBe(text);
    // the canonical phrase parses back to the same meaning
    const r = parseTarget(text);
    expect(r.ok).toBe(true);
    if (r.ok) {
      const { form: _f, ...meaning } = r.target;
      expect(meaning).toEqual(ast);
    }
  });
});

describe('formatTarget with a form whose AST was edited', () => {
  it('keeps the phrase and number style when the value changes', () => {
    const r = parseTarget('tăng từ 6,5% trở lên');
    if (!r.ok) throw new Error('parse');
    // the written precision is kept (fraction digits are a minimum)
    expect(formatTarget({ ...r.target, value: 7 })).toBe('tăng từ 7,0% trở lên');
    expect(formatTarget({ ...r.target, value: 7.25 })).toBe('tăng từ 7,25% trở lên');
    const s = parseTarget('ít nhất 01 Trung tâm');
    if (!s.ok) throw new Error('parse');
    expect(formatTarget({ ...s.target, value: 2 })).toBe('ít nhất 02 Trung tâm');
    const t = parseTarget('8- 10m 2 /người');
    if (!t.ok) throw new Error('parse');
    expect(formatTarget({ ...t.target, min: 9, max: 12 })).toBe('9- 12m 2 /người');
  });

  it('falls back to the canonical comparator phrase when the op changes', () => {
    const r = parseTarget('đạt 6,5% trở lên');
    if (!r.ok) throw new Error('parse');
    expect(formatTarget({ ...r.target, op: '>' })).toBe('đạt trên 6,5%');
    expect(formatTarget({ ...r.target, op: '=' })).toBe('đạt 6,5%');
    expect(formatTarget({ ...r.target, op: 'range', min: 6, max: 7 })).toBe('đạt 6-7%');
  });

  it('uses the canonical kind word when the kind changes', () => {
    const r = parseTarget('Tăng 15%');
    if (!r.ok) throw new Error('parse');
    expect(formatTarget(r.target)).toBe('Tăng 15%');
    expect(formatTarget({ ...r.target, kind: 'decrease' })).toBe('giảm 15%');
    expect(formatTarget({ ...r.target, kind: 'level' })).toBe('15%');
  });

  it('a maintain AST with a quantity but no state is written from its quantity', () => {
    expect(formatTarget({ kind: 'maintain', op: '>', value: 90, unit: '%' })).toBe('Duy trì trên 90%');
  });

  it('never throws on a malformed AST', () => {
    expect(() => formatTarget({} as TargetAst)).not.toThrow();
    expect(() => formatTarget({ kind: 'level', op: 'range' })).not.toThrow();
    expect(() => formatTarget(null as unknown as TargetAst)).not.toThrow();
  });
});
