// esbuild options of the extension's two bundles: scripts/build.mjs builds them, and
// src/webBundle.test.ts builds the browser one in memory to run it without Node.
import { builtinModules } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export const common = {
  absWorkingDir: root,
  entryPoints: ['src/extension.ts'],
  bundle: true,
  format: 'cjs',
  external: ['vscode'],
  // @kehoach/schema from its TypeScript source: the engine and `yaml` bundled once.
  conditions: ['source'],
  minify: true,
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
  target: 'es2022',
};

/** Fails a browser build on any Node built-in: VS Code for the Web has none. */
export const noNode = {
  name: 'no-node-builtins',
  setup(b) {
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    b.onResolve({ filter: /.*/ }, (args) => {
      if (builtins.has(args.path)) return { errors: [{ text: `the web bundle must not import the Node module "${args.path}" (from ${args.importer})` }] };
      return undefined;
    });
  },
};

// KEHOACH_WEB tells the adapter which bundle it is in (src/adapter/docxWriter.ts: the browser has no .docx writer).
export const nodeBundle = { ...common, platform: 'node', outfile: 'dist/extension.js', target: 'node20', define: { KEHOACH_WEB: 'false' } };
export const webBundle = { ...common, platform: 'browser', outfile: 'dist/web/extension.js', plugins: [noNode], define: { KEHOACH_WEB: 'true' } };
/** The .docx writer with the `docx` library, loaded by the Node bundle only when a document is exported. */
export const docxBundle = { ...common, entryPoints: ['src/docx.ts'], platform: 'node', outfile: 'dist/docx.js', target: 'node20', external: [] };
