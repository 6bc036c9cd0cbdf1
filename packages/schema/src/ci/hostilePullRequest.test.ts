// A hostile pull request against the CI scripts (scripts/ci/*.mjs, what .github/workflows/plans.yml
// runs): plan text, file names and YAML errors carrying workflow commands, escape sequences,
// Markdown images and links. The runner reads every line of stdout and stderr for workflow
// commands and renders the job summary: only the scripts' own annotations may be commands, and
// the summary shows the plan's text as text.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { INJECTION_TEXT, INJECTIONS, injectedPlan, markdownHazardsIn, readPlan, REPO_ROOT, terminalHazardsIn, workflowCommandsIn } from '../testing/index.js';

const ENV = { PATH: process.env.PATH ?? '', GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', KEHOACH_LANG: 'vi' };
function run(cmd: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...ENV, ...env }, timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
const script = (name: string) => join(REPO_ROOT, 'scripts/ci', name);
const tmp = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));
const plan2025 = readPlan('ha-noi/2025');
const hostile = injectedPlan(plan2025);
/** A file name a pull request may add: a workflow command after a line break, an escape sequence, Markdown. */
const HOSTILE_NAME = `x${INJECTIONS.forgedAnnotation}${INJECTIONS.osc52}![x](https:evil.example)<img src=x>.yaml`;

/** Everything in a CI log the runner would run as a command, except the annotations `own` accepts. */
function forged(log: string, own: RegExp): string[] {
  return workflowCommandsIn(log).filter((line) => !own.test(line));
}

describe('ci:diff on a hostile pull request', () => {
  let repo: string;
  let r: ReturnType<typeof run>;
  let summary: string;
  beforeAll(() => {
    repo = tmp('kehoach-ci-hostile-');
    const git = (...args: string[]) => {
      const g = run('git', args, repo);
      if (g.status !== 0) throw new Error(g.stderr);
    };
    git('init', '-q', '-b', 'main');
    git('config', 'user.name', 'CI');
    git('config', 'user.email', 'ci@example.invalid');
    mkdirSync(join(repo, 'plans/ha-noi'), { recursive: true });
    writeFileSync(join(repo, 'plans/ha-noi/2025.yaml'), plan2025);
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    git('branch', 'base');
    writeFileSync(join(repo, 'plans/ha-noi/2025.yaml'), hostile);
    // A file that is not a plan: the diff fails, and its error (quoting the YAML) is reported.
    writeFileSync(join(repo, 'plans/ha-noi/broken.yaml'), `a: [${JSON.stringify(INJECTION_TEXT)}\n  b: \`\`\`\n${INJECTION_TEXT}\n`);
    writeFileSync(join(repo, 'plans/ha-noi', 'b`#![x](https:evil).yaml'), plan2025);
    git('add', '.');
    git('commit', '-q', '-m', 'hostile');
    summary = join(repo, 'summary.md');
    writeFileSync(summary, '');
    r = run(process.execPath, [script('diff.mjs')], repo, { GITHUB_STEP_SUMMARY: summary, KEHOACH_DIFF_BASE: 'base' });
  });

  it('reports the diffs (and the file that is not a plan)', () => {
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('closing__para_9');
    expect(r.stdout).toContain('broken.yaml');
  });

  it('no line of stdout or stderr is a workflow command', () => {
    expect(forged(r.stdout, /^$/)).toEqual([]);
    expect(forged(r.stderr, /^$/)).toEqual([]);
  });

  it('no escape sequence, control or bidi character in the log', () => {
    expect(terminalHazardsIn(r.stdout)).toEqual([]);
    expect(terminalHazardsIn(r.stderr)).toEqual([]);
  });

  it('the job summary shows no image, link or HTML from the plan, and stays inside its code blocks', () => {
    const md = readFileSync(summary, 'utf8');
    expect(md).toContain('closing__para_9');
    expect(markdownHazardsIn(md)).toEqual([]);
    expect(terminalHazardsIn(md)).toEqual([]);
  });
});

