import { describe, expect, it } from 'vitest';
import { readPlan } from '@kehoach/schema/testing';
import { applyEdits, doc, draftFrom2025, DRAFT_URI, PLAN_2025_URI, plan2025, pos, service } from './testing.js';

// The 2026 draft without the CPI indicator (appendix item 5).
const CPI_BLOCK = /  - id: cpi\n(?: {4}.*\n)+/;
const draftWithoutCpi = draftFrom2025((t) => t.replace(CPI_BLOCK, ''));

describe('diagnostics', () => {
  it('the real 2025 plan has no errors', () => {
    const ds = service().doValidation(doc(PLAN_2025_URI, plan2025));
    expect(ds.filter((d) => d.severity === 1)).toEqual([]);
  });

  it('a draft without an indicator of last year reports it where it stood, linked to its rule page', () => {
    const ls = service();
    const ds = ls.doValidation(doc(DRAFT_URI, draftWithoutCpi)).filter((d) => d.code === 'missing-indicator');
    expect(ds).toHaveLength(1);
    // Reported on the id of the indicator that followed it last year.
    expect(ds[0]!.range.start).toEqual(pos(draftWithoutCpi, 'third-child-birth-rate-reduction', '- id: export-growth'));
    expect(ds[0]!.message).toContain('“cpi”');
    expect(ds[0]!.message).toContain('dưới 4,5%');
    expect(ds[0]!.codeDescription?.href).toBe('https://kehoach.dev/rules/missing-indicator.md');
  });
});

describe('hover', () => {
  it('on an indicator id: the adopted wording of the appendix and of the body, with both years', () => {
    const ls = service({ [DRAFT_URI]: draftFrom2025() });
    const text = draftFrom2025((t) => t.replace(/(  - id: cpi\n(?: {4}.*\n)*? {4})target: .*\n/, '$1target: { placeholder: true }\n'));
    const h = ls.doHover(doc(DRAFT_URI, text), pos(text, 'cpi', '  - id: cpi', 1))!;
    expect(h).toBeDefined();
    const v = h.contents.value;
    expect(v).toContain('5. Chỉ số giá tiêu dùng');
    expect(v).toContain('> 5\\. Chỉ số giá tiêu dùng: dưới 4,5%.'); // escaped: not a Markdown list
    expect(v).toContain('Nguyên văn Nghị quyết số 58/NQ-HĐND ngày 10/12/2024');
    expect(v).toContain('**Kiểm soát chỉ số giá tiêu dùng dưới 4,5%**');
    expect(v).toContain('Điều 2, khoản 1, đoạn');
    expect(v).toMatch(/\| 2026 \(dự thảo \/ draft\) \| \*chưa đặt \/ not set\* \|/);
    expect(v).toMatch(/\| 2025 \| \*\*dưới 4,5%\*\* \|/);
    expect(h.range.start).toEqual(pos(text, 'cpi', '  - id: cpi'));
  });

  it('keeps verbatim text verbatim: Markdown characters in a name or wording are escaped', () => {
    const text = plan2025.replace('name: Chỉ số giá tiêu dùng', 'name: "Chỉ số *giá* <b>tiêu dùng</b> [x](y)"');
    const h = service().doHover(doc(PLAN_2025_URI, text), pos(text, 'cpi', '  - id: cpi', 1))!;
    expect(h.contents.value).toContain('### 5. Chỉ số \\*giá\\* &lt;b&gt;tiêu dùng&lt;/b&gt; \\[x\\](y)');
    expect(h.contents.value).toContain('> 5\\. Chỉ số \\*giá\\*');
  });

  it('on a clause reference: the clause text', () => {
    const ls = service();
    const h = ls.doHover(doc(PLAN_2025_URI, plan2025), pos(plan2025, 'art_1__item_2', 'clause: art_1__item_2', 10))!;
    expect(h.contents.value).toContain('Điều 1, khoản 2');
    expect(h.contents.value).toContain('Thông qua 25 chỉ tiêu chủ yếu');
  });

  it('on a unit and a comparator: what they mean', () => {
    const ls = service();
    const unit = ls.doHover(doc(PLAN_2025_URI, plan2025), pos(plan2025, 'triệu đồng', 'id: grdp-per-capita', 2))!;
    expect(unit.contents.value).toContain('Triệu đồng Việt Nam');
    const op = ls.doHover(doc(PLAN_2025_URI, plan2025), pos(plan2025, '"<"', 'id: cpi', 1))!;
    expect(op.contents.value).toContain('Thấp hơn mức này (<)');
  });
});

