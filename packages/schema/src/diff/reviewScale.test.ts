// The diff as a reviewer reads it, on the real Hà Nội 2025 → 2026 change and on a generated
// plan pair far larger than any year: each defect found reviewing that change has its test
// here (counts that add up, no noise on dropped or unconfirmed indicators, lists as lists,
// replacedBy both ways, indicators first, clause changes folded, a comment that fits GitHub).
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../model/types.js';
import { scaffoldNewYear } from '../scaffold/newYear.js';
import { readPlan } from '../testing/realPlans.js';
import { diffPlans } from './diffPlans.js';
import { COMMENT_LIMIT, GITHUB_COMMENT_LIMIT, renderMarkdown } from './renderMarkdown.js';
import { renderTerminal } from './renderTerminal.js';
import type { PlanDiff } from './types.js';

const plan2025 = parse(readPlan('ha-noi/2025')) as Plan;
const plan2026 = parse(readPlan('ha-noi/2026')) as Plan;
const real = diffPlans(plan2025, plan2026);
real.from.label = 'plans/ha-noi/2025.yaml';
real.to.label = 'plans/ha-noi/2026.yaml';
const of = (d: PlanDiff, id: string) => d.indicators.find((x) => x.id === id)!;
const outputs = () => [renderTerminal(real, { lang: 'vi' }), renderTerminal(real, { lang: 'en' }), renderMarkdown(real, { lang: 'vi' }), renderMarkdown(real, { lang: 'en' })];

describe('counts that add up (plans/ha-noi 2025 → 2026)', () => {
  it('every indicator of either plan has one status, and the statuses add up to the total', () => {
    const s = real.summary.indicators;
    expect(s.total).toBe(real.indicators.length);
    expect(s.changed + s.added + s.dropped + s.unconfirmed + s.removed + s.restored + s.unchanged).toBe(s.total);
    // The 2025 indicators no 2026 source names are unconfirmed, not "changed".
    expect(s.unconfirmed).toBe(plan2026.indicators.filter((i) => i.unconfirmed).length);
    expect(s.unconfirmed).toBeGreaterThan(0);
    expect(of(real, 'health-insurance-coverage')).toMatchObject({ status: 'unconfirmed', target: { from: { value: 95.5 } } });
  });

  it('says how many targets of the new plan are not known, in every format', () => {
    expect(real.summary.indicators.notKnown).toBe(1); // social-housing/floor-area
    const [vi, en, mdVi, mdEn] = outputs();
    expect(vi).toMatch(/Chỉ tiêu \(30\): 6 thay đổi, 4 thêm, 1 bỏ, 18 chưa xác nhận, 1 mất, 0 khôi phục, 0 không đổi\./);
    expect(vi).toContain('Kế hoạch mới còn 0 chỉ tiêu chưa đặt, 1 chưa biết.');
    expect(en).toContain('The new plan still has 0 target(s) not set, 1 not known.');
    expect(mdVi).toContain('- Chỉ tiêu (30): 6 thay đổi, 4 thêm, 1 bỏ, 18 chưa xác nhận, 1 mất');
    expect(mdEn).toContain('18 unconfirmed');
  });

  it('placeholders still in the new plan are counted even where they did not change (“0 chưa đặt” with 32 left)', () => {
    const draft = parse(scaffoldNewYear(readPlan('ha-noi/2025'), { baseline: './2025.yaml' }).text) as Plan;
    const edited = structuredClone(draft);
    edited.indicators.find((i) => i.id === 'grdp-growth')!.target = { wording: '8% trở lên', kind: 'level', op: '>=', value: 8, unit: '%' };
    const d = diffPlans(draft, edited); // a draft revised: its other placeholders are unchanged
    expect(d.summary.indicators.unset).toBe(0);
    expect(d.summary.indicators.placeholders).toBe(diffPlans(plan2025, draft).summary.indicators.placeholders - 1);
    expect(d.summary.indicators.placeholders).toBeGreaterThan(20);
    expect(renderTerminal(d, { lang: 'vi' })).toContain(`Kế hoạch mới còn ${d.summary.indicators.placeholders} chỉ tiêu chưa đặt`);
    expect(renderMarkdown(d, { lang: 'en' })).toContain(`still has ${d.summary.indicators.placeholders} target(s) not set`);
  });
});