describe('ci:validate on a hostile pull request', () => {
  let r: ReturnType<typeof run>;
  let sarif: { runs: Array<{ results: unknown[] }> };
  beforeAll(() => {
    const dir = tmp('kehoach-ci-hostile-');
    mkdirSync(join(dir, 'plans'));
    writeFileSync(join(dir, 'plans', '2025.yaml'), hostile);
    writeFileSync(join(dir, 'plans', HOSTILE_NAME), plan2025.replace('direction: higher', 'direcion: higher'));
    // A broken link, named to forge: its name reaches stderr, which the runner reads too.
    symlinkSync(join(dir, 'nowhere'), join(dir, 'plans', `y${INJECTIONS.stopCommands}${INJECTIONS.eraseLine}.yaml`));
    r = run(process.execPath, [script('validate.mjs'), 'plans'], dir, { KEHOACH_SARIF: join(dir, 'k.sarif') });
    sarif = JSON.parse(readFileSync(join(dir, 'k.sarif'), 'utf8')) as typeof sarif;
  });

  it('reports every problem: the plan’s, the file’s, the broken link', () => {
    expect(r.status).toBe(2);
    expect(sarif.runs[0]!.results.length).toBeGreaterThanOrEqual(3);
    expect(r.stderr).toMatch(/symbolic link to nothing|liên kết tượng trưng trỏ tới nơi không tồn tại/);
  });

  it('stdout: one annotation per diagnostic, each the script’s own; nothing forged', () => {
    const own = /^::(error|warning|notice) file=[^:,]*,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z-]+::/;
    expect(forged(r.stdout, own)).toEqual([]);
    expect(workflowCommandsIn(r.stdout).length).toBe(sarif.runs[0]!.results.length);
    expect(r.stdout).toContain('::error file=plans/x%0A%3A%3Aerror file=x%3A%3Aforged␛]52;c;ZWNobyBwd25lZA==␇![x](https%3Aevil.example)<img src=x>.yaml,');
  });

  it('stderr (passed through): no workflow command, no escape sequence', () => {
    expect(forged(r.stderr, /^$/)).toEqual([]);
    expect(terminalHazardsIn(r.stderr + r.stdout)).toEqual([]);
  });
});

describe('ci:schema reads plans as the engine does: its limits hold', () => {
  it('a megabyte of "[", nested keys "{{{…}}}" and a UTF-16 file: each reported at once; the valid plan still checked', () => {
    const dir = tmp('kehoach-ci-hostile-');
    writeFileSync(join(dir, 'a.yaml'), plan2025);
    writeFileSync(join(dir, 'deep.yaml'), 'a: ' + '['.repeat(1 << 20) + '\n');
    writeFileSync(join(dir, 'keys.yaml'), '{'.repeat(200) + '}'.repeat(200) + '\n');
    writeFileSync(join(dir, 'utf16.yaml'), Buffer.from('\ufeffyear: 2025\n', 'utf16le'));
    const r = run(process.execPath, [script('schema.mjs')], REPO_ROOT, { KEHOACH_PLANS_DIR: dir });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const annotations = workflowCommandsIn(r.stdout);
    const about = (file: string) => annotations.filter((l) => l.includes(`/${file},`)).join('\n');
    expect(about('deep.yaml')).toContain('nests far too deep');
    expect(about('keys.yaml')).toContain('complex key');
    expect(about('utf16.yaml')).toContain('UTF-16');
    expect(about('a.yaml')).toBe('');
    expect(r.stdout).toContain('4 plan(s) checked');
  });
});

describe('ci:schema on a hostile pull request', () => {
  let r: ReturnType<typeof run>;
  beforeAll(() => {
    const dir = tmp('kehoach-ci-hostile-');
    writeFileSync(join(dir, HOSTILE_NAME), plan2025.replace('year: 2025', 'year: "2025"'));
    // Not YAML: the parser's message quotes the line, with its escape sequences and commands.
    writeFileSync(join(dir, 'broken.yaml'), `a: b: ${INJECTIONS.osc52} ${INJECTIONS.legacyCommand}\n${INJECTIONS.addMask.trim()}\n`);
    symlinkSync(join(dir, 'nowhere'), join(dir, 'dangling.yaml'));
    r = run(process.execPath, [script('schema.mjs')], REPO_ROOT, { KEHOACH_PLANS_DIR: dir });
  });

  it('reports each file, and a broken link without a stack trace', () => {
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toMatch(/\n\s+at /);
    expect(r.stdout).toContain('dangling.yaml');
  });

  it('only its own annotations: file names and YAML errors escaped', () => {
    const own = /^::error file=[^:,]*,title=ci:schema::/;
    expect(forged(r.stdout, own)).toEqual([]);
    expect(workflowCommandsIn(r.stdout).length).toBeGreaterThanOrEqual(3);
    expect(terminalHazardsIn(r.stdout)).toEqual([]);
  });
});
