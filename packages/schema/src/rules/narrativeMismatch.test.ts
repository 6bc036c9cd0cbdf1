import { describe, expect, it } from 'vitest';
import { formatMessage } from '../diagnostics/localize.js';
import { analyze, BASELINE_2025, DRAFT_2026, modelOf, PLAN_2025, positionAfter, replaceOnce, withCode } from '../testing/fixtures.js';

/** Every narrative target of 2025 that restates an indicator, with its index. */
const linked = (BASELINE_2025.value as { narrativeTargets: Array<{ id: string; indicator?: string }> }).narrativeTargets
  .map((n, i) => ({ ...n, index: i }))
  .filter((n) => n.indicator !== undefined);

describe('narrative-mismatch', () => {
  it('the 2025 text restates about twenty indicators in its body, and all agree', () => {
    expect(linked.length).toBeGreaterThanOrEqual(20);
    expect(withCode(analyze(PLAN_2025), 'narrative-mismatch')).toEqual([]);
    expect(withCode(analyze(DRAFT_2026), 'narrative-mismatch')).toEqual([]);
  });

  it('the CPI changed in the appendix only: both restatements are reported, at their wording', () => {
    const text = replaceOnce(PLAN_2025, 'wording: "dưới 4,5%", kind: level, op: "<", value: 4.5', 'wording: "dưới 4%", kind: level, op: "<", value: 4', '  - id: cpi\n');
    const ds = withCode(analyze(text), 'narrative-mismatch');
    expect(ds.map((d) => [d.params.id, d.range.start])).toEqual([
      ['cpi-summary', positionAfter(text, '- id: cpi-summary\n', '"dưới 4,5%"')],
      ['cpi-body', positionAfter(text, '- id: cpi-body\n', '"dưới 4,5%"')],
    ]);
    expect(formatMessage(ds[0]!, 'vi')).toBe(
      'Mục tiêu “cpi-summary” ghi “dưới 4,5%”, nhưng chỉ tiêu “cpi” ở Phụ lục ghi “dưới 4%”. Hãy sửa một trong hai nơi theo văn bản được thông qua để cả hai nêu cùng một chỉ tiêu.',
    );
  });

  it('a change on one side only is caught for every restated indicator', () => {
    const model = BASELINE_2025;
    for (const n of linked) {
      // Change the appendix side: the value of the indicator (or each part) the narrative restates.
      const [indId, partId] = n.indicator!.split('/');
      const plan = model.value as { indicators: Array<{ id: string; target?: unknown; parts?: Array<{ id: string }> }> };
      const i = plan.indicators.findIndex((x) => x.id === indId);
      const pointers = partId !== undefined
        ? [`/indicators/${i}/parts/${plan.indicators[i]!.parts!.findIndex((p) => p.id === partId)}/target`]
        : plan.indicators[i]!.target
          ? [`/indicators/${i}/target`]
          : plan.indicators[i]!.parts!.slice(0, 1).map((_, j) => `/indicators/${i}/parts/${j}/target`);
      let text = PLAN_2025;
      for (const p of pointers) {
        const span = model.sourceMap.get(`${p}/value`) ?? model.sourceMap.get(`${p}/min`)!;
        text = text.slice(0, span.value[0]) + '99' + text.slice(span.value[1]);
      }
      const ids = withCode(analyze(text), 'narrative-mismatch').map((d) => d.params.id);
      expect(ids, n.id).toContain(n.id);
    }
  });

  it('“tăng từ 6,5% trở lên” restating a growth indicator’s “6,5% trở lên” agrees; other words for a count agree', () => {
    const ds = analyze(PLAN_2025);
    expect(withCode(ds, 'narrative-mismatch').map((d) => d.params.id)).not.toContain('grdp-growth-summary');
    expect(withCode(ds, 'narrative-mismatch').map((d) => d.params.id)).not.toContain('social-housing-units-body');
  });

  it('units compare as the vocabulary’s algebra reads them: another scale of the same amount agrees, another counted thing does not', () => {
    const body = 'target: { wording: 4.670 căn, kind: level, op: "=", value: 4670, unit: căn }';
    // “4,67 nghìn căn” is the appendix's “4.670 nhà ở” at another scale (căn = nhà ở: vocabulary/units.ts).
    const scaled = replaceOnce(PLAN_2025, body, 'target: { wording: "4,67 nghìn căn", kind: level, op: "=", value: 4.67, unit: nghìn căn }');
    expect(withCode(analyze(scaled), 'narrative-mismatch')).toEqual([]);
    const other = replaceOnce(PLAN_2025, body, 'target: { wording: 4.670 trường, kind: level, op: "=", value: 4670, unit: trường }');
    expect(withCode(analyze(other), 'narrative-mismatch').map((d) => d.params.id)).toEqual(['social-housing-units-body']);
    const more = replaceOnce(PLAN_2025, body, 'target: { wording: "4,7 nghìn căn", kind: level, op: "=", value: 4.7, unit: nghìn căn }');
    expect(withCode(analyze(more), 'narrative-mismatch').map((d) => d.params.id)).toEqual(['social-housing-units-body']);
  });
});

describe('narrative-not-in-clause', () => {
  it('is not reported for the 2025 plan: every narrative target quotes its clause', () => {
    expect(withCode(analyze(PLAN_2025), 'narrative-not-in-clause')).toEqual([]);
  });

  it('the clause edited, not the narrative target: reported at the target’s text', () => {
    const text = replaceOnce(PLAN_2025, 'Phấn đấu kiểm soát chỉ số giá tiêu dùng dưới 4,5%', 'Phấn đấu kiểm soát chỉ số giá tiêu dùng dưới 4%', '- id: art_2__item_1__para_4\n');
    const ds = withCode(analyze(text), 'narrative-not-in-clause');
    expect(ds.map((d) => [d.severity, d.range.start])).toEqual([['error', positionAfter(text, '- id: cpi-body\n', 'Phấn đấu')]]);
    expect(formatMessage(ds[0]!, 'en')).toBe(
      '“Phấn đấu kiểm soát chỉ số giá tiêu dùng dưới 4,5%” no longer occurs in clause “art_2__item_1__para_4”; update target “cpi-body” to match the text.',
    );
  });

  it('a wording that is not in the narrative’s own text: reported at the wording', () => {
    const text = replaceOnce(PLAN_2025, 'wording: 7 triệu lượt, kind: level, op: "=", value: 7', 'wording: 8 triệu lượt, kind: level, op: "=", value: 8');
    const ds = withCode(analyze(text), 'narrative-not-in-clause');
    expect(ds.map((d) => d.range.start)).toEqual([positionAfter(text, '- id: international-tourists\n', '8 triệu lượt')]);
  });

  it('layout may change (the folded lines of a paragraph), words may not', () => {
    const model = modelOf(PLAN_2025, 'x.yaml');
    expect(model.entities.get('art_2__item_1__para_4')?.kind).toBe('clause');
  });
});
