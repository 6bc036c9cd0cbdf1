// The YAML fast path against the yaml package, its oracle: on the real plans (which must take
// the fast path), on random edits of them and on generated documents of the subset (where it
// may decline, but whatever it returns must be exactly yaml's value and spans), and construct
// by construct. FUZZ_RUNS / FUZZ_SEED as in src/fuzz.test.ts; `npm run fuzz -- 20000
// src/parse/fastYaml.test.ts` runs long.
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { editedText, fuzzParameters } from '../testing/fuzzEdits.js';
import { REPO_ROOT } from '../testing/realPlans.js';
import { fastParse } from './fastYaml.js';
import { MAX_SLOW_PATH_LINES, parseYaml } from './parseYaml.js';
import { spansOfDocument, type Span, type Spans } from './spans.js';

const { generatePlan } = (await import(pathToFileURL(join(REPO_ROOT, 'packages/schema/bench/generatePlan.mjs')).href)) as {
  generatePlan: (count: number) => string;
};

// ─── the oracle ─────────────────────────────────────────────────────────────────────────────

interface Parsed {
  value: unknown;
  spans: Spans;
}

/** What parseYaml's yaml path computes, with every error and warning yaml reports. */
function viaYaml(text: string): Parsed & { problems: string[] } {
  const doc = parseDocument(text, { version: '1.2', schema: 'core', merge: false, uniqueKeys: true });
  const problems = [...doc.errors, ...doc.warnings].map((p) => p.code as string);
  let value: unknown;
  try {
    value = doc.toJS();
  } catch (e) {
    problems.push(`toJS: ${(e as Error).message}`);
  }
  return { value, spans: spansOfDocument(doc), problems };
}

const sortedSpans = (spans: Spans): Array<[string, Span]> => [...spans].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/** How the fast path's result differs from yaml's (undefined: identical). */
function difference(text: string, fast: Parsed): string | undefined {
  const yaml = viaYaml(text);
  if (yaml.problems.length > 0) return `the fast path accepted a text yaml reports (${yaml.problems.join(', ')})`;
  if (!isDeepStrictEqual(fast.value, yaml.value)) return `values differ:\n fast ${JSON.stringify(fast.value)}\n yaml ${JSON.stringify(yaml.value)}`;
  if (fast.spans.size !== yaml.spans.size) {
    const extra = [...fast.spans.keys()].filter((k) => !yaml.spans.has(k));
    const missing = [...yaml.spans.keys()].filter((k) => !fast.spans.has(k));
    return `pointers differ: extra ${JSON.stringify(extra.slice(0, 5))}, missing ${JSON.stringify(missing.slice(0, 5))}`;
  }
  for (const [pointer, span] of yaml.spans) {
    const got = fast.spans.get(pointer);
    if (!isDeepStrictEqual(got, span)) return `span of ${JSON.stringify(pointer)}: fast ${JSON.stringify(got)}, yaml ${JSON.stringify(span)}`;
  }
  return undefined;
}

/** The fast path takes `text` and agrees with yaml on it. */
function expectSame(text: string): Parsed {
  const fast = fastParse(text);
  expect(fast, 'the fast path declined').toBeDefined();
  expect(difference(text, fast!)).toBeUndefined();
  return fast!;
}

/** Declined or identical: the property every input must have. */
function agreesOrDeclines(text: string): boolean {
  const fast = fastParse(text);
  if (!fast) return false;
  const d = difference(text, fast);
  if (d) throw new Error(`${d}\ntext: ${JSON.stringify(text)}`);
  return true;
}

const span = (value: [number, number], key?: [number, number]): Span => (key ? { key, value } : { value });

// ─── the real plans ─────────────────────────────────────────────────────────────────────────

function realPlans(): Array<{ name: string; text: string }> {
  const root = join(REPO_ROOT, 'plans');
  const out: Array<{ name: string; text: string }> = [];
  for (const j of readdirSync(root, { withFileTypes: true }))
    if (j.isDirectory())
      for (const f of readdirSync(join(root, j.name)).sort())
        if (/\.ya?ml$/.test(f)) out.push({ name: `${j.name}/${f}`, text: readFileSync(join(root, j.name, f), 'utf8') });
  return out;
}
const PLANS = realPlans();
const PLAN_2025 = PLANS.find((p) => p.name === 'ha-noi/2025.yaml')!.text;