describe('no noise, lists as lists, replacedBy (plans/ha-noi 2025 → 2026)', () => {
  it('a dropped or unconfirmed indicator whose block leaves out unit, direction or form reports none of it', () => {
    for (const d of real.indicators.filter((x) => x.status === 'dropped' || x.status === 'unconfirmed')) expect(d.fields, d.id).toEqual([]);
    for (const out of outputs()) {
      expect(out).not.toMatch(/unit: .* → —/);
      expect(out).not.toMatch(/direction: (higher|lower) → —/);
      expect(out).not.toContain('form: parts → target');
    }
  });

  it('the unconfirmed ones are listed once under their shared reason, with last year’s target', () => {
    const out = renderTerminal(real, { lang: 'vi' });
    const reason = 'Không nguồn nào nêu; Phụ lục năm 2026 chưa có.';
    expect(out.split(reason)).toHaveLength(2);
    expect(out).toContain('? health-insurance-coverage — Tỷ lệ bao phủ bảo hiểm y tế: 95,5%');
    expect(out).toContain('? public-schools-national-standard — Trường công lập đạt chuẩn quốc gia: (1) 117 trường; (2) 426 trường');
  });

  it('recipients are a list, one a line, never joined with “;;”', () => {
    const term = renderTerminal(real, { lang: 'vi' });
    expect(term).toContain('  document.recipients:\n      − Ủy ban Thường vụ Quốc hội;\n      − Chính phủ;\n');
    const md = renderMarkdown(real, { lang: 'vi' });
    expect(md).toContain('- `document.recipients`:\n  - ➖ <del>Ủy ban Thường vụ Quốc hội;</del>\n  - ➖ <del>Chính phủ;</del>\n');
    for (const out of outputs()) expect(out).not.toContain(';;');
  });

  it('investment growth is “replaced by” investment, and investment “replaces” it', () => {
    expect(of(real, 'investment-growth')).toMatchObject({ status: 'dropped', replacedBy: 'investment' });
    expect(of(real, 'investment').replaces).toEqual(['investment-growth']);
    const [vi, en, mdVi, mdEn] = outputs();
    expect(vi).toContain('được thay bằng investment');
    expect(vi).toContain('thay cho investment-growth');
    expect(en).toContain('replaced by investment');
    expect(mdVi).toContain('được thay bằng `investment`');
    expect(mdEn).toContain('replaces `investment-growth`');
    // Last year's target of the dropped one, and "dropped" where this year's would be.
    expect(vi).toContain('chỉ tiêu: ≥ 10,5% → bỏ');
    expect(mdVi).toMatch(/\| ✖️ \| `investment-growth` \| 3\. Tốc độ tăng vốn đầu tư thực hiện \| ≥ 10,5% \|  \| bỏ \|/);
  });

  it('no target change reads as a contradiction (raised yet less ambitious where higher is better…)', () => {
    const changes = real.indicators.flatMap((d) => [d.target, ...d.parts.map((p) => p.target)]).filter((c) => c?.direction);
    expect(changes.length).toBeGreaterThan(3);
    for (const c of changes) {
      const up = c!.direction === 'higher' ? 'more' : 'less';
      if (c!.verdict === 'raised') expect(c!.ambition).not.toBe(up === 'more' ? 'less' : 'more');
      if (c!.verdict === 'lowered') expect(c!.ambition).not.toBe(up);
    }
  });
});

