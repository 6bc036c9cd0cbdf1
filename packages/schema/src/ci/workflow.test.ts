// The pull-request workflow (.github/workflows/plans.yml) and the npm scripts it runs
// (scripts/ci/*.mjs, also run by .ci/run): the workflow is valid against the GitHub workflow
// schema (SchemaStore's, shipped by the `schemastore` package), and each script, spawned,
// produces what the workflow needs.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { scaffoldNewYear } from '../scaffold/newYear.js';
import { PLAN_2025_STANDALONE } from '../testing/fixtures.js';
import { REPO_ROOT, readPlan, replaceOnce } from '../testing/realPlans.js';

const require = createRequire(import.meta.url);
const workflowSchema = JSON.parse(readFileSync(require.resolve('schemastore/schemas/json/github-workflow.json'), 'utf8')) as object;
const workflowText = readFileSync(join(REPO_ROOT, '.github/workflows/plans.yml'), 'utf8');
const workflow = parse(workflowText) as {
  on: { pull_request: { paths: string[] } };
  jobs: Record<string, { steps: Array<{ uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string> }> }>;
};
const rootScripts = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

function validator() {
  // SchemaStore's schemas are draft-07 and not written for ajv's strict mode.
  return new Ajv({ allErrors: true, strict: false }).compile(workflowSchema);
}

describe('.github/workflows/plans.yml', () => {
  it('is valid against the GitHub workflow schema', () => {
    const validate = validator();
    const ok = validate(workflow);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('the schema check is real: a broken workflow fails it', () => {
    const validate = validator();
    const broken = structuredClone(workflow) as unknown as { jobs: Record<string, Record<string, unknown>> };
    broken.jobs.plans!['runs-on'] = undefined;
    delete broken.jobs.plans!['runs-on'];
    broken.jobs.plans!.steps = 'npm test';
    expect(validate(broken)).toBe(false);
  });

  it('runs on pull requests touching plans or the schema', () => {
    expect(workflow.on.pull_request.paths).toEqual(expect.arrayContaining(['plans/**', 'packages/schema/**']));
  });

  it('checks out, sets up node, installs, builds, runs the ci:* scripts and uploads the SARIF', () => {
    const steps = workflow.jobs.plans!.steps;
    expect(steps.map((s) => s.uses).filter(Boolean)).toEqual(['actions/checkout@v4', 'actions/setup-node@v4', 'github/codeql-action/upload-sarif@v3', 'actions/upload-artifact@v4']);
    const runs = steps.map((s) => s.run).filter(Boolean);
    expect(runs).toEqual(['npm ci --no-audit --no-fund', 'npm run build', 'npm run ci:schema', 'npm run ci:validate', 'npm run ci:diff']);
    for (const r of runs) {
      const script = /^npm run (\S+)$/.exec(r!)?.[1];
      if (script) expect(rootScripts[script], script).toBeTruthy();
    }
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))!;
    const validateStep = steps.find((s) => s.run === 'npm run ci:validate')!;
    expect(upload.with!.sarif_file).toBe(validateStep.env!.KEHOACH_SARIF);
    expect(steps.find((s) => s.uses?.startsWith('actions/checkout'))!.with!['fetch-depth']).toBe(0);
  });

  it('.ci/run runs the same scripts', () => {
    const ci = readFileSync(join(REPO_ROOT, '.ci/run'), 'utf8');
    for (const s of ['ci:schema', 'ci:validate', 'ci:diff']) expect(ci).toContain(`npm run ${s}`);
  });
});

const ENV = { PATH: process.env.PATH ?? '', GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', KEHOACH_LANG: 'vi' };
function run(cmd: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...ENV, ...env }, timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
const script = (name: string) => join(REPO_ROOT, 'scripts/ci', name);
const tmp = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));

