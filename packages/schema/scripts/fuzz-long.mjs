// `npm run fuzz [-- RUNS [TEST FILES…]]`: the fuzz suites (engine, quick fixes) with many more runs than `npm test`
// does (default 5.000 per property; FUZZ_SEED=<seed> replays a failure it prints).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [runs = process.env.FUZZ_RUNS ?? '5000', ...files] = process.argv.slice(2);
if (!/^\d+$/.test(runs)) {
  console.error(`usage: npm run fuzz -- [RUNS] [TEST FILES…]   (RUNS: a number, got “${runs}”)`);
  process.exit(2);
}
const vitestPackage = require.resolve('vitest/package.json');
const vitest = join(dirname(vitestPackage), require(vitestPackage).bin.vitest);
console.log(`fuzz: ${runs} runs per property${process.env.FUZZ_SEED ? `, seed ${process.env.FUZZ_SEED}` : ''}`);
const r = spawnSync(process.execPath, [vitest, 'run', ...(files.length ? files : ['src/fuzz.test.ts', 'src/quickFix.test.ts'])], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: runs },
});
process.exit(r.status ?? 1);
