// The semantic diff on mutations of the real plans: each kind of change, direction-aware.
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Indicator, Plan, Target } from '../model/types.js';
import { scaffoldNewYear } from '../scaffold/newYear.js';
import { readPlan } from '../testing/realPlans.js';
import { compareTargets, diffPlans } from './diffPlans.js';
import { formatTarget } from './format.js';
import { renderMarkdown } from './renderMarkdown.js';
import { renderTerminal } from './renderTerminal.js';
import { MAX_DIFF_WORK, MAX_PLAN_WORK, wordDiff } from './wordDiff.js';

// The 2025 appendix as adopted: the block kept for 2024's dropped indicator is left out here.
const plan2025 = ((p: Plan) => ({ ...p, indicators: p.indicators.filter((i) => !i.dropped) }))(parse(readPlan('ha-noi/2025')) as Plan);
const draft2026 = parse(scaffoldNewYear(readPlan('ha-noi/2025'), { baseline: './2025.yaml' }).text) as Plan;

function mutate(p: Plan, change: (p: Plan) => void): Plan {
  const copy = structuredClone(p);
  change(copy);
  return copy;
}
const ind = (p: Plan, id: string) => p.indicators.find((i) => i.id === id)!;
const of = (diff: ReturnType<typeof diffPlans>, id: string) => diff.indicators.find((d) => d.id === id)!;
const lvl = (op: Target['op'], value: number, wording = 'x'): Target => ({ wording, kind: 'level', op, value, unit: '%' });

describe('diffPlans: identical plans', () => {
  it('has no changes, every indicator unchanged', () => {
    const d = diffPlans(plan2025, structuredClone(plan2025));
    expect(d.hasChanges).toBe(false);
    expect(d.indicators.every((i) => i.status === 'unchanged')).toBe(true);
    expect(d.summary.indicators.unchanged).toBe(25);
    expect(d.summary.clauses.unchanged).toBe(78);
    expect(d.summary.narrativeTargets.unchanged).toBe(61);
  });

  it('matches indicators by id: moving one is not a change', () => {
    const moved = mutate(plan2025, (p) => p.indicators.reverse());
    const d = diffPlans(plan2025, moved);
    expect(d.hasChanges).toBe(false);
    expect(of(d, 'grdp-growth').position).toEqual({ from: 0, to: 24 });
  });
});

