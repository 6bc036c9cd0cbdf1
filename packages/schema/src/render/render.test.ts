import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Indicator, Plan, Target } from '../model/types.js';
import { buildDocument, type Block, type Para } from './document.js';
import { formatVietnameseDate, renderIndicator, renderPlan } from './render.js';
import { blockLines } from './writeText.js';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const planPath = join(repoRoot, 'plans/ha-noi/2025.yaml');
// The adopted text as published, kept beside the plan so this proof runs everywhere.
const sourcePath = join(repoRoot, 'plans/ha-noi/sources/2025-58-NQ-HDND.txt');

const plan = parse(readFileSync(planPath, 'utf8')) as Plan;

/** Trim each line, collapse runs of spaces/tabs inside a line, drop blank lines. */
function normalise(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim().replace(/[ \t]+/g, ' '))
    .filter((l) => l !== '');
}

/** Every clause id → its text (paragraph text, or the heading of an article or item). */
function clauseTexts(p: Plan): Map<string, string> {
  const map = new Map<string, string>();
  const paras = (list: { id: string; text: string }[] | undefined) => {
    for (const q of list ?? []) map.set(q.id, q.text);
  };
  for (const a of p.articles ?? []) {
    map.set(a.id, a.heading ?? '');
    paras(a.paragraphs);
    for (const it of a.items ?? []) {
      map.set(it.id, it.heading ?? '');
      paras(it.paragraphs);
    }
  }
  return map;
}

/**
 * The document's text as the published copy prints it: without the layout's own lines (the
 * header's issuer and motto, "TM. HỘI ĐỒNG NHÂN DÂN", which a web copy leaves out) and with each
 * indicator as its appendix line (renderIndicator) where the document has a table row.
 */
function asPublished(blocks: readonly Block[], p: Plan): string[] {
  const printed = p.indicators.filter((i) => !i.dropped && !i.unconfirmed);
  return blocks.flatMap((b) => {
    if (b.kind === 'table') return printed.map(renderIndicator);
    if (b.kind === 'layout') {
      const published = (ps: Para[]) => ps.filter((q) => !['issuer', 'motto', 'motto-sub', 'signer-authority'].includes(q.style));
      return blockLines({ ...b, rows: b.rows.map(([l, r]): [Para[], Para[]] => [published(l), published(r)]) });
    }
    return blockLines(b);
  });
}

describe('renderPlan', () => {
  it('reproduces the adopted text of 58/NQ-HĐND (whitespace normalised): the plan file is the whole text', () => {
    const source = readFileSync(sourcePath, 'utf8');
    expect(normalise(asPublished(buildDocument(plan).blocks, plan).join('\n'))).toEqual(normalise(source));
  });

  it('prints the header table, the signature block, the appendix table and the source note', () => {
    const lines = renderPlan(plan).split('\n');
    expect(lines.slice(0, 6)).toEqual([
      'HỘI ĐỒNG NHÂN DÂN',
      'THÀNH PHỐ HÀ NỘI',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 58/NQ-HĐND',
      'Hà Nội, ngày 10 tháng 12 năm 2024',
    ]);
    expect(lines.slice(lines.indexOf('- Lưu: VT.'), lines.indexOf('- Lưu: VT.') + 4)).toEqual(['- Lưu: VT.', 'TM. HỘI ĐỒNG NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Ngọc Tuấn']);
    expect(lines).toContain('TT\tChỉ tiêu\tĐơn vị tính\tKế hoạch năm 2025');
    expect(lines).toContain('19.\tTỷ lệ tổ dân phố được công nhận và giữ vững danh hiệu “Tổ dân phố văn hóa”\t%\ttrên 75%');
    expect(lines).toContain('\tKhu vực nông thôn\t%\tđạt 100%');
    expect(lines.at(-2)).toBe('Nguồn tra cứu: vanban.phaplyvn.com');
  });

  it('keeps the appendix lines as the adopted text words them (renderIndicator)', () => {
    const byId = (id: string) => plan.indicators.find((i) => i.id === id)!;
    expect(renderIndicator(plan.indicators[0]!)).toBe('1. Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP): 6,5% trở lên.');
    expect(renderIndicator(byId('clean-water'))).toBe('22. Tỷ lệ hộ dân được cung cấp nước sạch: Khu vực đô thị đạt 100%; Khu vực nông thôn đạt 100%.');
  });

  it('formats dates without leading zeros', () => {
    expect(formatVietnameseDate('2024-12-10')).toBe('ngày 10 tháng 12 năm 2024');
    expect(formatVietnameseDate('2025-07-01')).toBe('ngày 1 tháng 7 năm 2025');
  });

  it('renders multi-part indicators with labels, separators and ends', () => {
    const env = plan.indicators.find((i) => i.id === 'environmental-treatment');
    expect(env).toBeDefined();
    expect(renderIndicator(env!)).toBe(
      '24. Xử lý ô nhiễm môi trường: (i) Tỷ lệ CCN có trạm XLNT đạt tiêu chuẩn hoặc quy chuẩn kỹ thuật quốc gia tương ứng với CCN xây dựng mới: 100%; Với CCN, CCN làng nghề đã đi vào hoạt động: 100%. (ii) Tỷ lệ chất thải nguy hại được xử lý: 100%. (iii) Tỷ lệ chất thải y tế nguy hại được xử lý đạt quy chuẩn kỹ thuật quốc gia về môi trường: 100%; (iv) Tỷ lệ nước thải đô thị được xử lý: 50-55%.',
    );
  });
});