describe('the real plans take the fast path, with yaml’s value and spans', () => {
  it('finds the plans', () => {
    expect(PLANS.map((p) => p.name)).toContain('ha-noi/2025.yaml');
  });

  for (const { name, text } of PLANS) {
    it(name, () => {
      const fast = expectSame(text);
      // Every node has its span: even the plans known in part (2024, 2026) have several hundred;
      // the invented example of a merged province (plans/vi-du-*) is three short files.
      expect(fast.spans.size).toBeGreaterThan(name.startsWith('vi-du-') ? 50 : 300);
    });
  }

  it('the 2025 plan with CRLF line endings and a byte-order mark', () => {
    expectSame(PLAN_2025.replace(/\n/g, '\r\n'));
    expectSame('\uFEFF' + PLAN_2025);
    expectSame('\uFEFF' + PLAN_2025.replace(/\n/g, '\r\n'));
  });

  it('the 2025 plan in yaml’s own formatting: the generated 1.000-indicator plan', () => {
    expectSame(generatePlan(1_000));
  });

  it('the generated 10.000-indicator plan', { timeout: 120_000 }, () => {
    const fast = expectSame(generatePlan(10_000));
    expect((fast.value as { indicators: unknown[] }).indicators).toHaveLength(10_000);
  });

  it('parseYaml returns the fast result for a clean plan, and yaml’s diagnostics for a broken one', () => {
    const clean = parseYaml(PLAN_2025);
    expect(clean.diagnostics).toEqual([]);
    const yaml = viaYaml(PLAN_2025);
    expect(clean.value).toStrictEqual(yaml.value);
    expect(sortedSpans(clean.spans)).toStrictEqual(sortedSpans(yaml.spans));

    const broken = PLAN_2025.replace('year: 2025', 'year: [2025');
    expect(fastParse(broken)).toBeUndefined();
    expect(parseYaml(broken).diagnostics.map((d) => d.code)).toContain('yaml-syntax');
    const duplicate = PLAN_2025.replace('year: 2025', 'year: 2025\nyear: 2026');
    expect(parseYaml(duplicate).diagnostics.map((d) => d.code)).toEqual(['yaml-duplicate-key']);
  });

  it('each parse starts afresh: one that declined deep inside leaves nothing for the next', () => {
    const first = fastParse(PLAN_2025)!;
    const cut = PLAN_2025.lastIndexOf('\n  - id: ');
    expect(cut).toBeGreaterThan(0);
    expect(fastParse(PLAN_2025.slice(0, cut) + '\n  - id: [x\n')).toBeUndefined();
    const again = fastParse(PLAN_2025)!;
    expect(again.value).toStrictEqual(first.value);
    expect(sortedSpans(again.spans)).toStrictEqual(sortedSpans(first.spans));
  });

  it('KEHOACH_YAML_FAST_PATH=off sends every text to yaml (the bench compares both)', () => {
    const long = generatePlan(1_500); // over MAX_SLOW_PATH_LINES: only the fast path reads it
    expect(long.split('\n').length).toBeGreaterThan(MAX_SLOW_PATH_LINES);
    expect(parseYaml(long).diagnostics).toEqual([]);
    process.env.KEHOACH_YAML_FAST_PATH = 'off';
    try {
      expect(parseYaml(long).diagnostics.map((d) => d.code)).toEqual(['file-too-complex']);
      const slow = parseYaml(PLAN_2025);
      expect(slow.diagnostics).toEqual([]);
      expect(sortedSpans(slow.spans)).toStrictEqual(sortedSpans(fastParse(PLAN_2025)!.spans));
    } finally {
      delete process.env.KEHOACH_YAML_FAST_PATH;
    }
  });
});

// ─── constructs ─────────────────────────────────────────────────────────────────────────────

