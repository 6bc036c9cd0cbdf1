import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { readPlan } from '../testing/realPlans.js';
import { ancestorsOf, viewPlan } from './planView.js';

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
    const nodes = [
      ...view.indicators.map((node) => ({ type: 'indicator', node })),
      ...view.indicators.flatMap((i) => i.parts.map((node) => ({ type: 'part', node }))),
      ...view.narratives.map((node) => ({ type: 'narrative', node })),
      ...view.relations.map((node) => ({ type: 'relation', node })),
      ...view.clauses.map((node) => ({ type: 'clause', node })),
    ];
    for (const n of nodes) expect(view.at(n.node.pointer), n.node.pointer).toEqual(n);
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