describe('completion', () => {
  it('at an indicator id position offers the baseline’s ids, inserting the whole skeleton', () => {
    const ls = service();
    const text = draftWithoutCpi.replace('  - id: third-child-birth-rate-reduction', '  - id: \n  - id: third-child-birth-rate-reduction');
    const at = pos(text, '  - id: \n', undefined, 8);
    const list = ls.doComplete(doc(DRAFT_URI, text), at);
    const cpi = list.items.find((i) => i.label === 'cpi')!;
    expect(cpi).toBeDefined();
    expect(list.items.map((i) => i.label)).not.toContain('grdp-growth');
    expect(cpi.textEdit.newText).toBe(
      'cpi\n    number: "5."\n    name: Chỉ số giá tiêu dùng\n    unit: "%"\n    direction: lower\n    target: { placeholder: true }\n    previousTarget: { wording: \"dưới 4,5%\", kind: level, op: "<", value: 4.5, unit: "%" }',
    );
  });

  it('at an indicator id position offers the shared catalogue’s ids after last year’s, with name and unit', () => {
    const ls = service();
    const text = draftWithoutCpi.replace('  - id: third-child-birth-rate-reduction', '  - id: \n  - id: third-child-birth-rate-reduction');
    const list = ls.doComplete(doc(DRAFT_URI, text), pos(text, '  - id: \n', undefined, 8));
    const labels = list.items.map((i) => i.label);
    // cpi comes from last year's plan, whole, and once; the catalogue adds what neither plan has.
    expect(labels.filter((l) => l === 'cpi')).toHaveLength(1);
    expect(list.items.find((i) => i.label === 'cpi')!.textEdit.newText).toContain('previousTarget');
    expect(labels).not.toContain('grdp-growth');
    expect(labels).not.toContain('forest-cover'); // a narrative target's id in this plan
    const poverty = list.items.find((i) => i.label === 'poverty-rate')!;
    expect(poverty.detail).toBe('Tỷ lệ hộ nghèo (%)');
    expect(poverty.textEdit.newText).toBe('poverty-rate\n    name: Tỷ lệ hộ nghèo\n    unit: "%"\n    direction: lower\n    target: { placeholder: true }');
    expect(poverty.filterText).toContain('ty le ho ngheo');
    expect(poverty.sortText! > list.items.find((i) => i.label === 'cpi')!.sortText!).toBe(true);
    expect(list.items.find((i) => i.label === 'fdi')!.detail).toBe('Vốn đầu tư trực tiếp nước ngoài (FDI) thu hút (tỷ USD)');
    // Beside other keys, the id alone.
    const named = draftWithoutCpi.replace('  - id: third-child-birth-rate-reduction', '  - id: \n    name: Tỷ lệ hộ nghèo\n  - id: third-child-birth-rate-reduction');
    const alone = ls.doComplete(doc(DRAFT_URI, named), pos(named, '  - id: \n', undefined, 8)).items.find((i) => i.label === 'poverty-rate')!;
    expect(alone.textEdit.newText).toBe('poverty-rate');
  });

  it('keys allowed at the cursor, with Vietnamese descriptions', () => {
    const ls = service();
    const text = plan2025.replace('    direction: lower\n', '    direction: lower\n    \n');
    const list = ls.doComplete(doc(PLAN_2025_URI, text), pos(text, '    \n', 'id: cpi', 4));
    const labels = list.items.map((i) => i.label);
    expect(labels).toContain('change');
    expect(labels).toContain('dropped');
    expect(labels).not.toContain('direction');
    expect(list.items.find((i) => i.label === 'dropped')!.documentation!.value).toContain('phải nêu lý do');
  });

  it('units, comparators and clause ids where expected', () => {
    const ls = service();
    const units = ls.doComplete(doc(PLAN_2025_URI, plan2025), pos(plan2025, 'triệu đồng', 'id: grdp-per-capita', 0));
    expect(units.items.map((i) => i.label)).toEqual(expect.arrayContaining(['%', 'triệu đồng', 'trường']));
    const ops = ls.doComplete(doc(PLAN_2025_URI, plan2025), pos(plan2025, '">="', 'id: grdp-growth', 0));
    expect(ops.items.map((i) => i.label)).toEqual(['>=', '>', '<=', '<', '=', '~', 'range']);
    const clauses = ls.doComplete(doc(PLAN_2025_URI, plan2025), pos(plan2025, 'art_1__item_2', 'clause: art_1__item_2', 0));
    expect(clauses.items.map((i) => i.label)).toContain('art_2__item_7__para_1');
  });
});

