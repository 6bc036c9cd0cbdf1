// The browser bundle (VS Code for the Web) runs without Node: built with the extension's own
// options (scripts/bundles.mjs) and evaluated in a sandbox that has only what a web worker has —
// no require (but `vscode`), process, Buffer, __dirname — it loads, activates, and its engine
// checks and hovers the real plans.
import { build } from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs without types
import { noNode, webBundle } from '../scripts/bundles.mjs';
import { draftFrom2025, plan2025, pos, REPO } from './language/testing.js';

/** A web-worker-like global: ECMAScript builtins (the context's own) plus the web APIs the code uses. */
function sandbox(vscode: unknown) {
  const module = { exports: {} as Record<string, unknown> };
  const context = createContext({
    module,
    exports: module.exports,
    require: (id: string) => {
      if (id === 'vscode') return vscode;
      throw new Error(`require("${id}") in the browser bundle`);
    },
    console,
    TextEncoder,
    TextDecoder,
    URL,
    performance,
    crypto: globalThis.crypto,
    setTimeout,
    clearTimeout,
    queueMicrotask,
  });
  return { module, context };
}

async function bundle(entry: string, format: 'cjs'): Promise<string> {
  const r = await build({ ...webBundle, entryPoints: [entry], outfile: undefined, write: false, sourcemap: false, metafile: false, format, plugins: [noNode] });
  return r.outputFiles![0]!.text;
}

/** A `vscode` module where every property is another stub and every call returns one (iterables empty). */
function stubModule(name = 'vscode'): unknown {
  const target = function () {};
  return new Proxy(target, {
    get: (_t, p) => (p === 'then' ? undefined : p === Symbol.iterator ? function* () {} : p === Symbol.toPrimitive ? () => name : stubModule(`${name}.${String(p)}`)),
    apply: () => stubModule(`${name}()`),
    construct: () => stubModule(`new ${name}`) as object,
  });
}

describe('the browser bundle', () => {
  it('loads and activates with nothing from Node', async () => {
    const code = await bundle('src/extension.ts', 'cjs');
    // `import * as vscode` copies the module's own keys: give it every name the adapter uses.
    const names = new Set(
      ['src/extension.ts', ...readdirSync(join(REPO, 'packages/extension/src/adapter')).map((f) => `src/adapter/${f}`)].flatMap((f) =>
        [...readFileSync(join(REPO, 'packages/extension', f), 'utf8').matchAll(/\bvscode\.(\w+)/g)].map((m) => m[1]!),
      ),
    );
    const vscode = Object.fromEntries([...names].map((n) => [n, stubModule(`vscode.${n}`)]));
    const { module, context } = sandbox(vscode);
    runInContext(code, context, { filename: 'dist/web/extension.js' });
    expect(typeof module.exports.activate).toBe('function');
    const subscriptions: unknown[] = [];
    (module.exports.activate as (context: unknown) => void)({ subscriptions, extensionUri: stubModule('extensionUri') });
    expect(subscriptions.length).toBeGreaterThan(10);
  });

  it('runs the engine and the language features on the real plans', async () => {
    const code = await bundle('src/language/features.ts', 'cjs');
    const { module, context } = sandbox(undefined);
    runInContext(code, context, { filename: 'features.js' });
    const f = module.exports as typeof import('./language/features.js');
    const base = 'https://example.org/plans/ha-noi/';
    const files: Record<string, string> = { [`${base}2025.yaml`]: plan2025 };
    const ls = f.getLanguageService({ readPlan: (uri) => files[uri] }, () => ({ lang: 'vi', docsBase: f.RULE_DOCS_BASE }));
    const draft = draftFrom2025((t) => t.replace(/  - id: cpi\n(?: {4}.*\n)+/, ''));
    const doc = { uri: `${base}2026.yaml`, getText: () => draft };
    const ds = ls.doValidation(doc);
    expect(ds.filter((d) => d.code === 'missing-indicator').map((d) => d.message)).toEqual([
      'Thiếu chỉ tiêu “cpi” (Chỉ số giá tiêu dùng) của kế hoạch năm 2025 của Thành phố Hà Nội, chỉ tiêu năm trước: dưới 4,5%. Hãy thêm lại, hoặc giữ khối và ghi dropped: { reason: … } (replacedBy: chỉ tiêu thay thế, nếu có).',
    ]);
    expect(ls.doHover(doc, pos(draft, 'grdp-growth', '  - id: grdp-growth', 1))!.contents.value).toContain('Nguyên văn Nghị quyết số 58/NQ-HĐND ngày 10/12/2024');
    const next = f.draftNextYear(plan2025, `${base}2025.yaml`);
    expect(next.ok && [next.draft.year, next.draft.target, next.draft.baseline]).toEqual([2026, `${base}2026.yaml`, './2025.yaml']);
    expect(readFileSync(join(REPO, 'packages/extension/package.json'), 'utf8')).toContain('"browser": "./dist/web/extension.js"');
  });
});