describe('a diff that scales', () => {
  it('indicators come first, then the document, then the folded clauses and narrative targets', () => {
    for (const [out, heads] of [
      [renderTerminal(real, { lang: 'vi' }), ['\nChỉ tiêu (30)\n', '\nThông tin văn bản\n', '\nĐiều khoản (', '\nMục tiêu trong văn bản (']],
      [renderMarkdown(real, { lang: 'vi' }), ['#### Chỉ tiêu (30)', '#### Thông tin văn bản', '#### Điều khoản', '#### Mục tiêu trong văn bản']],
    ] as const) {
      const at = heads.map((h) => out.indexOf(h));
      expect(at.every((i) => i > 0)).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
    }
  });

  it('folded by default: a removed article is one line with the number of clauses under it; --clauses full prints each', () => {
    const term = renderTerminal(real, { lang: 'vi' });
    expect(term).toContain('− art_2 (điều) Điều 2. Một số nhiệm vụ, giải pháp chủ yếu (+64 điều khoản con)');
    expect(term).not.toContain('art_2__item_5__para_3');
    expect(term).toMatch(/− 61 bỏ: grdp-growth-summary, grdp-per-capita-summary, .* … và 49 mục khác/);
    expect(term.split('\n').length).toBeLessThan(140);
    const full = renderTerminal(real, { lang: 'vi', clauses: 'full' });
    expect(full).toContain('art_2__item_5__para_3');
    expect(full.split('\n').length).toBeGreaterThan(350);
    const md = renderMarkdown(real, { lang: 'en' });
    expect(md).toMatch(/<details>\n<summary>Clauses: 2 changed, 2 added, 76 removed, 0 unchanged; 0 carried over from last year\. \(full text: --clauses full\)<\/summary>/);
    expect(md.split('<details>').length).toBe(md.split('</details>').length);
  });

  it('the real change fits a GitHub comment whole, with no truncation line', () => {
    const md = renderMarkdown(real, { lang: 'vi', maxChars: COMMENT_LIMIT });
    expect(md.length).toBeLessThan(COMMENT_LIMIT);
    expect(md).not.toContain('✂️');
    expect(md).toBe(renderMarkdown(real, { lang: 'vi' }));
  });

  it('a plan pair far larger than a year’s is cut under GitHub’s limit, indicator table first, with the truncation line in Vietnamese and English', () => {
    const [before, after] = largePair(600, 40);
    const d = diffPlans(before, after);
    const whole = renderMarkdown(d, { lang: 'vi', clauses: 'full' });
    expect(whole.length).toBeGreaterThan(3 * GITHUB_COMMENT_LIMIT); // the test is of a real overflow
    for (const clauses of ['summary', 'full'] as const) {
      const md = renderMarkdown(d, { lang: 'vi', clauses, maxChars: COMMENT_LIMIT, fullCommand: 'kehoach diff a.yaml b.yaml --format markdown --clauses full --max-chars 0' });
      expect(md.length).toBeLessThanOrEqual(COMMENT_LIMIT);
      expect(md.length).toBeGreaterThan(COMMENT_LIMIT - 2000); // cut near the limit, not far below it
      expect(md.indexOf('#### Chỉ tiêu (')).toBeGreaterThan(0);
      expect(md).toContain('| 🔺 | `gen-1` |');
      expect(md).toContain('> ✂️ Đã cắt bớt cho vừa một bình luận GitHub (tối đa 60.000 ký tự)');
      expect(md).toContain('*✂️ Truncated to fit a GitHub comment (at most 60,000 characters); the full diff is in the CI run’s job summary and artifact, or run `kehoach diff a.yaml b.yaml --format markdown --clauses full --max-chars 0`.*');
      expect(md.trimEnd().endsWith('--max-chars 0`.*')).toBe(true);
      // Cut between lines: every table row that is there is whole, and no <details> is left open.
      for (const line of md.split('\n').filter((l) => l.startsWith('| '))) expect(line.endsWith(' |'), line).toBe(true);
      expect(md.split('<details>').length).toBe(md.split('</details>').length);
    }
  });
});

/** A plan pair of `n` indicators (every target raised) and `n × paragraphs` clauses (every one rewritten). */
function largePair(n: number, paragraphs: number): [Plan, Plan] {
  const base = structuredClone(plan2025);
  const make = (year: number, bump: number): Plan => ({
    ...base,
    year,
    indicators: Array.from({ length: n }, (_, i) => ({
      id: `gen-${i + 1}`,
      name: `Chỉ tiêu sinh ra số ${i + 1} về tỷ lệ hộ dân được cung cấp dịch vụ công trực tuyến toàn trình`,
      unit: '%',
      direction: 'higher' as const,
      target: { wording: `${50 + bump}%`, kind: 'level' as const, op: '=' as const, value: 50 + bump, unit: '%' },
    })),
    articles: Array.from({ length: n / 10 }, (_, a) => ({
      id: `art_${a + 1}`,
      label: `Điều ${a + 1}.`,
      heading: `Nhiệm vụ số ${a + 1}`,
      items: [
        {
          id: `art_${a + 1}__item_1`,
          label: '1.',
          heading: 'Giải pháp',
          paragraphs: Array.from({ length: paragraphs }, (_, p) => ({
            id: `art_${a + 1}__item_1__para_${p + 1}`,
            text: `Năm ${year}: tiếp tục đẩy mạnh cải cách hành chính, chuyển đổi số và phát triển kinh tế tư nhân ở đoạn ${p + 1}, mức ${50 + bump}%.`,
          })),
        },
      ],
    })),
  });
  return [make(2025, 0), make(2026, 5)];
}

