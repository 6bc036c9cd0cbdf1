// The layout is the architecture: data flows one way (text → parse → model → checks →
// diagnostics → adapters), modules import no cycle, test support stays out of production code,
// and the plan is walked by the model alone.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './testing/index.js';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' || name === 'node_modules' ? [] : sources(path);
    return /\.ts$/.test(name) ? [path] : [];
  });
}

const ROOTS = ['packages/schema/src', 'packages/extension/src'].map((d) => join(REPO_ROOT, d));
const FILES = ROOTS.flatMap(sources);
const production = FILES.filter((f) => !/\.test\.ts$/.test(f) && !/[\\/]testing(\.ts|[\\/])/.test(f));
const rel = (f: string) => relative(REPO_ROOT, f).split('\\').join('/');

/** Relative imports of a file (type-only included: a cycle of types is still a tangle). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;'"]*?from\s+['"](\.[^'"]+)['"]/g)) {
    out.push(resolve(dirname(file), m[1]!.replace(/\.js$/, '.ts')));
  }
  for (const m of text.matchAll(/(?:^|\n)\s*import\s+['"](\.[^'"]+)['"]/g)) out.push(resolve(dirname(file), m[1]!.replace(/\.js$/, '.ts')));
  for (const m of text.matchAll(/import\(\s*['"](\.[^'"]+)['"]\s*\)/g)) out.push(resolve(dirname(file), m[1]!.replace(/\.js$/, '.ts')));
  return out;
}

describe('architecture', () => {
  it('production code never imports test support (testing/, *.test.ts)', () => {
    const offenders = production.filter((f) => {
      const text = readFileSync(f, 'utf8');
      return /from\s+['"][^'"]*(\/testing(\/|\.js|['"])|@kehoach\/schema\/testing|\.test\.js)/.test(text);
    });
    expect(offenders.map(rel)).toEqual([]);
  });

  it('no import cycles between modules', () => {
    const graph = new Map(FILES.map((f) => [f, importsOf(f).filter((t) => FILES.includes(t))]));
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (f: string, path: string[]) => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'open') {
        cycles.push([...path.slice(path.indexOf(f)), f].map(rel).join(' → '));
        return;
      }
      state.set(f, 'open');
      for (const t of graph.get(f) ?? []) visit(t, [...path, f]);
      state.set(f, 'done');
    };
    for (const f of FILES) visit(f, []);
    expect(cycles).toEqual([]);
  });

  it('the engine does not import its adapters: nothing below cli/ is imported by the engine', () => {
    const engine = production.filter((f) => rel(f).startsWith('packages/schema/src/') && !rel(f).startsWith('packages/schema/src/cli/'));
    const offenders = engine.filter((f) => importsOf(f).some((t) => rel(t).startsWith('packages/schema/src/cli/')));
    expect(offenders.map(rel)).toEqual([]);
  });
});
