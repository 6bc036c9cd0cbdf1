#!/usr/bin/env node
// Builds the extension: two minified bundles of src/extension.ts, each one file with the engine
// (@kehoach/schema, resolved to its TypeScript source through the "source" condition) and `yaml`
// inside, `vscode` left to the host (options: scripts/bundles.mjs):
//   dist/extension.js      Node (desktop VS Code, code-server, remote hosts)
//   dist/web/extension.js  browser (VS Code for the Web): the build fails on any Node built-in
//   dist/docx.js           the .docx writer and the `docx` library, loaded by the Node bundle on export
// and copies plan.schema.json to dist/ for contributes.yamlValidation. Prints the sizes and writes
// them to dist/sizes.json (read by bench/features.mjs).
//   node scripts/build.mjs [--no-minify]
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { docxBundle, nodeBundle, root, webBundle } from './bundles.mjs';

const require = createRequire(import.meta.url);
const minify = !process.argv.includes('--no-minify');

await Promise.all([build({ ...nodeBundle, minify }), build({ ...webBundle, minify }), build({ ...docxBundle, minify })]);

mkdirSync(join(root, 'dist'), { recursive: true });
copyFileSync(require.resolve('@kehoach/schema/plan.schema.json'), join(root, 'dist/plan.schema.json'));

const size = (file) => ({ bytes: statSync(join(root, file)).size, gzipBytes: gzipSync(readFileSync(join(root, file))).length });
const sizes = { minified: minify, node: size('dist/extension.js'), web: size('dist/web/extension.js'), docx: size('dist/docx.js') };
writeFileSync(join(root, 'dist/sizes.json'), JSON.stringify(sizes, null, 2) + '\n');
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log(
  `built dist/extension.js (${kib(sizes.node.bytes)}, gzip ${kib(sizes.node.gzipBytes)}), dist/web/extension.js (${kib(sizes.web.bytes)}, gzip ${kib(sizes.web.gzipBytes)}) and dist/docx.js, loaded on export (${kib(sizes.docx.bytes)}, gzip ${kib(sizes.docx.gzipBytes)})${minify ? '' : ', not minified'}`,
);
