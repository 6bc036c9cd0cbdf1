import { describe, expect, it } from 'vitest';
import { analyze, PLAN_2025 } from '../testing/fixtures.js';
import { applyConfig, parseConfig } from './config.js';

const LABEL_DIRECTIVE = /^ *# kehoach-disable-next-line label-sequence -- .*\n/m;
const text = PLAN_2025.replace(LABEL_DIRECTIVE, '');

describe('kehoach.config.json severity overrides', () => {
  it('raises or lowers a code’s severity, or turns it off', () => {
    expect(analyze(text).map((d) => [d.code, d.severity])).toEqual([['label-sequence', 'warning']]);
    expect(analyze(text, undefined, { config: { rules: { 'label-sequence': 'error' } } }).map((d) => d.severity)).toEqual(['error']);
    expect(analyze(text, undefined, { config: { rules: { 'label-sequence': 'off' } } })).toEqual([]);
  });

  it('applies after suppressions: a rule turned off leaves its directive used, not “unused”', () => {
    expect(analyze(PLAN_2025, undefined, { config: { rules: { 'label-sequence': 'off' } } })).toEqual([]);
  });

  it('parses the file, reporting what it cannot use', () => {
    const known = new Set(['label-sequence']);
    expect(parseConfig('{ "rules": { "label-sequence": "error" } }', known)).toEqual({ config: { rules: { 'label-sequence': 'error' } }, problems: [] });
    expect(parseConfig('{ "rules": { "label-sequence": "loud", "labl-sequence": "off" } }', known).problems).toEqual([
      { kind: 'setting', code: 'label-sequence', value: '"loud"' },
      { kind: 'unknown-code', code: 'labl-sequence' },
    ]);
    expect(parseConfig('{ "rules": [] }').problems).toEqual([{ kind: 'shape' }]);
    expect(parseConfig('{ rules').problems[0]!.kind).toBe('json');
    expect(applyConfig([], undefined)).toEqual([]);
  });
});
