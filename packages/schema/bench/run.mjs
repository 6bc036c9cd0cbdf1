// `npm run bench`: this project against the tools people would otherwise use, side by side, in
// one run on one machine. Medians over repeated runs (warm-up excluded), the candidates
// interleaved run by run so that load on the machine falls on both alike.
//
//   1. full diagnostics (YAML, schema, every rule: analyzeText) vs yaml-language-server's own
//      language service (doValidation, configured with plan.schema.json), on the 2025 plan and a
//      generated plan of 10.000 indicators. Goal: at most half its time.
//   2. `kehoach validate DIR` vs `ajv validate` (ajv-cli, same schema) on the same 1.000
//      generated plan files, whole processes. Goal: at least 3× faster.
//   3. the full check vs a bare parse by the `yaml` package (parseDocument) of the same text.
//      Goal: within 2×.
//   4. peak memory (RSS) of one full check in a fresh process, beside yaml-language-server's.
//   5. the extension's rows (hover and completion latency, activation, bundle size), from
//      packages/extension/bench/features.mjs when it exists (see EXTENSION CONTRACT below).
//   6. hostile inputs (bench/hostile.mjs): the time the engine takes to answer each.
//   7. the YAML fast path on and off (bench/fastPath.mjs): an editor keystroke on the 2025 plan
//      and the 2026 draft, and `kehoach validate` of 60 plans. Kept while it saves > 20%.
//
// Prints one table and writes bench-results/bench.json. `--quick`: fewer runs and 100 files,
// to check that the bench works (its figures are not for the record; no JSON is written).
//
// EXTENSION CONTRACT. packages/extension/bench/features.mjs exports
//   async function benchFeatures(ctx): Promise<Row[]>
// with ctx = { cases, sample, yls, repoRoot, quick }:
//   cases   [{ name, path, uri, text }]: the 2025 plan and the 10.000-indicator plan
//   sample  async (fns: Record<string, () => unknown>, { runs, warmup, budgetMs }) =>
//           Record<string, { median, p90, runs }>: interleaved medians, in ms
//   yls     yaml-language-server configured with plan.schema.json: { hover(text, uri, pos),
//           complete(text, uri, pos), validate(text, uri), service, document(text, uri) }
// and Row = { metric, case, value, unit ('ms'|'KiB'|'MiB'), reference?: { name, value },
//             goal?: string, met?: boolean, runs?: number }.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, totalmem, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseDocument } from 'yaml';
import { analyzeText } from '../dist/index.js';
import { benchFastPath } from './fastPath.mjs';
import { writeCorpus } from './generateCorpus.mjs';
import { generatePlan, PLAN_2025 } from './generatePlan.mjs';
import { hostileCases } from './hostile.mjs';
import { createYls, SCHEMA_PATH, ylsVersion } from './yls.mjs';

const require = createRequire(import.meta.url);
const here = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = join(here, '../../..');
const quick = process.argv.includes('--quick');
const FILES = quick ? 100 : 1000;
const KEHOACH_BIN = join(here, '../bin/kehoach.js');
const ajvPackage = require.resolve('ajv-cli/package.json');
const AJV_BIN = join(dirname(ajvPackage), require(ajvPackage).bin.ajv);
const AJV_VERSION = require(ajvPackage).version;
const YLS_VERSION = ylsVersion();