describe('npm run ci:validate', () => {
  it('the repository’s plans are clean: no annotation, an empty SARIF run', () => {
    const sarifPath = join(tmp('kehoach-ci-'), 'out.sarif');
    const r = run('npm', ['run', '-s', 'ci:validate'], REPO_ROOT, { KEHOACH_SARIF: sarifPath });
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(/^::(error|warning)/m);
    const sarif = JSON.parse(readFileSync(sarifPath, 'utf8')) as { version: string; runs: Array<{ results: unknown[] }> };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.results).toEqual([]);
  });

  it('prints GitHub annotations and writes SARIF for a draft’s warnings (exit 0)', () => {
    const dir = tmp('kehoach-ci-');
    writeFileSync(join(dir, '2025.yaml'), PLAN_2025_STANDALONE);
    writeFileSync(join(dir, '2026.yaml'), scaffoldNewYear(PLAN_2025_STANDALONE, { baseline: './2025.yaml' }).text);
    const r = run(process.execPath, [script('validate.mjs'), '.'], dir, { KEHOACH_SARIF: join(dir, 'k.sarif') });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^::warning file=2026\.yaml,line=\d+,col=\d+,.*title=placeholder-target::/m);
    expect(JSON.parse(readFileSync(join(dir, 'k.sarif'), 'utf8')).runs[0].results.length).toBeGreaterThan(0);
  });

  it('fails the job (exit 1) on a plan with errors, with an ::error annotation on its line', () => {
    const dir = tmp('kehoach-ci-');
    writeFileSync(join(dir, '2025.yaml'), PLAN_2025_STANDALONE.replace('direction: higher', 'direcion: higher'));
    const r = run(process.execPath, [script('validate.mjs'), '.'], dir, { KEHOACH_SARIF: join(dir, 'k.sarif') });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^::error file=2025\.yaml,line=\d+,.*title=schema-unknown-key::/m);
    expect(JSON.parse(readFileSync(join(dir, 'k.sarif'), 'utf8')).runs[0].results).toHaveLength(1);
  });
});

describe('npm run ci:schema', () => {
  it('passes: the schema is valid against its meta-schema and every plan against the schema', () => {
    const r = run('npm', ['run', '-s', 'ci:schema'], REPO_ROOT);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('valid against the JSON Schema 2020-12 meta-schema');
    expect(r.stdout).toMatch(/\d+ plan\(s\) checked against .*plan\.schema\.json: all valid\./);
  });

  it('refuses a schema change that breaks an existing plan', () => {
    const schema = JSON.parse(readFileSync(join(REPO_ROOT, 'packages/schema/plan.schema.json'), 'utf8')) as { properties: { year: Record<string, unknown> } };
    schema.properties.year = { type: 'string', description: 'a breaking change' };
    const file = join(tmp('kehoach-ci-'), 'plan.schema.json');
    writeFileSync(file, JSON.stringify(schema));
    const r = run(process.execPath, [script('schema.mjs'), '--schema', file], REPO_ROOT);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^::error file=plans\/ha-noi\/2025\.yaml,title=ci:schema::\/year must be string/m);
  });

  it('refuses a schema that is not valid JSON Schema 2020-12', () => {
    const file = join(tmp('kehoach-ci-'), 'plan.schema.json');
    writeFileSync(file, JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 5 }));
    const r = run(process.execPath, [script('schema.mjs'), '--schema', file], REPO_ROOT);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('not a valid JSON Schema 2020-12');
  });
});

