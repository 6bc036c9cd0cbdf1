// What the YAML fast path (src/parse/fastYaml.ts) is worth where people feel it, measured by
// turning it off (KEHOACH_YAML_FAST_PATH=off: the yaml package reads every text) in the same run:
//   keystroke  analyzeText as the editor calls it on each edit (the workspace in memory): the
//              2025 plan, and the 2026 draft, whose baseline (2025) is read and parsed again too
//   CI         `kehoach validate` of 60 plans (20 copies of the real Hà Nội folder: its 2024,
//              2025 and 2026 plans), whole processes
// On and off interleaved run by run (bench/run.mjs's `sample`); medians, ratio = on ÷ off.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '../dist/index.js';
import { PLAN_2025 } from './generatePlan.mjs';

const PLAN_2026 = join(PLAN_2025, '../2026.yaml');
const PLAN_2024 = join(PLAN_2025, '../2024.yaml');
const OFF = 'KEHOACH_YAML_FAST_PATH';

/** Runs `fn` with the fast path off in this process (parseYaml reads the variable on every call). */
function withoutFastPath(fn) {
  return () => {
    process.env[OFF] = 'off';
    try {
      return fn();
    } finally {
      delete process.env[OFF];
    }
  };
}

export async function benchFastPath({ sample, quick, scratch, kehoachBin }) {
  const rows = [];
  const texts = new Map([
    [PLAN_2025, readFileSync(PLAN_2025, 'utf8')],
    [PLAN_2026, readFileSync(PLAN_2026, 'utf8')],
  ]);
  const workspace = { readPlan: (path) => texts.get(path) };
  for (const [path, label] of [
    [PLAN_2025, 'plans/ha-noi/2025.yaml'],
    [PLAN_2026, 'plans/ha-noi/2026.yaml (draft; its baseline parsed too)'],
  ]) {
    const check = () => analyzeText(texts.get(path), path, { workspace });
    const on = check().diagnostics;
    const off = withoutFastPath(check)().diagnostics;
    if (JSON.stringify(on) !== JSON.stringify(off)) throw new Error(`${label}: the fast path changes the diagnostics`);
    const s = await sample({ on: check, off: withoutFastPath(check) }, { runs: quick ? 10 : 40, warmup: 3 });
    rows.push({ where: 'editor keystroke (analyzeText)', case: label, on: s.on, off: s.off, ratio: s.on.median / s.off.median });
  }

  // 20 copies of Hà Nội's folder (a plan's folder is its jurisdiction: each copy under a root of its own).
  const repo = join(scratch, 'fast-path-repo');
  for (let j = 0; j < 20; j++) {
    const dir = join(repo, `copy-${String(j).padStart(2, '0')}`, 'plans', 'ha-noi');
    mkdirSync(dir, { recursive: true });
    copyFileSync(PLAN_2024, join(dir, '2024.yaml'));
    copyFileSync(PLAN_2025, join(dir, '2025.yaml'));
    copyFileSync(PLAN_2026, join(dir, '2026.yaml'));
  }
  const validate = (env) => () => {
    const r = spawnSync(process.execPath, [kehoachBin, 'validate', repo, '--lang', 'en'], { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 26 });
    if (r.status !== 0 || !/ 60 file\(s\)/.test(r.stdout)) throw new Error(`kehoach validate failed (${r.status}):\n${r.stdout.slice(-2000)}${r.stderr}`);
    return r.stdout;
  };
  if (validate({})() !== validate({ [OFF]: 'off' })()) throw new Error('kehoach validate: the fast path changes the output');
  const s = await sample({ on: validate({}), off: validate({ [OFF]: 'off' }) }, { runs: quick ? 2 : 7, warmup: 1 });
  rows.push({ where: 'CI (`kehoach validate`, whole process)', case: '60 plans: 20 × (2024, 2025, 2026)', on: s.on, off: s.off, ratio: s.on.median / s.off.median });
  return rows;
}