/**
 * Every indicator form a plan can hold, each field set (Tiền Giang's 2018 adjustment gives the
 * total with its parts and the amendment; Hà Nội 2026 the press-sourced and unknown targets).
 */
const FORMS: Plan = {
  schemaVersion: '1.0',
  jurisdiction: { id: 'tien-giang', name: 'Tỉnh Tiền Giang' },
  year: 2018,
  document: { number: '15/NQ-HĐND', place: 'Tiền Giang', date: '2017-12-08', type: 'NGHỊ QUYẾT', title: 'VỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI TỈNH TIỀN GIANG NĂM 2018', issuer: 'HỘI ĐỒNG NHÂN DÂN TỈNH TIỀN GIANG' },
  articles: [],
  indicators: [
    { id: 'cpi', number: '1.', name: 'Chỉ số giá tiêu dùng', unit: '%', target: { wording: 'dưới 4,5%', op: '<', value: 4.5, unit: '%' } },
    {
      id: 'grdp-growth',
      number: '2.',
      name: 'Tốc độ tăng trưởng kinh tế (GRDP theo giá so sánh 2010)',
      unit: '%',
      separator: ' là: ',
      partsIntro: '. Trong đó: ',
      target: { wording: '7,0 - 7,5%', op: 'range', min: 7, max: 7.5, unit: '%' },
      parts: [
        { id: 'agriculture', name: 'Giá trị tăng thêm khu vực nông, lâm, ngư nghiệp', target: { wording: '2,5 - 2,9%', op: 'range', min: 2.5, max: 2.9, unit: '%' } },
        { id: 'industry', label: '(2)', name: 'Giá trị tăng thêm khu vực công nghiệp - xây dựng', separator: ' ', end: '', target: { wording: '14,0 - 14,7%', op: 'range', min: 14, max: 14.7, unit: '%' } },
      ],
    },
    {
      id: 'trained-workers',
      number: '3.',
      name: 'Tỷ lệ lao động (đang làm việc) qua đào tạo',
      nameInText: false,
      parts: [
        { id: 'trained', name: 'Tỷ lệ lao động (đang làm việc) qua đào tạo', target: { wording: '75%', op: '=', value: 75, unit: '%' } },
        { id: 'certified', name: 'Tỷ lệ lao động có bằng cấp, chứng chỉ', note: 'ghi chú', target: { unknown: true } },
      ],
    },
    { id: 'investment', number: '4.', name: 'vốn đầu tư thực hiện', unit: 'tỷ đồng', end: '', target: { wording: 'đạt 730.000 tỷ đồng', op: '=', value: 730000, unit: 'tỷ đồng', source: { kind: 'press', ref: 'S3' } } },
    { id: 'clean-water', number: '5.', name: 'Tỷ lệ hộ dân được cung cấp nước sạch', parts: [{ id: 'urban', name: 'đô thị', target: { wording: '100%', op: '=', value: 100, unit: '%', source: { kind: 'peoples-committee', ref: 'S4' } } }] },
    { id: 'public-transport-share', number: '6.', name: 'Tỷ lệ vận tải hành khách công cộng', target: { unknown: true, source: { kind: 'press', ref: 'S5', note: '“22% of travel demand”' } } },
    { id: 'poverty', number: '7.', name: 'Tỷ lệ hộ nghèo', target: { placeholder: true }, previousTarget: { wording: 'giảm 1%', op: '=', value: 1 } },
    { id: 'opening', number: '8.', name: 'Tổng thu ngân sách', target: { wording: '11.076 tỷ đồng', op: '=', value: 11076, source: { kind: 'official-text' } } },
    { id: 'investment-growth', name: 'Tốc độ tăng vốn đầu tư thực hiện', dropped: { reason: 'thay bằng giá trị', replacedBy: 'investment' } },
    { id: 'poor-households', name: 'Giảm số hộ nghèo so với đầu năm', unconfirmed: { reason: 'không nguồn nào nêu' } },
  ],
  amendments: [
    {
      id: 'nq-01-2018',
      document: { number: '01/NQ-HĐND', date: '2018-07-13' },
      changes: [
        { indicator: 'grdp-growth', from: { wording: '7,5 - 8%', op: 'range', min: 7.5, max: 8, unit: '%' }, to: { wording: '7,0 - 7,5%', op: 'range', min: 7, max: 7.5, unit: '%' } },
        { indicator: 'grdp-growth/industry', to: { wording: '14,0 - 14,7%', op: 'range', min: 14, max: 14.7, unit: '%' } },
      ],
    },
  ],
};

