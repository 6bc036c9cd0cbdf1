// Every writer of plan text on generated plans in every YAML form (issue 13): samples of the real
// 2025 plan written by the yaml package in block and flow style at random depths, with LF, CRLF or
// CR line breaks, with or without a byte-order mark and `---`/`...`, comments sprinkled before
// keys, after values and inside flow collections, scalars plain, quoted, folded, literal and
// wrapped across lines, units and directions (or a clause) shared through anchors and aliases
// (testing/writers.ts). For each writer: its result is valid YAML that reads back as exactly the
// input's value with the intended change, keeps every comment, the line ending and the BOM; or it
// refused and returned nothing, where it must (a clause an alias reuses), and only there.
// Bounded (150 runs per property by default, FUZZ_RUNS to change); a failure prints its seed:
// FUZZ_SEED=<seed> npx vitest run src/edit/writers.test.ts replays it. No timing assertion.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { TextEdit } from '../diagnostics/types.js';
import { analyzeText } from '../engine.js';
import { buildModel } from '../model/model.js';
import type { Indicator } from '../model/types.js';
import { viewPlan } from '../model/planView.js';
import { parseYaml } from '../parse/parseYaml.js';
import { LineMap } from '../parse/position.js';
import { ScaffoldError, scaffoldNewYear } from '../scaffold/newYear.js';
import { fuzzParameters } from '../testing/fuzzEdits.js';
import { readPlan } from '../testing/realPlans.js';
import { applyTextEdits, expectedDraft, formProblems, planForm, samplePlan, writePlan, type PlanForm } from '../testing/writers.js';
import { insertIndicator } from './insertIndicator.js';
import { restateTarget, setTarget, targetFromWording } from './targetEdit.js';
import { setScalar } from './valueEdit.js';
import { draftIndicator, flowScalar, scalar } from './yamlText.js';

const PLAN = parse(readPlan('ha-noi/2025')) as Record<string, unknown> & { indicators: Indicator[] };
const params = fuzzParameters(150);
const TIMEOUT = Math.max(10 * 60_000, params.numRuns * 4_000); // a hang guard, not a speed assertion

