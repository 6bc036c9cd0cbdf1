// A hostile pull request against the CI scripts (scripts/ci/*.mjs, what .github/workflows/plans.yml
// runs): plan text, file names and YAML errors carrying workflow commands, escape sequences,
// Markdown images and links. The runner reads every line of stdout and stderr for workflow
// commands and renders the job summary: only the scripts' own annotations may be commands, and
// the summary shows the plan's text as text.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { INJECTION_TEXT, INJECTIONS, injectedPlan, markdownHazardsIn, readPlan, REPO_ROOT, terminalHazardsIn, workflowCommandsIn } from '../testing/index.js';
import { replaceOnce } from '../testing/realPlans.js';

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

/** A git repository with the 2025 plan committed on `base`, for a pull request's commits on top. */
function prRepo() {
  const repo = tmp('kehoach-ci-pr-');
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
  return { repo, git };
}
const MiB = 1024 * 1024;
/** ci:diff as the workflow runs it, its whole log kept (it may be megabytes). */
function ciDiff(repo: string, env: Record<string, string> = {}) {
  const summary = join(repo, '..', `summary-${Math.random().toString(36).slice(2)}.md`);
  writeFileSync(summary, '');
  const r = spawnSync(process.execPath, [script('diff.mjs')], { cwd: repo, encoding: 'utf8', env: { ...ENV, GITHUB_STEP_SUMMARY: summary, KEHOACH_DIFF_BASE: 'base', ...env }, timeout: 120_000, maxBuffer: 256 * MiB });
  expect(r.error, 'ci:diff finished').toBeUndefined();
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, summary: readFileSync(summary, 'utf8') };
}

