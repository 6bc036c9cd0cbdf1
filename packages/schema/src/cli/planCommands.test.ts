// kehoach new-year, diff and git-setup as real processes (the built bundle), and git's external
// diff driver in a temporary repository.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { scaffoldNewYear } from '../scaffold/newYear.js';
import { REPO_ROOT, readPlan, replaceOnce } from '../testing/realPlans.js';
import { ATTRIBUTES_LINE, hasAttributesLine, shellQuote } from './gitSetupCommand.js';

const BIN = join(REPO_ROOT, 'packages/schema/bin/kehoach.js');
const text2025 = readPlan('ha-noi/2025');
const draftText = scaffoldNewYear(text2025, { baseline: './2025.yaml' }).text;
/** The draft with the GRDP growth target set to ≥ 8% and the CPI ceiling kept. */
const editedDraft = replaceOnce(draftText, 'target: { placeholder: true }', 'target: { wording: "8% trở lên", kind: level, op: ">=", value: 8, unit: "%" }', 'id: grdp-growth');

const ENV = { PATH: process.env.PATH ?? '', GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', KEHOACH_LANG: 'vi' };

function run(cmd: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...ENV, ...env }, timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
const kehoach = (args: string[], cwd = REPO_ROOT, env: Record<string, string> = {}) => run(process.execPath, [BIN, ...args], cwd, env);
const git = (args: string[], cwd: string) => {
  const r = run('git', args, cwd);
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
};
const tmp = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));

