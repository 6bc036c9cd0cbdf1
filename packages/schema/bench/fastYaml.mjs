// `node bench/fastYaml.mjs`: the YAML fast path (src/parse/fastYaml.ts) against the yaml package
// (parseDocument + toJS + spansOfDocument) on the 2025 plan and a generated 10.000-indicator plan.
// Each side runs in a fresh process (neither inherits the other's heap); prints the median wall
// time and the median process CPU time (steadier on a busy machine) of each.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [mode, dir, file, runsArg] = process.argv.slice(2);
if (mode === 'child') {
  // One side, in this process: node bench/fastYaml.mjs child <dir> <yaml|fast>:<text file> <runs>
  const [side, path] = file.split(/:(.*)/s);
  const text = readFileSync(path, 'utf8');
  const { fastParse } = await import(pathToFileURL(join(dir, 'fast.js')).href);
  const { spansOfDocument } = await import(pathToFileURL(join(dir, 'spans.js')).href);
  const { parseDocument } = await import('yaml');
  const viaYaml = () => {
    const doc = parseDocument(text, { version: '1.2', schema: 'core', merge: false, uniqueKeys: true, prettyErrors: false, keepSourceTokens: false });
    return { value: doc.toJS(), spans: spansOfDocument(doc) };
  };
  const run = side === 'yaml' ? viaYaml : () => fastParse(text);
  if (!run()) throw new Error('the fast path fell back');
  const runs = Number(runsArg);
  const wall = [];
  const cpu = [];
  for (let i = 0; i < runs + 2; i++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    run();
    const w = Number(process.hrtime.bigint() - t0) / 1e6;
    const c = process.cpuUsage(c0);
    if (i < 2) continue; // warm-up
    wall.push(w);
    cpu.push((c.user + c.system) / 1e3);
  }
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(JSON.stringify({ wall: median(wall), cpu: median(cpu) }));
  process.exit(0);
}

const { build } = await import('esbuild');
const { generatePlan, PLAN_2025 } = await import('./generatePlan.mjs');
const root = fileURLToPath(new URL('..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'kehoach-fastyaml-'));
try {
  await build({
    entryPoints: { fast: 'src/parse/fastYaml.ts', spans: 'src/parse/spans.ts' },
    outdir: out,
    absWorkingDir: root,
    bundle: true,
    format: 'esm',
    platform: 'node',
    logLevel: 'warning',
    external: ['yaml'],
  });
  // spans.js imports `yaml`: resolve it from the repository.
  symlinkSync(join(root, '../../node_modules'), join(out, 'node_modules'), 'dir');

  const cases = [
    { name: 'plans/ha-noi/2025.yaml', text: readFileSync(PLAN_2025, 'utf8'), runs: { yaml: 40, fast: 100 } },
    { name: 'generated, 10.000 indicators', text: generatePlan(10_000), runs: { yaml: 9, fast: 21 } },
  ];
  console.log(`fastYaml bench — node ${process.version}`);
  console.log('| case | size | yaml: parseDocument+toJS+spans (wall / cpu) | fastParse (wall / cpu) | speed-up (wall / cpu) |');
  console.log('|---|---|---|---|---|');
  for (const c of cases) {
    const path = join(out, 'case.yaml');
    writeFileSync(path, c.text);
    const side = (s) =>
      JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), 'child', out, `${s}:${path}`, String(c.runs[s])], { cwd: root, encoding: 'utf8' }));
    const y = side('yaml');
    const f = side('fast');
    const ms = (n) => `${n.toFixed(1)} ms`;
    console.log(
      `| ${c.name} | ${(Buffer.byteLength(c.text) / 1e6).toFixed(2)} MB | ${ms(y.wall)} / ${ms(y.cpu)} | ${ms(f.wall)} / ${ms(f.cpu)} | ×${(y.wall / f.wall).toFixed(1)} / ×${(y.cpu / f.cpu).toFixed(1)} |`,
    );
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
