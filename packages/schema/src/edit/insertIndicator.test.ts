// Inserting an indicator into every form of the `indicators` list: block (dashes at any column,
// an item whose keys start below its dash), flow (one line, several lines, comments between items,
// a trailing comma), empty (`[]`, no value), at the start, in the middle, at the end (no final line
// break). Each result reads back as the list with exactly that item inserted, and keeps every
// comment and the file's line ending.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildModel } from '../model/model.js';
import type { Indicator } from '../model/types.js';
import { parseYaml } from '../parse/parseYaml.js';
import { applyTextEdits, formProblems } from '../testing/writers.js';
import { insertIndicator } from './insertIndicator.js';

const NEW: Indicator = { id: 'cpi', number: '5.', name: 'Chỉ số giá, tiêu dùng: CPI', unit: '%', direction: 'lower', target: { placeholder: true }, previousTarget: { wording: 'dưới 4,5%', kind: 'level', op: '<', value: 4.5, unit: '%' } };

function inserted(text: string, index: number): string {
  const r = insertIndicator(buildModel('plans/x/2026.yaml', parseYaml(text)), index, NEW);
  if (!r.ok) throw new Error(r.refusal.key);
  const out = applyTextEdits(text, r.edits);
  const list = [...(parse(text.replace(/\r\n?/g, '\n')).indicators ?? [])];
  list.splice(index, 0, NEW);
  expect(parse(out.replace(/\r\n?/g, '\n')).indicators).toEqual(list);
  expect(formProblems(text, out)).toEqual([]);
  return out;
}

const A = '{ id: a, name: A }';
const B = '{ id: b, name: B }';

describe('a block list', () => {
  const text = 'year: 2026\nindicators:\n  # đầu / head\n  - id: a\n    name: A\n  # về b / about b\n  - id: b\n    name: B\n# cuối / end\n';
  it('at the start, the middle and the end', () => {
    expect(inserted(text, 0)).toContain('indicators:\n  - id: cpi\n    number: "5."\n');
    expect(inserted(text, 1)).toContain('    name: A\n  - id: cpi\n');
    expect(inserted(text, 1)).toContain('  # về b / about b\n  - id: b\n');
    expect(inserted(text, 2)).toMatch(/ {4}name: B\n {2}- id: cpi\n(.*\n)*# cuối \/ end\n$/);
  });

  it('dashes at the key’s column, CRLF, no final line break', () => {
    inserted('indicators:\r\n- id: a\r\n  name: A\r\n- id: b\r\n  name: B', 2);
    inserted('indicators:\r\n- id: a\r\n  name: A\r\n- id: b\r\n  name: B', 1);
  });

  it('an item whose keys start on the line after its dash (a comment, an anchor there)', () => {
    inserted('indicators:\n  - # a\n    id: a\n  - &b\n    id: b\n  - id: c\n', 1);
    inserted('indicators:\n  - # a\n    id: a\n  - id: c\n', 0);
  });
});

describe('a flow list', () => {
  it('on one line, at every place', () => {
    for (const i of [0, 1, 2]) inserted(`indicators: [${A}, ${B}]\n`, i);
  });

  it('over several lines, with comments between the items and a trailing comma', () => {
    const text = `indicators: [\n  ${A}, # a\n  # b\n  ${B},\n]\n`;
    for (const i of [0, 1, 2]) inserted(text, i);
  });

  it('empty', () => {
    expect(inserted('indicators: []\n', 0)).toMatch(/^indicators: \[ \{ id: cpi, number: "5\.", name: "Chỉ số giá, tiêu dùng: CPI"/);
    expect(inserted('indicators: [ ] # none yet\n', 0)).toContain('] # none yet');
  });
});

it('no value yet (`indicators:`): a block list under the key', () => {
  expect(inserted('year: 2026\nindicators: # sắp có / to come\nrelations: []\n', 0)).toContain('indicators: # sắp có / to come\n  - id: cpi\n');
});

it('refused: mixed line endings, YAML errors, a list an alias reuses, not a list', () => {
  const refusal = (text: string) => {
    const r = insertIndicator(buildModel('x.yaml', parseYaml(text)), 0, NEW);
    return r.ok ? 'inserted' : r.refusal.key;
  };
  expect(refusal('year: 1\r\nindicators:\n  - id: a\n')).toBe('writer.mixed-line-endings');
  expect(refusal('indicators: [a\n')).toBe('writer.yaml-errors');
  expect(refusal('indicators: &l\n  - id: a\nx: *l\n')).toBe('writer.shared-node');
  expect(refusal('l: &l [a]\nindicators: *l\n')).toBe('writer.no-list');
  expect(refusal('indicators: 3\n')).toBe('writer.no-list');
});
