// The model's clause tree at any depth, a text without articles, amendments and target status,
// on structures real resolutions print.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../engine.js';
import { parseYaml } from '../parse/parseYaml.js';
import { PLAN_2025 } from '../testing/fixtures.js';
import { ancestorsOf, viewPlan } from './planView.js';

const view = (yaml: string) => viewPlan(parseYaml(yaml).value);

describe('viewPlan: clauses of any depth', () => {
  // Tiền Giang, 01/NQ-HĐND (13/7/2018): "Điều 1." → "1." → "-".
  const deep = view(`
articles:
  - id: art_1
    label: "Điều 1."
    heading: "Thống nhất điều chỉnh một số chỉ tiêu …"
    items:
      - id: art_1__item_1
        label: "1."
        heading: "Điều chỉnh tốc độ tăng trưởng kinh tế (GRDP theo giá so sánh 2010) là: 7,0 - 7,5%. Trong đó:"
        items:
          - { id: art_1__item_1__item_1, label: "-", heading: "Giá trị tăng thêm khu vực nông, lâm, ngư nghiệp: 2,5 - 2,9%;" }
          - id: art_1__item_1__item_2
            label: "-"
            heading: "Giá trị tăng thêm khu vực công nghiệp - xây dựng: 14,0 - 14,7%;"
            paragraphs: [{ id: art_1__item_1__item_2__para_1, text: "(đoạn)" }]
`);

  it('builds items of items, with parents, positions and depths, in document order', () => {
    expect(deep.clauses.map((c) => [c.id, c.kind, c.label ?? '', c.depth, c.position])).toEqual([
      ['art_1', 'article', 'Điều 1.', 0, 1],
      ['art_1__item_1', 'item', '1.', 1, 1],
      ['art_1__item_1__item_1', 'item', '-', 2, 1],
      ['art_1__item_1__item_2', 'item', '-', 2, 2],
      ['art_1__item_1__item_2__para_1', 'paragraph', '', 3, 1],
    ]);
    const leaf = deep.clause('art_1__item_1__item_2__para_1')!;
    expect(ancestorsOf(leaf).map((c) => c.id)).toEqual(['art_1', 'art_1__item_1', 'art_1__item_1__item_2']);
    expect(deep.at('/articles/0/items/0/items/1')).toMatchObject({ type: 'clause', node: { id: 'art_1__item_1__item_2' } });
  });

  it('a text without articles (Hà Nội 482/NQ-HĐND: “QUYẾT NGHỊ: 1. Mục tiêu tổng quát”) has its items at the root', () => {
    const v = view(`
document: { legalBases: [{ id: preamble__para_1, text: "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;" }] }
items:
  - id: item_1
    label: "1."
    heading: Mục tiêu tổng quát
    paragraphs: [{ id: item_1__para_1, text: Hoàn thiện tổ chức bộ máy và thể chế, chính sách phát triển Thủ đô. }]
`);
    expect(v.roots.map((c) => [c.id, c.kind, c.depth])).toEqual([
      ['preamble__para_1', 'preamble', 0],
      ['item_1', 'item', 0],
    ]);
    expect(v.clause('item_1__para_1')!.parent!.id).toBe('item_1');
  });

  it('a hostile depth costs no stack: 120 nested items (the YAML limit is 256 levels)', () => {
    let yaml = 'articles:\n  - id: art_1\n    label: "Điều 1."\n';
    let indent = '    ';
    let id = 'art_1';
    for (let k = 0; k < 120; k++) {
      id += '__item_1';
      yaml += `${indent}items:\n${indent}  - id: ${id}\n${indent}    label: "-"\n`;
      indent += '    ';
    }
    const v = view(yaml);
    expect(v.clauses).toHaveLength(121);
    expect(v.clauses[120]!.depth).toBe(120);
  });

  it('the schema accepts them: items four levels deep, and a text whose items stand at the top', () => {
    const head = 'schemaVersion: "1.0"\njurisdiction: { id: tien-giang, name: Tỉnh Tiền Giang }\nyear: 2018\nstatus: adopted\ndocument: { number: 01/NQ-HĐND, place: Tiền Giang, date: "2018-07-13", type: NGHỊ QUYẾT, title: VỀ VIỆC ĐIỀU CHỈNH MỘT SỐ CHỈ TIÊU KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI TỈNH TIỀN GIANG NĂM 2018, issuer: HỘI ĐỒNG NHÂN DÂN TỈNH TIỀN GIANG }\nindicators: []\n';
    const deepText = `${head}articles:
  - id: art_1
    label: "Điều 1."
    items:
      - id: art_1__item_1
        label: "1."
        items:
          - id: art_1__item_1__item_1
            label: "1.1."
            items:
              - id: art_1__item_1__item_1__item_1
                label: "a)"
                items: [{ id: art_1__item_1__item_1__item_1__item_1, label: "-", heading: "Giá trị tăng thêm khu vực nông, lâm, ngư nghiệp: 2,5 - 2,9%;" }]
`;
    expect(analyzeText(deepText, 'plans/tien-giang/2018.yaml').diagnostics).toEqual([]);
    const topText = `${head}items:\n  - { id: item_1, label: "1.", heading: Mục tiêu tổng quát, paragraphs: [{ id: item_1__para_1, text: Hoàn thiện tổ chức bộ máy. }] }\n`;
    expect(analyzeText(topText, 'plans/tien-giang/2018.yaml').diagnostics).toEqual([]);
    // Neither articles nor items: the schema asks for articles.
    expect(analyzeText(head, 'plans/tien-giang/2018.yaml').diagnostics.map((d) => [d.code, d.params.property])).toEqual([['schema-required', 'articles']]);
  });

  it('the 2025 plan: three levels, as before', () => {
    const v = viewPlan(parseYaml(PLAN_2025).value);
    expect(Math.max(...v.clauses.map((c) => c.depth))).toBe(2);
  });
});

