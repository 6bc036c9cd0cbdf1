#!/usr/bin/env node
// Builds the extension: two minified bundles of src/extension.ts, each one file with the engine
// (@kehoach/schema, resolved to its TypeScript source through the "source" condition) and `yaml`
// inside, `vscode` left to the host:
//   dist/extension.js      Node (desktop VS Code, code-server, remote hosts)
//   dist/web/extension.js  browser (VS Code for the Web): must pull in nothing from Node
// and copies plan.schema.json to dist/ for contributes.yamlValidation. Prints the sizes and writes
// them to dist/sizes.json (read by bench/features.mjs).
//   node scripts/build.mjs [--no-minify]
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const minify = !process.argv.includes('--no-minify');

const common = {
  absWorkingDir: root,
  entryPoints: ['src/extension.ts'],
  bundle: true,
  format: 'cjs',
  external: ['vscode'],
  conditions: ['source'],
  minify,
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
  target: 'es2022',
};

/** Fails the web build on any Node built-in: VS Code for the Web has none. */
const noNode = {
  name: 'no-node-builtins',
  setup(b) {
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    b.onResolve({ filter: /.*/ }, (args) => {
      if (builtins.has(args.path)) return { errors: [{ text: `the web bundle must not import the Node module "${args.path}" (from ${args.importer})` }] };
      return undefined;
    });
  },
};

const [node, web] = await Promise.all([
  build({ ...common, platform: 'node', outfile: 'dist/extension.js', target: 'node20' }),
  build({ ...common, platform: 'browser', outfile: 'dist/web/extension.js', plugins: [noNode] }),
]);

mkdirSync(join(root, 'dist'), { recursive: true });
copyFileSync(require.resolve('@kehoach/schema/plan.schema.json'), join(root, 'dist/plan.schema.json'));

const size = (file) => {
  const bytes = statSync(join(root, file)).size;
  return { bytes, gzipBytes: gzipSync(readFileSync(join(root, file))).length };
};
const sizes = { minified: minify, node: size('dist/extension.js'), web: size('dist/web/extension.js') };
writeFileSync(join(root, 'dist/sizes.json'), JSON.stringify(sizes, null, 2) + '\n');
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log(
  `built dist/extension.js (${kib(sizes.node.bytes)}, gzip ${kib(sizes.node.gzipBytes)}) and dist/web/extension.js (${kib(sizes.web.bytes)}, gzip ${kib(sizes.web.gzipBytes)})${minify ? '' : ' unminified'}`,
);
void node;
void web;
