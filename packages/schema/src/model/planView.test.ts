// The one plan model on the real plans (every node found again by its pointer) and on the
// structures real resolutions print: clause trees of any depth, a text without articles,
// amendments and target status.
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { analyzeText } from '../engine.js';
import { parseYaml } from '../parse/parseYaml.js';
import { PLAN_2025 } from '../testing/fixtures.js';
import { readPlan } from '../testing/realPlans.js';
import { ancestorsOf, viewPlan, type PlanView } from './planView.js';

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

/** Every node of the view (clauses at any depth, amendments too) is what at() finds at its pointer. */
function expectEveryNodeAt(view: PlanView) {
  const nodes = [
    ...view.indicators.map((node) => ({ type: 'indicator', node })),
    ...view.indicators.flatMap((i) => i.parts.map((node) => ({ type: 'part', node }))),
    ...view.narratives.map((node) => ({ type: 'narrative', node })),
    ...view.relations.map((node) => ({ type: 'relation', node })),
    ...view.amendments.map((node) => ({ type: 'amendment', node })),
    ...view.clauses.map((node) => ({ type: 'clause', node })),
  ];
  expect(nodes.length).toBeGreaterThan(0);
  for (const n of nodes) expect(view.at(n.node.pointer), n.node.pointer).toEqual(n);
}

const plan2025 = parseDocument(readPlan('ha-noi/2025')).toJS();

describe('viewPlan on the 2025 plan', () => {
  const view = viewPlan(plan2025);

  it('types every indicator, part, narrative target and relation of the file, in file order', () => {
    expect(view.indicators.map((i) => i.id)).toEqual(plan2025.indicators.map((i: { id: string }) => i.id));
    expect(view.narratives.length).toBe(plan2025.narrativeTargets.length);
    expect(view.relations.length).toBe((plan2025.relations ?? []).length);
    const parts = view.indicators.flatMap((i) => i.parts.map((p) => p.ref));
    expect(parts.length).toBeGreaterThan(0);
    expect(parts.every((r) => view.resolve(r)?.part?.ref === r)).toBe(true);
  });

  it('at(pointer) finds every node by its own pointer, and nothing at a pointer that names none', () => {
    expectEveryNodeAt(view);
    expect(view.at(`/indicators/${view.indicators.length}`)).toBeUndefined();
    expect(view.at('/indicators/0/parts/99')).toBeUndefined();
    expect(view.at('/narrativeTargets/0/parts/0')).toBeUndefined();
    expect(view.at('/year')).toBeUndefined();
  });

  it('builds the clause tree with parents, positions and depth; clause(id) finds each id', () => {
    expect(view.roots.length).toBeGreaterThan(0);
    for (const c of view.clauses) {
      // position is 1-based among siblings of its kind (paragraphs and items counted apart)
      const siblings = c.parent ? c.parent.children : view.roots;
      expect(siblings.filter((s) => s.kind === c.kind)[c.position - 1]).toBe(c);
      expect(ancestorsOf(c).length).toBe(c.depth);
      if (c.id) expect(view.clause(c.id)?.id).toBe(c.id);
    }
  });

  it('restatements(ref) lists the narrative targets that restate an indicator', () => {
    const restated = view.narratives.filter((n) => n.indicator && !n.indicator.includes('/'));
    expect(restated.length).toBeGreaterThan(0);
    for (const n of restated) expect(view.restatements(n.indicator!)).toContain(n);
  });

  it('restatements(ref): the first answer (a walk) and the later ones (a table) are the same, parts under their indicator', () => {
    const refs = [...new Set(view.narratives.flatMap((n) => (n.indicator ? [n.indicator, n.indicator.split('/', 1)[0]!] : [])))];
    expect(refs).toContain('new-rural-communes/advanced');
    for (const ref of refs) {
      const walked = viewPlan(parseYaml(PLAN_2025).value).restatements(ref);
      expect(view.restatements(ref)).toEqual(walked);
      expect(walked.length).toBeGreaterThan(0);
    }
    const whole = view.restatements('new-rural-communes').map((n) => n.indicator);
    expect(whole).toEqual(expect.arrayContaining(['new-rural-communes/advanced', 'new-rural-communes/model']));
  });
});