describe('renderPlan never drops a value', () => {
  const out = renderPlan(FORMS);
  // The appendix lines as the adopted text prints them, then the document's own lines.
  const lines = [...FORMS.indicators.filter((i) => !i.dropped && !i.unconfirmed).map(renderIndicator), ...out.split('\n')];
  const shown = (t: Target | undefined) => (t?.unknown ? '[chưa biết]' : t?.placeholder ? '[chưa đặt]' : (t?.wording ?? ''));
  const sourceOf = (t: Target | undefined) => (t?.source ? `[nguồn: ${{ press: 'báo chí', 'peoples-committee': 'UBND', 'official-text': 'văn bản chính thức', 'statistics-office': 'cơ quan thống kê' }[t.source.kind]}${t.source.ref ? `, ${t.source.ref}` : ''}]` : '');

  it('prints every field of every indicator form that the appendix line holds', () => {
    for (const ind of FORMS.indicators.filter((i: Indicator) => !i.dropped && !i.unconfirmed)) {
      const line = lines.find((l) => l.startsWith(`${ind.number} `));
      expect(line, ind.id).toBeDefined();
      if (ind.nameInText !== false) expect(line).toContain(`${ind.name}${ind.separator ?? ': '}`);
      for (const t of [ind.target, ...(ind.parts ?? []).map((p) => p.target)]) {
        if (!t) continue;
        expect(line, ind.id).toContain(shown(t));
        expect(line, ind.id).toContain(sourceOf(t));
      }
      for (const p of ind.parts ?? []) expect(line, `${ind.id}/${p.id}`).toContain(`${p.label ? `${p.label} ` : ''}${p.name}${p.separator ?? ': '}`);
    }
  });

  it('an indicator with a total target and parts prints both (GRDP 7,0 - 7,5% and its sectors)', () => {
    expect(renderIndicator(FORMS.indicators[1]!)).toBe(
      '2. Tốc độ tăng trưởng kinh tế (GRDP theo giá so sánh 2010) là: 7,0 - 7,5%. Trong đó: Giá trị tăng thêm khu vực nông, lâm, ngư nghiệp: 2,5 - 2,9%; (2) Giá trị tăng thêm khu vực công nghiệp - xây dựng 14,0 - 14,7%.',
    );
    const { partsIntro: _intro, ...plain } = FORMS.indicators[1]!;
    expect(renderIndicator(plain)).toContain('là: 7,0 - 7,5%, trong đó: Giá trị tăng thêm');
  });

  it('marks what is not the adopted wording: a source, an unknown target, a draft’s blank', () => {
    expect(lines).toContain('4. vốn đầu tư thực hiện: đạt 730.000 tỷ đồng [nguồn: báo chí, S3]');
    expect(lines).toContain('5. Tỷ lệ hộ dân được cung cấp nước sạch: đô thị: 100% [nguồn: UBND, S4].');
    expect(lines).toContain('6. Tỷ lệ vận tải hành khách công cộng: [chưa biết] [nguồn: báo chí, S5].');
    expect(lines).toContain('7. Tỷ lệ hộ nghèo: [chưa đặt].');
    // The table's rows say the same.
    expect(out).toContain('\n4.\tvốn đầu tư thực hiện\ttỷ đồng\tđạt 730.000 tỷ đồng [nguồn: báo chí, S3]\n');
    expect(out).toContain('\n\tđô thị\t\t100% [nguồn: UBND, S4]\n');
    expect(out).toContain('\n\tTỷ lệ lao động có bằng cấp, chứng chỉ\t\t[chưa biết]\n');
    expect(out).toContain('\n7.\tTỷ lệ hộ nghèo\t\t[chưa đặt]\n');
    expect(lines).toContain('8. Tổng thu ngân sách: 11.076 tỷ đồng [nguồn: văn bản chính thức].');
  });

  it('does not print dropped or unconfirmed indicators (they are not in the resolution)', () => {
    expect(out).not.toContain('Tốc độ tăng vốn đầu tư thực hiện');
    expect(out).not.toContain('Giảm số hộ nghèo');
  });

  it('prints each adjusting resolution with the targets it changes', () => {
    expect(lines.slice(-4, -1)).toEqual([
      '[Điều chỉnh: Nghị quyết số 01/NQ-HĐND ngày 13 tháng 7 năm 2018]',
      '- Tốc độ tăng trưởng kinh tế (GRDP theo giá so sánh 2010): 7,0 - 7,5% (trước: 7,5 - 8%)',
      '- Tốc độ tăng trưởng kinh tế (GRDP theo giá so sánh 2010) — Giá trị tăng thêm khu vực công nghiệp - xây dựng: 14,0 - 14,7%',
    ]);
  });

  it('prints every target wording of the real 2025 plan', () => {
    const text = renderPlan(plan);
    for (const ind of plan.indicators.filter((i) => !i.dropped)) {
      for (const t of [ind.target, ...(ind.parts ?? []).map((p) => p.target)]) if (t) expect(text, ind.id).toContain(t.wording!);
    }
  });
});

