// The Hà Nội 2025 resolution, imported without hand edits, against the plan encoded by hand
// (plans/ha-noi/2025.yaml): it validates, renders back to the source, holds the same 25
// indicators and clause tree and at least 90% of the narrative targets. The official openings
// of 2024 and 2026 (web tables, cut off mid-word) import and render back too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { analyzeText } from '../engine.js';
import type { Indicator, Plan } from '../model/types.js';
import { renderIndicator } from '../render/render.js';
import { buildDocument, type Block, type Para } from '../render/document.js';
import { blockLines } from '../render/writeText.js';
import { REPO_ROOT, readPlan } from '../testing/realPlans.js';
import { importResolution } from './importResolution.js';

const SOURCE_2025 = readFileSync(join(REPO_ROOT, 'plans/ha-noi/sources/2025-58-NQ-HDND.txt'), 'utf8');
const reference = parse(readPlan('ha-noi/2025')) as Plan;

/** The official excerpt ([S1]) of a partial source file. */
export function officialOpening(file: string): string {
  const lines = readFileSync(join(REPO_ROOT, 'plans/ha-noi/sources', file), 'utf8').split('\n');
  const start = lines.findIndex((l) => l.startsWith('--- [S1]'));
  const end = lines.findIndex((l, i) => i > start && l.startsWith('--- [S'));
  return lines.slice(start + 1, end).join('\n');
}

/** Trim each line, collapse runs of spaces, drop blank lines: the web layout's whitespace aside. */
const normalise = (text: string) =>
  text
    .split(/\r?\n/u)
    .map((l) => l.trim().replace(/[ \t]+/gu, ' '))
    .filter((l) => l !== '');

/** The rendered text as a web copy prints it: no layout-only lines, each indicator as its appendix line. */
function asPublished(p: Plan): string[] {
  const printed = p.indicators.filter((i) => !i.dropped && !i.unconfirmed);
  return buildDocument(p).blocks.flatMap((b: Block) => {
    if (b.kind === 'table') return printed.map(renderIndicator);
    if (b.kind === 'layout') {
      const published = (ps: Para[]) => ps.filter((q) => !['issuer', 'motto', 'motto-sub', 'signer-authority'].includes(q.style));
      return blockLines({ ...b, rows: b.rows.map(([l, r]): [Para[], Para[]] => [published(l), published(r)]) });
    }
    return blockLines(b);
  });
}

function imported(text: string) {
  const r = importResolution(text);
  if (!r.ok) throw new Error(`not imported: ${JSON.stringify(r.problems)}`);
  return { ...r, plan: parse(r.text) as Plan };
}

/** Each clause: id → label and text, the tree's shape in the ids. */
function clauseTree(p: Plan): string[] {
  const out: string[] = [];
  const walk = (c: { id: string; label?: string; heading?: string; paragraphs?: { id: string; text: string }[]; items?: unknown[] }) => {
    out.push(`${c.id} ${c.label ?? ''} ${c.heading ?? ''}`);
    for (const q of c.paragraphs ?? []) out.push(`${q.id} ${q.text}`);
    for (const it of (c.items ?? []) as (typeof c)[]) walk(it);
  };
  for (const a of [...(p.articles ?? []), ...(p.items ?? [])]) walk(a as Parameters<typeof walk>[0]);
  return out.map((s) => s.replace(/\s+/gu, ' ').trim());
}

const targetsOf = (i: Indicator) => [...(i.target ? [i.target] : []), ...(i.parts ?? []).map((x) => x.target)];
const values = (t: { value?: number; min?: number; max?: number; op?: string }) => ({ op: t.op, value: t.value, min: t.min, max: t.max });