describe('kehoach new-year', () => {
  it('writes <year+1>.yaml beside the file: the scaffold, atomically', () => {
    const dir = tmp('kehoach-ny-');
    writeFileSync(join(dir, '2025.yaml'), text2025);
    const r = kehoach(['new-year', '2025.yaml'], dir);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Đã tạo 2026.yaml: dự thảo năm 2026 từ 2025.yaml; 25 chỉ tiêu và 17 chỉ tiêu thành phần');
    expect(readFileSync(join(dir, '2026.yaml'), 'utf8')).toBe(draftText);
    expect(readdirSync(dir).sort()).toEqual(['2025.yaml', '2026.yaml']); // no temporary file left
  });

  it('never overwrites an existing file without --force (exit 2, file untouched)', () => {
    const dir = tmp('kehoach-ny-');
    writeFileSync(join(dir, '2025.yaml'), text2025);
    writeFileSync(join(dir, '2026.yaml'), '# the drafters’ work\n');
    const r = kehoach(['new-year', join(dir, '2025.yaml'), '--lang', 'en'], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('“2026.yaml” already exists; not overwritten. Use --force to overwrite it.\n');
    expect(readFileSync(join(dir, '2026.yaml'), 'utf8')).toBe('# the drafters’ work\n');
    const forced = kehoach(['new-year', '2025.yaml', '--force'], dir);
    expect(forced.status).toBe(0);
    expect(readFileSync(join(dir, '2026.yaml'), 'utf8')).toBe(draftText);
  });

  it('--out elsewhere: the baseline path is relative to the draft', () => {
    const dir = tmp('kehoach-ny-');
    writeFileSync(join(dir, '2025.yaml'), text2025);
    const r = kehoach(['new-year', '2025.yaml', '--out', 'drafts/2026.yaml'], dir);
    expect(r.status).toBe(0);
    expect(readFileSync(join(dir, 'drafts/2026.yaml'), 'utf8')).toContain('\nbaseline: ../2025.yaml\n');
  });

  it('from a draft: written all the same, with a note on stderr', () => {
    const dir = tmp('kehoach-ny-');
    writeFileSync(join(dir, '2026.yaml'), draftText);
    const r = kehoach(['new-year', '2026.yaml', '--lang', 'en'], dir);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('Note: “2026.yaml” is itself a draft (status: draft), not an adopted plan; the new draft carries its unadopted text and targets.\n');
    expect(readFileSync(join(dir, '2027.yaml'), 'utf8')).toContain('\nyear: 2027\nstatus: draft\nbaseline: ./2026.yaml\n');
  });

  it('from the adopted 2026 plan: says which indicators were left out, dropped or unconfirmed', () => {
    const dir = tmp('kehoach-ny-');
    writeFileSync(join(dir, '2026.yaml'), readPlan('ha-noi/2026'));
    const r = kehoach(['new-year', '2026.yaml', '--lang', 'en'], dir);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('\nNot carried over (already dropped last year): investment-growth.\n');
    expect(r.stdout).toMatch(/\nNot carried over \(unconfirmed last year: no source names them\): [a-z-]+(, [a-z-]+)*\.\n/);
    expect(r.stdout).toContain('poor-households');
  });

  it('keeps the plan file’s form: a CRLF file with a byte-order mark gives a CRLF draft with one', () => {
    const dir = tmp('kehoach-ny-');
    writeFileSync(join(dir, '2025.yaml'), '\uFEFF' + text2025.replace(/\n/g, '\r\n'));
    const r = kehoach(['new-year', '2025.yaml'], dir);
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(readFileSync(join(dir, '2026.yaml'), 'utf8')).toBe('\uFEFF' + draftText.replace(/\n/g, '\r\n'));
  });

  it('refuses a form it cannot edit safely: exit 1, why in both languages, nothing written', () => {
    const dir = tmp('kehoach-ny-');
    writeFileSync(join(dir, '2025.yaml'), text2025.replace(/\n/g, '\r\n').replace('\r\nyear: 2025', '\nyear: 2025'));
    const vi = kehoach(['new-year', '2025.yaml'], dir);
    expect(vi.status).toBe(1);
    expect(vi.stderr).toBe('Không tạo dự thảo từ “2025.yaml”, không ghi tệp nào: tệp dùng lẫn nhiều kiểu xuống dòng (LF, CRLF, CR); hãy dùng một kiểu cho cả tệp rồi thử lại.\n');
    const en = kehoach(['new-year', '2025.yaml', '--lang', 'en'], dir);
    expect(en.stderr).toBe('No draft made from “2025.yaml”, nothing written: the file mixes line endings (LF, CRLF, CR); use one kind for the whole file, then try again.\n');
    expect(readdirSync(dir)).toEqual(['2025.yaml']);
  });

  it('refuses a baseline with errors (exit 1) and bad usage (exit 2)', () => {
    const dir = tmp('kehoach-ny-');
    writeFileSync(join(dir, '2025.yaml'), text2025.replace('direction: higher', 'direcion: higher'));
    const r = kehoach(['new-year', '2025.yaml'], dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('schema-unknown-key');
    expect(existsSync(join(dir, '2026.yaml'))).toBe(false);
    expect(kehoach(['new-year'], dir).status).toBe(2);
    expect(kehoach(['new-year', 'missing.yaml'], dir).status).toBe(2);
  });
});

describe('kehoach diff', () => {
  let dir: string;
  beforeAll(() => {
    dir = tmp('kehoach-diff-');
    writeFileSync(join(dir, '2025.yaml'), text2025);
    writeFileSync(join(dir, '2026.yaml'), draftText);
    writeFileSync(join(dir, '2026-edited.yaml'), editedDraft);
  });

  it('prints a readable report; exit 0, or 1 with --exit-code when the plans differ', () => {
    const r = kehoach(['diff', '2025.yaml', '2026-edited.yaml'], dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('So sánh kế hoạch Thành phố Hà Nội: 2025 (đã thông qua) → 2026 (dự thảo)');
    expect(r.stdout).toContain('chỉ tiêu: ≥ 6,5% → ≥ 8% (nâng, tham vọng hơn)');
    expect(r.stdout).toContain('chỉ tiêu: < 4,5% → chưa đặt');
    expect(r.stdout).not.toContain('\x1b[');
    expect(kehoach(['diff', '2025.yaml', '2026.yaml', '--exit-code'], dir).status).toBe(1);
    expect(kehoach(['diff', '2026.yaml', '2026.yaml', '--exit-code'], dir).status).toBe(0);
  });

  it('--format json is the PlanDiff; --format markdown a table; --color always colours', () => {
    const json = JSON.parse(kehoach(['diff', '2026.yaml', '2026-edited.yaml', '--format', 'json'], dir).stdout);
    expect(json.version).toBe(1);
    expect(json.from.label).toBe('2026.yaml');
    const g = json.indicators.find((d: { id: string }) => d.id === 'grdp-growth');
    expect(g.target.verdict).toBe('set');
    expect(g.sincePrevious).toMatchObject({ verdict: 'raised', ambition: 'more' });
    const md = kehoach(['diff', '2025.yaml', '2026-edited.yaml', '--format', 'markdown', '--lang', 'en'], dir).stdout;
    expect(md).toContain('| 🔺 | `grdp-growth` | 1. Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP) | ≥ 6.5% |  | ≥ 8% | **raised, more ambitious** |');
    expect(kehoach(['diff', '2025.yaml', '2026.yaml', '--color', 'always'], dir).stdout).toContain('\x1b[');
  });

  it('the real 2025 → 2026 change as Markdown fits a GitHub comment, indicator table first; --clauses full --max-chars 0 prints it all', () => {
    const md = kehoach(['diff', 'plans/ha-noi/2025.yaml', 'plans/ha-noi/2026.yaml', '--format', 'markdown']);
    expect(md.status).toBe(0);
    expect(md.stdout.length).toBeLessThan(60_000);
    expect(md.stdout.indexOf('#### Chỉ tiêu (30)')).toBeLessThan(md.stdout.indexOf('#### Thông tin văn bản'));
    const full = kehoach(['diff', 'plans/ha-noi/2025.yaml', 'plans/ha-noi/2026.yaml', '--format', 'markdown', '--clauses', 'full', '--max-chars', '0']);
    expect(full.stdout).toContain('Điều 2. Một số nhiệm vụ, giải pháp chủ yếu');
    expect(full.stdout.length).toBeGreaterThan(md.stdout.length);
    const cut = kehoach(['diff', 'plans/ha-noi/2025.yaml', 'plans/ha-noi/2026.yaml', '--format', 'markdown', '--clauses', 'full', '--max-chars', '20000', '--lang', 'en']);
    expect(cut.stdout.length).toBeLessThanOrEqual(20_000);
    expect(cut.stdout).toContain("or run `kehoach diff plans/ha-noi/2025.yaml plans/ha-noi/2026.yaml --format markdown --clauses full --max-chars 0`");
    expect(kehoach(['diff', '2025.yaml', '2026.yaml', '--clauses', 'some'], dir).status).toBe(2);
    expect(kehoach(['diff', '2025.yaml', '2026.yaml', '--max-chars', '-1'], dir).status).toBe(2);
  });

  it('either side may be a git revision', () => {
    const r = kehoach(['diff', 'HEAD:plans/ha-noi/2025.yaml', 'plans/ha-noi/2025.yaml']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('--- HEAD:plans/ha-noi/2025.yaml');
    const bad = kehoach(['diff', 'no-such-rev:plans/ha-noi/2025.yaml', 'plans/ha-noi/2025.yaml', '--lang', 'en']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^Cannot read “no-such-rev:plans\/ha-noi\/2025\.yaml” from git: /);
  });

  it('usage and read errors exit 2', () => {
    expect(kehoach(['diff', '2025.yaml'], dir).status).toBe(2);
    expect(kehoach(['diff', '2025.yaml', 'nope.yaml'], dir).status).toBe(2);
    expect(kehoach(['diff', '2025.yaml', '2026.yaml', '--format', 'html'], dir).status).toBe(2);
    expect(kehoach(['diff', '2025.yaml', '2026.yaml', '--color', 'pink'], dir).status).toBe(2);
    writeFileSync(join(dir, 'broken.yaml'), 'a: [');
    const broken = kehoach(['diff', '2025.yaml', 'broken.yaml', '--lang', 'en'], dir);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toContain('“broken.yaml” cannot be read as a plan');
  });

  it('/dev/null stands for a missing side', () => {
    const r = kehoach(['diff', '/dev/null', '2025.yaml', '--format', 'json'], dir);
    expect(JSON.parse(r.stdout).summary.indicators.added).toBe(25);
  });
});

describe('git integration: kehoach git-setup and the external diff driver', () => {
  let repo: string;
  beforeAll(() => {
    repo = tmp('kehoach-git-');
    git(['init', '-q', '-b', 'main'], repo);
    git(['config', 'user.name', 'Kiểm thử'], repo);
    git(['config', 'user.email', 'test@example.invalid'], repo);
    mkdirSync(join(repo, 'plans/ha-noi'), { recursive: true });
    writeFileSync(join(repo, 'plans/ha-noi/2025.yaml'), text2025);
    writeFileSync(join(repo, 'plans/ha-noi/2026.yaml'), draftText);
    git(['add', '.'], repo);
    git(['commit', '-q', '-m', 'draft'], repo);
    writeFileSync(join(repo, 'plans/ha-noi/2026.yaml'), editedDraft);
    git(['commit', '-q', '-am', 'GRDP ≥ 8%'], repo);
  });

  it('git-setup configures the driver and adds the .gitattributes line (once)', () => {
    const sub = join(repo, 'plans/ha-noi');
    const r = kehoach(['git-setup'], sub);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Đã thêm “plans/**/*.yaml diff=kehoach” vào .gitattributes');
    expect(readFileSync(join(repo, '.gitattributes'), 'utf8')).toBe(`${ATTRIBUTES_LINE}\n`);
    expect(git(['config', '--local', 'diff.kehoach.command'], repo).trim()).toBe(`${shellQuote(process.execPath)} ${shellQuote(BIN)} diff --git-driver`);
    const again = kehoach(['git-setup', '--lang', 'en'], repo);
    expect(again.stdout).toContain('.gitattributes already has');
    expect(readFileSync(join(repo, '.gitattributes'), 'utf8')).toBe(`${ATTRIBUTES_LINE}\n`);
  });

  it('git diff between two commits prints the semantic diff', () => {
    const out = git(['diff', 'HEAD~1', '--', 'plans/ha-noi/2026.yaml'], repo);
    expect(out).toContain('diff --kehoach a/plans/ha-noi/2026.yaml b/plans/ha-noi/2026.yaml');
    expect(out).toContain('--- a/plans/ha-noi/2026.yaml');
    expect(out).toMatch(/grdp-growth — Tốc độ tăng tổng sản phẩm trên địa bàn \(GRDP\)\n\s+chỉ tiêu: chưa đặt → ≥ 8% \(đặt chỉ tiêu\) \[năm trước: ≥ 6,5%: nâng, tham vọng hơn\]/);
    expect(out).not.toContain('@@');
  });

  it('git log -p --ext-diff shows it too; --no-ext-diff gives the YAML lines', () => {
    expect(git(['log', '-p', '--ext-diff', '-1', '--', 'plans/ha-noi/2026.yaml'], repo)).toContain('≥ 8% (đặt chỉ tiêu)');
    expect(git(['diff', '--no-ext-diff', 'HEAD~1', '--', 'plans/ha-noi/2026.yaml'], repo)).toContain('+    target: { wording: "8% trở lên"');
  });

  it('working-tree changes, added files (/dev/null) and broken YAML never make git fail', () => {
    writeFileSync(join(repo, 'plans/ha-noi/2026.yaml'), editedDraft.replace('value: 8, unit', 'value: 7.5, unit').replace('"8% trở lên"', '"7,5% trở lên"'));
    expect(git(['diff', '--', 'plans/ha-noi/2026.yaml'], repo)).toContain('chỉ tiêu: ≥ 8% → ≥ 7,5% (hạ, kém tham vọng hơn)');
    writeFileSync(join(repo, 'plans/ha-noi/2027.yaml'), draftText);
    git(['add', 'plans/ha-noi/2027.yaml'], repo);
    const added = git(['diff', '--cached', '--', 'plans/ha-noi/2027.yaml'], repo);
    expect(added).toContain('--- /dev/null');
    expect(added).toContain('25 thêm');
    writeFileSync(join(repo, 'plans/ha-noi/2026.yaml'), 'year: [\n');
    const broken = git(['diff', '--', 'plans/ha-noi/2026.yaml'], repo);
    expect(broken).toContain('# kehoach: ');
    expect(broken).toContain('+year: [');
  });

  it('recognises the attributes line', () => {
    expect(hasAttributesLine('*.md text\nplans/**/*.yaml  diff=kehoach  text\n')).toBe(true);
    expect(hasAttributesLine('plans/**/*.yaml text\n')).toBe(false);
  });
});