describe('diffPlans: targets, direction-aware', () => {
  it('GRDP growth raised from ≥ 6,5% to ≥ 8%: more ambitious', () => {
    const d = diffPlans(plan2025, mutate(plan2025, (p) => (ind(p, 'grdp-growth').target = lvl('>=', 8, '8% trở lên'))));
    const g = of(d, 'grdp-growth');
    expect(g.status).toBe('changed');
    expect(g.target).toMatchObject({ verdict: 'raised', ambition: 'more', direction: 'higher' });
    expect(d.summary.indicators).toMatchObject({ changed: 1, raised: 1, moreAmbitious: 1, unchanged: 24 });
  });

  it('GRDP growth lowered: less ambitious', () => {
    const d = diffPlans(plan2025, mutate(plan2025, (p) => (ind(p, 'grdp-growth').target = lvl('>=', 6))));
    expect(of(d, 'grdp-growth').target).toMatchObject({ verdict: 'lowered', ambition: 'less' });
  });

  it('a lower CPI ceiling is stricter (direction lower); a higher one is laxer', () => {
    const stricter = diffPlans(plan2025, mutate(plan2025, (p) => (ind(p, 'cpi').target = lvl('<', 4, 'dưới 4%'))));
    expect(of(stricter, 'cpi').target).toMatchObject({ verdict: 'lowered', ambition: 'more', direction: 'lower' });
    const laxer = diffPlans(plan2025, mutate(plan2025, (p) => (ind(p, 'cpi').target = lvl('<', 5))));
    expect(of(laxer, 'cpi').target).toMatchObject({ verdict: 'raised', ambition: 'less' });
  });

  it('urban unemployment ceiling raised from < 3% to < 4%: less ambitious', () => {
    const d = diffPlans(plan2025, mutate(plan2025, (p) => (ind(p, 'urban-unemployment').target = lvl('<', 4))));
    expect(of(d, 'urban-unemployment').target).toMatchObject({ verdict: 'raised', ambition: 'less' });
  });

  it('ranges: moved by their bounds, judged by the bound that matters for ambition', () => {
    const widen = diffPlans(
      plan2025,
      mutate(plan2025, (p) => (ind(p, 'waste-collection').parts![1]!.target = { wording: 'đạt 90-100%', kind: 'level', op: 'range', min: 90, max: 100, unit: '%' })),
    );
    const part = of(widen, 'waste-collection').parts.find((x) => x.id === 'rural')!;
    expect(part.target).toMatchObject({ verdict: 'lowered', ambition: 'less' });
    const narrow = diffPlans(
      plan2025,
      mutate(plan2025, (p) => (ind(p, 'environmental-treatment').parts![4]!.target = { wording: '50-60%', kind: 'level', op: 'range', min: 50, max: 60, unit: '%' })),
    );
    expect(of(narrow, 'environmental-treatment').parts.find((x) => x.id === 'urban-wastewater')!.target).toMatchObject({ verdict: 'raised', ambition: 'more' });
  });

  it('“từ 6,5% trở lên” → “trên 6,5%”: same value, stricter comparator', () => {
    expect(compareTargets(lvl('>=', 6.5), lvl('>', 6.5), 'higher')).toMatchObject({ verdict: 'reshaped', ambition: 'more' });
    expect(compareTargets(lvl('<', 4.5), lvl('<=', 4.5), 'lower')).toMatchObject({ verdict: 'reshaped', ambition: 'less' });
  });

  it('a “giảm” target of a measure whose level is judged flips the direction; of a change measure it does not', () => {
    const dec = (v: number): Target => ({ wording: 'giảm', kind: 'decrease', op: '=', value: v, unit: '%' });
    expect(compareTargets(dec(0.1), dec(0.2), 'lower')).toMatchObject({ verdict: 'raised', ambition: 'more' });
    expect(compareTargets(dec(0.1), dec(0.2), 'higher', 'decrease')).toMatchObject({ verdict: 'raised', ambition: 'more' });
  });

  it('no direction (neutral) or a changed direction: the movement without a verdict on ambition', () => {
    expect(compareTargets(lvl('=', 1), lvl('=', 2), 'neutral')).toMatchObject({ verdict: 'raised', ambition: 'unknown' });
    const d = diffPlans(
      plan2025,
      mutate(plan2025, (p) => {
        ind(p, 'cpi').direction = 'higher';
        ind(p, 'cpi').target = lvl('<', 4);
      }),
    );
    expect(of(d, 'cpi').target).toMatchObject({ verdict: 'lowered', ambition: 'unknown' });
    expect(of(d, 'cpi').fields).toContainEqual({ field: 'direction', from: 'lower', to: 'higher' });
  });

  it('same meaning, other wording: reworded, with a word diff', () => {
    const d = diffPlans(plan2025, mutate(plan2025, (p) => (ind(p, 'grdp-growth').target!.wording = 'từ 6,5% trở lên')));
    const t = of(d, 'grdp-growth').target!;
    expect(t).toMatchObject({ verdict: 'reworded', ambition: 'same' });
    expect(t.wording!.chunks).toEqual([
      { op: 'insert', text: 'từ' },
      { op: 'equal', text: ' 6,5% trở lên' },
    ]);
  });

  it('unit changed, or kind changed: reshaped, not comparable', () => {
    const unit = diffPlans(plan2025, mutate(plan2025, (p) => (ind(p, 'grdp-per-capita').target!.unit = 'USD')));
    expect(of(unit, 'grdp-per-capita').target).toMatchObject({ verdict: 'reshaped', ambition: 'unknown', unitChanged: true });
    const kind = compareTargets(lvl('>=', 5), { ...lvl('>=', 5), kind: 'increase' }, 'higher');
    expect(kind).toMatchObject({ verdict: 'reshaped', kindChanged: true });
    const indicatorUnit = diffPlans(plan2025, mutate(plan2025, (p) => (ind(p, 'cpi').unit = '‰')));
    expect(of(indicatorUnit, 'cpi').fields).toContainEqual({ field: 'unit', from: '%', to: '‰' });
  });

  it('maintain targets compare by state', () => {
    const same = diffPlans(plan2025, mutate(plan2025, (p) => (ind(p, 'poor-households').target!.wording = 'Tiếp tục duy trì không có hộ nghèo')));
    expect(of(same, 'poor-households').target).toMatchObject({ verdict: 'reworded' });
    const other = diffPlans(plan2025, mutate(plan2025, (p) => (ind(p, 'poor-households').target!.state = 'không có hộ cận nghèo')));
    expect(of(other, 'poor-households').target).toMatchObject({ verdict: 'reshaped', ambition: 'unknown' });
  });

  it('single target ↔ parts is a change of form', () => {
    const d = diffPlans(
      plan2025,
      mutate(plan2025, (p) => {
        const cpi = ind(p, 'cpi');
        cpi.parts = [{ id: 'urban', name: 'Thành thị', target: cpi.target! }];
        delete cpi.target;
      }),
    );
    const c = of(d, 'cpi');
    expect(c.fields).toContainEqual({ field: 'form', from: 'target', to: 'parts' });
    expect(c.target).toMatchObject({ verdict: 'removed' });
    expect(c.parts[0]).toMatchObject({ id: 'urban', status: 'added' });
  });
});

