// The real plans' content, checked with the grammar: every structured target says what its
// verbatim wording says, for the appendix indicators, their parts and the body's targets.
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseTarget, sameMeaning, toTarget } from './grammar/index.js';
import type { Plan, Target } from './model/types.js';
import { readPlan } from './testing/realPlans.js';

const plan = parse(readPlan('ha-noi/2025')) as Plan;

function meaningOf(wording: string) {
  const r = parseTarget(wording);
  if (!r.ok) throw new Error(`“${wording}” does not parse: ${r.error.code} at ${r.error.start}`);
  return toTarget(r.target, wording);
}

const appendixTargets: Array<[string, Target]> = plan.indicators.flatMap((i) =>
  i.parts ? i.parts.map((p): [string, Target] => [`${i.id}/${p.id}`, p.target]) : [[i.id, i.target!] as [string, Target]],
);

describe('plans/ha-noi/2025.yaml appendix', () => {
  it('has 25 indicators and 17 parts', () => {
    expect(plan.indicators).toHaveLength(25);
    expect(plan.indicators.flatMap((i) => i.parts ?? [])).toHaveLength(17);
  });

  it.each(appendixTargets)('%s: the structured target is what the wording says', (_id, target) => {
    expect(target.wording).toBeTruthy();
    expect(sameMeaning(meaningOf(target.wording!), target)).toBe(true);
  });
});

describe('plans/ha-noi/2025.yaml narrative targets', () => {
  const targets = plan.narrativeTargets ?? [];
  it('has the several dozen quantified targets of the body', () => {
    expect(targets.length).toBeGreaterThanOrEqual(50);
  });

  it.each(targets.map((t): [string, Target] => [t.id, t.target]))('%s: the structured target is what the wording says', (_id, target) => {
    expect(sameMeaning(meaningOf(target.wording!), target)).toBe(true);
  });
});
