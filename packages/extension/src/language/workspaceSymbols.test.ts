import { describe, expect, it } from 'vitest';
import { repoPlanFiles, service } from './testing.js';
import { fold, matches } from './workspaceSymbols.js';

const files = repoPlanFiles();

describe('workspace symbols', () => {
  it('every indicator of every plan, by id and Vietnamese name, with its jurisdiction and year', () => {
    const all = service().workspaceSymbols('', files);
    const grdp = all.filter((s) => s.name.startsWith('grdp-growth — '));
    expect(grdp.map((s) => s.containerName).sort()).toEqual(['ha-noi 2024', 'ha-noi 2025', 'ha-noi 2026', 'vi-du-tinh-a 2025', 'vi-du-tinh-b 2025', 'vi-du-tinh-hop-nhat 2026']);
    const hn2025 = grdp.find((s) => s.containerName === 'ha-noi 2025')!;
    expect(hn2025.name).toBe('grdp-growth — Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP)');
    expect(hn2025.location.uri).toBe('file:///repo/plans/ha-noi/2025.yaml');
    const line = files.find((f) => f.uri === hn2025.location.uri)!.text.split('\n')[hn2025.location.range.start.line];
    expect(line).toBe('  - id: grdp-growth');
    // Parts too, as indicator/part.
    expect(all.some((s) => s.name.startsWith('clean-water/urban — '))).toBe(true);
  });

  it('finds by words with or without the Vietnamese marks, and by year', () => {
    const found = service().workspaceSymbols('toc do tang tong san pham 2025', files);
    expect(found.map((s) => s.containerName)).toEqual(expect.arrayContaining(['ha-noi 2025', 'vi-du-tinh-a 2025']));
    expect(found.every((s) => s.containerName.endsWith('2025'))).toBe(true);
    expect(service().workspaceSymbols('chỉ số giá tiêu dùng', files).map((s) => s.name)).toContain('cpi — Chỉ số giá tiêu dùng');
    expect(service().workspaceSymbols('no such words anywhere', files)).toEqual([]);
  });

  it('folds marks and đ', () => {
    expect(fold('Đường điện Tỉnh')).toBe('duong dien tinh');
    expect(matches('DUONG', 'đường')).toBe(true);
  });
});