describe('ci:diff: file names git would quote', () => {
  it('a plan in a Vietnamese folder, with spaces and quotes in its name, and one with a line break: each diffed', () => {
    const { repo, git } = prRepo();
    mkdirSync(join(repo, 'plans/hà-nội'));
    const draft = readPlan('ha-noi/2026').replace('baseline: ./2025.yaml', 'baseline: ../ha-noi/2025.yaml');
    writeFileSync(join(repo, 'plans/hà-nội/2026 bản "nháp".yaml'), draft);
    writeFileSync(join(repo, 'plans/ha-noi/dòng\nmới.yaml'), plan2025.replace('value: 6.5, unit: "%" }', 'value: 6, unit: "%" }'));
    writeFileSync(join(repo, 'plans/ha-noi/2025.yaml'), plan2025.replace('value: 6.5, unit: "%" }', 'value: 7, unit: "%" }'));
    git('add', '.');
    git('commit', '-q', '-m', 'odd names');
    const r = ciDiff(repo);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.summary).not.toContain('Không có tệp kế hoạch nào thay đổi.');
    expect(r.summary).toContain('> Tệp mới `plans/hà-nội/2026 bản "nháp".yaml`, so với năm gốc `plans/ha-noi/2025.yaml`.');
    expect(r.summary).toContain('`/dev/null` → `plans/ha-noi/dòng mới.yaml`');
    expect(r.summary).toContain('`base:plans/ha-noi/2025.yaml` → `plans/ha-noi/2025.yaml`');
    expect(r.summary.match(/^### /gm)).toHaveLength(3);
  });

  it('a renamed plan whose new name has a line break: its old name from the merge base, its new from disk', () => {
    const { repo, git } = prRepo();
    git('mv', 'plans/ha-noi/2025.yaml', 'plans/ha-noi/năm\n2025.yaml');
    git('commit', '-q', '-m', 'rename');
    const r = ciDiff(repo, { KEHOACH_LANG: 'en' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.summary).toContain('`base:plans/ha-noi/2025.yaml` → `plans/ha-noi/năm 2025.yaml`');
    expect(r.summary).toContain('No changes.');
  });
});

describe('ci:diff: the job summary stays under GitHub’s 1 MiB', () => {
  it('a lowered target beside a 2 MB clause: the summary is cut, says so in both languages, and keeps the lowered target', () => {
    const { repo, git } = prRepo();
    const words = Array.from({ length: 200_000 }, (_, i) => `từ${i}`).join(' ');
    const lowered = replaceOnce(plan2025, 'value: 6.5, unit: "%" }', 'value: 5, unit: "%" }', 'id: grdp-growth').replace(/(id: closing__para_1\n {6}text: )[^\n]*/, (_, a: string) => a + words);
    writeFileSync(join(repo, 'plans/ha-noi/2025.yaml'), lowered);
    writeFileSync(join(repo, 'plans/ha-noi/2025-copy.yaml'), plan2025);
    git('add', '.');
    git('commit', '-q', '-m', 'huge');
    const comment = join(repo, '..', 'comment.md');
    const r = ciDiff(repo, { KEHOACH_DIFF_COMMENT: comment });
    expect(r.status).toBe(0);
    expect(Buffer.byteLength(r.stdout)).toBeGreaterThan(2 * MiB); // the log keeps the whole report
    expect(Buffer.byteLength(r.summary)).toBeLessThanOrEqual(MiB);
    expect(r.summary).toContain('| 🔻 | `grdp-growth` | 1. Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP) | ≥ 6,5% |  | ≥ 5% | **hạ, kém tham vọng hơn** |');
    expect(r.summary).toContain('✂️ **Bản tóm tắt này đã bị cắt bớt** cho vừa giới hạn 1 MiB của GitHub');
    expect(r.summary).toContain('*This summary was cut to fit GitHub’s 1 MiB limit;');
    expect(r.summary).toMatch(/> ✂️ `plans\/ha-noi\/2025\.yaml`: \*\*phần còn lại đã bị cắt\*\*.*chạy `npx kehoach diff [0-9a-f]{40}:plans\/ha-noi\/2025\.yaml plans\/ha-noi\/2025\.yaml --format markdown --clauses full --max-chars 0` trên máy\./);
    expect(r.summary).toContain('See it whole in this step’s log, or run `npx kehoach diff ');
    // The other file, small, is whole; what follows the huge clause in its own file still shows.
    expect(r.summary).toContain('`/dev/null` → `plans/ha-noi/2025-copy.yaml`');
    expect(r.summary).toMatch(/✂️ … \(\d+ byte\)/);
    expect(markdownHazardsIn(r.summary)).toEqual([]);
    // The comment's body: the 2 MB clause folded to its word counts, the lowered target there.
    const body = readFileSync(comment, 'utf8');
    expect(body.length).toBeLessThan(60_000);
    expect(body).toContain('| 🔻 | `grdp-growth` | 1. Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP) | ≥ 6,5% |  | ≥ 5% | **hạ, kém tham vọng hơn** |');
    expect(body).toMatch(/`closing__para_1` \(đoạn kết, sửa\): \d+ từ bỏ, 200\.000 từ thêm/);
    expect(markdownHazardsIn(body)).toEqual([]);
  }, 120_000);

  it('counts what it already holds: a summary file this step has half filled', () => {
    const { repo, git } = prRepo();
    writeFileSync(join(repo, 'plans/ha-noi/2025.yaml'), replaceOnce(plan2025, 'value: 6.5, unit: "%" }', 'value: 5, unit: "%" }', 'id: grdp-growth'));
    git('commit', '-q', '-am', 'lowered');
    const summary = join(repo, '..', 'half-full.md');
    writeFileSync(summary, 'x'.repeat(MiB - 600)); // less room than this diff needs
    const r = spawnSync(process.execPath, [script('diff.mjs')], { cwd: repo, encoding: 'utf8', env: { ...ENV, GITHUB_STEP_SUMMARY: summary, KEHOACH_DIFF_BASE: 'base' }, timeout: 120_000 });
    expect(r.status).toBe(0);
    const md = readFileSync(summary, 'utf8');
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(MiB);
    expect(md).toContain('Bản tóm tắt này đã bị cắt bớt');
  });
});

describe('ci:diff and ci:validate: nothing read or written outside the repository', () => {
  it('a new plan that is a link out of the repository is not read; a baseline outside is not used', () => {
    const { repo, git } = prRepo();
    const outside = tmp('kehoach-ci-outside-');
    writeFileSync(join(outside, 'secret.yaml'), plan2025.replace('id: grdp-growth', 'id: leaked-outside-id'));
    symlinkSync(join(outside, 'secret.yaml'), join(repo, 'plans/ha-noi/link.yaml'));
    writeFileSync(join(repo, 'plans/ha-noi/2026.yaml'), readPlan('ha-noi/2026').replace('baseline: ./2025.yaml', `baseline: ${join(outside, 'secret.yaml')}`));
    git('add', '.');
    git('commit', '-q', '-m', 'links');
    const r = ciDiff(repo, { KEHOACH_LANG: 'en' });
    expect(r.status).toBe(1);
    expect(r.summary).not.toContain('leaked-outside-id');
    expect(r.summary).toContain('### plans/ha-noi/link.yaml\n\nNot read: the file leads outside the repository (a symbolic link).');
    expect(r.summary).toContain('`/dev/null` → `plans/ha-noi/2026.yaml`');
  });

  it('ci:validate does not write the SARIF through a link out of the repository', () => {
    const dir = tmp('kehoach-ci-sarif-');
    const outside = tmp('kehoach-ci-outside-');
    mkdirSync(join(dir, 'plans'));
    writeFileSync(join(dir, 'plans', '2025.yaml'), plan2025);
    writeFileSync(join(outside, 'victim'), 'untouched\n');
    symlinkSync(join(outside, 'victim'), join(dir, 'kehoach.sarif'));
    const r = run(process.execPath, [script('validate.mjs'), 'plans'], dir, { KEHOACH_SARIF: 'kehoach.sarif' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Not writing “kehoach.sarif”: it (or a folder it is in) is a symbolic link leading outside the repository');
    expect(r.stderr).toContain('Không ghi “kehoach.sarif”');
    expect(readFileSync(join(outside, 'victim'), 'utf8')).toBe('untouched\n');
  });
});

describe('ci:schema: only regular files of bounded size, nothing out of the repository', () => {
  it('a FIFO, a 50 MB file and a link out among the plans: each reported, none read; the plan beside them checked', () => {
    const dir = tmp('kehoach-ci-files-');
    writeFileSync(join(dir, 'a.yaml'), plan2025);
    const fifo = spawnSync('mkfifo', [join(dir, 'pipe.yaml')]).status === 0;
    writeFileSync(join(dir, 'huge.yaml'), '');
    truncateSync(join(dir, 'huge.yaml'), 50 * MiB);
    symlinkSync('/etc/passwd', join(dir, 'passwd.yaml'));
    mkdirSync(join(dir, 'sub'));
    symlinkSync('/usr', join(dir, 'sub', 'usr'));
    const r = run(process.execPath, [script('schema.mjs')], REPO_ROOT, { KEHOACH_PLANS_DIR: dir });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const annotations = workflowCommandsIn(r.stdout);
    const about = (file: string) => annotations.filter((l) => l.includes(`/${file},`)).join('\n');
    if (fifo) expect(about('pipe.yaml')).toContain('not a regular file (a FIFO, socket or device); not read.');
    expect(about('huge.yaml')).toContain('File too large (50 MB); the limit for a plan is 10 MB. The file was not read.');
    expect(about('passwd.yaml')).toContain('it leads outside the repository (directly or through a symbolic link); not read.');
    expect(r.stdout).not.toContain('root:');
    expect(r.stdout).toContain('Skipped “');
    expect(about('a.yaml')).toBe('');
    expect(r.stdout).toContain('2 plan(s) checked'); // a.yaml, and huge.yaml refused from its size
  });
});
