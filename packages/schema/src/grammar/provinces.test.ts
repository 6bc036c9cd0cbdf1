// Real target phrases of other provinces' plans (issue 11, and /work/research: 140 phrases of 27
// jurisdictions, mostly press restatements, quoted verbatim, NFC). Each is read with every word
// that carries meaning kept in a field (estimate, average, approximately, comparison year,
// share-of base) and formatted back to the same phrase.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Target } from '../model/types.js';
import { REPO_ROOT } from '../testing/realPlans.js';
import { parse as parseYaml } from 'yaml';
import { formatTarget, parseTarget, sameMeaning, toTarget, type TargetAst } from './index.js';

type Meaning = Omit<Target, 'wording'>;

function meaningOf(wording: string): Meaning {
  const r = parseTarget(wording);
  if (!r.ok) throw new Error(`${wording}: ${JSON.stringify(r.error)}`);
  const { wording: _w, ...rest } = toTarget(r.target, wording);
  return rest;
}

function roundTrip(wording: string): string {
  const r = parseTarget(wording);
  return r.ok ? formatTarget(r.target) : `(not read: ${r.error.code})`;
}

/** [phrase, where it is from, its meaning]. */
const PHRASES: Array<[string, string, Meaning]> = [
  // Shares of GRDP: the base is kept in `of`, the unit stays "%".
  ['chiếm khoảng 30% GRDP', 'issue 11', { op: '~', value: 30, unit: '%', of: 'GRDP' }],
  ['đóng góp khoảng 25% trong GRDP', 'issue 11', { op: '~', value: 25, unit: '%', of: 'GRDP' }],
  ['tương đương 26 - 27% GRDP', 'issue 11', { op: 'range', min: 26, max: 27, unit: '%', of: 'GRDP' }],
  ['trên 1%/GRDP', 'issue 11', { op: '>', value: 1, unit: '%', of: 'GRDP' }],
  ['chiếm 35-40% GRDP', 'Lâm Đồng 2030, research #15', { op: 'range', min: 35, max: 40, unit: '%', of: 'GRDP' }],
  ['chiếm khoảng 35% - 36% GRDP', 'Lâm Đồng, research #21', { op: '~', min: 35, max: 36, unit: '%', of: 'GRDP' }],
  ['đạt tối thiểu 20% GRDP', 'Tuyên Quang 2030, research #106', { op: '>=', value: 20, unit: '%', of: 'GRDP' }],
  ['chiếm khoảng 49 - 50%', 'Huế 2026, research #86', { op: '~', min: 49, max: 50, unit: '%' }],
  // Estimates: "ước" is kept.
  ['ước đạt 168 nghìn tỷ đồng', 'Thanh Hóa 2026, research #64', { op: '=', value: 168, unit: 'nghìn tỷ đồng', estimate: true }],
  ['ước đạt 8,5 - 9%', 'research notes', { op: 'range', min: 8.5, max: 9, unit: '%', estimate: true }],
  ['ước đạt 27m2 sàn/người', 'research notes', { op: '=', value: 27, unit: 'm2 sàn/người', estimate: true }],
  ['ước tăng bình quân 7,6%/năm', 'Bà Rịa - Vũng Tàu, research notes', { kind: 'increase', op: '=', value: 7.6, unit: '%/năm', estimate: true, average: true }],
  // Averages: "bình quân" is kept.
  ['bình quân từ 10% trở lên', 'Hà Tĩnh NQ 291/NQ-HĐND (official), research #111', { op: '>=', value: 10, unit: '%', average: true }],
  ['đạt bình quân từ 10%/năm trở lên', 'Thái Nguyên, research #42', { op: '>=', value: 10, unit: '%/năm', average: true }],
  ['bình quân tăng 3,9%/năm', 'Cà Mau, research #103', { kind: 'increase', op: '=', value: 3.9, unit: '%/năm', average: true }],
  // "từ X" without "trở lên": ≥.
  ['tăng từ 10%', 'issue 11', { kind: 'increase', op: '>=', value: 10, unit: '%' }],
  ['từ 9–10%', 'Quảng Trị 2026, research #77 (a range stays a range)', { op: 'range', min: 9, max: 10, unit: '%' }],
  ['giảm từ 0,8-1%', 'Huế, research #88', { kind: 'decrease', op: 'range', min: 0.8, max: 1, unit: '%' }],
  // A comparison year: kept in relativeTo.
  ['tăng khoảng 13% so với năm 2025', 'issue 11', { kind: 'increase', op: '~', value: 13, unit: '%', relativeTo: 2025 }],
  ['tăng 10% so với năm 2024', 'Đồng Nai 2025, research #71', { kind: 'increase', op: '=', value: 10, unit: '%', relativeTo: 2024 }],
  ['giảm 3,51% so với năm 2024', 'research notes', { kind: 'decrease', op: '=', value: 3.51, unit: '%', relativeTo: 2024 }],
  ['từ 11% trở lên so với năm 2020', 'Trà Vinh NQ 15/2020/NQ-HĐND (official), research #129', { op: '>=', value: 11, unit: '%', relativeTo: 2020 }],
  // "ít nhất", "trên" before a range: their comparator over the range.
  ['ít nhất 4-5%', 'issue 11', { op: '>=', min: 4, max: 5, unit: '%' }],
  ['trên 8% - 9%', 'Lâm Đồng, research #20', { op: '>', min: 8, max: 9, unit: '%' }],
  // Growth.
  ['tăng trưởng trên 3%', 'issue 11', { kind: 'increase', op: '>', value: 3, unit: '%' }],
  ['tăng trưởng trên 10%', 'Lào Cai 2026, research notes', { kind: 'increase', op: '>', value: 10, unit: '%' }],
  ['tăng trưởng trên 10%/năm', 'Lào Cai 2030, research #49', { kind: 'increase', op: '>', value: 10, unit: '%/năm' }],
  // States without a number: kind state, no number invented.
  ['không còn', 'issue 11', { kind: 'state', state: 'không còn' }],
  ['giải ngân toàn bộ', 'issue 11', { kind: 'state', state: 'giải ngân toàn bộ' }],
  ['cơ bản không còn hộ nghèo', 'Lâm Đồng 2030, research #17', { kind: 'state', state: 'cơ bản không còn hộ nghèo' }],
  // "khoảng" before a range is kept: ~ with min and max.
  ['khoảng 4.900 - 5.000 USD/người', 'issue 11', { op: '~', min: 4900, max: 5000, unit: 'USD/người' }],
  ['khoảng 4.700 - 5.000 USD', 'Đại hội XIII, research #130', { op: '~', min: 4700, max: 5000, unit: 'USD' }],
  ['khoảng 120 - 125 triệu đồng', 'Lâm Đồng 2025, research #19', { op: '~', min: 120, max: 125, unit: 'triệu đồng' }],
  ['đạt khoảng 220–230 triệu đồng', 'Phú Thọ 2030, research #76', { op: '~', min: 220, max: 230, unit: 'triệu đồng' }],
  ['khoảng 10-10,5%', 'Lâm Đồng, research #12', { op: '~', min: 10, max: 10.5, unit: '%' }],
  ['khoảng 8,5 tỷ USD', 'Thanh Hóa 2026, research #66', { op: '~', value: 8.5, unit: 'tỷ USD' }],
  ['ít nhất 75.000 tỷ đồng', 'Cà Mau 2026-2030, research #100', { op: '>=', value: 75000, unit: 'tỷ đồng' }],
  // Units: scale words, spellings, superscripts, counted nouns and composites as written.
  ['730 nghìn tỷ đồng', 'Hà Nội 2026 (press, S2)', { op: '=', value: 730, unit: 'nghìn tỷ đồng' }],
  ['730.000 tỉ đồng', 'Hà Nội 2026 (press, S4)', { op: '=', value: 730000, unit: 'tỉ đồng' }],
  ['đạt 730.000 tỷ đồng', 'Hà Nội 2026 (press, S3)', { op: '=', value: 730000, unit: 'tỷ đồng' }],
  ['18.000 căn', 'Hà Nội 2026 (press, S3)', { op: '=', value: 18000, unit: 'căn' }],
  ['đạt 24,85 m² sàn/người', 'Thừa Thiên Huế, research #92', { op: '=', value: 24.85, unit: 'm² sàn/người' }],
  ['hơn 16 triệu (lượt khách)', 'issue 11', { op: '>', value: 16, unit: 'triệu (lượt khách)' }],
  ['hơn 16 triệu', 'issue 11 (the scale word alone)', { op: '>', value: 16, unit: 'triệu' }],
  ['13,5 bác sĩ/10.000 dân', 'research #133', { op: '=', value: 13.5, unit: 'bác sĩ/10.000 dân' }],
  ['đạt 19.000-20.000USD', 'Quảng Ninh 2030, research #115', { op: 'range', min: 19000, max: 20000, unit: 'USD' }],
];

