// The engine and the language features stay editor-free: only the adapter (src/extension.ts and
// src/adapter/*) may import `vscode`, so the features run the same in tests, the CLI and any editor.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './testing.js';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : sources(path);
    return /\.ts$/.test(name) ? [path] : [];
  });
}

const VSCODE_IMPORT = /from\s+['"]vscode['"]|require\(\s*['"]vscode['"]\s*\)|import\(\s*['"]vscode['"]\s*\)/;
/** The adapter: the only files allowed to import `vscode`. */
const ADAPTER = /^packages\/extension\/src\/(extension\.ts|adapter\/[^/]+\.ts)$/;

describe('architecture', () => {
  for (const dir of ['packages/schema/src', 'packages/extension/src/language', 'packages/extension/src/views']) {
    it(`${dir} never imports vscode`, () => {
      const files = sources(join(REPO, dir));
      expect(files.length).toBeGreaterThan(0);
      expect(files.filter((f) => VSCODE_IMPORT.test(readFileSync(f, 'utf8')))).toEqual([]);
    });
  }

  it('in packages/extension/src, only extension.ts and adapter/* import vscode', () => {
    const importing = sources(join(REPO, 'packages/extension/src'))
      .map((f) => relative(REPO, f).split('\\').join('/'))
      .filter((f) => VSCODE_IMPORT.test(readFileSync(join(REPO, f), 'utf8')));
    expect(importing.filter((f) => !ADAPTER.test(f))).toEqual([]);
    expect(importing).toContain('packages/extension/src/extension.ts');
  });

  it('the adapter loads the engine lazily: no value import of @kehoach/schema or the features outside features.ts', () => {
    for (const f of sources(join(REPO, 'packages/extension/src')).filter((x) => ADAPTER.test(relative(REPO, x).split('\\').join('/')))) {
      const text = readFileSync(f, 'utf8');
      const valueImports = [...text.matchAll(/^import\s+(?!type\b)[^;]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]);
      expect(valueImports.filter((m) => m === '@kehoach/schema' || /language\/(features|languageService)\.js$/.test(m!)), f).toEqual([]);
    }
  });

  it('vscode-languageserver-types is imported for its types only (a value import bundles all of it, 19 KiB)', () => {
    const files = sources(join(REPO, 'packages/extension/src'));
    const users = files.filter((f) => /['"]vscode-languageserver-types['"]/.test(readFileSync(f, 'utf8')));
    expect(users.map((f) => relative(REPO, f).split('\\').join('/'))).toContain('packages/extension/src/language/lsp.ts');
    for (const f of users) {
      const text = readFileSync(f, 'utf8');
      const valueImports = [...text.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+['"]vscode-languageserver-types['"]/gm)];
      expect(valueImports.map((m) => m[0]), f).toEqual([]);
    }
  });
});