describe('kehoach import: Hà Nội 2025 (58/NQ-HĐND)', () => {
  const r = imported(SOURCE_2025);

  it('validates: no error, and only the warnings the hand-made plan suppresses (a label printed twice, two spacings)', () => {
    const ds = analyzeText(r.text, 'plans/ha-noi/2025.yaml').diagnostics;
    expect(ds.filter((d) => d.severity === 'error')).toEqual([]);
    expect(ds.map((d) => d.code).sort()).toEqual(['label-sequence', 'target-spacing', 'target-spacing']);
  });

  it('renders back to the source text (whitespace aside)', () => {
    expect(normalise(asPublished(r.plan).join('\n'))).toEqual(normalise(SOURCE_2025));
  });

  it('holds the 25 appendix indicators with the same numbers, names, wordings and values', () => {
    const mine = r.plan.indicators;
    const theirs = reference.indicators.filter((i) => !i.dropped && !i.unconfirmed);
    expect(mine).toHaveLength(25);
    expect(mine.map((i) => [i.number, i.nameInText === false ? i.parts![0]!.name : i.name])).toEqual(theirs.map((i) => [i.number, i.name]));
    expect(mine.map((i) => targetsOf(i).map((t) => t.wording))).toEqual(theirs.map((i) => targetsOf(i).map((t) => t.wording)));
    expect(mine.map((i) => targetsOf(i).map(values))).toEqual(theirs.map((i) => targetsOf(i).map(values)));
    expect(mine.map((i) => (i.parts ?? []).map((x) => [x.label, x.name]))).toEqual(theirs.map((i) => (i.parts ?? []).map((x) => [x.label, x.name])));
  });

  it('has the same clause tree: ids, labels, headings and paragraphs', () => {
    expect(clauseTree(r.plan)).toEqual(clauseTree(reference));
    expect(r.plan.document.legalBases).toEqual(reference.document.legalBases);
    expect(r.plan.document.closing).toEqual(reference.document.closing);
    expect(r.plan.document.recipients).toEqual(reference.document.recipients);
    expect(r.plan.document.signature).toEqual(reference.document.signature);
  });

  it('finds at least 90% of the narrative targets (same clause, same wording, same values)', () => {
    const mine = r.plan.narrativeTargets ?? [];
    const key = (n: { clause: string; target: { wording?: string } }) => `${n.clause} ${n.target.wording}`;
    const found = new Set(mine.map(key));
    const theirs = reference.narrativeTargets ?? [];
    const misses = theirs.filter((n) => !found.has(key(n)));
    const extra = mine.filter((n) => !theirs.some((t) => key(t) === key(n)));
    console.log(`narrative targets: ${theirs.length - misses.length} of ${theirs.length} found; misses: ${misses.map((n) => `${n.id} “${n.target.wording}”`).join(', ') || 'none'}; ${extra.length} more found: ${extra.map((n) => `“${n.target.wording}”`).join(', ')}`);
    expect(theirs.length - misses.length).toBeGreaterThanOrEqual(Math.ceil(theirs.length * 0.9));
  });

  it('takes ids, units and directions from the catalogue, and links a narrative only to the indicator it restates', () => {
    const theirs = reference.indicators.filter((i) => !i.dropped && !i.unconfirmed);
    const sameId = r.plan.indicators.filter((i, k) => i.id === theirs[k]!.id);
    // A link compared by the indicator's number: the one id not in the catalogue differs.
    const numberOf = (p: Plan, ref: string | undefined) => (ref === undefined ? undefined : p.indicators.find((i) => i.id === ref.split('/')[0])?.number);
    const refLink = new Map((reference.narrativeTargets ?? []).map((n) => [`${n.clause} ${n.target.wording}`, numberOf(reference, n.indicator)]));
    const mine = (r.plan.narrativeTargets ?? []).filter((n) => refLink.has(`${n.clause} ${n.target.wording}`));
    const linked = mine.filter((n) => n.indicator !== undefined);
    const agreeing = linked.filter((n) => refLink.get(`${n.clause} ${n.target.wording}`) === numberOf(r.plan, n.indicator));
    const refLinked = mine.filter((n) => refLink.get(`${n.clause} ${n.target.wording}`) !== undefined);
    console.log(`catalogue ids: ${sameId.length} of 25 as in plans/ha-noi/2025.yaml; links: ${linked.length} made, ${agreeing.length} as the hand-made plan's, of its ${refLinked.length}`);
    expect(sameId.length).toBeGreaterThanOrEqual(20);
    for (const i of sameId) expect(i.direction, i.id).toBe(theirs.find((x) => x.id === i.id)!.direction);
    expect(agreeing).toEqual(linked);
  });
});

describe.each([
  ['2024', '2024-31-NQ-HDND-partial.txt'],
  ['2026', '2026-482-NQ-HDND-partial.txt'],
])('kehoach import: the official opening of Hà Nội %s', (_year, file) => {
  const excerpt = officialOpening(file);
  const r = imported(excerpt);

  it('validates, marked truncated where the excerpt stops', () => {
    expect(analyzeText(r.text, 'plan.yaml').diagnostics).toEqual([]);
    expect(r.plan.document.truncated?.at).toBeTruthy();
    expect(r.problems.map((p) => p.code)).toContain('import-truncated');
  });

  it('renders back to the excerpt: every line of it in order; added only the layout’s own lines and the cut mark', () => {
    const site = new Set(r.problems.filter((p) => p.code === 'import-site-metadata').map((p) => p.text!.replace(/\s+/gu, ' ')));
    const theirs = normalise(excerpt.replace(/\s*\[(\.\.\.|…)\]\s*$/u, ''))
      .flatMap((l) => l.split('|').map((c) => c.trim()))
      .filter((l) => l !== '' && !/^-{3,}$/u.test(l) && !site.has(l))
      // The plan keeps the date as 2023-12-06; render prints it without leading zeros.
      .map((l) => l.replace(/ngày 0(\d) tháng 0?(\d)/u, 'ngày $1 tháng $2'));
    const mine = normalise(buildDocument(r.plan).blocks.flatMap(blockLines).join('\n'));
    // The web copy breaks a table cell over lines ("HỘI ĐỒNG NHÂN" / "DÂN"): compare the words in order.
    const words = (ls: string[]) => ls.join(' ').split(' ');
    const layout = new Set(['HỘI ĐỒNG NHÂN DÂN', 'THÀNH PHỐ HÀ NỘI', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '[…]', r.plan.document.type]);
    const rest = [...mine];
    for (const w of words(theirs)) {
      // Skip the layout's own lines the excerpt leaves out, then the word must come next.
      while (rest.length > 0 && !rest[0]!.startsWith(w) && layout.has(rest[0]!)) rest.shift();
      expect(rest.length, w).toBeGreaterThan(0);
      expect(rest[0]!.startsWith(w), `${w} ≠ ${rest[0]}`).toBe(true);
      rest[0] = rest[0]!.slice(w.length).trimStart();
      if (rest[0] === '') rest.shift();
    }
    expect(rest.filter((l) => !layout.has(l))).toEqual([]);
  });
});