describe('real target phrases of other provinces', () => {
  it.each(PHRASES)('%s (%s)', (wording, _from, meaning) => {
    expect(wording).toBe(wording.normalize('NFC'));
    expect(meaningOf(wording)).toEqual(meaning);
    expect(roundTrip(wording)).toBe(wording);
  });
});

describe('the words that carry meaning survive an edit of the value', () => {
  it('a changed value keeps "ước", "bình quân", "khoảng" over a range, the share base and the year', () => {
    const edit = (wording: string, change: Partial<TargetAst>) => {
      const r = parseTarget(wording);
      if (!r.ok) throw new Error(wording);
      return formatTarget({ ...r.target, ...change });
    };
    expect(edit('ước đạt 168 nghìn tỷ đồng', { value: 170 })).toBe('ước đạt 170 nghìn tỷ đồng');
    expect(edit('ước tăng bình quân 7,6%/năm', { value: 8 })).toBe('ước tăng bình quân 8,0%/năm');
    expect(edit('khoảng 4.900 - 5.000 USD/người', { min: 5000, max: 5200 })).toBe('khoảng 5.000 - 5.200 USD/người');
    expect(edit('chiếm khoảng 30% GRDP', { value: 32 })).toBe('chiếm khoảng 32% GRDP');
    expect(edit('tăng khoảng 13% so với năm 2025', { relativeTo: 2026 })).toBe('tăng khoảng 13% so với năm 2026');
    expect(edit('tăng từ 10%', { op: '>' })).toBe('tăng trên 10%');
  });

  it('without a recorded form, each is written canonically and reads back the same', () => {
    const canonical: Array<[Meaning & { kind: NonNullable<Target['kind']> }, string]> = [
      [{ kind: 'level', op: '~', min: 4900, max: 5000, unit: 'USD/người' }, 'khoảng 4.900-5.000 USD/người'],
      [{ kind: 'level', op: '>=', min: 4, max: 5, unit: '%' }, 'ít nhất 4-5%'],
      [{ kind: 'level', op: '~', value: 30, unit: '%', of: 'GRDP' }, 'khoảng 30% GRDP'],
      [{ kind: 'increase', op: '~', value: 13, unit: '%', relativeTo: 2025 }, 'tăng khoảng 13% so với năm 2025'],
      [{ kind: 'level', op: '=', value: 168, unit: 'nghìn tỷ đồng', estimate: true }, 'ước 168 nghìn tỷ đồng'],
      [{ kind: 'increase', op: '>=', value: 10, unit: '%', average: true }, 'tăng bình quân từ 10% trở lên'],
      [{ kind: 'state', state: 'giải ngân toàn bộ' }, 'giải ngân toàn bộ'],
    ];
    for (const [ast, text] of canonical) {
      expect(formatTarget(ast as never), text).toBe(text);
      const r = parseTarget(text);
      if (!r.ok) throw new Error(text);
      const { wording: _w, ...back } = toTarget(r.target, text);
      const { kind, ...rest } = ast;
      expect(back, text).toEqual(kind === 'level' ? rest : { kind, ...rest });
    }
  });
});

