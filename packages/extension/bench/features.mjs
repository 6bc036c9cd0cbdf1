// The extension's rows of `npm run bench` (packages/schema/bench/run.mjs imports benchFeatures):
// median latency of the language features, as the editor calls them, on the 2025 plan and on the
// generated 10.000-indicator plan, beside yaml-language-server's own service on the same text and
// position; the bundles' sizes; the activation time measured in the real-VS-Code run.
//
//   node packages/extension/bench/features.mjs [--quick] [--ext DIR]     (standalone: prints the rows;
//   --ext: another checkout's packages/extension, for before/after)
//
// What is timed (budgets from the tracker's issue 5):
//   diagnostics   doValidation on a text not analysed yet (the engine's whole check + LSP shapes):
//                 2025 plan < 20 ms, 10.000 indicators < 300 ms
//   hover         doHover on an indicator id, the document already analysed (as after its
//                 diagnostics: the editor asks on the same text): < 10 ms / < 30 ms
//   completion    doComplete at an indicator id of a next-year draft (last year's indicators not in
//                 the draft, each with its skeleton) and at a `unit:` value: < 10 ms / < 30 ms
// yaml-language-server is timed the same way: its document created once, so its parse is cached too.
import { build } from 'esbuild';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const EXT = join(here, '..');

/**
 * The language features (src/language/features.ts) of this extension, or of the one at `ext`
 * (bench:against loads another checkout's), bundled for Node the way the extension bundles them.
 */
