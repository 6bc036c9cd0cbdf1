// The next year's draft from the real 2025 plan: every indicator carried, targets placeholders
// with last year's kept, clauses carried verbatim, comments and layout kept, schema-valid.
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkSchema } from '../checks/schemaCheck.js';
import { analyzeText } from '../engine.js';
import { buildModel } from '../model/model.js';
import type { Article, Indicator, Plan } from '../model/types.js';
import { parseYaml } from '../parse/parseYaml.js';
import { readPlan, replaceOnce } from '../testing/realPlans.js';
import { BLANK, ScaffoldError, blankNumber, scaffoldNewYear } from './newYear.js';

const text2025 = readPlan('ha-noi/2025');
const plan2025 = parse(text2025) as Plan;
const draft = scaffoldNewYear(text2025, { baseline: './2025.yaml' });
const plan2026 = parse(draft.text) as Plan;

/** What the draft should be, computed on the plain values. */
function expected(p: Plan): Plan {
  const e = structuredClone(p) as Plan & { document: Plan['document'] & { sourceNote?: string } };
  e.year = p.year! + 1;
  e.status = 'draft';
  e.baseline = './2025.yaml';
  e.document.number = '…/NQ-HĐND';
  e.document.date = '2025-12-10';
  e.document.title = p.document.title.replace('2025', '2026');
  e.document.session = 'KHÓA XVI, KỲ HỌP THỨ …';
  e.document.signature = { title: p.document.signature!.title, name: '…' };
  e.document.appendix = {
    ...p.document.appendix!,
    title: p.document.appendix!.title!.replace('2025', '2026'),
    subtitle: p.document.appendix!.subtitle!.replace('58/NQ-HĐND ngày 10/12/2024', '…/NQ-HĐND ngày …/…/2025'),
  };
  delete e.document.sourceNote;
  for (const para of [...(e.document.legalBases ?? []), ...(e.document.closing ?? [])]) para.carriedOver = true;
  const mark = (a: Article) => {
    a.carriedOver = true;
    for (const para of a.paragraphs ?? []) para.carriedOver = true;
    for (const item of a.items ?? []) {
      item.carriedOver = true;
      for (const para of item.paragraphs ?? []) para.carriedOver = true;
    }
  };
  e.articles!.forEach(mark);
  // An indicator the baseline had dropped (2024's school share) is not carried again.
  e.indicators = e.indicators.filter((i) => !i.dropped);
  for (const ind of e.indicators) {
    if (ind.target) {
      ind.previousTarget = ind.target;
      ind.target = { placeholder: true };
    }
    delete ind.results; // last year's results are last year's
    for (const part of ind.parts ?? []) {
      part.previousTarget = part.target;
      part.target = { placeholder: true };
      delete part.results;
    }
  }
  return e;
}

