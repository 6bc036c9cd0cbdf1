import { describe, expect, it } from 'vitest';
import { FORMER_PROVINCES, PROVINCES, formerProvinceById, isKnownJurisdiction, provinceById } from './index.js';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe('the provinces since 2025 (Nghị quyết 202/2025/QH15)', () => {
  it('are 34: 6 centrally-run cities and 28 provinces, with unique kebab-case ids', () => {
    expect(PROVINCES).toHaveLength(34);
    expect(PROVINCES.filter((p) => p.kind === 'city').map((p) => p.id)).toEqual(['ha-noi', 'hue', 'hai-phong', 'da-nang', 'ho-chi-minh', 'can-tho']);
    const ids = PROVINCES.map((p) => p.id);
    expect(new Set(ids).size).toBe(34);
    expect(ids.filter((id) => !ID.test(id))).toEqual([]);
  });

  it('come from the 63 former provinces, each exactly once', () => {
    expect(FORMER_PROVINCES).toHaveLength(63);
    const ids = FORMER_PROVINCES.map((p) => p.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(ids.filter((id) => !ID.test(id))).toEqual([]);
    // 11 unchanged, 23 formed by merging two or three (17 × 2 + 6 × 3 = 52).
    expect(PROVINCES.filter((p) => p.predecessors.length === 0)).toHaveLength(11);
    expect(PROVINCES.filter((p) => p.predecessors.length === 2)).toHaveLength(17);
    expect(PROVINCES.filter((p) => p.predecessors.length === 3).map((p) => p.id)).toEqual(['phu-tho', 'ninh-binh', 'lam-dong', 'ho-chi-minh', 'can-tho', 'vinh-long']);
  });

  it('keep the name of their first predecessor, which shares the id', () => {
    for (const p of PROVINCES.filter((x) => x.predecessors.length > 0)) {
      expect(p.predecessors[0]!.id, p.id).toBe(p.id);
      expect(p.predecessors[0]!.name, p.id).toBe(p.name);
    }
  });

  it('are named as their Councils’ documents name them, NFC', () => {
    expect(provinceById('ha-noi')?.name).toBe('Thành phố Hà Nội');
    expect(provinceById('tuyen-quang')?.name).toBe('Tỉnh Tuyên Quang');
    expect(provinceById('ho-chi-minh')?.predecessors.map((p) => p.name)).toEqual(['Thành phố Hồ Chí Minh', 'Tỉnh Bình Dương', 'Tỉnh Bà Rịa - Vũng Tàu']);
    for (const p of [...PROVINCES, ...FORMER_PROVINCES]) expect(p.name).toBe(p.name.normalize('NFC'));
  });

  it('tell a former province from an unknown id', () => {
    expect(provinceById('ha-giang')).toBeUndefined();
    expect(formerProvinceById('ha-giang')?.name).toBe('Tỉnh Hà Giang');
    expect(isKnownJurisdiction('ha-giang')).toBe(true);
    expect(isKnownJurisdiction('ha-noi')).toBe(true);
    expect(isKnownJurisdiction('vi-du-tinh-a')).toBe(false);
    expect(isKnownJurisdiction('constructor')).toBe(false);
  });
});