describe('constructs of the subset', () => {
  it('block mappings and sequences, with exact spans', () => {
    const { value, spans } = expectSame('a: 1\nb:\n  c: x\n  d:\n    - y\n    - z: 2\n      w: 3\n');
    expect(value).toStrictEqual({ a: 1, b: { c: 'x', d: ['y', { z: 2, w: 3 }] } });
    expect(spans.get('')).toEqual(span([0, 50]));
    expect(spans.get('/a')).toEqual(span([3, 4], [0, 1]));
    expect(spans.get('/b/d/1')).toEqual(span([34, 50]));
    expect(spans.get('/b/d/1/w')).toEqual(span([48, 49], [45, 46]));
  });

  it('sequences at their key’s indent and under it; compact maps in sequences', () => {
    expectSame('a:\n- x\n- y\nb: 1\n');
    expectSame('a:\n  - x\n  - y\nb: 1\n');
    expectSame('- id: a\n  n: 1\n- id: b\n  n: 2\n');
    expectSame('x:\n  a:\n  - 1\n  - 2\n  b:\n    - id: q\n      k: [1]\n');
    expectSame('-   spaced: 1\n    more: 2\n');
    expectSame('- a\n- b\n');
  });

  it('plain scalars resolve by the YAML 1.2 core schema', () => {
    const words = ['null', 'Null', 'NULL', '~', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE', 'yes', 'no', 'on', 'nULL', 'tRUE'];
    const numbers = ['0', '-0', '+5', '007', '0o17', '0o8', '0x1F', '0xG', '1.5', '.5', '1.', '-.5', '1e3', '1.5E-2', '+1e+3', '.inf', '-.Inf', '+.INF', '.nan', '.NaN', '.NAN', '1_000', '1,5', '2024-12-10', '12:30', '0b101', '1e', '.', '+', '-1-'];
    const text = [...words, ...numbers].map((w, i) => `k${i}: ${w}\n`).join('');
    const { value } = expectSame(text);
    const v = value as Record<string, unknown>;
    expect(v.k0).toBeNull();
    expect(v.k3).toBeNull();
    expect(v.k4).toBe(true);
    expect(v.k10).toBe('yes');
    expect(Object.is(v[`k${words.length + 1}`], -0)).toBe(true);
    expect(v[`k${words.length + 4}`]).toBe(15);
    expect(v[`k${words.length + 6}`]).toBe(31);
    expect(v[`k${words.length + 18}`]).toBeNaN();
    expect(v[`k${words.length + 22}`]).toBe('1,5');
    expect(v[`k${words.length + 23}`]).toBe('2024-12-10');
    expectSame('- 6,5% trở lên\n- dưới 4,5%\n- a:b\n- a#b\n- http://x.y/z?q=1#f\n- (1)\n- x [y] {z}, w\n- -5\n- --x\n- 4.670 nhà ở\n');
  });

  it('double- and single-quoted scalars, escapes included', () => {
    const { value } = expectSame('a: "6,5% trở lên"\nb: ">="\nc: ""\nd: \'\'\ne: \'it\'\'s\'\nf: "q\\"b\\\\s\\/"\ng: "\\t\\n\\r\\0\\a\\b\\e\\f\\v\\N\\_\\L\\P\\ "\nh: "\\x41\\u00e9\\U0001F600"\ni: "a # b"\n"j k": 1\n\'l\': 2\nm: "  pad  "\n');
    expect(value).toMatchObject({ a: '6,5% trở lên', c: '', d: '', e: "it's", f: 'q"b\\s/', h: 'Aé😀', i: 'a # b', 'j k': 1, l: 2, m: '  pad  ' });
  });

  it('flow mappings and sequences, nested, with a trailing comma', () => {
    const { value, spans } = expectSame('t: { wording: "6,5% trở lên", kind: level, op: ">=", value: 6.5, unit: "%" }\np: [ a, b ]\nq: [a, [b, c], {d: e}]\nr: {}\ns: [ ]\nu: [a, b,]\nv: {a: 1, }\nw: { "q k": 1, \'s\': [x] }\n');
    expect(value).toMatchObject({ t: { op: '>=', value: 6.5 }, p: ['a', 'b'], q: ['a', ['b', 'c'], { d: 'e' }], r: {}, s: [], u: ['a', 'b'] });
    expect(spans.get('/t/op')).toEqual(span([47, 51], [43, 45]));
  });

  it('block scalars: | and > with clip, strip and keep chomping', () => {
    for (const header of ['|', '|-', '|+', '>', '>-', '>+'])
      for (const body of [
        '  one\n  two\n',
        '  one\n\n  two\n',
        '  one\n\n\n  two\n\n\n',
        '  one\n    more\n  two\n',
        '  one\n    more\n\n    more\n  two\n',
        '  one\n  \n    \n  two\n',
        '  x\n\n    y\n\n  z\n   \n',
        '  one\n  # not a comment\n',
        '\n  after a blank line\n',
        '   three\n   spaces\n',
        '  last line without a break',
        '  one\r\n\r\n  two\r\n',
      ]) {
        expectSame(`a: ${header}\n${body}`);
        expectSame(`a: ${header}\n${body}b: 1\n`);
        expectSame(`a: ${header}  # c\n${body}# after\nb: 1\n`);
        expectSame(`- ${header}\n${body}- x\n`);
        if (body.endsWith('\n')) expectSame(`x:\n  - k: ${header}\n${body.replace(/^(?=.)/gm, '    ')}  - y\n`);
      }
  });

  it('empty values and empty items are null, spanned where yaml puts them', () => {
    const { value, spans } = expectSame('a:\nb:   # c\nc:\n  - \n  -\n  - # c\nd:\n');
    expect(value).toStrictEqual({ a: null, b: null, c: [null, null, null], d: null });
    expect(spans.get('/a')).toEqual(span([2, 2], [0, 1]));
    expect(spans.get('/b')).toEqual(span([8, 8], [3, 4]));
    expect(spans.get('/c/0')).toEqual(span([19, 19]));
  });

  it('comments anywhere a line may hold one, and blank lines', () => {
    expectSame('# head\n\n# more\na: 1 # c\n\n  # indented\n# col 0\nb:\n  # before\n  c: 2\n    # deeper, merged into the value\n\n      # deeper again\n  # at c’s indent\n# col 0\nd: [x]  # after flow\n    # deeper\n');
    expectSame('x:\n  a:\n    b: 1\n    # stays in the inner map\nd: 1\n');
    expectSame('x:\n  a:\n    b: 1\n  # moves to the middle map\nd: 1\n');
    expectSame('x:\n  a:\n    b:\n# an empty value’s comment\nd: 1\n');
    expectSame('- a\n# between items\n-\n- b\n  # deeper\n');
    expectSame('- a: 1\n  # in the compact map\n-\n');
    expectSame('a:\n  - x\n  # c\n');
    expectSame('a:\n- x\n  # c\nb: 1\n');
    expectSame('a: 1\n   \n  # c\n   \n');
  });

  it('--- at the top, a BOM, CRLF, no final line break', () => {
    expectSame('---\na: 1\n');
    expectSame('# c\n--- # c\n\na: 1');
    expectSame('\uFEFF---\r\na: 1\r\nb:\r\n  - x\r\n');
    expectSame('\uFEFFa: |\r\n  x\r\n\r\nb: 2');
    expectSame('\uFEFF# c\n- a\n');
  });

  it('keys: quoted, with spaces, slashes and tildes in pointers, before a spaced colon', () => {
    const { spans } = expectSame('"a/b": 1\nc~d: 2\n\'e f\' : 3\ng h   : 4\ntoString: 5\nconstructor: 6\n');
    expect(spans.get('/a~1b')).toEqual(span([7, 8], [0, 5]));
    expect(spans.get('/c~0d')).toEqual(span([14, 15], [9, 12]));
    expect(spans.get('/g h')).toBeDefined();
  });
});

// ─── what the fast path leaves to yaml ──────────────────────────────────────────────────────

describe('the fast path declines everything outside the subset', () => {
  const cases: Record<string, string[]> = {
    'tabs anywhere': ['a:\n\tb: 1\n', 'a: x\ty\n', 'a: 1\t# c\n', 'a: "\t"\n'],
    'anchors, aliases, tags': ['a: &x 1\nb: *x\n', 'a: !!str 1\n', 'a: !t x\n', '- &a x\n', 'a: [&x 1]\n'],
    directives: ['%YAML 1.2\n---\na: 1\n', '%TAG ! tag:x:\n---\na: 1\n'],
    'complex keys': ['? a\n: 1\n', '[a]: 1\n', '{a: 1}: 2\n', '- ? a\n'],
    'duplicate keys': ['a: 1\na: 2\n', 'a: 1\n"a": 2\n', 'x: {a: 1, a: 2}\n', '- a: 1\n  a: 2\n'],
    'non-string, merge and __proto__ keys': ['1: a\n', 'null: a\n', '~: a\n', 'true: a\n', '1.5: a\n', '<<: {a: 1}\n', '__proto__: 1\n', 'x: {1: a}\n', ': a\n'],
    'several documents and document ends': ['a: 1\n---\nb: 2\n', 'a: 1\n...\n', '---\n---\na: 1\n', 'a: 1\n--- x\n'],
    'multi-line scalars and flow collections': ['a: x\n  y\n', 'a: x\n\n  y\n', 'a: "x\n  y"\n', "a: 'x\n  y'\n", 'a: [x,\n  y]\n', 'a: {x: 1,\n  y: 2}\n', '- x\n  y\n'],
    'block scalar edge cases': ['a: |2\n   x\n', 'a: |-2\n  x\n', 'a: |\nb: 1\n', 'a: >\n', 'a: |\n\n', 'a: |\n    x\n  y\n', 'a: |\n     \n  x\n', 'a: |#c\n  x\n', 'a: |x\n  y\n'],
    'malformed documents': ['a: [1\n', 'a: {b: 1\n', 'a: ]\n', 'a: "x\n', "a: 'x\n", 'a: b: c\n', 'a: 1\n b: 2\n', 'a:\n  b: 1\n c: 2\n', '- a\nb: 1\n', 'a: 1\n- b\n', 'a: "x"y\n', 'a: "x"#c\n', 'a: [x]y\n', 'a: "\\q"\n', 'a: "\\xZZ"\n', 'a: "\\U00110000"\n', 'a: x:\n', '  a: 1\n'],
    'plain scalars starting with an indicator': ['a: - x\n', 'a: -\n', 'a: ? x\n', 'a: :x\n', 'a: %x\n', 'a: @x\n', 'a: `x\n', 'a: ,x\n', 'a: }\n', 'a: |x\n', '- [-]\n', '- {a: -}\n'],
    'flow oddities': ['a: {b}\n', 'a: {b:}\n', 'a: {b: }\n', 'a: {"b":1}\n', 'a: [b: 1]\n', 'a: [, b]\n', 'a: {, b: 1}\n', 'a: [a # c\n', 'a: [a, , b]\n'],
    'nested collections under a bare "-"': ['-\n  a: 1\n', '-\n  - x\n', '- - x\n', 'a:\n  x\n'],
    'control characters and odd line breaks': ['a: x\u0000\n', 'a: x\ry\n', 'a: x\r', 'a: \u2028\n', 'a: \u0085\n', 'a: x\uFEFF\n', 'a: \u007f\n'],
    'no content': ['# only a comment\n', '---\n', '\uFEFF', '\n\n'],
    'a sequence right after the byte-order mark (yaml reports it)': ['\uFEFF- a\n', '\uFEFF- a: 1\n'],
    'scalars and flow collections at the root': ['just text\n', '[a, b]\n', '{a: 1}\n', '"x"\n', '|\n  x\n'],
    'nesting deeper than the limit': [Array.from({ length: 210 }, (_, i) => ' '.repeat(i) + 'k:').join('\n') + ' 1\n', 'a: ' + '['.repeat(205) + ']'.repeat(205) + '\n'],
    'keys longer than 1000 characters': ['k'.repeat(1001) + ': 1\n'],
  };
  for (const [what, texts] of Object.entries(cases))
    it(what, () => {
      for (const text of texts) expect(fastParse(text), JSON.stringify(text)).toBeUndefined();
    });

  it('nesting up to the limit is fine', () => {
    expectSame(Array.from({ length: 150 }, (_, i) => ' '.repeat(i) + 'k:').join('\n') + ' 1\n');
    expectSame('a: ' + '['.repeat(150) + ']'.repeat(150) + '\n');
  });
});

// ─── differential fuzzing ───────────────────────────────────────────────────────────────────

const params = fuzzParameters(1500);
const TIMEOUT = Math.max(5 * 60_000, params.numRuns * 200);

/** Windows of the real plans (from an item's `- id:` line, dedented), small enough to run yaml thousands of times. */
function planWindows(): string[] {
  const out: string[] = [];
  for (const { text } of PLANS) {
    const lines = text.split('\n');
    lines.forEach((line, i) => {
      if (!/^\s*- id:/.test(line) || i % 3 !== 0) return;
      const indent = line.length - line.trimStart().length;
      const window: string[] = [];
      let whole = 1; // lines up to the last complete item
      for (let k = i; k < lines.length && window.length < 24; k++) {
        const l = lines[k]!;
        const li = l.length - l.trimStart().length;
        if (l.trim() && li < indent) {
          whole = window.length;
          break;
        }
        if (k > i && li === indent && l.trimStart().startsWith('- ')) whole = window.length;
        window.push(l.slice(Math.min(indent, li)));
      }
      if (window.length < 24) whole = window.length;
      out.push(window.slice(0, whole).join('\n') + '\n');
    });
    // The head of the file, up to a top-level key.
    let head = 30;
    while (head > 1 && !/^[^\s#]/.test(lines[head] ?? '')) head--;
    out.push(lines.slice(0, head).join('\n') + '\n');
  }
  return out;
}
const WINDOWS = planWindows();

/** Characters rich in YAML syntax, and Vietnamese. */
const ALPHABET = [':', ': ', '-', '- ', '#', ' #', '"', "'", '{', '}', '[', ']', ',', '|', '>', ' ', '  ', '\n', '\r\n', '\t', '&', '*', '!', '?', '%', '\\', '0', '1', '5', '.', 'e', 'ệ', 'Đ', 'ư', 'ơ', 'x'];
const charEdit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 3 }), insert: fc.array(fc.constantFrom(...ALPHABET), { maxLength: 3 }).map((a) => a.join('')) });
const charEdited = fc.record({ source: fc.constantFrom(...WINDOWS), edits: fc.array(charEdit, { minLength: 1, maxLength: 3 }) }).map(({ source, edits }) =>
  edits.reduce((t, e) => {
    const at = e.at % (t.length + 1);
    return t.slice(0, at) + e.insert + t.slice(at + e.remove);
  }, source),
);