describe('kehoach new-year on plans/ha-noi/2025.yaml', () => {
  it('is exactly the 2025 plan with the documented changes (deep comparison of the values)', () => {
    expect(plan2026).toEqual(expected(plan2025));
  });

  it('carries every 2025 indicator with its id, name, unit and direction, in order', () => {
    const carried = plan2025.indicators.filter((i) => !i.dropped);
    expect(plan2026.indicators.map((i) => i.id)).toEqual(carried.map((i) => i.id));
    expect(draft.indicators).toHaveLength(25);
    expect(draft.parts).toHaveLength(17);
    expect(draft.skippedDropped).toEqual(['public-schools-national-standard-rate']);
    carried.forEach((old, k) => {
      const ind = plan2026.indicators[k]!;
      expect([ind.id, ind.name, ind.unit, ind.direction, ind.change, ind.relativeTo]).toEqual([old.id, old.name, old.unit, old.direction, old.change, old.relativeTo]);
    });
  });

  it('replaces every target by a placeholder and keeps last year’s as previousTarget', () => {
    const sites = (p: Plan) => p.indicators.flatMap((i: Indicator) => (i.parts ? i.parts.map((x) => ({ id: `${i.id}/${x.id}`, target: x.target, previous: x.previousTarget })) : [{ id: i.id, target: i.target, previous: i.previousTarget }]));
    const before = new Map(sites(plan2025).map((s) => [s.id, s.target]));
    const after = sites(plan2026);
    expect(after).toHaveLength(35);
    for (const s of after) {
      expect(s.target, s.id).toEqual({ placeholder: true });
      expect(s.previous, s.id).toEqual(before.get(s.id));
    }
  });

  it('marks every clause as carried over, text verbatim (last year’s years included)', () => {
    expect(draft.clauses).toHaveLength(74 + 4);
    const clause = plan2026.articles![1]!.items![0]!.paragraphs![3]!;
    expect(clause).toMatchObject({ id: 'art_2__item_1__para_4', carriedOver: true });
    expect(clause.text).toBe(plan2025.articles![1]!.items![0]!.paragraphs![3]!.text);
    expect(plan2026.document.closing![0]!.text).toContain('năm 2025');
  });

  it('leaves last year’s results out (the 2026 draft has none yet), and keeps a comment that stood inside them', () => {
    expect(plan2025.indicators.some((i) => i.results)).toBe(true);
    expect(plan2026.indicators.filter((i) => i.results || i.parts?.some((p) => p.results)).map((i) => i.id)).toEqual([]);
    const commented = replaceOnce(readPlan('ha-noi/2025'), '    results:\n      estimate:\n', '    results:\n      # ước của báo chí, chờ số chính thức\n      estimate:\n');
    const again = scaffoldNewYear(commented, { baseline: './2025.yaml' }).text;
    expect(again).toContain('    # ước của báo chí, chờ số chính thức\n');
    expect((parse(again) as Plan).indicators.some((i) => i.results)).toBe(false);
  });

  it('keeps narrative targets and relations verbatim', () => {
    expect(plan2026.narrativeTargets).toEqual(plan2025.narrativeTargets);
    expect(plan2026.relations).toEqual(plan2025.relations);
  });

  it('keeps every comment of the 2025 file', () => {
    const comments = text2025.split('\n').filter((l) => /^\s*#/.test(l));
    expect(comments.length).toBeGreaterThan(0);
    for (const c of comments) expect(draft.text).toContain(c.trim());
  });

  it('keeps the layout: every folded paragraph line and every unchanged line as it was', () => {
    const lines = new Set(draft.text.split('\n'));
    const changed = /^\s*(year|status|baseline|number|date|title|session|subtitle|sourceNote|signature|target):/;
    // The block of the indicator 2025 had dropped is left out whole.
    const dropped = text2025.slice(text2025.indexOf('  - id: public-schools-national-standard-rate\n'), text2025.indexOf('  - id: cultural-families\n')).split('\n');
    // So are last year's results (grdp-per-capita's estimate: the lines from "results:" to the next indicator).
    const resultsAt = text2025.indexOf('    results:\n');
    const results = text2025.slice(resultsAt, text2025.indexOf('\n  - id: ', resultsAt)).split('\n');
    const missing = text2025.split('\n').filter((l) => !changed.test(l) && !/^#/.test(l) && !lines.has(l) && !dropped.includes(l) && !results.includes(l));
    expect(missing).toEqual([]);
    // The old target line survives as the previousTarget line, character for character.
    expect(draft.text).toContain('    target: { placeholder: true }\n    previousTarget: { wording: "6,5% trở lên", kind: level, op: ">=", value: 6.5, unit: "%" }\n');
    expect(draft.text).toContain('  - id: art_1__item_1__para_1\n            carriedOver: true\n            text: >-\n');
  });

  it('says it is a draft in the header, after the schema modeline', () => {
    const head = draft.text.split('\n').slice(0, 3);
    expect(head[0]).toBe('# yaml-language-server: $schema=../../packages/schema/plan.schema.json');
    expect(head[1]).toMatch(/^# DỰ THẢO kế hoạch năm 2026.*DRAFT plan for 2026/);
  });

  it('passes the schema; the rules report only placeholders (warnings)', () => {
    const model = buildModel('plans/ha-noi/2026.yaml', parseYaml(draft.text));
    expect(checkSchema(model)).toEqual([]);
    const errors = analyzeText(draft.text, 'plans/ha-noi/2026.yaml').diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toEqual([]);
  });
});

describe('new-year from the adopted 2026 plan, known in part', () => {
  const text2026 = readPlan('ha-noi/2026');
  const d = scaffoldNewYear(text2026, { baseline: './2026.yaml' });
  const p = parse(d.text) as Plan;

  it('carries the top-level items, drops what described last year’s document', () => {
    expect(p.year).toBe(2027);
    expect(p.items![0]).toMatchObject({ id: 'item_1', carriedOver: true, paragraphs: [{ id: 'item_1__para_1', carriedOver: true }] });
    expect(p.document.truncated).toBeUndefined();
    expect(p.document.sourceNote).toBeUndefined();
    expect(p.declaredIndicatorCount).toBeUndefined();
    expect(p.sources).toEqual((parse(text2026) as Plan).sources);
  });

  it('leaves out dropped and unconfirmed indicators; an unknown or sourced target becomes the previous one', () => {
    expect(d.skippedDropped).toEqual(['investment-growth']);
    expect(d.skippedUnconfirmed).toHaveLength(18);
    expect(p.indicators.map((i) => i.id)).toHaveLength(10);
    const housing = p.indicators.find((i) => i.id === 'social-housing')!;
    expect(housing.parts![1]).toMatchObject({ target: { placeholder: true }, previousTarget: { unknown: true } });
    expect(p.indicators[0]).toMatchObject({ target: { placeholder: true }, previousTarget: { value: 11, source: { kind: 'press', ref: 'S3' } } });
  });

  // Found by the fuzz test: a comment indented into the dropped indicator's block went with it.
  it('keeps the comments inside a dropped or unconfirmed indicator it leaves out, each on a line of its own', () => {
    const note = '# Indicators of the 2025 appendix that no source of 2026 names (names as in 2025).';
    const indented = replaceOnce(text2026, `  ${note}`, `      ${note}`);
    const withTrailing = replaceOnce(indented, 'replacedBy: investment\n', 'replacedBy: investment # thay bằng giá trị\n');
    for (const [text, eol] of [[withTrailing, '\n'], [withTrailing.replace(/\n/g, '\r\n'), '\r\n']] as const) {
      const out = scaffoldNewYear(text, { baseline: './2026.yaml' });
      expect(out.skippedDropped).toEqual(['investment-growth']);
      expect(out.text).toContain(`${eol}  ${note}${eol}`);
      expect(out.text).toContain(`${eol}  # thay bằng giá trị${eol}`);
      expect(out.text).not.toContain('id: investment-growth');
    }
  });

  it('the draft has no errors, checked against 2026', () => {
    const base = buildModel('plans/ha-noi/2026.yaml', parseYaml(text2026));
    const errors = analyzeText(d.text, 'plans/ha-noi/2027.yaml', { baseline: base }).diagnostics.filter((x) => x.severity === 'error');
    expect(errors).toEqual([]);
  });
});

describe('new-year edge cases', () => {
  it('leaves out an indicator the baseline already dropped', () => {
    const text = replaceOnce(text2025, '    direction: lower\n', '    direction: lower\n    dropped: { reason: thử / test }\n', 'id: urban-unemployment');
    const d = scaffoldNewYear(text, { baseline: './2025.yaml' });
    expect(d.skippedDropped).toEqual(['urban-unemployment', 'public-schools-national-standard-rate']);
    const ids = (parse(d.text) as Plan).indicators.map((i) => i.id);
    expect(ids).toHaveLength(24);
    expect(ids).not.toContain('urban-unemployment');
    expect(ids).toContain('trained-workers');
  });

  it('handles flow-map parts and keeps a comment on the target line with the old target', () => {
    const text = replaceOnce(
      text2025,
      '      - id: urban\n        name: Khu vực đô thị\n        separator: " "\n        target: { wording: đạt 100%, kind: level, op: "=", value: 100, unit: "%" }\n',
      '      - { id: urban, name: Khu vực đô thị, separator: " ", target: { wording: đạt 100%, kind: level, op: "=", value: 100, unit: "%" } }\n',
      'id: clean-water',
    ).replace('    target: { wording: 20%', '    # kehoach-disable-next-line some-rule -- a reason\n    target: { wording: 20%');
    const d = scaffoldNewYear(text, { baseline: './2025.yaml' });
    expect(d.text).toContain('      - { id: urban, name: Khu vực đô thị, separator: " ", target: { placeholder: true }, previousTarget: { wording: đạt 100%');
    expect(d.text).toContain('    target: { placeholder: true }\n    # kehoach-disable-next-line some-rule -- a reason\n    previousTarget: { wording: 20%');
    const p = parse(d.text) as Plan;
    expect(p.indicators.find((i) => i.id === 'clean-water')!.parts![0]).toMatchObject({ target: { placeholder: true }, previousTarget: { value: 100 } });
  });

  it('scaffolds a draft again without losing last year’s targets', () => {
    const again = scaffoldNewYear(draft.text, { baseline: './2026.yaml' });
    const p = parse(again.text) as Plan;
    expect(p.year).toBe(2027);
    expect(p.indicators[0]).toMatchObject({ target: { placeholder: true }, previousTarget: { value: 6.5 } });
    expect(again.text.match(/^# yaml-language-server/gm)).toHaveLength(1);
  });

  it('adds status and baseline when the baseline lacks them', () => {
    const text = text2025.replace('status: adopted\nbaseline: ./2024.yaml\n', '');
    const p = parse(scaffoldNewYear(text, { baseline: '../x/2025.yaml' }).text) as Plan;
    expect([p.year, p.status, p.baseline]).toEqual([2026, 'draft', '../x/2025.yaml']);
  });

  it('refuses what is not a plan', () => {
    expect(() => scaffoldNewYear('a: [', { baseline: './x.yaml' })).toThrow(ScaffoldError);
    expect(() => scaffoldNewYear('- 1\n', { baseline: './x.yaml' })).toThrow(ScaffoldError);
    expect(() => scaffoldNewYear('year: soon\n', { baseline: './x.yaml' })).toThrow(/year/);
  });

  it('blanks a document number the way a draft resolution prints it', () => {
    expect(blankNumber('58/NQ-HĐND')).toBe('…/NQ-HĐND');
    expect(blankNumber('NQ-HĐND')).toBe(BLANK);
  });
});

// Issue 13: every edit was spliced into the whole text (a 1 MB plan: minutes), dropped items were
// searched for in their list, and yaml compared every key with every other. Linear now: these
// sizes finish at once; a regression shows as the hang guard, never a timing assertion.
describe('new-year at scale', () => {
  it('a 1,5 MB plan of 4.000 indicators, every tenth dropped: each carried or left out, the YAML valid', () => {
    const block = /  - id: grdp-growth\n(?: {4}.*\n)+/.exec(text2025)![0];
    const many = Array.from({ length: 4_000 }, (_, i) =>
      block.replace('id: grdp-growth', `id: g-${i}`).replace('    number: "1."\n', i % 10 === 0 ? '    number: "1."\n    dropped: { reason: "gộp / merged" }\n' : '    number: "1."\n'),
    ).join('');
    const big = replaceOnce(text2025, block, many);
    expect(big.length).toBeGreaterThan(1_000_000);
    const d = scaffoldNewYear(big, { baseline: './2025.yaml' });
    // (2025 also keeps 2024's dropped school share: not one of these.)
    expect(d.skippedDropped.filter((id) => id.startsWith('g-'))).toHaveLength(400);
    expect(d.indicators.filter((id) => id.startsWith('g-'))).toHaveLength(3_600);
    const ids = (parse(d.text) as Plan).indicators.map((i) => i.id);
    expect(ids.filter((id) => id.startsWith('g-'))).toHaveLength(3_600);
    expect(ids).not.toContain('g-0');
  }, 120_000);

  it('refuses what the engine refuses, at once: deep nesting, duplicate and complex keys', () => {
    expect(() => scaffoldNewYear('year: 2025\na: ' + '['.repeat(1 << 20), { baseline: './2025.yaml' })).toThrow(ScaffoldError);
    expect(() => scaffoldNewYear(text2025 + 'x: 1\nx: 2\n', { baseline: './2025.yaml' })).toThrow(/unique/);
    expect(() => scaffoldNewYear(text2025 + 'x: {' + '{'.repeat(200) + '}'.repeat(200) + ': 1}\n', { baseline: './2025.yaml' })).toThrow(/mapping or a list/);
  }, 120_000);
});
