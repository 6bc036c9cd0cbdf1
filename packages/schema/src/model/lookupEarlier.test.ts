import { describe, expect, it } from 'vitest';
import { parseYaml } from '../parse/parseYaml.js';
import { readPlan } from '../testing/realPlans.js';
import { lookupEarlier, type PlanWorkspace } from './baseline.js';
import { buildModel } from './model.js';

const FILES: Record<string, string> = {
  'plans/ha-noi/2024.yaml': readPlan('ha-noi/2024'),
  'plans/ha-noi/2025.yaml': readPlan('ha-noi/2025'),
  'plans/ha-noi/2026.yaml': readPlan('ha-noi/2026'),
};
const workspace: PlanWorkspace = { readPlan: (p) => FILES[p] };
const model = (p: string) => buildModel(p, parseYaml(FILES[p]!));

describe('lookupEarlier', () => {
  it('reads the baselines’ own baselines, one level by default, each once', () => {
    expect(lookupEarlier([model('plans/ha-noi/2026.yaml')], workspace).map((m) => m.uri)).toEqual(['plans/ha-noi/2025.yaml']);
    expect(lookupEarlier([model('plans/ha-noi/2025.yaml')], workspace).map((m) => m.uri)).toEqual(['plans/ha-noi/2024.yaml']);
  });

  it('goes `years` levels deep and stops where no plan is found; a plan naming itself is not read again', () => {
    expect(lookupEarlier([model('plans/ha-noi/2026.yaml')], workspace, 5).map((m) => m.uri)).toEqual(['plans/ha-noi/2025.yaml', 'plans/ha-noi/2024.yaml']);
    const loop: PlanWorkspace = { readPlan: (p) => (p === 'x/2025.yaml' ? FILES['plans/ha-noi/2025.yaml']!.replace('baseline: ./2024.yaml', 'baseline: ./2025.yaml') : undefined) };
    expect(lookupEarlier([buildModel('x/2025.yaml', parseYaml(FILES['plans/ha-noi/2025.yaml']!.replace('baseline: ./2024.yaml', 'baseline: ./2025.yaml')))], loop, 5)).toEqual([]);
  });
});