describe('viewPlan on values that are not (quite) plans', () => {
  it('a non-object is an empty plan', () => {
    for (const v of [null, 42, 'text', [1, 2]]) {
      const view = viewPlan(v);
      expect([view.indicators.length, view.clauses.length, view.targets.length]).toEqual([0, 0, 0]);
      expect(view.at('/indicators/0')).toBeUndefined();
    }
  });

  it('skips entries that are not objects or have no id, and still finds the others at their own index', () => {
    const view = viewPlan({ indicators: [{ id: 'a' }, 7, { name: 'no id' }, { id: 'd', parts: [null, { id: 'p' }] }] });
    expect(view.indicators.map((i) => [i.id, i.index])).toEqual([['a', 0], ['d', 3]]);
    expect(view.at('/indicators/3')?.node).toBe(view.indicators[1]);
    expect(view.at('/indicators/1')).toBeUndefined();
    expect(view.at('/indicators/3/parts/1')?.type).toBe('part');
    expect(view.resolve('d/p')?.part?.index).toBe(1);
  });
});

describe('at(pointer) on every real plan and on the structures above', () => {
  it.each(['ha-noi/2024', 'ha-noi/2025', 'ha-noi/2026'])('%s: every node, clauses at any depth (2026: items at the root)', (name) => {
    expectEveryNodeAt(viewPlan(parseDocument(readPlan(name)).toJS()));
  });

  it('items of items four levels deep, and amendments found by index past a skipped entry', () => {
    const deep = view(`
articles:
  - id: art_1
    items:
      - id: art_1__item_1
        items:
          - id: art_1__item_1__item_1
            items:
              - id: art_1__item_1__item_1__item_1
                items: [{ id: art_1__item_1__item_1__item_1__item_1, paragraphs: [{ id: leaf, text: x }] }]
amendments: [{ id: a1, changes: [] }, 7, { id: a3, changes: [] }]
`);
    expectEveryNodeAt(deep);
    expect(deep.at('/articles/0/items/0/items/0/items/0/items/0/paragraphs/0')).toMatchObject({ type: 'clause', node: { id: 'leaf', depth: 5 } });
    expect(deep.at('/amendments/2')).toMatchObject({ type: 'amendment', node: { id: 'a3' } });
    expect(deep.at('/amendments/1')).toBeUndefined();
    expect(deep.at('/amendments/0/parts/0')).toBeUndefined();
  });
});

describe('viewPlan: results of indicators and parts', () => {
  const yaml = `
indicators:
  - id: grdp-growth
    unit: "%"
    target: { wording: "6,5% trở lên", op: ">=", value: 6.5, unit: "%" }
    results:
      estimate: { wording: "ước đạt 7,8%", op: "=", value: 7.8, estimate: true, source: { kind: peoples-committee, ref: R1 }, date: "2025-12-05" }
      final: { wording: "đạt 7,2%", op: "=", value: 7.2, unit: "%", source: { kind: statistics-office } }
  - id: clean-water
    unit: "%"
    parts:
      - id: urban
        name: đô thị
        target: { wording: 100%, op: "=", value: 100, unit: "%" }
        results: { estimate: { wording: "đạt 100%", op: "=", value: 100, unit: "%", source: { kind: press } } }
      - id: rural
        name: nông thôn
        target: { wording: 95%, op: "=", value: 95, unit: "%" }
        results: "not an object"
  - id: no-results
    target: { wording: 5%, op: "=", value: 5, unit: "%" }
    results: { estimate: 7 }
`;

  it('types each result with its stage, pointer, unit (the owner’s when it writes none), source and date', () => {
    const v = view(yaml);
    const r = v.results('grdp-growth')!;
    expect(r.estimate).toMatchObject({ stage: 'estimate', ref: 'grdp-growth', pointer: '/indicators/0/results/estimate', unit: '%', date: '2025-12-05', source: { kind: 'peoples-committee', ref: 'R1' } });
    expect(r.final?.pointer).toBe('/indicators/0/results/final');
    expect(r.latest).toBe(r.final);
    expect(v.indicator('grdp-growth')!.results).toBe(r);
  });

  it('finds a part’s results by `indicator/part` or by indicator and part apart; none where the file gives none', () => {
    const v = view(yaml);
    expect(v.results('clean-water/urban')?.latest?.result.wording).toBe('đạt 100%');
    expect(v.results('clean-water', 'urban')).toBe(v.results('clean-water/urban'));
    expect(v.results('clean-water')).toBeUndefined();
    expect(v.results('clean-water/rural')).toBeUndefined();
    expect(v.results('no-results')).toBeUndefined();
    expect(v.results('nothing')).toBeUndefined();
  });

  it('lists every result in file order, estimate before final', () => {
    expect(view(yaml).resultSites.map((s) => `${s.ref}:${s.stage}`)).toEqual(['grdp-growth:estimate', 'grdp-growth:final', 'clean-water/urban:estimate']);
  });
});
