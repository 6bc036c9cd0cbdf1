import { describe, expect, it } from 'vitest';
import { matchById } from './matchById.js';

const e = (id: string, n = 0) => ({ id, n });

describe('matchById', () => {
  it('pairs in the new order, then the old leftovers in theirs', () => {
    const m = matchById([e('a'), e('b'), e('c'), e('d')], [e('c'), e('x'), e('a')]);
    expect(m.map((p) => [p.id, p.from !== undefined, p.to !== undefined])).toEqual([
      ['c', true, true],
      ['x', false, true],
      ['a', true, true],
      ['b', true, false],
      ['d', true, false],
    ]);
  });

  it('an id given twice counts once, at its first place', () => {
    const m = matchById([e('a', 1), e('a', 2)], [e('b', 1), e('a', 3), e('b', 2), e('a', 4)]);
    expect(m).toEqual([
      { id: 'b', to: e('b', 1) },
      { id: 'a', from: e('a', 1), to: e('a', 3) },
    ]);
  });
});
