// The diff walks each side's typed view (model/planView.ts): given the views a model already
// holds, or the plain values, it is the same diff; and what the view means by an entry is what
// the diff compares.
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../engine.js';
import type { Plan } from '../model/types.js';
import { scaffoldNewYear } from '../scaffold/newYear.js';
import { readPlan } from '../testing/realPlans.js';
import { diffPlans, diffViews } from './diffPlans.js';

const text2025 = readPlan('ha-noi/2025');
const plan2025 = parse(text2025) as Plan;
const draft2026 = parse(scaffoldNewYear(text2025, { baseline: './2025.yaml' }).text) as Plan;

function mutate(p: Plan, change: (p: Plan) => void): Plan {
  const copy = structuredClone(p);
  change(copy);
  return copy;
}
const ind = (p: Plan, id: string) => p.indicators.find((i) => i.id === id)!;

describe('diffViews', () => {
  it('on the models’ views is the diff of their values (2025 → 2026, both ways)', () => {
    const a = analyzeText(text2025, 'plans/ha-noi/2025.yaml').model;
    const b = analyzeText(readPlan('ha-noi/2026'), 'plans/ha-noi/2026.yaml').model;
    const forward = diffViews(a.plan, b.plan);
    expect(forward.hasChanges).toBe(true);
    expect(JSON.stringify(forward)).toBe(JSON.stringify(diffPlans(a.value, b.value)));
    expect(JSON.stringify(diffViews(b.plan, a.plan))).toBe(JSON.stringify(diffPlans(b.value, a.value)));
  });
});

describe('what the view means is what the diff compares', () => {
  it('`dropped: true` is no drop (the view wants { reason }), but still a change', () => {
    const d = diffPlans(plan2025, mutate(plan2025, (p) => ((ind(p, 'cpi') as unknown as Record<string, unknown>).dropped = true)));
    const cpi = d.indicators.find((i) => i.id === 'cpi')!;
    expect(cpi.status).toBe('changed');
    expect(cpi.fields).toEqual([{ field: 'dropped', to: true }]);
    expect(d.hasChanges).toBe(true);
  });

  it('a part’s direction judged as the view gives it (its own, else its indicator’s): writing the inherited one out keeps the ambition', () => {
    const d = diffPlans(
      plan2025,
      mutate(plan2025, (p) => {
        const urban = ind(p, 'clean-water').parts!.find((q) => q.id === 'urban')!;
        urban.direction = 'higher'; // as the indicator says
        urban.target = { wording: 'đạt 90%', kind: 'level', op: '=', value: 90, unit: '%' };
      }),
    );
    const part = d.indicators.find((i) => i.id === 'clean-water')!.parts.find((q) => q.id === 'urban')!;
    expect(part.fields).toEqual([{ field: 'direction', to: 'higher' }]);
    expect(part.target).toMatchObject({ verdict: 'lowered', ambition: 'less', direction: 'higher' });
  });

  it('names and texts are compared as written: a name left out is no name, not the id the view shows', () => {
    const d = diffPlans(plan2025, mutate(plan2025, (p) => delete (ind(p, 'cpi') as Partial<Plan['indicators'][number]>).name));
    const cpi = d.indicators.find((i) => i.id === 'cpi')!;
    expect(cpi.name).toBe('cpi');
    expect(cpi.nameDiff!.chunks.map((c) => c.op)).toEqual(['delete']);
  });

  it('counts each narrative target once, by id; entries without one are not counted as unchanged', () => {
    const same = diffPlans(draft2026, draft2026).summary.narrativeTargets;
    expect(same).toEqual({ unchanged: draft2026.narrativeTargets!.length, changed: 0, added: 0, removed: 0 });
    const broken = mutate(draft2026, (p) => ((p.narrativeTargets![0] as unknown as Record<string, unknown>).id = 7));
    expect(diffPlans(broken, broken).summary.narrativeTargets.unchanged).toBe(draft2026.narrativeTargets!.length - 1);
  });
});