describe('achievement in the review: last year’s target, its result, this year’s target', () => {
  it('the real pair: GRDP per capita 2025, ≥ 172,4 triệu đồng, estimated at 178 (met), 2026: 198', () => {
    expect(of(real, 'grdp-per-capita').lastResult).toMatchObject({ stage: 'estimate', achievement: 'met', result: { value: 178 } });
    expect(of(real, 'grdp-per-capita').lastResult!.newTarget).toBeUndefined();
    expect(real.summary.indicators).toMatchObject({ results: 1, met: 1, belowResult: 0 });
    const [vi, en, mdVi] = outputs();
    expect(vi).toContain('kết quả 2025: 178 triệu đồng (ước thực hiện; đạt)');
    expect(en).toContain('2025 result: 178 triệu đồng (estimate; met)');
    expect(vi).toContain('Kết quả năm 2025: biết 1 (1 đạt, 0 không đạt, 0 đạt một phần); 0 chỉ tiêu mới đòi hỏi ít hơn kết quả đã đạt.');
    expect(mdVi).toContain('| 2025 (đã thông qua) | Kết quả 2025 | 2026 (đã thông qua) |');
    expect(mdVi).toContain('| 🔺 | `grdp-per-capita` | 2. GRDP bình quân đầu người | ≥ 172,4 triệu đồng | 178 triệu đồng (ước thực hiện; đạt) | 198 triệu đồng |');
  });

  it('marks a new target below last year’s result (higher is better), above it (lower is better), not one at it', () => {
    const lower = structuredClone(plan2026);
    lower.indicators.find((i) => i.id === 'grdp-per-capita')!.target = { wording: '175 triệu đồng', kind: 'level', op: '=', value: 175, unit: 'triệu đồng' };
    const d = diffPlans(plan2025, lower);
    expect(of(d, 'grdp-per-capita').lastResult).toMatchObject({ achievement: 'met', newTarget: 'below-result' });
    expect(d.summary.indicators.belowResult).toBe(1);
    expect(renderTerminal(d, { lang: 'vi' })).toContain('⚠ chỉ tiêu mới thấp hơn kết quả năm 2025 (178 triệu đồng)');
    expect(renderMarkdown(d, { lang: 'en' })).toContain('**⚠ new target below the 2025 result (178 triệu đồng)**');

    const at = structuredClone(plan2026);
    at.indicators.find((i) => i.id === 'grdp-per-capita')!.target = { wording: '178 triệu đồng', kind: 'level', op: '=', value: 178, unit: 'triệu đồng' };
    expect(of(diffPlans(plan2025, at), 'grdp-per-capita').lastResult!.newTarget).toBeUndefined();

    // CPI: 2025 "dưới 4,5%" with a result of 3,2%; the 2026 ceiling of 4,5% kept: laxer than what was reached.
    const withCpi = structuredClone(plan2025);
    (withCpi.indicators.find((i) => i.id === 'cpi') as { results?: unknown }).results = { final: { wording: '3,2%', op: '=', value: 3.2, unit: '%', source: { kind: 'statistics-office' } } };
    const cpi = diffPlans(withCpi, plan2026);
    expect(of(cpi, 'cpi').lastResult).toMatchObject({ stage: 'final', achievement: 'met', newTarget: 'above-result' });
    expect(renderTerminal(cpi, { lang: 'vi' })).toContain('⚠ chỉ tiêu mới cao hơn kết quả năm 2025 (3,2%), trong khi thấp hơn là tốt hơn');
  });

  it('an indicator whose target did not change is still shown when its new target is below last year’s result', () => {
    const same = structuredClone(plan2025);
    (same.indicators.find((i) => i.id === 'grdp-growth') as { results?: unknown }).results = { estimate: { wording: 'ước đạt 7,8%', op: '=', value: 7.8, unit: '%', estimate: true, source: { kind: 'peoples-committee' } } };
    const d = diffPlans(same, { ...plan2025, year: 2026 }); // next year, the same target
    expect(of(d, 'grdp-growth').status).toBe('unchanged');
    expect(renderMarkdown(d, { lang: 'vi' })).toMatch(/\| ✏️ \| `grdp-growth` \| .* \| ≥ 6,5% \| 7,8% \(ước thực hiện; đạt\) \| ≥ 6,5% \| .*⚠ chỉ tiêu mới thấp hơn kết quả năm 2025 \(7,8%\)/);
    expect(renderTerminal(d, { lang: 'en' })).toContain('⚠ new target below the 2025 result (7.8%)');
  });
});