export async function loadFeatures(ext = EXT) {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-features-bench-'));
  const outfile = join(dir, 'features.mjs');
  try {
    await build({
      absWorkingDir: ext,
      entryPoints: ['src/language/features.ts'],
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      conditions: ['source'],
      minify: true,
      outfile,
      logLevel: 'warning',
      banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const BUDGETS = {
  small: { diagnostics: 20, hover: 10, completion: 10 },
  large: { diagnostics: 300, hover: 30, completion: 30 },
};

/** Position (0-based) of the first character of `needle` after `after`, plus `delta`. */
export function positionOf(text, needle, after, delta = 0) {
  const from = after ? text.indexOf(after) : 0;
  const at = text.indexOf(needle, from);
  if (from < 0 || at < 0) throw new Error(`not found: ${needle}`);
  const before = text.slice(0, at + delta);
  return { line: before.split('\n').length - 1, character: before.length - before.lastIndexOf('\n') - 1 };
}

/** The next year's draft of `text`: same indicators but the one at `drop`, and a new item being typed there. */
export function draftOf(text, dropId) {
  const year = Number(/^year: (\d+)$/m.exec(text)[1]);
  const block = new RegExp(`^  - id: ${dropId}\\n(?: {4}.*\\n)+`, 'm');
  if (!block.test(text)) throw new Error(`no indicator ${dropId}`);
  return text
    .replace(/^year: \d+$/m, `year: ${year + 1}`)
    .replace(/^status: adopted$/m, 'status: draft')
    .replace(/^baseline: .*$/m, 'baseline: ./base.yaml')
    .replace(block, '  - id: \n');
}

/**
 * What a drafter waits for in the editor, less the 150 ms debounce (issue 16), on the 2026 draft
 * of the 2025 plan (baseline ./base.yaml = the 2025 plan):
 *   keystroke → squiggle   one character typed into the open draft (its baseline already read):
 *                          the check of the new text; also a keystroke that leaves a stray "}"
 *                          (the parser's recovery: one error instead of the cascade)
 *   open → first diagnostics  a new service (nothing cached): the draft and its baseline parsed and checked
 */
async function drafterRows(f, c, sample, quick) {
  const dir = c.uri.slice(0, c.uri.lastIndexOf('/') + 1);
  const baseUri = `${dir}base.yaml`;
  const draftUri = `${dir}draft.yaml`;
  const draft = c.text
    .replace(/^year: \d+$/m, (m) => `year: ${Number(m.slice(6)) + 1}`)
    .replace(/^status: adopted$/m, 'status: draft')
    .replace(/^baseline: .*$/m, 'baseline: ./base.yaml');
  const at = draft.indexOf('\n  - id: cpi\n');
  if (at < 0) throw new Error('no cpi indicator in the 2025 plan');
  const files = { [baseUri]: c.text };
  const options = () => ({ lang: 'vi', docsBase: f.RULE_DOCS_BASE });
  const service = f.getLanguageService({ readPlan: (uri) => files[uri] }, options);
  service.doValidation({ uri: draftUri, getText: () => draft }); // opened: the baseline read once
  let k = 0;
  // Each run types a different character (a new text, as each keystroke is).
  const typed = (insert) => {
    const text = `${draft.slice(0, at)}${insert}${draft.slice(at)}`;
    return service.doValidation({ uri: draftUri, getText: () => text });
  };
  const stray = typed('\n  }');
  const strayErrors = stray.filter((d) => String(d.code).startsWith('yaml-') || d.code === 'too-many-problems').length;
  const fns = {
    keystroke: () => typed(`\n  # ${k++}`),
    strayBracket: () => typed(`\n  }${' '.repeat(k++ % 50)}`),
    open: () => f.getLanguageService({ readPlan: (uri) => files[uri] }, options).doValidation({ uri: draftUri, getText: () => draft }),
  };
  const runs = quick ? 5 : 30;
  const s = await sample(fns, { runs, warmup: 2, budgetMs: quick ? 5_000 : 60_000 });
  const row = (metric, key, extra = {}) => ({ metric, case: 'plans/ha-noi/2025 → its 2026 draft', value: s[key].median, unit: 'ms', runs: s[key].runs, ...extra });
  return [
    row('keystroke → squiggle (check of the typed text, baseline read; + 150 ms debounce in the editor)', 'keystroke'),
    row(`keystroke leaving a stray "}" → squiggle (${strayErrors} syntax problem(s) listed)`, 'strayBracket', { diagnostics: strayErrors }),
    row('open → first diagnostics (new service: draft and baseline parsed, checked)', 'open'),
  ];
}

/**
 * ctx (from packages/schema/bench/run.mjs): { cases: [{ name, path, uri, text }], sample, yls, repoRoot, quick }.
 * Returns rows { metric, case, value, unit, reference?, goal?, met?, runs? }.
 */
export async function benchFeatures(ctx) {
  const { cases, sample, yls, quick } = ctx;
  const f = await loadFeatures(ctx.ext ?? EXT);
  const rows = [];
  rows.push(...(await drafterRows(f, cases[0], sample, quick)));
  for (const [k, c] of cases.entries()) {
    const budget = k === 0 ? BUDGETS.small : BUDGETS.large;
    const runs = quick ? 5 : k === 0 ? 40 : 9;
    const dir = c.uri.slice(0, c.uri.lastIndexOf('/') + 1);
    const baseUri = `${dir}base.yaml`;
    const draftUri = `${dir}draft.yaml`;
    // The middle indicator: the cursor somewhere in a long list, not at its start.
    const start = c.text.indexOf('\nindicators:\n');
    const end = c.text.slice(start + 1).search(/\n[a-zA-Z]/);
    const section = c.text.slice(start, end < 0 ? undefined : start + 1 + end);
    const ids = [...section.matchAll(/^  - id: (\S+)$/gm)].map((m) => m[1]);
    const mid = ids[Math.floor(ids.length / 2)];
    const draft = draftOf(c.text, mid);
    const files = { [baseUri]: c.text, [draftUri]: draft, [c.uri]: c.text };
    const service = f.getLanguageService({ readPlan: (uri) => files[uri] }, () => ({ lang: 'vi', docsBase: f.RULE_DOCS_BASE }));
    const doc = { uri: c.uri, getText: () => c.text };
    const draftDoc = { uri: draftUri, getText: () => draft };

    const hoverAt = positionOf(c.text, mid, `  - id: ${mid}\n`, 1);
    const unitAt = positionOf(c.text, 'unit: ', `  - id: ${mid}\n`, 'unit: '.length);
    const idAt = positionOf(draft, '  - id: \n', undefined, '  - id: '.length);

    // Sanity: the features answer what they should on this text.
    const diagnostics = service.doValidation(doc);
    const hover = service.doHover(doc, hoverAt);
    const ids0 = service.doComplete(draftDoc, idAt).items.map((i) => i.label);
    if (!hover?.contents.value.includes(mid)) throw new Error(`${c.name}: no hover on ${mid}`);
    if (!ids0.includes(mid)) throw new Error(`${c.name}: completion at the id does not offer ${mid} (${ids0.slice(0, 5).join(', ')}…)`);
    if (service.doComplete(doc, unitAt).items.length === 0) throw new Error(`${c.name}: no unit completion`);

    const ylsDoc = yls ? yls.document(c.text, c.uri) : undefined;
    const ylsDraft = yls ? yls.document(draft, draftUri) : undefined;
    const fns = {
      diagnostics: () => {
        service.invalidate(c.uri);
        return service.doValidation(doc);
      },
      hover: () => service.doHover(doc, hoverAt),
      completionId: () => service.doComplete(draftDoc, idAt),
      completionUnit: () => service.doComplete(doc, unitAt),
    };
    if (yls) {
      Object.assign(fns, {
        ylsDiagnostics: () => yls.validate(c.text, c.uri),
        ylsHover: () => yls.service.doHover(ylsDoc, hoverAt),
        ylsCompletionId: () => yls.service.doComplete(ylsDraft, idAt, false),
        ylsCompletionUnit: () => yls.service.doComplete(ylsDoc, unitAt, false),
      });
    }
    service.doValidation(draftDoc); // the draft analysed once, as the editor did when it opened
    const s = await sample(fns, { runs, warmup: 2, budgetMs: quick ? 5_000 : 60_000 });
    const row = (metric, key, goal, extra = {}) => ({
      metric,
      case: c.name,
      value: s[key].median,
      unit: 'ms',
      ...(yls ? { reference: { name: 'yaml-language-server', value: s[`yls${key[0].toUpperCase()}${key.slice(1)}`].median } } : {}),
      goal: `< ${goal} ms`,
      met: s[key].median < goal,
      runs: s[key].runs,
      ...extra,
    });
    rows.push(
      row('diagnostics (whole check, new text)', 'diagnostics', budget.diagnostics, { diagnostics: diagnostics.length }),
      row('hover on an indicator id', 'hover', budget.hover),
      row('completion at an indicator id (draft vs baseline)', 'completionId', budget.completion),
      row('completion at a unit', 'completionUnit', budget.completion),
    );
  }

  if (ctx.ext && ctx.ext !== EXT) return rows; // another checkout's features: its sizes and activation are its own
  // Bundle sizes: what `npm run build` wrote (minified), else build now.
  const sizesFile = join(EXT, 'dist/sizes.json');
  if (!existsSync(sizesFile)) {
    const { execFileSync } = await import('node:child_process');
    execFileSync(process.execPath, [join(EXT, 'scripts/build.mjs')], { stdio: 'ignore' });
  }
  const sizes = JSON.parse(readFileSync(sizesFile, 'utf8'));
  for (const [name, s] of [['node', sizes.node], ['web', sizes.web]]) {
    rows.push({ metric: `bundle size, ${name}${sizes.minified ? ' (minified)' : ''}`, case: `dist/${name === 'web' ? 'web/' : ''}extension.js`, value: s.bytes / 1024, unit: 'KiB', goal: `gzip ${(s.gzipBytes / 1024).toFixed(0)} KiB` });
  }

  // Activation: measured inside the real VS Code by the e2e suite (npm run test:e2e), when it has run.
  const activationFile = join(ctx.repoRoot ?? join(EXT, '../..'), 'bench-results/extension-activation.json');
  if (existsSync(activationFile)) {
    const a = JSON.parse(readFileSync(activationFile, 'utf8'));
    rows.push({ metric: 'activation (activate() → providers registered)', case: `VS Code ${a.vscode} (${a.appHost}), ${a.date.slice(0, 10)}`, value: a.activationMs, unit: 'ms' });
    if (typeof a.firstValidationMs === 'number')
      rows.push({ metric: 'first check after activation (engine load, baseline read, cold parse)', case: 'plans/ha-noi/2026 draft', value: a.firstValidationMs, unit: 'ms' });
  } else {
    rows.push({ metric: 'activation', case: 'not measured: run npm run test:e2e first', value: NaN, unit: 'ms' });
  }
  return rows;
}

// Standalone: `node packages/extension/bench/features.mjs [--quick]`.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const quick = process.argv.includes('--quick');
  // --ext DIR: another checkout's packages/extension (its features; this checkout's plans): before/after.
  const extAt = process.argv.indexOf('--ext');
  const ext = extAt >= 0 ? process.argv[extAt + 1] : undefined;
  const repoRoot = join(EXT, '../..');
  const { generatePlan, PLAN_2025 } = await import(pathToFileURL(join(repoRoot, 'packages/schema/bench/generatePlan.mjs')).href);
  const { createYls } = await import(pathToFileURL(join(repoRoot, 'packages/schema/bench/yls.mjs')).href);
  const tmp = mkdtempSync(join(tmpdir(), 'kehoach-features-'));
  const genPath = join(tmp, 'generated.yaml');
  const generated = generatePlan(quick ? 2000 : 10_000);
  writeFileSync(genPath, generated);
  const cases = [
    { name: 'plans/ha-noi/2025.yaml', path: PLAN_2025, uri: pathToFileURL(PLAN_2025).href, text: readFileSync(PLAN_2025, 'utf8') },
    { name: `generated, ${quick ? '2.000' : '10.000'} indicators`, path: genPath, uri: pathToFileURL(join(repoRoot, 'plans/ha-noi/generated.yaml')).href, text: generated },
  ];
  async function sample(fns, { runs, warmup = 2 }) {
    for (let i = 0; i < warmup; i++) for (const fn of Object.values(fns)) await fn();
    const times = Object.fromEntries(Object.keys(fns).map((n) => [n, []]));
    for (let i = 0; i < runs; i++)
      for (const [n, fn] of Object.entries(fns)) {
        const t0 = performance.now();
        await fn();
        times[n].push(performance.now() - t0);
      }
    return Object.fromEntries(Object.entries(times).map(([n, ts]) => [n, { median: ts.sort((a, b) => a - b)[ts.length >> 1], runs: ts.length }]));
  }
  const rows = await benchFeatures({ cases, sample, yls: createYls(), repoRoot, quick, ...(ext ? { ext } : {}) });
  rmSync(tmp, { recursive: true, force: true });
  console.log('| metric | case | kehoach-vscode | yaml-language-server | goal | met |\n|---|---|---|---|---|---|');
  const v = (x, unit) => (Number.isNaN(x) ? '—' : unit === 'ms' ? `${x.toFixed(x < 10 ? 2 : 1)} ms` : `${x.toFixed(1)} ${unit}`);
  for (const r of rows) console.log(`| ${r.metric} | ${r.case} | ${v(r.value, r.unit)} | ${r.reference ? v(r.reference.value, r.unit) : '—'} | ${r.goal ?? '—'} | ${r.met === undefined ? '—' : r.met ? 'yes' : 'NO'} |`);
}