describe('npm run ci:diff', () => {
  let repo: string;
  const text2025 = readPlan('ha-noi/2025');
  const draft = scaffoldNewYear(text2025, { baseline: './2025.yaml' }).text;
  const git = (args: string[]) => {
    const r = run('git', args, repo);
    if (r.status !== 0) throw new Error(r.stderr);
  };
  beforeAll(() => {
    repo = tmp('kehoach-ci-diff-');
    git(['init', '-q', '-b', 'main']);
    git(['config', 'user.name', 'CI']);
    git(['config', 'user.email', 'ci@example.invalid']);
    mkdirSync(join(repo, 'plans/ha-noi'), { recursive: true });
    writeFileSync(join(repo, 'plans/ha-noi/2024.yaml'), readPlan('ha-noi/2024'));
    writeFileSync(join(repo, 'plans/ha-noi/2025.yaml'), text2025);
    git(['add', '.']);
    git(['commit', '-q', '-m', '2025']);
    git(['branch', 'base']);
    writeFileSync(join(repo, 'plans/ha-noi/2026.yaml'), draft);
    git(['add', '.']);
    git(['commit', '-q', '-m', '2026 draft']);
    writeFileSync(
      join(repo, 'plans/ha-noi/2026.yaml'),
      replaceOnce(draft, 'target: { placeholder: true }', 'target: { wording: "8% trở lên", kind: level, op: ">=", value: 8, unit: "%" }', 'id: grdp-growth'),
    );
    git(['commit', '-q', '-am', 'GRDP ≥ 8%']);
  });

  it('writes the Markdown diff of every changed plan to the job summary (a new file against its baseline)', () => {
    const summary = join(repo, 'summary.md');
    writeFileSync(summary, '');
    const r = run(process.execPath, [script('diff.mjs')], repo, { GITHUB_STEP_SUMMARY: summary, KEHOACH_DIFF_BASE: 'base' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const md = readFileSync(summary, 'utf8');
    expect(md).toBe(r.stdout);
    expect(md).toContain('## So sánh ngữ nghĩa các kế hoạch thay đổi (base)');
    expect(md).toContain('> Tệp mới `plans/ha-noi/2026.yaml`, so với năm gốc `plans/ha-noi/2025.yaml`.');
    expect(md).toContain('| 🔺 | `grdp-growth` | 1. Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP) | ≥ 6,5% |  | ≥ 8% | **nâng, tham vọng hơn** |');
  });

  it('writes the whole report for an artifact and the folded diff for a pull-request comment (KEHOACH_DIFF_FULL, KEHOACH_DIFF_COMMENT)', () => {
    const out = tmp('kehoach-ci-out-');
    const [full, comment] = [join(out, 'full.md'), join(out, 'comment.md')];
    const r = run(process.execPath, [script('diff.mjs')], repo, { KEHOACH_DIFF_BASE: 'base', KEHOACH_DIFF_FULL: full, KEHOACH_DIFF_COMMENT: comment });
    expect(r.status).toBe(0);
    const whole = readFileSync(full, 'utf8');
    const body = readFileSync(comment, 'utf8');
    expect(whole).toBe(r.stdout);
    expect(body).toContain('## So sánh ngữ nghĩa các kế hoạch thay đổi (base)');
    expect(body).toContain('| 🔺 | `grdp-growth` | 1. Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP) | ≥ 6,5% |  | ≥ 8% | **nâng, tham vọng hơn** |');
    expect(body).toContain('(toàn văn: --clauses full)</summary>'); // the clause changes folded…
    expect(whole).not.toContain('(toàn văn: --clauses full)'); // …where the report has them in full
    expect(body.length).toBeLessThan(60_000);
    expect(body).not.toContain('✂️'); // …and whole: it fits
  });

  it('diffs a changed plan against the merge base; says so when nothing changed', () => {
    const r = run(process.execPath, [script('diff.mjs'), '--base', 'HEAD~1'], repo, { KEHOACH_LANG: 'en' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('`HEAD~1:plans/ha-noi/2026.yaml` → `plans/ha-noi/2026.yaml`');
    expect(r.stdout).toMatch(/\| ≥ 8% \| target set \(last year: ≥ 6\.5%: raised, more ambitious\) \|/);
    const none = run(process.execPath, [script('diff.mjs'), '--base', 'HEAD'], repo, { KEHOACH_LANG: 'en' });
    expect(none.stdout).toContain('No plan file changed.');
  });
});