describe('renderPlan: clauses of any depth, texts without articles, truncated texts', () => {
  const base = { ...FORMS, indicators: [], amendments: [] };
  it('prints items of items in document order (Điều 1. → 1. → -)', () => {
    const p: Plan = {
      ...base,
      articles: [
        {
          id: 'art_1',
          label: 'Điều 1.',
          heading: 'Thống nhất điều chỉnh một số chỉ tiêu',
          items: [
            {
              id: 'art_1__item_1',
              label: '1.',
              heading: 'Điều chỉnh tốc độ tăng trưởng kinh tế (GRDP theo giá so sánh 2010) là: 7,0 - 7,5%. Trong đó:',
              items: [
                { id: 'art_1__item_1__item_1', label: '-', heading: 'Giá trị tăng thêm khu vực nông, lâm, ngư nghiệp: 2,5 - 2,9%;' },
                { id: 'art_1__item_1__item_2', label: '-', heading: 'Giá trị tăng thêm khu vực công nghiệp - xây dựng: 14,0 - 14,7%;' },
              ],
            },
          ],
        },
      ],
    };
    const all = renderPlan(p).split('\n');
    const body = all.slice(all.indexOf('Điều 1. Thống nhất điều chỉnh một số chỉ tiêu'), all.indexOf('Điều 1. Thống nhất điều chỉnh một số chỉ tiêu') + 4);
    expect(body).toEqual([
      'Điều 1. Thống nhất điều chỉnh một số chỉ tiêu',
      '1. Điều chỉnh tốc độ tăng trưởng kinh tế (GRDP theo giá so sánh 2010) là: 7,0 - 7,5%. Trong đó:',
      '- Giá trị tăng thêm khu vực nông, lâm, ngư nghiệp: 2,5 - 2,9%;',
      '- Giá trị tăng thêm khu vực công nghiệp - xây dựng: 14,0 - 14,7%;',
    ]);
  });

  it('prints top-level items after “QUYẾT NGHỊ:”, and “[…]” where a truncated text breaks off', () => {
    const p: Plan = {
      ...base,
      articles: undefined,
      document: { ...base.document, enactingFormula: 'QUYẾT NGHỊ:', truncated: { note: 'chỉ có phần đầu', at: 'item_1__para_1' } },
      items: [{ id: 'item_1', label: '1.', heading: 'Mục tiêu tổng quát', paragraphs: [{ id: 'item_1__para_1', text: 'Hoàn thiện tổ chức bộ máy … Thực hiện phòng, chống tha' }] }],
    };
    const all = renderPlan(p).split('\n');
    expect(all.slice(all.indexOf('QUYẾT NGHỊ:'), all.indexOf('QUYẾT NGHỊ:') + 5)).toEqual(['QUYẾT NGHỊ:', '1. Mục tiêu tổng quát', 'Hoàn thiện tổ chức bộ máy … Thực hiện phòng, chống tha', '[…]', '']);
  });
});

