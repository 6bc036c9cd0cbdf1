import { describe, expect, it } from 'vitest';
import { memo } from './memo.js';

describe('memo', () => {
  it('answers a key once, forgets everything when full, and never keeps a key too long', () => {
    const calls: string[] = [];
    const upper = memo((s: string) => (calls.push(s), s.toUpperCase()), 2, 5);
    expect([upper('a'), upper('a'), upper('b')]).toEqual(['A', 'A', 'B']);
    expect(calls).toEqual(['a', 'b']);
    upper('c'); // full: forgets a and b
    upper('a');
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
    upper('longer'); upper('longer');
    expect(calls.filter((c) => c === 'longer')).toHaveLength(2);
  });
});