describe('code actions', () => {
  it('adds the missing indicator where it stood, and the diagnostic goes away', () => {
    const ls = service();
    const d = doc(DRAFT_URI, draftWithoutCpi);
    const diags = ls.doValidation(d).filter((x) => x.code === 'missing-indicator');
    const actions = ls.doCodeActions(d, diags[0]!.range, diags);
    const add = actions.find((a) => a.edit)!;
    expect(add.title).toBe('Thêm chỉ tiêu “cpi” từ kế hoạch năm trước');
    const fixed = applyEdits(draftWithoutCpi, add.edit!.changes[DRAFT_URI]!);
    const after = ls.doValidation(doc(DRAFT_URI, fixed));
    expect(after.filter((x) => x.code === 'missing-indicator')).toEqual([]);
    expect(after.filter((x) => x.severity === 1)).toEqual([]);
    // It stands where it stood last year: after export-growth, before the birth-rate indicator.
    expect(fixed.indexOf('- id: cpi')).toBeGreaterThan(fixed.indexOf('- id: export-growth'));
    expect(fixed.indexOf('- id: cpi')).toBeLessThan(fixed.indexOf('- id: third-child-birth-rate-reduction'));
    // Nothing else changed: every other line, comments included, is still there.
    expect(fixed.replace(/  - id: cpi\n(?: {4}.*\n)+/, '')).toBe(draftWithoutCpi);
  });

  it('fixes a number written in the wrong convention, the title saying what it writes', () => {
    const ls = service();
    const text = plan2025.replace('wording: "dưới 4,5%"', 'wording: "dưới 4.5%"');
    const d = doc(PLAN_2025_URI, text);
    const diags = ls.doValidation(d).filter((x) => x.code === 'number-convention');
    expect(diags.map((x) => x.range.start)).toEqual([pos(text, '4.5%"')]);
    const [fix] = ls.doCodeActions(d, diags[0]!.range, diags);
    expect(fix!.title).toBe('Viết lại thành “4,5”');
    expect(fix!.isPreferred).toBe(true);
    expect(applyEdits(text, fix!.edit!.changes[PLAN_2025_URI]!)).toBe(plan2025);
  });

  it('regenerates the wording from the structured target, or the target from the wording', () => {
    const ls = service();
    const text = plan2025.replace('target: { wording: "dưới 4,5%", kind: level, op: "<", value: 4.5, unit: "%" }', 'target: { wording: "dưới 4,5%", kind: level, op: "<", value: 4, unit: "%" }');
    const d = doc(PLAN_2025_URI, text);
    const diags = ls.doValidation(d).filter((x) => x.code === 'wording-mismatch');
    expect(diags).toHaveLength(1);
    const actions = ls.doCodeActions(d, diags[0]!.range, diags);
    expect(actions.map((x) => x.title)).toEqual(['Tạo lại nguyên văn từ chỉ tiêu có cấu trúc: “dưới 4%”', 'Sửa value theo nguyên văn: 4.5']);
    expect(applyEdits(text, actions[0]!.edit!.changes[PLAN_2025_URI]!)).toContain('target: { wording: dưới 4%, kind: level, op: "<", value: 4, unit: "%" }');
    expect(applyEdits(text, actions[1]!.edit!.changes[PLAN_2025_URI]!)).toBe(plan2025);
  });

  it('marks an indicator dropped with the reason given', () => {
    const ls = service();
    const result = ls.markDroppedEdit(doc(DRAFT_URI, draftWithoutCpi), 'cpi', 'Gộp vào chỉ tiêu khác');
    if (!result.ok) throw new Error(result.refusal.key);
    const fixed = applyEdits(draftWithoutCpi, result.edits);
    expect(fixed).toContain('dropped: { reason: Gộp vào chỉ tiêu khác }');
    // Only the declared count is left to update: 25 declared (“Thông qua 25 chỉ tiêu”), 24 listed.
    expect(ls.doValidation(doc(DRAFT_URI, fixed)).filter((x) => x.severity === 1).map((x) => x.code)).toEqual(['indicator-count']);
  });
});