describe('docs/plan-format.md', () => {
  it('every real example of “Every form the grammar reads” reads and formats back to itself', () => {
    const page = readFileSync(join(REPO_ROOT, 'docs/plan-format.md'), 'utf8');
    const section = page.split('### Every form the grammar reads, with a real example\n')[1]!.split('\n```yaml')[0]!;
    const examples = [...section.matchAll(/^\| [^|]+ \| ([^|]+) \|/gmu)].flatMap((m) => [...m[1]!.matchAll(/"([^"]+)"/g)].map((q) => q[1]!));
    expect(examples.length).toBeGreaterThan(30);
    for (const e of examples) expect(roundTrip(e), e).toBe(e);
  });

  it('its YAML examples mean what their wording says', () => {
    const page = readFileSync(join(REPO_ROOT, 'docs/plan-format.md'), 'utf8');
    const block = page.split('### Every form the grammar reads, with a real example\n')[1]!.split('```yaml\n')[1]!.split('```')[0]!;
    const targets = block.trim().split('\n').map((line) => (parseYaml(line.trim()) as { target: Target }).target);
    expect(targets).toHaveLength(7);
    for (const t of targets) {
      const r = parseTarget(t.wording!);
      expect(r.ok && sameMeaning(toTarget(r.target, t.wording!), t), t.wording).toBe(true);
    }
  });
});
