// compareTargets on targets whose fields are not what the schema says: a side with schema
// errors is still diffed (kehoach diff notes the errors and goes on), so nothing may throw.
import { describe, expect, it } from 'vitest';
import type { Target } from '../model/types.js';
import { compareTargets } from './compareTargets.js';

const lvl: Target = { wording: 'dưới 4%', kind: 'level', op: '<', value: 4, unit: '%' };
const bad = (t: Record<string, unknown>) => t as unknown as Target;

describe('compareTargets on a target of the wrong shape', () => {
  it('a wording, unit or state that is not a string counts as none, and does not throw', () => {
    expect(compareTargets(lvl, bad({ ...lvl, wording: 5 }), 'lower')).toMatchObject({ verdict: 'reworded', ambition: 'same' });
    expect(compareTargets(bad({ ...lvl, unit: 5 }), lvl, 'lower')).toMatchObject({ verdict: 'reshaped', unitChanged: true });
    const keep = { wording: 'duy trì', kind: 'maintain', state: 'không có hộ nghèo' };
    expect(compareTargets(bad(keep), bad({ ...keep, state: ['x'] }))).toMatchObject({ verdict: 'reshaped', ambition: 'unknown' });
  });
});