describe('symbols and definitions', () => {
  it('outlines articles → items → paragraphs, then indicators', () => {
    const symbols = service().findDocumentSymbols(doc(PLAN_2025_URI, plan2025));
    expect(symbols.map((s) => s.name)).toEqual(['Điều khoản / Articles', 'Chỉ tiêu (Phụ lục) / Indicators', 'Mục tiêu trong văn bản / Narrative targets']);
    const articles = symbols[0]!.children!;
    expect(articles).toHaveLength(3);
    expect(articles[1]!.name).toBe('Điều 2. Một số nhiệm vụ, giải pháp chủ yếu');
    expect(articles[1]!.children).toHaveLength(13);
    // 25 appendix indicators and 2024's school share, kept as dropped.
    expect(symbols[1]!.children).toHaveLength(26);
    expect(symbols[1]!.children![4]!.detail).toBe('dưới 4,5%');
    expect(symbols[1]!.children!.find((s) => s.name.includes('tỷ lệ trường công lập'))!.detail).toBe('đã bỏ / dropped');
  });

  it('goes from a clause reference to the clause, and from an indicator to last year’s', () => {
    const ls = service();
    const toClause = ls.findDefinition(doc(PLAN_2025_URI, plan2025), pos(plan2025, 'art_1__item_2', 'clause: art_1__item_2', 3))!;
    expect(toClause.uri).toBe(PLAN_2025_URI);
    expect(toClause.range.start).toEqual(pos(plan2025, 'art_1__item_2', 'id: art_1__item_2'));
    const draft = draftFrom2025();
    const toBaseline = ls.findDefinition(doc(DRAFT_URI, draft), pos(draft, 'cpi', '  - id: cpi', 1))!;
    expect(toBaseline.uri).toBe('file:///repo/plans/ha-noi/2025.yaml');
    expect(toBaseline.range.start).toEqual(pos(plan2025, 'cpi', '  - id: cpi'));
  });
});

describe('a province formed by merging: completion and hover use every baseline', () => {
  // A predecessor's 2025 plan (a test fixture in the shape of the real ones).
  const PREDECESSOR_URI = 'file:///repo/plans/binh-duong/2025.yaml';
  const predecessor = `schemaVersion: "1.0"
jurisdiction: { id: binh-duong, name: Tỉnh Bình Dương }
year: 2025
status: adopted
document: { number: 45/NQ-HĐND, place: Bình Dương, date: "2024-12-12", type: NGHỊ QUYẾT, title: VỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2025, issuer: HỘI ĐỒNG NHÂN DÂN TỈNH BÌNH DƯƠNG }
articles: []
indicators:
  - { id: industrial-production-index, number: "1.", name: Chỉ số sản xuất công nghiệp, unit: "%", target: { wording: tăng 10%, kind: increase, op: "=", value: 10, unit: "%" } }
  - { id: cpi, number: "2.", name: Chỉ số giá tiêu dùng, unit: "%", target: { wording: dưới 4%, op: "<", value: 4, unit: "%" } }
`;
  const merged = draftWithoutCpi.replace(
    'baseline: ./2025.yaml\n',
    'baseline: ./2025.yaml\nbaselines:\n  - { jurisdiction: { id: binh-duong, name: Tỉnh Bình Dương }, path: ../binh-duong/2025.yaml }\n',
  );

  it('offers each predecessor’s indicators not in the plan, naming the predecessor', () => {
    const ls = service({ [PREDECESSOR_URI]: predecessor });
    const text = merged.replace('  - id: third-child-birth-rate-reduction', '  - id: \n  - id: third-child-birth-rate-reduction');
    const list = ls.doComplete(doc(DRAFT_URI, text), pos(text, '  - id: \n', undefined, 8));
    const labels = list.items.map((i) => i.label);
    expect(labels).toEqual(expect.arrayContaining(['cpi', 'industrial-production-index']));
    expect(labels.filter((l) => l === 'cpi')).toHaveLength(1); // in both: offered once, from the first
    expect(list.items.find((i) => i.label === 'industrial-production-index')!.detail).toBe('1. Chỉ số sản xuất công nghiệp — Tỉnh Bình Dương');
  });

  it('hover shows last year’s target from the predecessor that had it', () => {
    const ls = service({ [PREDECESSOR_URI]: predecessor });
    const text = merged.replace('  - id: third-child-birth-rate-reduction', '  - { id: industrial-production-index, name: Chỉ số sản xuất công nghiệp, unit: "%", target: { placeholder: true } }\n  - id: third-child-birth-rate-reduction');
    const h = ls.doHover(doc(DRAFT_URI, text), pos(text, 'industrial-production-index', '  - { id: ', 1))!;
    expect(h.contents.value).toMatch(/\| 2025 \(Tỉnh Bình Dương\) \| \*\*tăng 10%\*\* \|/);
  });
});

