import { describe, expect, it } from 'vitest';
import { formatMessage } from '../diagnostics/localize.js';
import { readPlan } from '../testing/index.js';
import { analyze, PLAN_2025, positionOf, replaceOnce, withCode } from '../testing/fixtures.js';

const REAL = ['ha-noi/2024', 'ha-noi/2025', 'ha-noi/2026', 'vi-du-tinh-a/2025', 'vi-du-tinh-b/2025', 'vi-du-tinh-hop-nhat/2026'];

describe('catalogue-id', () => {
  it('notes nothing in the real plans: Hà Nội’s ids are the catalogue’s, the examples are examples', () => {
    for (const name of REAL) {
      const ds = withCode(analyze(readPlan(name), `plans/${name}.yaml`), 'catalogue-id');
      expect(ds, name).toEqual([]);
    }
  });

  it('notes an indicator whose printed name is a catalogue entry’s, under another id, as a hint at the id', () => {
    const text = replaceOnce(PLAN_2025, '  - id: cpi\n', '  - id: consumer-prices\n');
    const ds = withCode(analyze(text), 'catalogue-id');
    expect(ds.map((d) => [d.severity, d.range.start])).toEqual([['hint', positionOf(text, 'consumer-prices')]]);
    expect(formatMessage(ds[0]!, 'vi')).toBe(
      'Chỉ tiêu “consumer-prices” là chỉ tiêu “Chỉ số giá tiêu dùng” của danh mục chỉ tiêu dùng chung, có mã “cpi”. Nên dùng mã “cpi” để so sánh được với kế hoạch của các tỉnh, thành phố khác; nếu mã “consumer-prices” đã dùng từ các năm trước thì giữ nguyên (đổi mã làm mất so sánh với năm gốc).',
    );
    expect(formatMessage(ds[0]!, 'en')).toMatch(/^Indicator “consumer-prices” is the shared catalogue’s “Chỉ số giá tiêu dùng”, whose id is “cpi”\. Prefer the id “cpi”/);
  });

  it('reads the name as provinces print it (another variant, case, accents), and not a name it does not know', () => {
    const variant = replaceOnce(PLAN_2025, 'name: Chỉ số giá tiêu dùng\n', 'name: CPI\n');
    expect(withCode(analyze(variant), 'catalogue-id')).toEqual([]); // same id: nothing to say
    const renamed = replaceOnce(replaceOnce(PLAN_2025, '  - id: cpi\n', '  - id: gia-ca\n'), 'name: Chỉ số giá tiêu dùng\n', 'name: CHỈ SỐ GIÁ TIÊU DÙNG (CPI)\n');
    expect(withCode(analyze(renamed), 'catalogue-id')).toEqual([]); // "(CPI)" is not a printed variant
    const unaccented = replaceOnce(replaceOnce(PLAN_2025, '  - id: cpi\n', '  - id: gia-ca\n'), 'name: Chỉ số giá tiêu dùng\n', 'name: chi so gia tieu dung\n');
    expect(withCode(analyze(unaccented), 'catalogue-id').map((d) => d.params.expected)).toEqual(['cpi']);
    const unknown = replaceOnce(PLAN_2025, 'name: Chỉ số giá tiêu dùng\n', 'name: Chỉ số hạnh phúc\n');
    expect(withCode(analyze(unknown), 'catalogue-id')).toEqual([]);
  });

  it('never suggests an id the plan already uses elsewhere, nor notes a dropped indicator', () => {
    // forest-cover is a narrative target's id in the 2025 plan.
    const text = replaceOnce(PLAN_2025, 'name: Tỷ lệ vận tải hành khách công cộng\n', 'name: Tỷ lệ che phủ rừng\n');
    expect(withCode(analyze(text), 'catalogue-id')).toEqual([]);
    const dropped = replaceOnce(PLAN_2025, '  - id: public-schools-national-standard-rate\n', '  - id: school-rate\n');
    expect(withCode(analyze(dropped), 'catalogue-id')).toEqual([]);
    // Two indicators bearing the CPI's name: the id can go to one only, so neither is noted.
    const twice = replaceOnce(replaceOnce(PLAN_2025, '  - id: cpi\n', '  - id: gia-ca\n'), 'name: Tỷ lệ vận tải hành khách công cộng\n', 'name: Chỉ số giá tiêu dùng\n');
    expect(withCode(analyze(twice), 'catalogue-id')).toEqual([]);
  });

  it('notes a jurisdiction id that is no province, suggesting the one its name names', () => {
    const text = replaceOnce(PLAN_2025, 'jurisdiction: { id: ha-noi, name: Thành phố Hà Nội }', 'jurisdiction: { id: hanoi, name: Thành phố Hà Nội }');
    const ds = withCode(analyze(text, 'untitled.yaml'), 'catalogue-id');
    expect(ds.map((d) => [d.params.problem, d.params.expected, d.range.start])).toEqual([['jurisdiction-named', 'ha-noi', positionOf(text, 'hanoi')]]);
    expect(formatMessage(ds[0]!, 'en')).toBe('jurisdiction.id “hanoi” is the id of no province; Thành phố Hà Nội has the id “ha-noi”. Use the id “ha-noi” (and the folder plans/ha-noi/).');
    const unnamed = replaceOnce(PLAN_2025, 'jurisdiction: { id: ha-noi, name: Thành phố Hà Nội }', 'jurisdiction: { id: atlantis, name: Atlantis }');
    expect(withCode(analyze(unnamed, 'untitled.yaml'), 'catalogue-id').map((d) => d.params.problem)).toEqual(['jurisdiction']);
    // A former province (its plans of 2025 and before) is known.
    const former = replaceOnce(PLAN_2025, 'jurisdiction: { id: ha-noi, name: Thành phố Hà Nội }', 'jurisdiction: { id: ha-giang, name: Tỉnh Hà Giang }');
    expect(withCode(analyze(former, 'untitled.yaml'), 'catalogue-id')).toEqual([]);
  });

  it('from 2026, notes a baselines entry naming a former province the plan’s province was not formed from', () => {
    const base = replaceOnce(
      replaceOnce(PLAN_2025, 'jurisdiction: { id: ha-noi, name: Thành phố Hà Nội }\nyear: 2025', 'jurisdiction: { id: tuyen-quang, name: Tỉnh Tuyên Quang }\nyear: 2026'),
      'baseline: ./2024.yaml\n',
      'baseline: null\nbaselines:\n  - { jurisdiction: { id: ha-giang, name: Tỉnh Hà Giang }, path: ../ha-giang/2025.yaml }\n  - { jurisdiction: { id: binh-duong, name: Tỉnh Bình Dương }, path: ../binh-duong/2025.yaml }\n',
    );
    const ds = withCode(analyze(base, 'untitled.yaml'), 'catalogue-id');
    expect(ds.map((d) => [d.params.problem, d.params.id, d.range.start])).toEqual([['predecessor', 'binh-duong', positionOf(base, 'binh-duong')]]);
    expect(formatMessage(ds[0]!, 'vi')).toBe('baselines khai báo “binh-duong” (Tỉnh Bình Dương), nhưng Tỉnh Tuyên Quang không hình thành từ đơn vị này (Nghị quyết 202/2025/QH15: từ Tỉnh Tuyên Quang, Tỉnh Hà Giang). Hãy kiểm tra mục baselines này.');
    // Before the merging, baselines are not checked against it.
    const before = base.replace('year: 2026', 'year: 2025');
    expect(withCode(analyze(before, 'untitled.yaml'), 'catalogue-id')).toEqual([]);
  });
});