describe('plans/ha-noi/2025.yaml', () => {
  const clauses = clauseTexts(plan);

  it('has the 25 appendix indicators', () => {
    expect(plan.indicators.filter((i) => !i.dropped)).toHaveLength(25);
  });

  it('states every narrative target verbatim in its clause', () => {
    const targets = plan.narrativeTargets ?? [];
    expect(targets.length).toBeGreaterThan(30);
    const problems: string[] = [];
    for (const t of targets) {
      const clause = clauses.get(t.clause);
      if (clause === undefined) problems.push(`${t.id}: no clause ${t.clause}`);
      else if (!clause.includes(t.text)) problems.push(`${t.id}: text not in ${t.clause}`);
      if (!t.target.wording || !t.text.includes(t.target.wording)) problems.push(`${t.id}: wording not in text`);
    }
    expect(problems).toEqual([]);
  });

  it('links narrative targets to existing indicators and parts', () => {
    const problems: string[] = [];
    for (const t of plan.narrativeTargets ?? []) {
      if (!t.indicator) continue;
      const [id, part] = t.indicator.split('/');
      const ind = plan.indicators.find((i) => i.id === id);
      if (!ind) problems.push(`${t.id}: no indicator ${id}`);
      else if (part !== undefined && !ind.parts?.some((p) => p.id === part)) problems.push(`${t.id}: no part ${t.indicator}`);
    }
    expect(problems).toEqual([]);
  });

  it('keeps every string in NFC', () => {
    const problems: string[] = [];
    const walk = (value: unknown, path: string): void => {
      if (typeof value === 'string') {
        if (value !== value.normalize('NFC')) problems.push(path);
      } else if (Array.isArray(value)) {
        value.forEach((v, i) => walk(v, `${path}[${i}]`));
      } else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
      }
    };
    walk(plan, 'plan');
    expect(problems).toEqual([]);
  });
});