describe('the real 2026 plan, known in part', () => {
  const PLAN_2026_URI = 'file:///repo/plans/ha-noi/2026.yaml';
  const plan2026 = readPlan('ha-noi/2026');

  it('has no diagnostics; hover says where a target comes from and what is not known', () => {
    const ls = service({ [PLAN_2026_URI]: plan2026 });
    expect(ls.doValidation(doc(PLAN_2026_URI, plan2026))).toEqual([]);
    const grdp = ls.doHover(doc(PLAN_2026_URI, plan2026), pos(plan2026, 'grdp-growth', '  - id: grdp-growth', 1))!.contents.value;
    expect(grdp).toMatch(/\| 2026 \| \*\*11%\*\* · \*theo báo chí \(S3\) \/ from the press\* \|/);
    expect(grdp).toMatch(/\| 2025 \| \*\*6,5% trở lên\*\* \|/);
    const floor = ls.doHover(doc(PLAN_2026_URI, plan2026), pos(plan2026, 'floor-area', '      - id: floor-area', 1))!.contents.value;
    expect(floor).toContain('*chưa biết / unknown*');
    const dropped = ls.doHover(doc(PLAN_2026_URI, plan2026), pos(plan2026, 'investment-growth', '  - id: investment-growth', 1))!.contents.value;
    expect(dropped).toContain('Thay bằng / Replaced by: `investment`');
    const unconfirmed = ls.doHover(doc(PLAN_2026_URI, plan2026), pos(plan2026, 'poor-households', 'id: poor-households', 1))!.contents.value;
    expect(unconfirmed).toContain('**Chưa xác nhận / Unconfirmed:** Không nguồn nào nêu');
    expect(unconfirmed).toMatch(/\| 2025 \| \*\*Duy trì không có hộ nghèo\*\* \|/);
  });

  it('hover shows the last three years’ targets and results, with the achievement', () => {
    const files = {
      [PLAN_2026_URI]: plan2026,
      'file:///repo/plans/ha-noi/2025.yaml': readPlan('ha-noi/2025'),
      'file:///repo/plans/ha-noi/2024.yaml': readPlan('ha-noi/2024'),
    };
    const ls = service(files);
    const v = ls.doHover(doc(PLAN_2026_URI, plan2026), pos(plan2026, 'grdp-per-capita', '  - id: grdp-per-capita', 1))!.contents.value;
    const rows = v.split('\n').filter((l) => /^\| (Năm|20\d\d)/.test(l));
    expect(rows).toEqual([
      '| Năm / Year | Chỉ tiêu / Target | Kết quả / Result | Đánh giá / Achievement |',
      '| 2026 | **198 triệu đồng** · *theo báo chí (S2) / from the press* | — | — |',
      '| 2025 | **172,4 triệu đồng trở lên** | **178 triệu đồng** (ước thực hiện / estimate) · *theo báo chí (R1) / from the press* | đạt / met |',
      '| 2024 | **từ 160,8 đến 162 triệu đồng** · *theo báo chí (S2) / from the press* | — | — |',
    ]);
    // Where no 2024 plan is found beside 2025, two years.
    const OTHER_2026 = 'file:///other/plans/ha-noi/2026.yaml';
    const two = service({ [OTHER_2026]: plan2026, 'file:///other/plans/ha-noi/2025.yaml': readPlan('ha-noi/2025') });
    const v2 = two.doHover(doc(OTHER_2026, plan2026), pos(plan2026, 'grdp-per-capita', '  - id: grdp-per-capita', 1))!.contents.value;
    expect(v2.split('\n').filter((l) => /^\| 20\d\d/.test(l)).map((l) => l.slice(2, 6))).toEqual(['2026', '2025']);
  });

  it('hover and definition follow replacedBy and the truncation clause', () => {
    const ls = service({ [PLAN_2026_URI]: plan2026 });
    const d = doc(PLAN_2026_URI, plan2026);
    expect(ls.doHover(d, pos(plan2026, 'investment', 'replacedBy: ', 1))!.contents.value).toContain('vốn đầu tư xã hội thực hiện trên địa bàn');
    expect(ls.findDefinition(d, pos(plan2026, 'investment', 'replacedBy: ', 1))!.range.start).toEqual(pos(plan2026, 'investment', '  - id: investment\n'));
    expect(ls.doHover(d, pos(plan2026, 'item_1__para_1', 'at: ', 1))!.contents.value).toContain('khoản 1, đoạn 1');
  });
});

