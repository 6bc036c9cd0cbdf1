// `npm run bench:against -- DIR`: this checkout against another one (DIR, e.g. a worktree at an
// older commit, built with `npm ci && npm run build`), in ONE process, the two interleaved run by
// run so that load on a shared machine falls on both alike. For "no regression" claims: the
// figure that counts is the ratio (this / other), not the milliseconds.
//
// Rows: the editor's features (diagnostics of a new text, hover, completion at an id and at a
// unit, and a drafter's keystroke, stray "}" and opening of next year's draft) on the 2025 plan
// and a generated 10.000-indicator plan, and `kehoach validate` of the 2025 plan as a whole process.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generatePlan, PLAN_2025 } from './generatePlan.mjs';
import { draftOf, loadFeatures, positionOf } from '../../extension/bench/features.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const THIS = resolve(here, '../../..');
const args = process.argv.slice(2);
const planAt = args.indexOf('--plan');
// The plan both checkouts read: by default this one's 2025 plan; `--plan FILE` for one the other
// checkout also reads as valid (say, the 2025 plan as it stood at the older commit).
const PLAN = planAt >= 0 ? resolve(args[planAt + 1]) : PLAN_2025;
const otherArg = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--plan');
if (!otherArg) {
  console.error('usage: npm run bench:against -- DIR [--plan FILE]   (DIR: another checkout of kehoach, built)');
  process.exit(2);
}
const OTHER = resolve(otherArg);
const quick = process.argv.includes('--quick');
for (const root of [THIS, OTHER])
  if (!existsSync(join(root, 'packages/extension/src/language/features.ts')) || !existsSync(join(root, 'packages/schema/bin/kehoach.js'))) {
    console.error(`${root}: not a built kehoach checkout`);
    process.exit(2);
  }

/** The four editor calls on one case, for one checkout's features. */
function editorCalls(f, c) {
  const dir = c.uri.slice(0, c.uri.lastIndexOf('/') + 1);
  const start = c.text.indexOf('\nindicators:\n');
  const end = c.text.slice(start + 1).search(/\n[a-zA-Z]/);
  const section = c.text.slice(start, end < 0 ? undefined : start + 1 + end);
  const ids = [...section.matchAll(/^  - id: (\S+)$/gm)].map((m) => m[1]);
  const mid = ids[Math.floor(ids.length / 2)];
  const draft = draftOf(c.text, mid);
  const files = { [`${dir}base.yaml`]: c.text, [`${dir}draft.yaml`]: draft, [c.uri]: c.text };
  const service = f.getLanguageService({ readPlan: (uri) => files[uri] }, () => ({ lang: 'vi', docsBase: f.RULE_DOCS_BASE }));
  const doc = { uri: c.uri, getText: () => c.text };
  const draftDoc = { uri: `${dir}draft.yaml`, getText: () => draft };
  const hoverAt = positionOf(c.text, mid, `  - id: ${mid}\n`, 1);
  const unitAt = positionOf(c.text, 'unit: ', `  - id: ${mid}\n`, 'unit: '.length);
  const idAt = positionOf(draft, '  - id: \n', undefined, '  - id: '.length);
  service.doValidation(doc);
  service.doValidation(draftDoc);
  if (!service.doHover(doc, hoverAt)?.contents.value.includes(mid)) throw new Error(`${c.name}: no hover on ${mid}`);
  return {
    diagnostics: () => {
      service.invalidate(c.uri);
      return service.doValidation(doc);
    },
    hover: () => service.doHover(doc, hoverAt),
    'completion at an id': () => service.doComplete(draftDoc, idAt),
    'completion at a unit': () => service.doComplete(doc, unitAt),
  };
}

/**
 * What a drafter waits for (issue 16), as packages/extension/bench/features.mjs measures it, on the
 * next year's draft of the case (its baseline: the case): a character typed, a keystroke leaving a
 * stray "}", and a new service opening the draft (draft and baseline parsed and checked).
 */