describe('diffPlans: indicators added, dropped, missing, renamed', () => {
  const newIndicator: Indicator = { id: 'digital-economy-share', number: '26.', name: 'Tỷ trọng kinh tế số trong GRDP', unit: '%', direction: 'higher', target: lvl('>=', 30, 'từ 30% trở lên') };

  it('added', () => {
    const d = diffPlans(plan2025, mutate(plan2025, (p) => p.indicators.push(newIndicator)));
    expect(of(d, 'digital-economy-share')).toMatchObject({ status: 'added', target: { verdict: 'added', to: { value: 30 } } });
    expect(d.summary.indicators.added).toBe(1);
  });

  it('dropped with the reason given', () => {
    const d = diffPlans(plan2025, mutate(plan2025, (p) => (ind(p, 'unemployment-insurance').dropped = { reason: 'Gộp vào chỉ tiêu 10.' })));
    expect(of(d, 'unemployment-insurance')).toMatchObject({ status: 'dropped', droppedReason: 'Gộp vào chỉ tiêu 10.' });
    const back = diffPlans(mutate(plan2025, (p) => (ind(p, 'cpi').dropped = { reason: 'x' })), plan2025);
    expect(of(back, 'cpi').status).toBe('restored');
  });

  it('missing without a reason: removed', () => {
    const d = diffPlans(plan2025, mutate(plan2025, (p) => (p.indicators = p.indicators.filter((i) => i.id !== 'cpi'))));
    expect(of(d, 'cpi')).toMatchObject({ status: 'removed', position: { from: 4 } });
    expect(d.indicators.at(-1)!.id).toBe('cpi');
  });

  it('name reworded: a word diff of the name', () => {
    const d = diffPlans(plan2025, mutate(plan2025, (p) => (ind(p, 'health-insurance-coverage').name = 'Tỷ lệ bao phủ bảo hiểm y tế toàn dân')));
    const h = of(d, 'health-insurance-coverage');
    expect(h.status).toBe('changed');
    expect(h.nameDiff!.chunks.at(-1)).toEqual({ op: 'insert', text: ' toàn dân' });
  });

  it('parts added and removed', () => {
    const d = diffPlans(
      plan2025,
      mutate(plan2025, (p) => {
        const cw = ind(p, 'clean-water');
        cw.parts = [cw.parts![0]!, { id: 'mountain', name: 'Khu vực miền núi', target: lvl('=', 90) }];
      }),
    );
    expect(of(d, 'clean-water').parts.map((x) => [x.id, x.status])).toEqual([
      ['urban', 'unchanged'],
      ['mountain', 'added'],
      ['rural', 'removed'],
    ]);
  });
});

