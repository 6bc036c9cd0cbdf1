// The engine and the language features stay editor-free: only src/extension.ts (the adapter)
// may import `vscode`, so the features run the same in tests, the CLI and any editor.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
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

describe('architecture', () => {
  for (const dir of ['packages/schema/src', 'packages/extension/src/language']) {
    it(`${dir} never imports vscode`, () => {
      const files = sources(join(REPO, dir));
      expect(files.length).toBeGreaterThan(5);
      expect(files.filter((f) => VSCODE_IMPORT.test(readFileSync(f, 'utf8')))).toEqual([]);
    });
  }
});