function drafterCalls(f, c) {
  const dir = c.uri.slice(0, c.uri.lastIndexOf('/') + 1);
  const draftUri = `${dir}next.yaml`;
  const draft = c.text
    .replace(/^year: \d+$/m, (m) => `year: ${Number(m.slice(6)) + 1}`)
    .replace(/^status: adopted$/m, 'status: draft')
    .replace(/^baseline: .*$/m, 'baseline: ./base.yaml');
  const at = draft.indexOf('\n  - id: ', draft.indexOf('\nindicators:\n'));
  const files = { [`${dir}base.yaml`]: c.text };
  const options = () => ({ lang: 'vi', docsBase: f.RULE_DOCS_BASE });
  const service = f.getLanguageService({ readPlan: (uri) => files[uri] }, options);
  service.doValidation({ uri: draftUri, getText: () => draft });
  let k = 0;
  // Each run types something new (a new text, as each keystroke is).
  const typed = (insert) => service.doValidation({ uri: draftUri, getText: () => `${draft.slice(0, at)}${insert}${draft.slice(at)}` });
  return {
    'keystroke → diagnostics': () => typed(`\n  # ${k++}`),
    'keystroke leaving a stray "}" → diagnostics': () => typed(`\n  }${' '.repeat(k++ % 50)}`),
    'open → first diagnostics': () => f.getLanguageService({ readPlan: (uri) => files[uri] }, options).doValidation({ uri: draftUri, getText: () => draft }),
  };
}

// Sub-millisecond calls on the 2025 plan need many runs (and a warm-up long enough for the JIT):
// with 41, two runs of the same pair of checkouts gave ratios 1,09 and 1,60.
function sample(pairs, runs, warmup = 2) {
  for (let i = 0; i < warmup; i++) for (const [a, b] of Object.values(pairs)) (a(), b());
  const times = Object.fromEntries(Object.keys(pairs).map((k) => [k, [[], []]]));
  for (let i = 0; i < runs; i++)
    for (const [k, fns] of Object.entries(pairs))
      // Alternate which goes first, so neither always runs on a warmer cache.
      for (const side of i % 2 === 0 ? [0, 1] : [1, 0]) {
        const t0 = performance.now();
        fns[side]();
        times[k][side].push(performance.now() - t0);
      }
  const median = (ts) => ts.sort((x, y) => x - y)[ts.length >> 1];
  return Object.fromEntries(Object.entries(times).map(([k, [a, b]]) => [k, { this: median(a), other: median(b), runs }]));
}

const tmp = mkdtempSync(join(tmpdir(), 'kehoach-against-plans-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
const generated = generatePlan(quick ? 2000 : 10_000);
const cases = [
  { name: 'plans/ha-noi/2025.yaml', uri: pathToFileURL(join(THIS, 'plans/ha-noi/2025.yaml')).href, text: readFileSync(PLAN, 'utf8'), runs: quick ? 5 : 201, warmup: quick ? 2 : 20 },
  { name: `generated, ${quick ? '2.000' : '10.000'} indicators`, uri: pathToFileURL(join(THIS, 'plans/ha-noi/generated.yaml')).href, text: generated, runs: quick ? 3 : 9 },
];
writeFileSync(join(tmp, 'generated.yaml'), generated);

const [fThis, fOther] = [await loadFeatures(join(THIS, 'packages/extension')), await loadFeatures(join(OTHER, 'packages/extension'))];
const rows = [];
for (const c of cases) {
  // The drafter's rows are sampled apart: their 40 ms of allocation (a stray "}") between two
  // sub-millisecond calls slowed hover and completion on both sides by half, and not alike.
  for (const calls of [editorCalls, drafterCalls]) {
    const a = calls(fThis, c);
    const b = calls(fOther, c);
    const s = sample(Object.fromEntries(Object.keys(a).map((k) => [k, [a[k], b[k]]])), c.runs, c.warmup);
    for (const [k, v] of Object.entries(s)) rows.push({ metric: k, case: c.name, ...v });
  }
}
const validate = (root) => () => {
  const r = spawnSync(process.execPath, [join(root, 'packages/schema/bin/kehoach.js'), 'validate', PLAN], { encoding: 'utf8' });
  // 0 or 1: the whole file was checked (a newer checkout may find what an older one did not).
  if (r.status !== 0 && r.status !== 1) throw new Error(`${root}: validate exited ${r.status}: ${r.stderr}`);
};
const v = sample({ 'kehoach validate (process)': [validate(THIS), validate(OTHER)] }, quick ? 3 : 15, 1);
rows.push({ metric: 'kehoach validate (process)', case: 'plans/ha-noi/2025.yaml', ...v['kehoach validate (process)'] });

const rev = (root) => spawnSync('git', ['-C', root, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim() || root;
const fmt = (n) => (n < 10 ? n.toFixed(2) : n.toFixed(1));
console.log(`this ${rev(THIS)} vs other ${rev(OTHER)} — medians in ms, interleaved in one process; ratio = this / other\n`);
console.log('| metric | case | other (ms) | this (ms) | ratio | runs |\n|---|---|---:|---:|---:|---:|');
for (const r of rows) console.log(`| ${r.metric} | ${r.case} | ${fmt(r.other)} | ${fmt(r.this)} | ${(r.this / r.other).toFixed(2)} | ${r.runs} |`);