describe('fuzz: the fast path agrees with yaml or declines', () => {
  it('the windows of the real plans themselves take the fast path', () => {
    expect(WINDOWS.length).toBeGreaterThan(20);
    for (const w of WINDOWS) expectSame(w);
  });

  it('character edits of the real plans (YAML punctuation, tabs, line breaks, Vietnamese)', { timeout: TIMEOUT }, () => {
    let taken = 0;
    fc.assert(
      fc.property(charEdited, (text) => {
        if (agreesOrDeclines(text)) taken++;
      }),
      params,
    );
    // Not vacuous: most single edits keep the text in the subset.
    if (process.env.FAST_YAML_STATS) console.log(`fast path taken ${taken} of ${params.numRuns}`);
    expect(taken).toBeGreaterThan(params.numRuns * 0.2);
  });

  it('the engine fuzzer’s edits of the real plans (fragments, line moves, bad bytes)', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(editedText(WINDOWS, 3), ({ text }) => {
        agreesOrDeclines(text);
      }),
      params,
    );
  });

  it('edits of the whole 2025 plan', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(editedText([PLAN_2025], 2), ({ text }) => {
        agreesOrDeclines(text);
      }),
      { ...params, numRuns: Math.max(10, Math.round(params.numRuns / 50)) },
    );
  });

  it('generated documents of the subset (and a little beyond)', { timeout: TIMEOUT }, () => {
    let taken = 0;
    fc.assert(
      fc.property(documentArb, (text) => {
        if (agreesOrDeclines(text)) taken++;
      }),
      params,
    );
    if (process.env.FAST_YAML_STATS) console.log(`fast path taken ${taken} of ${params.numRuns}`);
    expect(taken).toBeGreaterThan(params.numRuns * 0.2);
  });
});