describe('the example merged province on disk (plans/vi-du-tinh-hop-nhat/2026.yaml, an invented example)', () => {
  const MERGED_URI = 'file:///repo/plans/vi-du-tinh-hop-nhat/2026.yaml';
  const merged = readPlan('vi-du-tinh-hop-nhat/2026');
  const files = {
    'file:///repo/plans/vi-du-tinh-a/2025.yaml': readPlan('vi-du-tinh-a/2025'),
    'file:///repo/plans/vi-du-tinh-b/2025.yaml': readPlan('vi-du-tinh-b/2025'),
    [MERGED_URI]: merged,
  };
  const block = (id: string) => new RegExp(`  - id: ${id}\\n(?: {4}.*\\n)+`);

  it('is clean against both predecessors', () => {
    expect(service(files).doValidation(doc(MERGED_URI, merged))).toEqual([]);
  });

  it('completion offers the indicator each predecessor alone had, naming it', () => {
    const text = merged.replace(block('forest-cover'), '').replace(block('seaport-throughput'), '') + '  - id: \n';
    const list = service(files).doComplete(doc(MERGED_URI, text), pos(text, '  - id: \n', undefined, 8));
    const detail = (label: string) => list.items.find((i) => i.label === label)?.detail;
    expect(detail('forest-cover')).toBe('3. Tỷ lệ che phủ rừng — Tỉnh Ví dụ A');
    expect(detail('seaport-throughput')).toBe('3. Sản lượng hàng hóa thông qua cảng biển — Tỉnh Ví dụ B');
    expect(list.items.map((i) => i.label)).not.toContain('grdp-growth'); // carried already
  });

  it('hover shows last year’s target from the predecessor that had it', () => {
    const ls = service(files);
    const hover = (id: string) => ls.doHover(doc(MERGED_URI, merged), pos(merged, id, `  - id: ${id}`, 1))!.contents.value;
    expect(hover('forest-cover')).toMatch(/\| 2025 \(Tỉnh Ví dụ A\) \| \*\*42%\*\* \|/);
    expect(hover('seaport-throughput')).toMatch(/\| 2025 \(Tỉnh Ví dụ B\) \| \*\*20 triệu tấn\*\* \|/);
    expect(hover('forest-cover')).toMatch(/\| 2026 \(dự thảo \/ draft\) \| \*\*40%\*\* \|/);
    // Every file of the example is a draft: no wording is quoted as adopted.
    expect(hover('forest-cover')).not.toContain('Nguyên văn');
  });
});