const scratch = mkdtempSync(join(tmpdir(), 'kehoach-bench-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

// ---------------------------------------------------------------------------------------------
// Sampling

/** Round-robin runs of every function; medians and p90 in ms. Stops at `runs`, or at the time budget once 5 runs are in. */
async function sample(fns, { runs, warmup = 2, budgetMs = Infinity }) {
  const names = Object.keys(fns);
  for (let i = 0; i < warmup; i++) for (const n of names) await fns[n]();
  const times = Object.fromEntries(names.map((n) => [n, []]));
  const start = performance.now();
  for (let i = 0; i < runs; i++) {
    for (const n of names) {
      const t0 = performance.now();
      await fns[n]();
      times[n].push(performance.now() - t0);
    }
    if (i + 1 >= 5 && performance.now() - start > budgetMs) break;
  }
  return Object.fromEntries(
    names.map((n) => {
      const ts = times[n].sort((a, b) => a - b);
      return [n, { median: median(ts), p90: ts[Math.min(ts.length - 1, Math.floor(ts.length * 0.9))], runs: ts.length }];
    }),
  );
}

function median(sorted) {
  const m = sorted.length >> 1;
  return sorted.length % 2 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
}

// ---------------------------------------------------------------------------------------------
// Cases

const text2025 = readFileSync(PLAN_2025, 'utf8');
const generated = generatePlan(quick ? 2000 : 10_000);
const generatedPath = join(scratch, 'generated.yaml');
writeFileSync(generatedPath, generated);
const cases = [
  { name: 'plans/ha-noi/2025.yaml', path: PLAN_2025, uri: pathToFileURL(PLAN_2025).href, text: text2025, runs: quick ? 10 : 40 },
  {
    name: `generated, ${quick ? '2.000' : '10.000'} indicators`,
    path: generatedPath,
    // Beside the real plans, so that its `$schema` modeline resolves for yaml-language-server too.
    uri: pathToFileURL(join(repoRoot, 'plans/ha-noi/generated.yaml')).href,
    text: generated,
    runs: quick ? 3 : 9,
    budgetMs: 60_000,
  },
];
const kib = (s) => Buffer.byteLength(s) / 1024;
const sizeOf = (c) => (kib(c.text) > 2048 ? `${(kib(c.text) / 1024).toFixed(1)} MiB` : `${kib(c.text).toFixed(0)} KiB`);

const rows = [];
const notes = [];
const yls = createYls();

// 1 and 3: full check vs yaml-language-server vs a bare parse, in this process.
for (const c of cases) {
  const ours = analyzeText(c.text, c.path).diagnostics;
  const theirs = await yls.validate(c.text, c.uri);
  const tally = (ds, sev) => ds.filter((d) => d.severity === sev).length;
  notes.push(
    `${c.name}: kehoach reports ${tally(ours, 'error')} errors, ${tally(ours, 'warning')} warnings (${ours.length} diagnostics); ` +
      `yaml-language-server ${theirs.length} diagnostics${theirs.length ? ` (first: ${theirs[0].message})` : ''}.`,
  );
  const s = await sample(
    {
      kehoach: () => analyzeText(c.text, c.path),
      yls: () => yls.validate(c.text, c.uri),
      parse: () => parseDocument(c.text),
    },
    { runs: c.runs, warmup: 2, budgetMs: c.budgetMs },
  );
  rows.push({
    id: 'full-vs-yls',
    comparison: `full diagnostics vs yaml-language-server ${YLS_VERSION} (doValidation)`,
    case: `${c.name} (${sizeOf(c)})`,
    kehoach: s.kehoach,
    reference: s.yls,
    unit: 'ms',
    ratio: s.kehoach.median / s.yls.median,
    goal: '≤ 0.5×',
    met: s.kehoach.median <= 0.5 * s.yls.median,
    diagnostics: { kehoach: ours.length, yls: theirs.length },
  });
  rows.push({
    id: 'full-vs-parse',
    comparison: 'full check vs bare `yaml` parseDocument',
    case: `${c.name} (${sizeOf(c)})`,
    kehoach: s.kehoach,
    reference: s.parse,
    unit: 'ms',
    ratio: s.kehoach.median / s.parse.median,
    goal: '≤ 2×',
    met: s.kehoach.median <= 2 * s.parse.median,
  });
}

// 2: whole processes on the same files.
const corpus = join(scratch, 'corpus');
const corpusBytes = writeCorpus(corpus, FILES);
const CORPUS_FILES = FILES + 1; // the plans and the 2024 plan they name as baseline

function runKehoach(dir) {
  return spawnSync(process.execPath, [KEHOACH_BIN, 'validate', dir, '--lang', 'en'], { encoding: 'utf8', maxBuffer: 1 << 28 });
}
function runAjv(pattern) {
  return spawnSync(process.execPath, [AJV_BIN, 'validate', '--spec=draft2020', '--strict=false', '--all-errors', '-s', SCHEMA_PATH, '-d', pattern], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
}
const ajvValid = (r) => (r.stdout + r.stderr).split('\n').filter((l) => / valid$/.test(l)).length;
const kehoachFiles = (r) => Number(/(\d[\d,]*) file\(s\)/.exec(r.stdout)?.[1]?.replace(/,/g, '') ?? NaN);

// Honesty first: both tools must see every file, find them valid, and fail a broken one.
{
  const k = runKehoach(corpus);
  const a = runAjv(join(corpus, '*.yaml'));
  if (k.status !== 0 || kehoachFiles(k) !== CORPUS_FILES) throw new Error(`kehoach validate did not pass ${CORPUS_FILES} files:\n${k.stdout}${k.stderr}`);
  if (a.status !== 0 || ajvValid(a) !== CORPUS_FILES) throw new Error(`ajv-cli did not pass ${CORPUS_FILES} files:\n${(a.stdout + a.stderr).slice(0, 2000)}`);
  const broken = join(scratch, 'broken');
  mkdirSync(broken);
  writeFileSync(join(broken, 'plan.yaml'), text2025.replace('direction: higher', 'direcion: higher'));
  if (runKehoach(broken).status !== 1) throw new Error('kehoach validate passed a broken plan');
  if (runAjv(join(broken, '*.yaml')).status === 0) throw new Error('ajv-cli passed a broken plan');
  notes.push(`${CORPUS_FILES} files (${FILES} plans and their 2024 baseline): both tools validated all ${CORPUS_FILES} (exit 0) and both reject a plan with an unknown key (exit ≠ 0).`);
}
{
  const s = await sample(
    { kehoach: () => runKehoach(corpus), ajv: () => runAjv(join(corpus, '*.yaml')) },
    { runs: quick ? 1 : 5, warmup: 0, budgetMs: 150_000 },
  );
  rows.push({
    id: 'validate-vs-ajv-cli',
    comparison: `\`kehoach validate\` vs \`ajv validate\` (ajv-cli ${AJV_VERSION}), whole processes`,
    case: `${FILES} plan files and their baseline (${(corpusBytes / 2 ** 20).toFixed(0)} MiB)`,
    kehoach: s.kehoach,
    reference: s.ajv,
    unit: 'ms',
    ratio: s.kehoach.median / s.ajv.median,
    goal: '≤ 0.33× (3× faster)',
    met: 3 * s.kehoach.median <= s.ajv.median,
  });
}

// 4: peak memory, fresh processes.
for (const c of cases) {
  const peak = (engine) =>
    JSON.parse(execFileSync(process.execPath, [join(here, 'peak.mjs'), engine, c.path, c.uri], { encoding: 'utf8', maxBuffer: 1 << 26 }));
  const ours = peak('kehoach');
  const theirs = peak('yls');
  rows.push({
    id: 'peak-rss',
    comparison: 'peak RSS of one full check, fresh process, vs yaml-language-server',
    case: `${c.name} (${sizeOf(c)})`,
    kehoach: { median: ours.peakRssMiB, runs: 1 },
    reference: { median: theirs.peakRssMiB, runs: 1 },
    unit: 'MiB',
    ratio: ours.peakRssMiB / theirs.peakRssMiB,
    goal: '—',
    met: undefined,
    bareNodeMiB: ours.baselineRssMiB,
  });
}

// 7: the YAML fast path, on and off.
const fastPath = await benchFastPath({ sample, quick, scratch, kehoachBin: KEHOACH_BIN });

// 6: hostile inputs, time to the answer (the tests check the answer itself).
const hostile = [];
for (const h of hostileCases()) {
  const text = h.text();
  const s = await sample({ kehoach: () => analyzeText(text, 'hostile.yaml') }, { runs: quick ? 1 : 3, warmup: 1 });
  const first = analyzeText(text, 'hostile.yaml').diagnostics[0];
  hostile.push({ case: h.name, bytes: Buffer.byteLength(text), medianMs: s.kehoach.median, first: first?.code ?? '(none)', met: s.kehoach.median < 1000 });
}

// ---------------------------------------------------------------------------------------------
// Output

const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
};
const ORDER = ['full-vs-yls', 'validate-vs-ajv-cli', 'full-vs-parse', 'peak-rss'];
rows.sort((a, b) => ORDER.indexOf(a.id) - ORDER.indexOf(b.id));
const MIB = 2 ** 20;
const fmt = (v, unit) => (unit === 'MiB' ? `${v.toFixed(1)} MiB` : v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(1)} ms`);
const mark = (met) => (met === undefined ? '' : met ? '✓' : '✗');
const lines = [
  `kehoach bench: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, node ${machine.node}${quick ? ' (QUICK: not for the record)' : ''}`,
  '',
  '| comparison | case | kehoach | reference | ratio | goal | met |',
  '|---|---|---|---|---|---|---|',
  ...rows.map(
    (r) =>
      `| ${r.comparison} | ${r.case} | ${fmt(r.kehoach.median, r.unit)} | ${fmt(r.reference.median, r.unit)} | ${r.ratio.toFixed(2)}× | ${r.goal} | ${mark(r.met)} |`,
  ),
  '',
  'Times are medians (runs: ' +
    [...new Set(rows.filter((r) => r.unit === 'ms').map((r) => `${r.kehoach.runs}`))].join(', ') +
    ', after warm-up); ratio = kehoach ÷ reference.',
  ...notes.map((n) => `- ${n}`),
];
console.log(lines.join('\n'));

console.log('\nHostile input: time to the answer (analyzeText, median of ' + (quick ? 1 : 3) + '; goal well under a second)\n');
console.log('| input | size | answer (first diagnostic) | time | < 1 s |\n|---|---|---|---|---|');
for (const h of hostile)
  console.log(`| ${h.case} | ${h.bytes >= MIB ? `${(h.bytes / MIB).toFixed(1)} MiB` : `${(h.bytes / 1024).toFixed(0)} KiB`} | ${h.first} | ${fmt(h.medianMs, 'ms')} | ${mark(h.met)} |`);

console.log('\nYAML fast path (src/parse/fastYaml.ts) on, and off (KEHOACH_YAML_FAST_PATH=off: the yaml package reads every text)\n');
console.log('| where | case | fast path | yaml only | ratio | saved | > 20% |\n|---|---|---|---|---|---|---|');
for (const r of fastPath)
  console.log(
    `| ${r.where} | ${r.case} | ${fmt(r.on.median, 'ms')} | ${fmt(r.off.median, 'ms')} | ${r.ratio.toFixed(2)}× | ${((1 - r.ratio) * 100).toFixed(0)}% | ${mark(r.ratio < 0.8)} |`,
  );
console.log(`(medians of ${[...new Set(fastPath.map((r) => r.on.runs))].join(', ')} runs; ratio = fast path ÷ yaml only)`);

// 5: the extension's rows, a separate table.
const extension = { status: 'absent', rows: [] };
const featuresModule = join(repoRoot, 'packages/extension/bench/features.mjs');
if (!existsSync(featuresModule)) {
  console.log('\nExtension rows (hover, completion, activation, bundle size): skipped, packages/extension/bench/features.mjs does not exist yet.');
} else {
  try {
    const { benchFeatures } = await import(pathToFileURL(featuresModule).href);
    extension.rows = await benchFeatures({ cases, sample, yls, repoRoot, quick });
    extension.status = 'ok';
    console.log('\nExtension (packages/extension/bench/features.mjs)\n');
    console.log('| metric | case | kehoach-vscode | reference | ratio | goal | met |\n|---|---|---|---|---|---|---|');
    for (const r of extension.rows) {
      const v = (x) => (typeof x !== 'number' || !Number.isFinite(x) ? '—' : r.unit === 'ms' ? fmt(x, 'ms') : `${x.toFixed(1)} ${r.unit}`);
      const ref = r.reference ? `${v(r.reference.value)} (${r.reference.name})` : '—';
      const ratio = r.reference && Number.isFinite(r.value / r.reference.value) ? `${(r.value / r.reference.value).toFixed(2)}×` : '—';
      console.log(`| ${r.metric} | ${r.case} | ${v(r.value)} | ${ref} | ${ratio} | ${r.goal ?? '—'} | ${mark(r.met)} |`);
    }
  } catch (e) {
    extension.status = `failed: ${e instanceof Error ? e.message : String(e)}`;
    console.log(`\nExtension rows: ${extension.status}`);
    process.exitCode = 1;
  }
}

const record = { date: new Date().toISOString(), machine, quick, versions: { yamlLanguageServer: YLS_VERSION, ajvCli: AJV_VERSION }, rows, notes, hostile, fastPath, extension };
if (quick) console.log('\n(quick run: bench-results/bench.json left as it was)');
else {
  const out = join(repoRoot, 'bench-results');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'bench.json'), JSON.stringify(record, null, 2) + '\n');
  console.log('\nwritten: bench-results/bench.json');
}