// ─── a generator of documents in (and around) the subset ───────────────────────────────────

type Gap = Array<{ kind: 'blank' | 'spaces' | 'comment'; delta: number }>;
type Node =
  | { t: 'leaf'; sep: string; text: string; comment: string }
  | { t: 'empty'; comment: string }
  | { t: 'block'; header: string; comment: string; step: number; body: Array<{ extra: number; text: string }> }
  | { t: 'map'; step: number; entries: Array<{ key: string; value: Node; gap: Gap }> }
  | { t: 'seq'; step: number; atKeyIndent: boolean; items: Array<{ value: Node; gap: Gap }> };

/** Mostly scalars of the subset, sometimes something yaml alone must judge. */
const scalarText = fc.oneof(
  {
    weight: 12,
    arbitrary: fc.constantFrom(
      'a', 'id-1', 'x y', 'Thành phố Hà Nội', '6,5% trở lên', 'dưới 4,5%', 'a:b', 'a#b', 'http://x.y/z', '2024-12-10', '(1)', 'a, b', 'x [y] {z}',
      '1', '-2', '+3', '0o17', '0x1F', '007', '1.5', '.5', '1.', '1e3', '-1.5E-2', '.inf', '-.INF', '.NaN', 'null', 'Null', '~', 'true', 'FALSE', 'yes',
      '4.670 nhà ở', 'e\u0301', '😀', "it's", 'a"b', '--x', '-x',
      '"6,5% trở lên"', '">="', '"%"', '""', "''", "'it''s'", '"a\\"b\\\\c"', '"\\t\\u00e9\\x41\\U0001F600"', '"a # b"', '"x: y"', "'# no'", '"1"', '" lead"',
      '[]', '{}', '[a, b]', '[ a, "b", 1 ]', '{ a: 1, b: "x" }', '{ wording: "6,5% trở lên", kind: level, op: ">=", value: 6.5, unit: "%" }', '[a, [b, c], {d: e}]', '[a,]', '{ "q": 1, \'s\': [x] }',
    ),
  },
  { weight: 3, arbitrary: fc.stringMatching(/^[a-zđệ0-9][a-zđệ0-9 .,:#%/-]{0,10}$/) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('&a x', '*a', '!t x', '[a: b]', '{a}', '{a:1}', 'a: b', '-', '? x', ':x', '@x', '%x', ',x', 'a\tb', '"\\q"', '"open', "'open", '[a', '{a: 1', '[a]]', '"a"b', '|x', '{a: 1, a: 2}'),
  },
);
const keyText = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom('id', 'name', 'a', 'b', 'c', 'target', 'x y', 'x/y', 't~1', '"q k"', "'s k'", '"1"', 'toString', 'é', 'Tỷ lệ', 'a:b', 'k-1', 'value', 'parts', 'spaced  ') },
  { weight: 1, arbitrary: fc.constantFrom('1', 'null', 'true', '<<', '__proto__', '~', '? k', '&a k', '[k]', '"k\\q"', 'k\tk') },
);
const trailingComment = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('', '', '', '   ', ' # c', '  # kehoach-disable-next-line x', ' #') },
  { weight: 1, arbitrary: fc.constant('#c') },
);
const gapArb: fc.Arbitrary<Gap> = fc.array(
  fc.record({ kind: fc.constantFrom('blank', 'spaces', 'comment', 'comment'), delta: fc.integer({ min: -6, max: 6 }) }) as fc.Arbitrary<Gap[number]>,
  { maxLength: 3 },
);
const blockLine = fc.record({ extra: fc.constantFrom(0, 0, 0, 0, 0, 0, 1, 2, 4, -1), text: fc.constantFrom('one', 'two words', '', '', '# hash', '   ') });
const { map: mapArb, seq: seqArb } = fc.letrec<{ node: Node; leaf: Node; empty: Node; block: Node; map: Node; seq: Node }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, tie('leaf'), tie('leaf'), tie('empty'), tie('block'), tie('map'), tie('seq')),
  leaf: fc.record({ t: fc.constant('leaf' as const), sep: fc.constantFrom(' ', ' ', ' ', '   '), text: scalarText, comment: trailingComment }),
  empty: fc.record({ t: fc.constant('empty' as const), comment: trailingComment }),
  block: fc.record({
    t: fc.constant('block' as const),
    header: fc.oneof({ weight: 8, arbitrary: fc.constantFrom('|', '|-', '|+', '>', '>-', '>+') }, { weight: 1, arbitrary: fc.constantFrom('|2', '>1-', '|x') }),
    comment: trailingComment,
    step: fc.constantFrom(1, 2, 2, 4),
    body: fc.array(blockLine, { minLength: 1, maxLength: 5 }),
  }),
  map: fc.record({
    t: fc.constant('map' as const),
    step: fc.constantFrom(1, 2, 2, 2, 4),
    entries: fc.uniqueArray(fc.record({ key: keyText, value: tie('node'), gap: gapArb }), { minLength: 1, maxLength: 4, selector: (e) => e.key }),
  }),
  seq: fc.record({
    t: fc.constant('seq' as const),
    step: fc.constantFrom(2, 2, 4),
    atKeyIndent: fc.boolean(),
    items: fc.array(fc.record({ value: tie('node'), gap: gapArb }), { minLength: 1, maxLength: 4 }),
  }),
}));