describe('diffPlans: 2025 → the 2026 draft', () => {
  const d = diffPlans(plan2025, draft2026);

  it('every target is not set yet, last year’s kept for reference', () => {
    expect(d.indicators).toHaveLength(25);
    expect(d.summary.indicators).toMatchObject({ changed: 25, unset: 35, raised: 0, lowered: 0 });
    const g = of(d, 'grdp-growth');
    expect(g.target).toMatchObject({ verdict: 'unset', from: { value: 6.5 }, to: { placeholder: true } });
    expect(g.previousTarget).toMatchObject({ value: 6.5 });
  });

  it('clauses unchanged, all marked carried over; metadata for the new year', () => {
    expect(d.clauses).toEqual([]);
    expect(d.carriedOver.marked).toHaveLength(78);
    expect(d.summary.clauses).toMatchObject({ unchanged: 78, carriedOver: 78 });
    expect(d.metadata.map((f) => f.field)).toEqual(expect.arrayContaining(['year', 'status', 'baseline', 'document.number', 'document.date']));
  });

  it('a draft whose target is then set is judged against its previousTarget', () => {
    const set = mutate(draft2026, (p) => (ind(p, 'grdp-growth').target = lvl('>=', 8, '8% trở lên')));
    const g = of(diffPlans(draft2026, set), 'grdp-growth');
    expect(g.target).toMatchObject({ verdict: 'set' });
    expect(g.sincePrevious).toMatchObject({ verdict: 'raised', ambition: 'more', from: { value: 6.5 } });
    expect(diffPlans(draft2026, set).summary.indicators).toMatchObject({ changed: 1, set: 1, raised: 1, moreAmbitious: 1 });
  });

  it('clauses: changed with a word diff, added, removed, carriedOver cleared', () => {
    const edited = mutate(draft2026, (p) => {
      const para = p.articles![1]!.items![0]!.paragraphs![3]!;
      para.text = para.text.replace('dưới 4,5%', 'bình quân dưới 4%');
      delete para.carriedOver;
      p.articles![1]!.items!.push({ id: 'art_2__item_14', label: '14.', heading: 'Chuẩn bị tổ chức bầu cử đại biểu Quốc hội và HĐND các cấp nhiệm kỳ 2026-2031.' });
      p.articles![2]!.items!.pop();
    });
    const c = diffPlans(draft2026, edited);
    const changed = c.clauses.find((x) => x.id === 'art_2__item_1__para_4')!;
    expect(changed.status).toBe('changed');
    expect(changed.text!.diff!.chunks.filter((x) => x.op !== 'equal')).toEqual([
      { op: 'insert', text: ' bình quân' },
      { op: 'delete', text: ' 4,5' },
      { op: 'insert', text: ' 4' },
    ]);
    expect(c.clauses.find((x) => x.id === 'art_2__item_14')).toMatchObject({ status: 'added', kind: 'item', label: { to: '14.' } });
    expect(c.clauses.find((x) => x.id === 'art_3__item_3')).toMatchObject({ status: 'removed' });
    expect(c.carriedOver.cleared).toEqual(['art_2__item_1__para_4']);
  });

  it('narrative targets: changed, added, removed', () => {
    const edited = mutate(draft2026, (p) => {
      const nt = p.narrativeTargets!;
      nt.find((x) => x.id === 'international-tourists')!.target = { wording: '8 triệu lượt', kind: 'level', op: '=', value: 8, unit: 'triệu lượt' };
      nt.splice(nt.findIndex((x) => x.id === 'jobs-created'), 1);
      nt.push({ id: 'new-target', clause: 'art_2__item_2__para_4', text: 'thu hút 1 triệu lượt', target: { wording: '1 triệu lượt', kind: 'level', op: '=', value: 1, unit: 'triệu lượt' } });
    });
    const n = diffPlans(draft2026, edited).narrativeTargets;
    expect(n.map((x) => [x.id, x.status])).toEqual([
      ['international-tourists', 'changed'],
      ['new-target', 'added'],
      ['jobs-created', 'removed'],
    ]);
    expect(n[0]!.target).toMatchObject({ verdict: 'raised', ambition: 'unknown' });
  });
});