describe('viewPlan: target status, provenance, amendments', () => {
  const v = view(`
indicators:
  - id: grdp-growth
    name: Tốc độ tăng trưởng kinh tế
    unit: "%"
    target: { wording: "7,5 - 8%", op: range, min: 7.5, max: 8, unit: "%" }
  - id: investment
    name: vốn đầu tư thực hiện
    unit: tỷ đồng
    target: { wording: "đạt 730.000 tỷ đồng", op: "=", value: 730000, unit: tỷ đồng, source: { kind: press, ref: S3 } }
  - id: trained-workers
    name: tỷ lệ lao động qua đào tạo
    target: { unknown: true }
  - id: cpi
    name: Chỉ số giá tiêu dùng
    target: { placeholder: true }
  - id: investment-growth
    name: Tốc độ tăng vốn đầu tư thực hiện
    dropped: { reason: thay bằng giá trị, replacedBy: investment }
  - id: poor-households
    name: Giảm số hộ nghèo so với đầu năm
    unconfirmed: { reason: không nguồn nào nêu }
amendments:
  - id: nq-01-2018
    document: { number: 01/NQ-HĐND, date: "2018-07-13" }
    changes:
      - indicator: grdp-growth
        from: { wording: "7,5 - 8%", op: range, min: 7.5, max: 8, unit: "%" }
        to: { wording: "7,0 - 7,5%", op: range, min: 7, max: 7.5, unit: "%" }
`);

  it('each target says whether it can be checked and where it comes from', () => {
    const byId = new Map(v.targets.filter((t) => t.owner === 'indicator').map((t) => [t.id, t]));
    expect(byId.get('grdp-growth')!.status).toBe('set');
    expect(byId.get('investment')!).toMatchObject({ status: 'set', source: { kind: 'press', ref: 'S3' } });
    expect(byId.get('trained-workers')!.status).toBe('unknown');
    expect(byId.get('cpi')!.status).toBe('placeholder');
  });

  it('dropped (with what replaces it) and unconfirmed indicators', () => {
    expect(v.indicator('investment-growth')).toMatchObject({ dropped: true, replacedBy: 'investment', unconfirmed: false });
    expect(v.indicator('poor-households')).toMatchObject({ dropped: false, unconfirmed: true });
  });

  it('an amendment’s from and to are targets of the indicator they change, with its unit', () => {
    const [a] = v.amendments;
    expect(a!.changes[0]!.ref).toBe('grdp-growth');
    const sites = v.targets.filter((t) => t.owner === 'amendment');
    expect(sites.map((t) => [t.id, t.pointer, t.unit, t.target.wording])).toEqual([
      ['grdp-growth', '/amendments/0/changes/0/from', '%', '7,5 - 8%'],
      ['grdp-growth', '/amendments/0/changes/0/to', '%', '7,0 - 7,5%'],
    ]);
    expect(v.at('/amendments/0')).toMatchObject({ type: 'amendment', node: { id: 'nq-01-2018' } });
  });
});
