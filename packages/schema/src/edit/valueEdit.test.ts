// The rules' quick fixes and the editor's "set this value" write one value in place: a block
// scalar keeps its line break (the next key keeps its line), a value in a flow collection is
// quoted where a comma would end it, and a value an alias reuses is not edited (the fix is not
// offered): editing it would change the other place too. On the real 2025 plan.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { analyzeText } from '../engine.js';
import { buildModel } from '../model/model.js';
import { parseYaml } from '../parse/parseYaml.js';
import { readPlan, replaceOnce } from '../testing/realPlans.js';
import { applyTextEdits, formProblems } from '../testing/writers.js';
import { setScalar } from './valueEdit.js';

const text2025 = readPlan('ha-noi/2025');
const CPI = `/indicators/${(parse(text2025) as { indicators: Array<{ id: string }> }).indicators.findIndex((i) => i.id === 'cpi')}`;
const CPI_TARGET = '    target: { wording: "dưới 4,5%", kind: level, op: "<", value: 4.5, unit: "%" }\n  - id: third-child';

const fixesOf = (text: string, code: string) => analyzeText(text, 'plans/ha-noi/2025.yaml').diagnostics.filter((d) => d.code === code);

describe('a rule’s fix writes one value in place', () => {
  it('a block scalar value: replaced, its line break kept, the next key on its own line', () => {
    const text = replaceOnce(
      text2025,
      CPI_TARGET,
      '    target:\n      wording: "dưới 4,5%"\n      kind: level\n      op: "<"\n      value: 4.5\n      unit: |-\n        tấn\n  # sau / after\n  - id: third-child',
    );
    const [d] = fixesOf(text, 'wording-mismatch');
    expect(d?.params.field).toBe('unit');
    const fixed = applyTextEdits(text, d!.fix!);
    expect(fixed).toContain('      unit: "%"\n  # sau / after\n  - id: third-child');
    expect(parse(fixed)).toEqual(parse(text2025.replace(/^#.*\n/gm, '')));
    expect(formProblems(text, fixed)).toEqual([]);
  });

  it('a value an alias reuses: no fix there (it would change the other place); the alias itself can be replaced', () => {
    const text = replaceOnce(text2025, 'value: 4.5, unit: "%" }\n  - id: third-child', 'value: 4.5, unit: &u tấn }\n  - id: third-child').replace(
      '    indicator: cpi\n    target: { wording: "dưới 4,5%", kind: level, op: "<", value: 4.5, unit: "%" }',
      '    indicator: cpi\n    target: { wording: "dưới 4,5%", kind: level, op: "<", value: 4.5, unit: *u }',
    );
    const ds = fixesOf(text, 'wording-mismatch');
    expect(ds.map((d) => d.params.field)).toEqual(['unit', 'unit']);
    const [anchored, alias] = ds;
    expect(anchored!.fix).toBeUndefined();
    const fixed = applyTextEdits(text, alias!.fix!);
    expect(fixed).toContain('unit: &u tấn }');
    expect((parse(fixed) as { narrativeTargets: Array<{ id: string; target: { unit: string } }> }).narrativeTargets.find((n) => n.id === 'cpi-summary')!.target.unit).toBe('%');
  });

  it('a number in a wording an alias reuses: no fix there; where the alias stands, the alias is replaced', () => {
    const text = replaceOnce(text2025, '{ wording: "dưới 4,5%", kind: level, op: "<"', '{ wording: &w "dưới 4.5%", kind: level, op: "<"', 'id: cpi').replace(
      '    indicator: cpi\n    target: { wording: "dưới 4,5%",',
      '    indicator: cpi\n    target: { wording: *w,',
    );
    const [anchored, alias] = fixesOf(text, 'number-convention');
    expect(anchored!.fix).toBeUndefined();
    const fixed = applyTextEdits(text, alias!.fix!);
    expect(fixed).toContain('{ wording: &w "dưới 4.5%", kind: level');
    expect(fixed).toContain('    indicator: cpi\n    target: { wording: "dưới 4,5%",');
  });
});

describe('setScalar (the editor’s regenerated wording)', () => {
  const model = (text: string) => buildModel('plans/ha-noi/2025.yaml', parseYaml(text));

  it('in a flow mapping written over several lines: quoted where a comma would end it', () => {
    const text = replaceOnce(text2025, CPI_TARGET, '    target: {\n      wording: "dưới 4,5%", # nguyên văn / as adopted\n      kind: level, op: "<", value: 4.5, unit: "%" }\n  - id: third-child');
    const r = setScalar(model(text), `${CPI}/target/wording`, 'dưới 4,5%, bình quân');
    if (!r.ok) throw new Error(r.refusal.key);
    const fixed = applyTextEdits(text, r.edits);
    expect(fixed).toContain('      wording: "dưới 4,5%, bình quân", # nguyên văn / as adopted\n');
    expect(formProblems(text, fixed)).toEqual([]);
  });

  it('a block scalar in a block mapping, CRLF: one line, the line break kept', () => {
    const text = replaceOnce(text2025, CPI_TARGET, '    target:\n      wording: >-\n        dưới\n        4,5%\n      kind: level\n      op: "<"\n      value: 4.5\n      unit: "%"\n  - id: third-child').replace(/\n/g, '\r\n');
    const r = setScalar(model(text), `${CPI}/target/wording`, 'dưới 4%: bình quân');
    if (!r.ok) throw new Error(r.refusal.key);
    const fixed = applyTextEdits(text, r.edits);
    expect(fixed).toContain('      wording: "dưới 4%: bình quân"\r\n      kind: level\r\n');
    expect(formProblems(text, fixed)).toEqual([]);
  });

  it('refused where an alias reuses the value, with why', () => {
    const text = replaceOnce(text2025, '{ wording: "dưới 4,5%", kind: level', '{ wording: &w "dưới 4,5%", kind: level', 'id: cpi') + 'x-copy: *w\n';
    const r = setScalar(model(text), `${CPI}/target/wording`, 'dưới 4%');
    const line = text.slice(0, text.indexOf('{ wording: &w')).split('\n').length;
    expect(r).toEqual({ ok: false, refusal: { key: 'writer.shared-node', params: { line } } });
  });
});