describe('diffPlans: a missing side (file added or deleted)', () => {
  it('everything added, or everything removed', () => {
    const added = diffPlans(null, plan2025);
    expect(added.summary.indicators.added).toBe(25);
    expect(added.from).toEqual({});
    const removed = diffPlans(plan2025, null);
    expect(removed.summary.indicators.removed).toBe(25);
    expect(removed.summary.clauses.removed).toBe(78);
  });

  it('does not throw on a plan of the wrong shape', () => {
    const junk = { indicators: 'no', articles: [null, 3, { id: 5 }], narrativeTargets: {} } as unknown as Plan;
    expect(() => diffPlans(junk, plan2025)).not.toThrow();
    expect(() => diffPlans(plan2025, junk)).not.toThrow();
  });
});

describe('renderers', () => {
  const edited = mutate(draft2026, (p) => {
    ind(p, 'grdp-growth').target = lvl('>=', 8, '8% trở lên');
    ind(p, 'cpi').target = structuredClone(ind(plan2025, 'cpi').target!);
    ind(p, 'unemployment-insurance').dropped = { reason: 'Gộp vào chỉ tiêu 10.' };
    const para = p.articles![1]!.items![0]!.paragraphs![3]!;
    para.text = para.text.replace('dưới 4,5%', 'bình quân dưới 4,5%');
  });
  const d = diffPlans(plan2025, edited);
  d.from.label = 'plans/ha-noi/2025.yaml';
  d.to.label = 'plans/ha-noi/2026.yaml';

  it('terminal (vi): the reviewer’s sentence, Vietnamese numbers, git-style word marks', () => {
    const out = renderTerminal(d, { lang: 'vi' });
    expect(out).toContain('So sánh kế hoạch Thành phố Hà Nội: 2025 (đã thông qua) → 2026 (dự thảo)');
    expect(out).toMatch(/▲ 1\. grdp-growth — Tốc độ tăng tổng sản phẩm trên địa bàn \(GRDP\)\n\s+chỉ tiêu: ≥ 6,5% → ≥ 8% \(nâng, tham vọng hơn\)/);
    expect(out).toContain('✕ 12. unemployment-insurance');
    expect(out).toContain('bỏ chỉ tiêu, lý do: Gộp vào chỉ tiêu 10.');
    expect(out).toContain('chỉ tiêu: ≥ 172,4 triệu đồng → chưa đặt');
    expect(out).toContain('Không đổi (1): cpi');
    expect(out).not.toContain('{+bình quân+}'); // clause changes are folded by default…
    expect(out).toContain('art_2__item_1__para_4 (đoạn): 0 từ bỏ, 2 từ thêm');
    expect(renderTerminal(d, { lang: 'vi', clauses: 'full' })).toContain('{+bình quân+} dưới 4,5%'); // …in full on demand
    expect(out).not.toContain('\x1b[');
  });

  it('terminal (en), coloured', () => {
    const out = renderTerminal(d, { lang: 'en', color: true });
    expect(out).toContain('\x1b[32m');
    expect(out).toContain('≥ 6.5% → ≥ 8%');
    expect(out).toContain('raised, more ambitious');
  });

  it('markdown: a table of indicators, <del>/<ins> in clauses', () => {
    const out = renderMarkdown(d, { lang: 'vi' });
    expect(out).toContain('| 🔺 | `grdp-growth` | 1. Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP) | ≥ 6,5% |  | ≥ 8% | **nâng, tham vọng hơn** |');
    expect(out).not.toContain('<ins>bình quân</ins>');
    expect(renderMarkdown(d, { lang: 'vi', clauses: 'full' })).toContain('<ins>bình quân</ins> dưới 4,5%');
    expect(out).toContain('| ✖️ | `unemployment-insurance` |');
  });

  it('no changes', () => {
    expect(renderTerminal(diffPlans(plan2025, plan2025), { lang: 'en' })).toContain('No changes.');
  });

  it('formats targets compactly', () => {
    expect(formatTarget({ placeholder: true }, 'vi')).toBe('chưa đặt');
    expect(formatTarget({ op: 'range', min: 95, max: 100, unit: '%' }, 'vi')).toBe('95–100%');
    expect(formatTarget({ op: '=', value: 4670, unit: 'nhà ở' }, 'vi')).toBe('4.670 nhà ở');
    expect(formatTarget({ op: '=', value: 4670, unit: 'nhà ở' }, 'en')).toBe('4,670 nhà ở');
    expect(formatTarget({ kind: 'maintain', state: 'không có hộ nghèo', op: '=', value: 0 }, 'en')).toBe('maintain: không có hộ nghèo');
    // "gấp khoảng 2 lần so với năm 2025" (Phú Thọ, research #75): a multiple says so.
    const multiple = { kind: 'multiple', op: '~', value: 2, unit: 'lần', relativeTo: 2025 } as const;
    expect(formatTarget(multiple, 'vi')).toMatch(/^gấp .*2 lần$/);
    expect(formatTarget(multiple, 'en')).toMatch(/^multiple of the reference: .*2 lần$/);
  });
});


