// Parser recovery (issue 16): one stray bracket in the real plan is one error, where it stands,
// not a thousand; two are two; an error that is not a cascade is still reported as the parser says.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../engine.js';
import { readPlan } from '../testing/realPlans.js';

const PLAN = readPlan('ha-noi/2025');
const at = PLAN.indexOf('  - id: cpi');
const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length; // 1-based
const syntax = (text: string) => analyzeText(text, 'plans/ha-noi/2025.yaml').diagnostics.filter((d) => d.code.startsWith('yaml-') || d.code === 'too-many-problems');

describe('a stray bracket', () => {
  for (const bracket of ['}', ']']) {
    it(`a line “  ${bracket}” before an indicator: one error, on it`, () => {
      const text = `${PLAN.slice(0, at)}  ${bracket}\n${PLAN.slice(at)}`;
      const ds = syntax(text);
      expect(ds.map((d) => [d.code, d.range.start.line + 1, d.range.start.character])).toEqual([['yaml-syntax', lineOf(text, at), 2]]);
    });
  }

  it('after a flow target on its line: one error, on the bracket', () => {
    const text = PLAN.replace('unit: "%" }\n  - id: third', 'unit: "%" } }\n  - id: third');
    const ds = syntax(text);
    expect(ds).toHaveLength(1);
    expect(ds[0]!.range.start.line + 1).toBe(lineOf(text, text.indexOf('} }\n  - id: third') + 2));
  });

  it('two stray brackets: two errors, each where it is', () => {
    const second = PLAN.indexOf('  - id: export-growth');
    const text = `${PLAN.slice(0, second)}  }\n${PLAN.slice(second, at)}  }\n${PLAN.slice(at)}`;
    expect(syntax(text).map((d) => d.range.start.line + 1)).toEqual([lineOf(text, second), lineOf(text, at + 4)]);
  });
});
