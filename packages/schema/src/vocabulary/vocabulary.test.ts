// The vocabulary is what the grammar reads and what docs/plan-format.md lists: every phrase,
// kind word and attached unit is read by the grammar as what the vocabulary says it means.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatTarget, parseTarget } from '../grammar/index.js';
import { REPO_ROOT } from '../testing/realPlans.js';
import { COMPARATOR, COMPARATORS, DIRECTIONS, KINDS, SOURCE_KINDS, UNITS, vocabularyMarkdown } from './index.js';

const read = (wording: string) => {
  const r = parseTarget(wording);
  if (!r.ok) throw new Error(`${wording}: ${r.error.code}`);
  return r.target;
};

describe('comparator phrases', () => {
  const phrases = COMPARATORS.flatMap((c) => c.phrases.map((p) => ({ ...p, op: c.op })));

  it('are lower case, NFC, single-spaced, and each id and text is used once', () => {
    for (const p of phrases) expect(p.text, p.id).toBe(p.text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim());
    expect(new Set(phrases.map((p) => p.id)).size).toBe(phrases.length);
    expect(new Set(phrases.map((p) => p.text)).size).toBe(phrases.length);
  });

  it('are read by the grammar as their comparator, in any case, and written back as printed', () => {
    for (const p of phrases) {
      const wording = p.at === 'before' ? `${p.text} 5%` : `5% ${p.text}`;
      expect(read(wording), wording).toMatchObject({ kind: 'level', op: p.op, value: 5, unit: '%', form: { phrase: p.id } });
      expect(formatTarget(read(wording))).toBe(wording);
      const upper = wording.replace(/^\p{L}/u, (c) => c.toUpperCase());
      expect(read(upper).op, upper).toBe(p.op);
    }
  });

  it('that may stand before a range read "X-Y" after them as their comparator over the range', () => {
    for (const p of phrases.filter((x) => x.range)) {
      const wording = `${p.text} 30-35 sản phẩm`;
      const ast = read(wording);
      expect(ast, p.text).toMatchObject({ op: p.op, min: 30, max: 35, unit: 'sản phẩm', form: { phrase: p.id } });
      expect(ast.value).toBeUndefined();
      expect(formatTarget(ast)).toBe(wording);
    }
  });

  it('each comparator is written canonically in a way the grammar reads back as itself', () => {
    for (const c of COMPARATORS) {
      const ast = c.op === 'range' ? { kind: 'level' as const, op: c.op, min: 5, max: 6, unit: '%' } : { kind: 'level' as const, op: c.op, value: 5, unit: '%' };
      expect(read(formatTarget(ast)).op, c.op).toBe(c.op);
    }
    expect(COMPARATOR['>='].symbol).toBe('≥');
  });
});

describe('kinds, directions and units', () => {
  it('every kind word starts a target of its kind', () => {
    for (const k of KINDS) for (const w of k.words) expect(read(`${w} 5%`).kind, w).toBe(k.kind);
  });

  it('an attached unit is one sign, read against the number and written back without a space', () => {
    for (const u of UNITS.filter((x) => x.attached)) {
      expect([...u.text]).toHaveLength(1);
      expect(read(`20${u.text}`)).toMatchObject({ value: 20, unit: u.text });
      expect(formatTarget({ kind: 'level', op: '=', value: 20, unit: u.text })).toBe(`20${u.text}`);
    }
  });

  it('every entry has a Vietnamese and an English name and description', () => {
    for (const e of [...COMPARATORS, ...KINDS, ...DIRECTIONS, ...UNITS, ...SOURCE_KINDS]) {
      for (const t of [e.name, e.description]) {
        expect(t.vi.trim(), JSON.stringify(e.name)).not.toBe('');
        expect(t.en.trim(), JSON.stringify(e.name)).not.toBe('');
      }
    }
    expect(new Set(UNITS.map((u) => u.text)).size).toBe(UNITS.length);
  });

  it('names every kind of source the schema allows, in its order', () => {
    const schema = JSON.parse(readFileSync(join(REPO_ROOT, 'packages/schema/plan.schema.json'), 'utf8')) as { $defs: { source: { properties: { kind: { enum: string[] } } } } };
    expect(SOURCE_KINDS.map((s) => s.kind)).toEqual(schema.$defs.source.properties.kind.enum);
  });
});

describe('docs/plan-format.md', () => {
  const path = join(REPO_ROOT, 'docs/plan-format.md');
  const BEGIN = '<!-- vocabulary:begin -->\n';
  const END = '\n<!-- vocabulary:end -->';

  it('lists the vocabulary as generated from it', () => {
    const page = readFileSync(path, 'utf8');
    const start = page.indexOf(BEGIN);
    const end = page.indexOf(END);
    expect(start, 'the vocabulary markers').toBeGreaterThan(0);
    const expected = page.slice(0, start + BEGIN.length) + vocabularyMarkdown() + page.slice(end);
    // `npm run docs:vocabulary -w @kehoach/schema` rewrites the section.
    if (process.env.KEHOACH_WRITE_DOCS === '1' && expected !== page) writeFileSync(path, expected);
    else expect(page, 'run npm run docs:vocabulary -w @kehoach/schema').toBe(expected);
  });
});
