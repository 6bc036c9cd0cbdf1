// The real plans' content, checked with the grammar: every structured target says what its
// verbatim wording says, for the appendix indicators, their parts and the body's targets. The
// 2024 and 2026 plans, known in part, are checked against their sources: the official text
// verbatim, every other target traceable to the source it cites.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { analyzeText } from './engine.js';
import { parseTarget, sameMeaning, toTarget } from './grammar/index.js';
import type { Plan, Target } from './model/types.js';
import { planPath, readPlan, REPO_ROOT } from './testing/realPlans.js';

const plan = parse(readPlan('ha-noi/2025')) as Plan;

function meaningOf(wording: string) {
  const r = parseTarget(wording);
  if (!r.ok) throw new Error(`“${wording}” does not parse: ${r.error.code} at ${r.error.start}`);
  return toTarget(r.target, wording);
}

const appendixTargets: Array<[string, Target]> = plan.indicators.filter((i) => !i.dropped).flatMap((i) =>
  i.parts ? i.parts.map((p): [string, Target] => [`${i.id}/${p.id}`, p.target]) : [[i.id, i.target!] as [string, Target]],
);

describe('plans/ha-noi/2025.yaml appendix', () => {
  it('has 25 indicators and 17 parts (and 2024’s school share, dropped: replaced by counts of schools)', () => {
    expect(plan.indicators.filter((i) => !i.dropped)).toHaveLength(25);
    expect(plan.indicators.filter((i) => i.dropped).map((i) => [i.id, i.dropped!.replacedBy])).toEqual([['public-schools-national-standard-rate', 'public-schools-national-standard']]);
    expect(plan.indicators.flatMap((i) => i.parts ?? [])).toHaveLength(17);
  });

  it.each(appendixTargets)('%s: the structured target is what the wording says', (_id, target) => {
    expect(target.wording).toBeTruthy();
    expect(sameMeaning(meaningOf(target.wording!), target)).toBe(true);
  });
});

describe('plans/ha-noi/2025.yaml narrative targets', () => {
  const targets = plan.narrativeTargets ?? [];
  it('has the several dozen quantified targets of the body', () => {
    expect(targets.length).toBeGreaterThanOrEqual(50);
  });

  it.each(targets.map((t): [string, Target] => [t.id, t.target]))('%s: the structured target is what the wording says', (_id, target) => {
    expect(sameMeaning(meaningOf(target.wording!), target)).toBe(true);
  });
});

/** The source file's section for [S#]: from its "--- [S#]" line to the next section's. */
function section(source: string, ref: string): string {
  const start = source.indexOf(`--- [${ref}]`);
  if (start < 0) return '';
  const end = source.indexOf('\n--- [', start + 4);
  return source.slice(start, end < 0 ? undefined : end);
}

const flat = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

describe.each([
  ['2024', 'sources/2024-31-NQ-HDND-partial.txt', { declared: 24, listed: 21 }],
  ['2026', 'sources/2026-482-NQ-HDND-partial.txt', { declared: 26, listed: 10 }],
])('plans/ha-noi/%s.yaml, known in part', (year, sourceFile, counts) => {
  const p = parse(readPlan(`ha-noi/${year}`)) as Plan;
  const source = readFileSync(join(REPO_ROOT, 'plans/ha-noi', sourceFile), 'utf8');
  const official = flat(section(source, 'S1'));
  const targets = p.indicators.flatMap((i) => [...(i.target ? [[i.id, i.target] as const] : []), ...(i.parts ?? []).map((x) => [`${i.id}/${x.id}`, x.target] as const)]);

  it('is marked truncated, and every official text in it is the source’s, verbatim', () => {
    expect(p.document.truncated?.note).toBeTruthy();
    const texts = [...(p.document.legalBases ?? []).map((x) => x.text), ...(p.articles ?? []).flatMap((a) => [a.heading ?? '', ...(a.items ?? []).flatMap((it) => [it.heading ?? '', ...(it.paragraphs ?? []).map((x) => x.text)])]), ...(p.items ?? []).flatMap((it) => [it.heading ?? '', ...(it.paragraphs ?? []).map((x) => x.text)])];
    expect(texts.length).toBeGreaterThan(3);
    for (const t of texts) expect(official, t).toContain(flat(t));
    expect(official).toContain(`Số: ${p.document.number}`);
  });

  it('lists the sources of the file, and every known target cites one whose text quotes it', () => {
    expect(p.sources!.map((x) => x.id)).toEqual(['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8']);
    for (const [id, t] of targets) {
      if (t.unknown) continue;
      expect(t.source?.ref, id).toBeDefined();
      expect(['press', 'peoples-committee']).toContain(t.source!.kind);
      expect(section(source, t.source!.ref!), id).toContain(t.wording!);
    }
  });

  it('has the declared count, the indicators known, and says what it does not know', () => {
    expect(p.declaredIndicatorCount!.value).toBe(counts.declared);
    expect(p.indicators.filter((i) => !i.dropped && !i.unconfirmed)).toHaveLength(counts.listed);
  });

  it.each(targets.filter(([, t]) => !t.unknown).map(([id, t]) => [id, t] as [string, Target]))('%s: the structured target is what the wording says', (_id, target) => {
    // A wording that writes no unit ("giảm 380") leaves it to the unit field (rules: unit-missing).
    const read = meaningOf(target.wording!);
    expect(sameMeaning(read.unit === undefined ? { ...read, ...(target.unit ? { unit: target.unit } : {}) } : read, target)).toBe(true);
  });
});

describe('the Hà Nội series 2024 → 2025 → 2026', () => {
  const disk = { readPlan: (path: string) => { try { return readFileSync(path, 'utf8'); } catch { return undefined; } } };
  it.each(['2024', '2025', '2026'])('%s validates with no diagnostic at all, each against the year before', (year) => {
    const r = analyzeText(readPlan(`ha-noi/${year}`), planPath(`ha-noi/${year}`), { workspace: disk });
    expect(r.diagnostics).toEqual([]);
    expect(r.baselines.map((b) => b.uri)).toEqual(year === '2024' ? [] : [planPath(`ha-noi/${Number(year) - 1}`)]);
  });

  it('2026: GRDP 11%, investment an amount (730.000 tỷ đồng) replacing its growth rate', () => {
    const p = parse(readPlan('ha-noi/2026')) as Plan;
    const byId = new Map(p.indicators.map((i) => [i.id, i]));
    expect(byId.get('grdp-growth')!.target).toMatchObject({ op: '=', value: 11, unit: '%', source: { kind: 'press' } });
    expect(byId.get('investment')!.target).toMatchObject({ value: 730000, unit: 'tỷ đồng' });
    expect(byId.get('investment-growth')!.dropped!.replacedBy).toBe('investment');
  });
});