// Issue 13: each word diff was bounded, but not a plan's: a thousand long rewritten clauses cost
// a thousand times the bound. The plan's diffs share one budget; past it, a change is shown as one
// replacement. Counted in token comparisons (each clause below takes MAX_DIFF_WORK), not timed.
describe('diffPlans: a plan of many long rewritten clauses', () => {
  it('spends at most MAX_PLAN_WORK: the first clauses get a word diff, the rest one replacement each', () => {
    // m words replaced by m others: 2m edits over 2m tokens, exactly the work one diff may do.
    const m = Math.floor(Math.sqrt(MAX_DIFF_WORK) / 2);
    const words = (side: string, k: number) => Array.from({ length: m }, (_, i) => `${side}${k}w${i}`).join(' ');
    const paragraphs = (p: Plan) => (p.articles ?? []).flatMap((a) => [...(a.paragraphs ?? []), ...(a.items ?? []).flatMap((it) => it.paragraphs ?? [])]);
    const count = 30;
    const before = mutate(plan2025, (p) => paragraphs(p).slice(0, count).forEach((para, k) => (para.text = words('a', k))));
    const after = mutate(plan2025, (p) => paragraphs(p).slice(0, count).forEach((para, k) => (para.text = words('b', k))));
    const changed = diffPlans(before, after).clauses.filter((c) => c.text?.diff);
    expect(changed).toHaveLength(count);
    const fine = changed.filter((c) => !c.text!.diff!.coarse);
    expect(fine).toHaveLength(Math.floor(MAX_PLAN_WORK / MAX_DIFF_WORK));
    expect(changed.slice(fine.length).every((c) => c.text!.diff!.coarse)).toBe(true);
    // Alone, the same clause gets its word diff: the limit is the plan's, not the clause's.
    expect(wordDiff(words('a', count - 1), words('b', count - 1)).coarse).toBe(false);
    // Each diff call has the whole budget again.
    expect(diffPlans(before, after).clauses.filter((c) => c.text?.diff && !c.text.diff.coarse)).toHaveLength(fine.length);
  });
});