function renderGap(gap: Gap, indent: number, out: string[]) {
  for (const g of gap) {
    const pad = ' '.repeat(Math.max(0, indent + g.delta));
    out.push(g.kind === 'blank' ? '' : g.kind === 'spaces' ? pad : `${pad}# gap`);
  }
}

/** `head` is the line so far (`key:` or `-`), `indent` the indent of the collection it is in. */
function renderValue(node: Node, head: string, indent: number, out: string[]) {
  switch (node.t) {
    case 'leaf':
      out.push(`${head}${node.sep}${node.text}${node.comment}`);
      return;
    case 'empty':
      out.push(head + node.comment);
      return;
    case 'block':
      out.push(`${head} ${node.header}${node.comment}`);
      for (const l of node.body) out.push(l.text === '' ? '' : ' '.repeat(Math.max(0, indent + node.step + l.extra)) + l.text);
      return;
    case 'map':
      if (head.trimStart() === '-') {
        renderMap(node, indent + 2, out, head + ' ');
        return;
      }
      out.push(head);
      renderMap(node, indent + node.step, out);
      return;
    case 'seq':
      out.push(head);
      renderSeq(node, head.trimStart() === '-' || !node.atKeyIndent ? indent + node.step : indent, out);
  }
}

function renderMap(node: Extract<Node, { t: 'map' }>, indent: number, out: string[], firstPrefix?: string) {
  node.entries.forEach((e, i) => {
    const prefix = i === 0 && firstPrefix !== undefined ? firstPrefix : ' '.repeat(indent);
    renderValue(e.value, `${prefix}${e.key}:`, indent, out);
    renderGap(e.gap, indent, out);
  });
}

function renderSeq(node: Extract<Node, { t: 'seq' }>, indent: number, out: string[]) {
  for (const it of node.items) {
    renderValue(it.value, `${' '.repeat(indent)}-`, indent, out);
    renderGap(it.gap, indent, out);
  }
}

const documentArb = fc
  .record({
    root: fc.oneof({ weight: 3, arbitrary: mapArb }, { weight: 1, arbitrary: seqArb }),
    prefix: fc.constantFrom('', '', '', '# head\n', '---\n', '\uFEFF', '\uFEFF# c\n--- # c\n\n'),
    crlf: fc.boolean(),
    finalBreak: fc.constantFrom(true, true, false),
  })
  .map(({ root, prefix, crlf, finalBreak }) => {
    const out: string[] = [];
    if (root.t === 'map') renderMap(root, 0, out);
    else if (root.t === 'seq') renderSeq(root, 0, out);
    let text = prefix + out.join('\n') + (finalBreak ? '\n' : '');
    if (crlf) text = text.replace(/\r?\n/g, '\r\n');
    return text;
  });
