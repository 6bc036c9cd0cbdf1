// Build: compile the schema to standalone validation code, then bundle the library and CLI.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
execFileSync(process.execPath, [join(root, 'scripts/compile-schema.mjs')], { stdio: 'inherit' });
rmSync(join(root, 'dist/chunks'), { recursive: true, force: true });

const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning', absWorkingDir: root };
// yaml ships CommonJS for Node; inside an ESM bundle it needs a real `require`.
const esmRequire = { js: "import { createRequire as __kehoachRequire } from 'node:module'; const require = __kehoachRequire(import.meta.url);" };
await Promise.all([
  // The CLI splits: each command's code is a chunk loaded when that command runs (src/cli/main.ts),
  // and `render --format docx` imports the .docx writer (and the `docx` library) only then, so
  // `validate` starts without the rest.
  build({ ...common, entryPoints: { cli: 'src/cli/bin.ts' }, outdir: 'dist', splitting: true, chunkNames: 'chunks/[name]-[hash]', format: 'esm', banner: esmRequire }),
  // `kehoach validate` spreads many files over worker threads running this (src/cli/analyzeFiles.ts).
  build({ ...common, entryPoints: ['src/cli/validateWorker.ts'], outfile: 'dist/validateWorker.js', format: 'esm', banner: esmRequire }),
  build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js', format: 'esm', banner: esmRequire }),
  build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.cjs', format: 'cjs' }),
  // The file-access policy for the CI scripts (scripts/ci): Node only, so not in the main entry.
  build({ ...common, entryPoints: ['src/node.ts'], outfile: 'dist/node.js', format: 'esm', banner: esmRequire }),
  // The .docx writer on its own (`@kehoach/schema/docx`): the `docx` library stays out of the index.
  build({ ...common, entryPoints: ['src/render/writeDocx.ts'], outfile: 'dist/docx.js', format: 'esm', banner: esmRequire }),
]);
console.log('built dist/cli.js (+ dist/chunks), dist/validateWorker.js, dist/index.js, dist/index.cjs, dist/node.js, dist/docx.js');