describe('a target no source gives (unknown: true)', () => {
  // Hà Nội 2026: no source names the social-housing floor area, so the part's target is unknown.
  const real = diffPlans(parse(readPlan('ha-noi/2025')) as Plan, parse(readPlan('ha-noi/2026')) as Plan);
  const floor = of(real, 'social-housing').parts.find((p) => p.id === 'floor-area')!;

  it('is “target not known”, not a change of unit or form', () => {
    expect(floor.target).toMatchObject({ verdict: 'not-known', ambition: 'unknown' });
    expect(floor.target!.unitChanged).toBeUndefined();
    expect(floor.target!.kindChanged).toBeUndefined();
  });

  it('the renderers say so in Vietnamese and English', () => {
    expect(renderTerminal(real, { lang: 'vi' })).toContain('? (2) floor-area — Tổng số diện tích nhà ở xã hội hoàn thành trong năm: 264.000 m2 → chưa biết\n');
    expect(renderTerminal(real, { lang: 'en' })).toContain('floor-area — Tổng số diện tích nhà ở xã hội hoàn thành trong năm: 264,000 m2 → not known\n');
    const md = renderMarkdown(real, { lang: 'vi' });
    expect(md).toMatch(/\| ❔ \| `social-housing\/floor-area` \|.*\| 264\.000 m2 \|  \| chưa biết \| chưa biết chỉ tiêu \|/);
    expect(renderMarkdown(real, { lang: 'en' })).toContain('| target not known |');
  });

  it('the other way, a known target against an unknown one: “earlier target not known”', () => {
    const known: Target = { wording: '300.000 m2', op: '=', value: 300000, unit: 'm2' };
    expect(compareTargets({ unknown: true }, known, 'higher')).toMatchObject({ verdict: 'was-not-known', ambition: 'unknown' });
    expect(compareTargets({ unknown: true }, { unknown: true })).toMatchObject({ verdict: 'not-known' });
    expect(formatTarget({ unknown: true }, 'en')).toBe('not known');
  });
});

describe('the example merged province (an invented example): a predecessor’s plan → the merged plan', () => {
  const a = parse(readPlan('vi-du-tinh-a/2025')) as Plan;
  const b = parse(readPlan('vi-du-tinh-b/2025')) as Plan;
  const merged = parse(readPlan('vi-du-tinh-hop-nhat/2026')) as Plan;

  it('compares each predecessor’s indicators, and shows the other predecessor’s as added', () => {
    const fromA = diffPlans(a, merged);
    expect(of(fromA, 'grdp-growth').target).toMatchObject({ verdict: 'raised', ambition: 'more' });
    expect(of(fromA, 'forest-cover').target).toMatchObject({ verdict: 'lowered', ambition: 'less' });
    expect(of(fromA, 'seaport-throughput').status).toBe('added');
    const fromB = diffPlans(b, merged);
    expect(of(fromB, 'seaport-throughput').target).toMatchObject({ verdict: 'raised', ambition: 'more' });
    expect(of(fromB, 'forest-cover').status).toBe('added');
  });

  it('lists the predecessors as a metadata change; `baseline: null` is no change from an absent baseline', () => {
    const out = renderTerminal(diffPlans(a, merged), { lang: 'vi' });
    expect(out).toContain('  baselines:\n      + Tỉnh Ví dụ A (../vi-du-tinh-a/2025.yaml)\n      + Tỉnh Ví dụ B (../vi-du-tinh-b/2025.yaml)\n');
    expect(diffPlans(a, merged).metadata.map((f) => f.field)).not.toContain('baseline');
  });
});
