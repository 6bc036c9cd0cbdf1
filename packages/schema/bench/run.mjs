// `npm run bench`: validation time (median of repeated runs) and peak memory of the full
// check on the real 2025 plan and on a generated plan of 10.000 indicators, beside the cost
// of a bare YAML parse of the same text. Writes bench-results/schema.json for the record.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import { analyzeText } from '../dist/index.js';
import { generatePlan, PLAN_2025 } from './generatePlan.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const cases = [
  { name: 'plans/ha-noi/2025.yaml', text: readFileSync(PLAN_2025, 'utf8'), runs: 60 },
  { name: 'generated, 10.000 indicators', text: generatePlan(10_000), runs: 12 },
];

function sample(fn, runs) {
  for (let i = 0; i < Math.min(5, runs); i++) fn(); // warm-up: JIT, caches
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], p90: times[Math.floor(times.length * 0.9)], runs };
}

/** Peak resident memory (MiB) of a fresh process that checks the file once. */
function peakMemory(text) {
  const file = join(tmpdir(), `kehoach-bench-${process.pid}.yaml`);
  writeFileSync(file, text);
  const out = execFileSync(process.execPath, [join(here, 'peak.mjs'), file], { encoding: 'utf8' });
  return JSON.parse(out);
}

const results = [];
for (const c of cases) {
  const full = sample(() => analyzeText(c.text, c.name), c.runs);
  const parse = sample(() => parseDocument(c.text), c.runs);
  const diagnostics = analyzeText(c.text, c.name).diagnostics.length;
  results.push({
    case: c.name,
    bytes: Buffer.byteLength(c.text),
    fullCheckMedianMs: full.median,
    fullCheckP90Ms: full.p90,
    bareParseMedianMs: parse.median,
    ratioToBareParse: full.median / parse.median,
    diagnostics,
    runs: c.runs,
    ...peakMemory(c.text),
  });
}

const fmt = (n, d = 1) => n.toFixed(d);
console.log(`kehoach bench — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB`);
console.log('| case | size | full check (median) | p90 | bare yaml parse | ratio | peak RSS (check) | peak RSS (node only) |');
console.log('|---|---|---|---|---|---|---|---|');
for (const r of results)
  console.log(
    `| ${r.case} | ${fmt(r.bytes / 1024, 0)} KiB | ${fmt(r.fullCheckMedianMs)} ms | ${fmt(r.fullCheckP90Ms)} ms | ${fmt(r.bareParseMedianMs)} ms | ${fmt(r.ratioToBareParse, 2)}× | ${fmt(r.peakRssMiB)} MiB | ${fmt(r.baselineRssMiB)} MiB |`,
  );

mkdirSync(join(here, '../../../bench-results'), { recursive: true });
writeFileSync(
  join(here, '../../../bench-results/schema.json'),
  JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: cpus().length, results }, null, 2) + '\n',
);