/** The value of a writer's input or output text (its form aside). */
const valueOf = (text: string) => parse(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')) as unknown;

/** A plan in a form: a sample of the real plan (by the form's seed), some of its indicators dropped. */
const generated = fc.record({ form: planForm, drop: fc.array(fc.nat({ max: 7 }), { maxLength: 2 }) });

function build({ form, drop }: { form: PlanForm; drop: number[] }) {
  const plan = samplePlan(PLAN, form.seed, { indicators: 4 }) as typeof PLAN & { document: Record<string, unknown>; declaredIndicatorCount?: Record<string, unknown> };
  for (const k of drop) {
    const ind = plan.indicators[k % Math.max(1, plan.indicators.length)] as (Indicator & { unconfirmed?: unknown }) | undefined;
    if (ind && k % 2 === 0) ind.dropped = { reason: 'gộp, theo Nghị quyết mới / merged' };
    else if (ind) ind.unconfirmed = { reason: 'Không nguồn nào nêu. / No source names it.' };
  }
  // What else new-year leaves out: what a truncated text lacked, a count no clause states.
  if (form.seed % 3 === 0) plan.document.truncated = { at: 'art_1', note: 'Chỉ có phần mở đầu, # không phải chú thích' };
  if (form.seed % 4 === 1 && plan.declaredIndicatorCount) delete plan.declaredIndicatorCount.clause;
  return { form, plan, text: writePlan(plan, form) };
}

/** What new-year leaves out, with its comments: each dropped or unconfirmed indicator, the pairs it removes, to the end of their lines. */
function removedByNewYear(text: string): Array<[number, number]> {
  const model = buildModel('x.yaml', parseYaml(text));
  const out = model.plan.indicators.filter((i) => i.dropped || i.unconfirmed).map((i) => model.sourceMap.get(i.pointer)!.value);
  for (const pointer of ['/baselines', '/amendments', '/declaredIndicatorCount', '/document/sourceNote', '/document/truncated']) {
    const span = model.sourceMap.get(pointer);
    if (span?.key) out.push([span.key[0], text.slice(span.value[1]).search(/[\r\n]|$/) + span.value[1]]);
  }
  return out;
}

/** Every pointer at which two plain values differ (leaves, and keys or items one side lacks). */
function differences(a: unknown, b: unknown, at = '', out: string[] = []): string[] {
  if (Object.is(a, b)) return out;
  const obj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object';
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) a.forEach((x, i) => differences(x, b[i], `${at}/${i}`, out));
  else if (obj(a) && obj(b) && !Array.isArray(a) && !Array.isArray(b)) {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) differences(a[k], b[k], `${at}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, out);
  } else out.push(at);
  return out;
}

const report = (form: PlanForm, text: string) => `form ${JSON.stringify(form)}; the input's first lines:\n${text.slice(0, 600)}`;

describe('writers on generated plans in every YAML form', () => {
  it(
    'new-year: the draft is the plan with exactly the documented changes, in the plan’s form',
    () => {
      let flowDrafts = 0;
      let refusals = 0;
      fc.assert(
        fc.property(generated, (g) => {
          const { form, plan, text } = build(g);
          let draft: string;
          try {
            draft = scaffoldNewYear(text, { baseline: './2025.yaml' }).text;
          } catch (e) {
            if (!(e instanceof ScaffoldError)) throw e;
            // A clause an alias reuses cannot be marked alone: the one refusal these forms allow.
            if (form.aliases === 'clause' && e.refusal?.key === 'writer.shared-node') return void refusals++;
            throw new Error(`refused (${e.refusal?.key ?? e.code}: ${JSON.stringify(e.refusal?.params ?? e.message)})\n${report(form, text)}`);
          }
          expect(form.aliases, `a shared clause was marked\n${report(form, text)}`).not.toBe('clause');
          expect(valueOf(text), report(form, text)).toEqual(plan); // the generator's own round trip
          expect(valueOf(draft), report(form, text)).toEqual(expectedDraft(plan, './2025.yaml'));
          expect(formProblems(text, draft, removedByNewYear(text)), report(form, text)).toEqual([]);
          if (form.flow !== 'none') flowDrafts++;
        }),
        params,
      );
      expect(flowDrafts).toBeGreaterThan(0);
      expect(refusals).toBeGreaterThan(0);
    },
    TIMEOUT,
  );

  it(
    'add the missing indicator, mark it dropped: the list with exactly that item, where it stood',
    () => {
      fc.assert(
        fc.property(generated, fc.nat(), fc.boolean(), (g, k, asDropped) => {
          const { form, plan } = build(g);
          const list = plan.indicators;
          if (list.length === 0) return;
          const index = k % list.length;
          const removed = list[index]!;
          const current = { ...plan, indicators: list.filter((_, i) => i !== index) };
          const text = writePlan(current, form);
          const { target, parts: _p, previousTarget: _t, ...rest } = removed;
          const item: Indicator = asDropped ? { ...rest, ...(target ? { previousTarget: target } : {}), dropped: { reason: 'gộp: "A, B" # không phải chú thích' } } : draftIndicator(removed);
          const r = insertIndicator(buildModel('plans/ha-noi/2026.yaml', parseYaml(text)), index, item);
          if (!r.ok) throw new Error(`refused (${r.refusal.key})\n${report(form, text)}`);
          const out = applyTextEdits(text, r.edits);
          const expected = valueOf(text) as typeof current;
          expected.indicators.splice(index, 0, JSON.parse(JSON.stringify(item)) as Indicator);
          expect(valueOf(out), report(form, text)).toEqual(expected);
          expect(formProblems(text, out), report(form, text)).toEqual([]);
        }),
        params,
      );
    },
    TIMEOUT,
  );

  it(
    'set one value (the regenerated wording, a name, a text): that value and nothing else',
    () => {
      const VALUES = ['dưới 4,5%', 'a, b: c', ' # x', '- y', '"quoted" \'too\'', '{ [ ] }', 'true', '1.5', '', 'một\nhai', '\u2028', 'x #y', '…/NQ-HĐND', '*not-alias', '&not-anchor', '!tag', '%', '@', '`'];
      fc.assert(
        fc.property(generated, fc.nat(), fc.oneof(fc.constantFrom(...VALUES), fc.string({ unit: 'grapheme', maxLength: 12 })), (g, k, value) => {
          const { form, plan, text } = build(g);
          const model = buildModel('plans/ha-noi/2025.yaml', parseYaml(text));
          // Strings the writers set: wordings, names, texts (not the units the generator shares).
          const view = viewPlan(plan);
          const pointers = [
            ...view.targets.filter((s) => typeof s.target.wording === 'string').map((s) => `${s.pointer}/wording`),
            ...view.indicators.map((i) => `${i.pointer}/name`),
            ...view.clauses.filter((c) => typeof (c.source as { text?: unknown }).text === 'string').map((c) => `${c.pointer}/text`),
          ];
          if (pointers.length === 0) return;
          const pointer = pointers[k % pointers.length]!;
          const r = setScalar(model, pointer, value);
          // The clause an alias reuses is the one place these forms may refuse, and must.
          const shared = form.aliases === 'clause' && pointer.startsWith('/document/legalBases/0/');
          if (shared || !r.ok) {
            expect(r.ok ? 'edited' : r.refusal.key, `${pointer}\n${report(form, text)}`).toBe(shared ? 'writer.shared-node' : 'edited');
            return;
          }
          const out = applyTextEdits(text, r.edits);
          const expected = valueOf(text) as Record<string, unknown>;
          const segs = pointer.split('/').slice(1);
          const parent = segs.slice(0, -1).reduce<Record<string, unknown>>((o, s) => o[s] as Record<string, unknown>, expected);
          parent[segs[segs.length - 1]!] = value;
          expect(valueOf(out), `${pointer} = ${JSON.stringify(value)}\n${report(form, text)}`).toEqual(expected);
          expect(formProblems(text, out), report(form, text)).toEqual([]);
        }),
        params,
      );
    },
    TIMEOUT,
  );

  it(
    'the rules’ quick fixes: each changes only the values its edits cover, and keeps the form',
    () => {
      let fixes = 0;
      fc.assert(
        fc.property(generated, fc.nat(), fc.nat(), (g, kind, nth) => {
          const { form, plan } = build(g);
          // Damage a drafter does, at the value level; the form is then the generator's.
          const damaged = structuredClone(plan) as Record<string, unknown> & { indicators: Indicator[]; articles?: Array<{ label?: string }>; document?: { title?: string } };
          const targets = viewPlan(damaged).targets.filter((s) => typeof s.target.wording === 'string' && typeof s.target.value === 'number');
          const t = targets[nth % Math.max(1, targets.length)]?.target;
          switch (kind % 5) {
            case 0:
              if (t) t.value = t.value! + 1; // value-wording: value from the wording
              break;
            case 1:
              if (t) t.op = t.op === '<' ? '>=' : '<'; // comparator-wording
              break;
            case 2:
              if (t) t.wording = t.wording!.replace(/(\d),(\d)/, '$1.$2').replace(/(\d)%/, '$1 %'); // number-convention, target-spacing
              break;
            case 3:
              if (damaged.document?.title) damaged.document.title = damaged.document.title.replace('2025', '2024'); // year-mismatch
              break;
            default:
              if (damaged.articles?.[0]?.label) damaged.articles[0].label = 'Điều 3.'; // label-sequence
          }
          const text = writePlan(damaged, form);
          const { model, diagnostics } = analyzeText(text, 'plans/ha-noi/2025.yaml');
          const lines = new LineMap(text);
          for (const d of diagnostics) {
            if (!d.fix?.length) continue;
            fixes++;
            const out = applyTextEdits(text, d.fix);
            const where = `${d.code} fix ${JSON.stringify(d.fix)}\n${report(form, text)}`;
            expect(() => valueOf(out), where).not.toThrow();
            const edits = d.fix.map((e: TextEdit) => [lines.offset(e.range.start), lines.offset(e.range.end)] as const);
            for (const p of differences(valueOf(text), valueOf(out))) {
              const span = model.sourceMap.get(p);
              const covered = span && edits.some(([s, e]) => s >= span.value[0] && e <= span.value[1]);
              expect(covered ? p : `${p}: changed, not covered by the fix`, where).toBe(p);
            }
            expect(formProblems(text, out), where).toEqual([]);
          }
        }),
        params,
      );
      expect(fixes).toBeGreaterThan(0);
    },
    TIMEOUT,
  );

  it(
    'set a whole target (filled from a wording, last year’s kept, carried into a narrative): that target and nothing else',
    () => {
      let written = 0;
      fc.assert(
        fc.property(generated, fc.nat(), fc.nat(), fc.boolean(), (g, k, w, narrative) => {
          const { form, plan, text } = build(g);
          const model = buildModel('plans/ha-noi/2025.yaml', parseYaml(text));
          const view = viewPlan(plan);
          const sites = view.targets.filter((s) => (narrative ? s.owner === 'narrative' : s.owner !== 'amendment') && model.sourceMap.get(s.pointer));
          const wordings = view.targets.map((s) => s.target.wording).filter((x): x is string => typeof x === 'string');
          if (sites.length === 0 || wordings.length === 0) return;
          const site = sites[k % sites.length]!;
          const target = targetFromWording(wordings[w % wordings.length]!) ?? { placeholder: true };
          const oldWording = site.target.wording;
          const owner = site.pointer.replace(/\/target$/, '');
          const r = narrative ? restateTarget(model, owner, target, oldWording) : setTarget(model, site.pointer, target);
          if (!r.ok) {
            // A comment inside a block target would go (refused, never lost); an alias reuses a value inside it.
            const allowed = (r.refusal.key === 'writer.lost-comment' && form.comments) || form.aliases !== 'none';
            expect(allowed ? 'allowed' : r.refusal.key, `${site.pointer}\n${report(form, text)}`).toBe('allowed');
            return;
          }
          written++;
          const out = applyTextEdits(text, r.edits);
          const expected = valueOf(text) as Record<string, unknown>;
          const at = owner.split('/').slice(1).reduce<Record<string, unknown>>((o, s) => o[s] as Record<string, unknown>, expected);
          at.target = JSON.parse(JSON.stringify(target));
          if (narrative && typeof at.text === 'string' && oldWording && target.wording && oldWording !== target.wording && at.text.split(oldWording).length === 2) at.text = at.text.replace(oldWording, target.wording);
          expect(valueOf(out), `${site.pointer}\n${report(form, text)}`).toEqual(expected);
          expect(formProblems(text, out), report(form, text)).toEqual([]);
        }),
        params,
      );
      expect(written).toBeGreaterThan(0);
    },
    TIMEOUT,
  );

  it('a value written for block or flow context reads back as the same value', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.double(), fc.integer(), fc.boolean()), (v) => {
        expect(parse(`k: ${scalar(v)}\n`).k).toEqual(v);
        expect(parse(`{ k: ${flowScalar(v)}, x: 1 }`).k).toEqual(v);
        expect(parse(`[ ${flowScalar(v)} ]`)[0]).toEqual(v);
      }),
      { ...params, numRuns: params.numRuns * 10 },
    );
  });
});
