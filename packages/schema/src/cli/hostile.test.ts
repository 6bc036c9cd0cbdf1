// Hostile files and folders through `kehoach validate`, the built CLI spawned as CI runs it:
// a clear message or diagnostic per file, the right exit status, no stack trace, no hang
// (each run has a timeout; speed itself is measured by the bench, not asserted here).
import { spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLAN_2025_STANDALONE } from '../testing/fixtures.js';
import { positionOf, REPO_ROOT, readPlan, replaceOnce } from '../testing/realPlans.js';

const BIN = join(REPO_ROOT, 'packages/schema/bin/kehoach.js');
const MB = 1 << 20;
// Copied into folders without its baseline: the plan standing alone.
const plan2025 = PLAN_2025_STANDALONE;

/**
 * Tests run as root in CI containers, where chmod 000 does not stop a read: there, an
 * unreadable plan is made another way (a FIFO, which would block a naive reader forever, and
 * a symbolic link to nothing), and the permission case runs only as an ordinary user.
 */
const isRoot = process.getuid?.() === 0;

/** A preload that records every file the CLI reads (to prove a big file is refused unread). */
function readRecorder(dir: string): string {
  const path = join(dir, '..', `read-recorder-${process.pid}.cjs`);
  writeFileSync(
    path,
    `const fs = require('fs'); const reads = []; const fdPath = new Map();
const openSync = fs.openSync;
fs.openSync = function (p, ...rest) { const fd = openSync.call(this, p, ...rest); fdPath.set(fd, String(p)); return fd; };
const readSync = fs.readSync;
fs.readSync = function (fd, ...rest) { reads.push(fdPath.get(fd) ?? String(fd)); return readSync.call(this, fd, ...rest); };
const open = fs.promises.open;
fs.promises.open = async function (p, ...rest) {
  const h = await open.call(this, p, ...rest);
  for (const m of ['readFile', 'read']) { const f = h[m].bind(h); h[m] = (...a) => { reads.push(String(p)); return f(...a); }; }
  return h;
};
for (const m of ['readFile', 'readFileSync']) { const f = fs[m]; fs[m] = function (p, ...a) { reads.push(typeof p === 'number' ? fdPath.get(p) ?? String(p) : String(p)); return f.call(this, p, ...a); }; }
const rf = fs.promises.readFile; fs.promises.readFile = function (p, ...a) { reads.push(String(p)); return rf.call(this, p, ...a); };
require('module').syncBuiltinESMExports(); // the CLI imports node:fs as ESM
process.on('exit', () => fs.writeSync(2, '\\nREADS ' + JSON.stringify(reads) + '\\n'));
`,
  );
  return path;
}

function kehoach(args: string[], opts: { cwd?: string; preload?: string } = {}) {
  const r = spawnSync(process.execPath, [...(opts.preload ? ['--require', opts.preload] : []), BIN, ...args], {
    cwd: opts.cwd ?? REPO_ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', KEHOACH_JOBS: '1' },
    timeout: 120_000,
    maxBuffer: 1 << 28,
  });
  expect(r.error, 'the CLI finished (no hang)').toBeUndefined();
  expect(r.stdout + r.stderr, 'no stack trace').not.toMatch(/\n\s+at .+[(:]\d+/);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

type Reported = { file: string; code: string; message: string };
const byFile = (stdout: string) => {
  const out: Record<string, string[]> = {};
  for (const d of JSON.parse(stdout) as Reported[]) (out[d.file.split('/').pop()!] ??= []).push(d.code);
  return out;
};

describe('kehoach validate: hostile files', () => {
  it('a 50 MB file is refused from its size alone: never read, the other plans still checked', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-50mb-'));
    writeFileSync(join(dir, 'big.yaml'), '');
    truncateSync(join(dir, 'big.yaml'), 50 * MB); // sparse: 50 MB of NUL, never written
    writeFileSync(join(dir, 'ok.yaml'), plan2025);
    const r = kehoach(['validate', dir, '--lang', 'en'], { preload: readRecorder(dir) });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/big\.yaml:1:1 error file-too-large File too large \(50 MB\); the limit for a plan is 10 MB\. The file was not read\./);
    const reads: string[] = JSON.parse(/READS (.*)/.exec(r.stderr)![1]!);
    expect(reads.some((p) => p.endsWith('ok.yaml'))).toBe(true);
    expect(reads.filter((p) => p.endsWith('big.yaml'))).toEqual([]);
  });

  it('a FIFO named .yaml, given by name or found in a folder: refused unread (it would block forever)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-fifo-'));
    const made = spawnSync('mkfifo', [join(dir, 'pipe.yaml')]);
    if (made.status !== 0) return; // no mkfifo on this system: nothing to test
    writeFileSync(join(dir, 'ok.yaml'), plan2025);
    const named = kehoach(['validate', join(dir, 'pipe.yaml'), '--lang', 'en']);
    expect(named.status).toBe(2);
    expect(named.stdout).toContain('error file-unreadable Cannot read the file: not a regular file (a FIFO, socket or device); not read.');
    const walked = kehoach(['validate', dir, '--lang', 'en']);
    expect(walked.status).toBe(2);
    expect(walked.stderr).toMatch(/Cannot read “.*pipe\.yaml”: not a regular file/);
  });

  it('a symbolic link to nothing is a read error (exit 2), not a skipped loop', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-dangling-'));
    writeFileSync(join(dir, 'ok.yaml'), plan2025);
    symlinkSync(join(dir, 'gone.yaml'), join(dir, '2026.yaml'));
    const r = kehoach(['validate', dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Không đọc được “.*2026\.yaml”: liên kết tượng trưng trỏ tới nơi không tồn tại\./);
  });

  it(`an unreadable plan: ${isRoot ? 'as root chmod 000 does not block reads, so a FIFO and a dangling link stand in (tests above)' : 'chmod 000 file and folder'}`, () => {
    if (isRoot) {
      const dir = mkdtempSync(join(tmpdir(), 'kehoach-root-'));
      writeFileSync(join(dir, 'locked.yaml'), plan2025);
      chmodSync(join(dir, 'locked.yaml'), 0);
      // Root reads it anyway: validated like any file (this is why the other ways exist).
      expect(kehoach(['validate', dir]).status).toBe(0);
      return;
    }
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-perm-'));
    writeFileSync(join(dir, 'locked.yaml'), plan2025);
    chmodSync(join(dir, 'locked.yaml'), 0);
    mkdirSync(join(dir, 'closed'));
    writeFileSync(join(dir, 'closed', 'inside.yaml'), plan2025);
    chmodSync(join(dir, 'closed'), 0);
    const r = kehoach(['validate', dir, '--lang', 'en']);
    chmodSync(join(dir, 'closed'), 0o755);
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('error file-unreadable Cannot read the file: permission denied (EACCES).');
    expect(r.stderr).toMatch(/Cannot read “.*closed”: permission denied \(EACCES\)\./);
  });

  it('everything at once in one plans folder: each file its own clear diagnostic or message', () => {
    const root = mkdtempSync(join(tmpdir(), 'kehoach-zoo-'));
    const dir = join(root, 'plans');
    mkdirSync(dir);
    const put = (name: string, data: string | Buffer) => writeFileSync(join(dir, name), data);
    put('a-valid.yaml', plan2025);
    put('bom-crlf.yaml', '\uFEFF' + plan2025.replace(/\n/g, '\r\n'));
    put('cr-only.yaml', plan2025.replace(/\n/g, '\r'));
    put('big.yaml', '');
    truncateSync(join(dir, 'big.yaml'), 50 * MB);
    put('nul.yaml', Buffer.concat([Buffer.from('year: 2025\n'), Buffer.from([0]), Buffer.from('\n')]));
    put('latin1.yaml', Buffer.from('name: Ha N\xf4i\n', 'latin1'));
    put('tabs.yaml', replaceOnce(plan2025, '\n    name: Tốc độ tăng tổng sản phẩm', '\n  \t  name: Tốc độ tăng tổng sản phẩm'));
    put('dup.yaml', replaceOnce(plan2025, '    direction: higher\n', '    direction: higher\n    direction: lower\n'));
    put('merge.yaml', replaceOnce(plan2025, '  - id: grdp-per-capita\n', '  - <<: { unit: "%" }\n    id: grdp-per-capita\n'));
    put('tags.yaml', replaceOnce(plan2025, 'year: 2025', 'year: !!js/function "function () { process.exit(9) }"'));
    put('bomb.yaml', ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill('*' + 'abcdefgh'[i]).join(', ')}]`)].join('\n') + '\n');
    put('deep.yaml', 'a: ' + '['.repeat(MB) + '\n');
    put('long-line.yaml', replaceOnce(plan2025, 'wording: "6,5% trở lên"', `wording: "${'x'.repeat(MB)}"`));
    put('empty.yaml', '');
    symlinkSync(join(dir, 'nowhere.yaml'), join(dir, 'dangling.yaml'));
    mkdirSync(join(dir, 'sub'));
    symlinkSync(dir, join(dir, 'sub', 'loop'));
    const fifo = spawnSync('mkfifo', [join(dir, 'pipe.yaml')]).status === 0;

    const r = kehoach(['validate', 'plans', '--format', 'json', '--lang', 'en'], { cwd: root });
    expect(r.status).toBe(2); // read errors (dangling link, FIFO) outrank plan errors
    const got = byFile(r.stdout);
    expect(got['a-valid.yaml']).toBeUndefined();
    expect(got['bom-crlf.yaml']).toBeUndefined();
    expect(got['cr-only.yaml']).toBeUndefined();
    expect(got['big.yaml']).toEqual(['file-too-large']);
    expect(got['nul.yaml']).toEqual(['file-binary']);
    expect(got['latin1.yaml']).toEqual(['file-not-utf8']);
    expect(got['tabs.yaml']?.[0]).toBe('yaml-tab-indent');
    expect(got['dup.yaml']).toEqual(['yaml-duplicate-key']);
    expect(got['merge.yaml']).toEqual(['schema-unknown-key']);
    expect(got['tags.yaml']).toContain('yaml-unknown-tag');
    expect(got['bomb.yaml']).toEqual(['yaml-alias-limit']);
    expect(got['deep.yaml']).toEqual(['yaml-too-deep']);
    // A megabyte of “x” writes no number: its value 6,5 is reported too (read in linear time).
    expect(got['long-line.yaml']).toEqual(['malformed-target', 'value-not-in-wording']);
    expect(got['empty.yaml']).toEqual(['file-empty']);
    if (fifo) expect(r.stderr).toMatch(/Cannot read “plans\/pipe\.yaml”: not a regular file/);
    expect(r.stderr).toMatch(/Cannot read “plans\/dangling\.yaml”: a symbolic link to nothing/);
    expect(r.stderr).toMatch(/Skipped “plans\/sub\/loop”: symbolic link loop\./);
    // Messages stay messages: the 1 MB wording is quoted cut short.
    const longest = Math.max(...(JSON.parse(r.stdout) as Reported[]).map((d) => d.message.length));
    expect(longest).toBeLessThan(3000);
    expect(readFileSync(join(dir, 'a-valid.yaml'), 'utf8')).toBe(plan2025);
  });
});

describe('kehoach validate: folders reached twice', () => {
  it('a link to a folder already checked is a second path to it, not a loop; a link to a folder above is a loop', () => {
    const root = mkdtempSync(join(tmpdir(), 'kehoach-alias-'));
    // The real folder is named for the plan's jurisdiction (jurisdiction-mismatch checks it).
    mkdirSync(join(root, 'plans', 'ha-noi'), { recursive: true });
    writeFileSync(join(root, 'plans', 'ha-noi', '2025.yaml'), plan2025);
    symlinkSync(join(root, 'plans', 'ha-noi'), join(root, 'plans', 'x')); // an alias (walked after the folder: names are sorted)
    symlinkSync(join(root, 'plans'), join(root, 'plans', 'ha-noi', 'up')); // a loop
    const r = kehoach(['validate', 'plans', '--format', 'json', '--lang', 'en'], { cwd: root });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('Skipped “plans/x”: a symbolic link to a folder already checked as “plans/ha-noi”.');
    expect(r.stderr).toContain('Skipped “plans/ha-noi/up”: symbolic link loop.');
    expect(r.stderr).not.toContain('“plans/x”: symbolic link loop');
    const vi = kehoach(['validate', 'plans', '--lang', 'vi'], { cwd: root });
    expect(vi.stderr).toContain('Bỏ qua “plans/x”: liên kết tượng trưng tới thư mục đã kiểm tra qua “plans/ha-noi”.');
  });
});

// Each test spawns several processes: its 120 s are a hang guard on a loaded machine, not a speed limit.
describe('render, export, new-year and diff: the reader validate uses', () => {
  const fifoDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-fifo-cmd-'));
    writeFileSync(join(dir, '2025.yaml'), plan2025);
    return spawnSync('mkfifo', [join(dir, 'pipe.yaml')]).status === 0 ? dir : undefined;
  };
  const NOT_REGULAR_VI = 'không phải tệp thường (FIFO, socket hay thiết bị), không đọc.';

  it('kehoach diff on a FIFO or a device ends at once: exit 2 and why', () => {
    const dir = fifoDir();
    if (dir) {
      const r = kehoach(['diff', 'pipe.yaml', '2025.yaml'], { cwd: dir });
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(`Không đọc được “pipe.yaml”: ${NOT_REGULAR_VI}\n`);
      expect(kehoach(['diff', '2025.yaml', 'pipe.yaml', '--lang', 'en'], { cwd: dir }).stderr).toBe('Cannot read “pipe.yaml”: not a regular file (a FIFO, socket or device); not read.\n');
    }
    const zero = kehoach(['diff', '/dev/zero', 'plans/ha-noi/2025.yaml']);
    expect(zero.status).toBe(2);
    expect(zero.stderr).toBe(`Không đọc được “/dev/zero”: ${NOT_REGULAR_VI}\n`);
    expect(zero.stdout).toBe('');
  }, 120_000);

  it('render, export and new-year on a FIFO: exit 2 and why, nothing written', () => {
    const dir = fifoDir();
    if (!dir) return; // no mkfifo on this system: nothing to test
    for (const args of [['render', 'pipe.yaml'], ['export', 'pipe.yaml', '--format', 'json'], ['new-year', 'pipe.yaml']]) {
      const r = kehoach(args, { cwd: dir });
      expect(r.status, args[0]).toBe(2);
      expect(r.stderr, args[0]).toBe(`Không đọc được “pipe.yaml”: ${NOT_REGULAR_VI}\n`);
      expect(r.stdout, args[0]).toBe('');
    }
    expect(readdirSync(dir).sort()).toEqual(['2025.yaml', 'pipe.yaml']);
  }, 120_000);

  it('a 50 MB file is refused from its size by every command, never read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-50mb-cmd-'));
    writeFileSync(join(dir, 'big.yaml'), '');
    truncateSync(join(dir, 'big.yaml'), 50 * MB);
    writeFileSync(join(dir, '2025.yaml'), plan2025);
    const preload = readRecorder(dir);
    for (const args of [['render', 'big.yaml'], ['export', 'big.yaml'], ['new-year', 'big.yaml'], ['diff', '2025.yaml', 'big.yaml']]) {
      const r = kehoach([...args, '--lang', 'en'], { cwd: dir, preload });
      expect(r.status, args[0]).toBe(2);
      expect(r.stderr, args[0]).toContain('Cannot read “big.yaml”: File too large (50 MB); the limit for a plan is 10 MB. The file was not read.\n');
      const reads: string[] = JSON.parse(/READS (.*)/.exec(r.stderr)![1]!);
      expect(reads.filter((p) => p.endsWith('big.yaml')), args[0]).toEqual([]);
    }
  }, 120_000);
});

/**
 * A git work tree holding the real 2025 and 2026 plans, and a folder beside it that is
 * outside it, holding a plan-shaped file (its ids would leak into messages) and a victim file.
 */
function repoBesideOutside() {
  const top = mkdtempSync(join(tmpdir(), 'kehoach-access-'));
  const repo = join(top, 'repo');
  const outside = join(top, 'outside');
  mkdirSync(join(repo, 'plans', 'ha-noi'), { recursive: true });
  mkdirSync(join(outside, 'plans'), { recursive: true });
  expect(spawnSync('git', ['init', '-q', repo]).status).toBe(0);
  writeFileSync(join(repo, 'plans', 'ha-noi', '2025.yaml'), plan2025);
  writeFileSync(join(repo, 'plans', 'ha-noi', '2026.yaml'), plan2026);
  writeFileSync(join(outside, '2025.yaml'), plan2025.replace('id: grdp-growth', 'id: leaked-outside-id'));
  writeFileSync(join(outside, 'plans', 'x.yaml'), 'year: oops-outside\n');
  writeFileSync(join(outside, 'victim'), 'untouched\n');
  return { top, repo, outside };
}
const plan2026 = readPlan('ha-noi/2026');
const baselineAt = (text: string, value: string) => {
  const p = positionOf(text, value, 'baseline:');
  return `plans/ha-noi/2026.yaml:${p.line + 1}:${p.character + 1}`;
};

describe('the file-access policy: a plan’s baseline outside the repository is not read', () => {
  it('a path out of the repository, an absolute path, a link leading out: baseline-outside at the value, never opened', () => {
    const { repo, outside } = repoBesideOutside();
    symlinkSync(join(outside, '2025.yaml'), join(repo, 'plans', 'ha-noi', '2024.yaml'));
    const preload = readRecorder(repo);
    for (const value of ['../../../outside/2025.yaml', join(outside, '2025.yaml'), '../../../../../../../../etc/passwd', './2024.yaml']) {
      const text = replaceOnce(plan2026, 'baseline: ./2025.yaml', `baseline: ${value}`);
      writeFileSync(join(repo, 'plans', 'ha-noi', '2026.yaml'), text);
      const r = kehoach(['validate', 'plans/ha-noi/2026.yaml', '--lang', 'en'], { cwd: repo, preload });
      expect(r.status, value).toBe(1);
      expect(r.stdout, value).toMatch(new RegExp(`${baselineAt(text, value).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} error baseline-outside The baseline plan “[^”]+” was not read: the path leads outside the repository`));
      expect(r.stdout, value).not.toContain('leaked-outside-id');
      const reads: string[] = JSON.parse(/READS (.*)/.exec(r.stderr)![1]!);
      expect(reads.filter((p) => p.includes('outside') || p.includes('/etc/')), value).toEqual([]);
    }
    const vi = kehoach(['validate', 'plans/ha-noi/2026.yaml', '--lang', 'vi'], { cwd: repo });
    expect(vi.stdout).toContain('lỗi baseline-outside Không đọc kế hoạch năm gốc “plans/ha-noi/2024.yaml”: đường dẫn dẫn ra ngoài kho lưu trữ');
  });

  it('inside the repository, through a link that stays inside too, the baseline is read as before', () => {
    const { repo } = repoBesideOutside();
    symlinkSync('2025.yaml', join(repo, 'plans', 'ha-noi', '2024.yaml'));
    writeFileSync(join(repo, 'plans', 'ha-noi', '2026.yaml'), replaceOnce(plan2026, 'baseline: ./2025.yaml', 'baseline: ./2024.yaml'));
    const r = kehoach(['validate', 'plans/ha-noi/2026.yaml', '--format', 'json'], { cwd: repo });
    const codes = (JSON.parse(r.stdout) as Reported[]).map((d) => d.code);
    expect(codes).not.toContain('baseline-outside');
    expect(codes).not.toContain('baseline-not-found');
    expect(codes).toContain('year-mismatch'); // 2024 named, 2025 found in it: the baseline was read
  });

  it('kehoach.config.json that leads out of the repository is not read', () => {
    const { repo, outside } = repoBesideOutside();
    writeFileSync(join(outside, 'config.json'), '{ "rules": { "placeholder-target": "off" } } secret-outside');
    symlinkSync(join(outside, 'config.json'), join(repo, 'kehoach.config.json'));
    const r = kehoach(['validate', 'plans', '--lang', 'en'], { cwd: repo });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('Cannot read “kehoach.config.json”: it leads outside the repository (directly or through a symbolic link); not read.\n');
  });
});

describe('the file-access policy: kehoach validate does not walk out of the repository', () => {
  it('a link to a folder outside (/usr, a plans folder beside the repository) is not walked; a plan file linking out is an error', () => {
    const { repo, outside } = repoBesideOutside();
    symlinkSync(join(outside, 'plans'), join(repo, 'plans', 'elsewhere'));
    symlinkSync('/usr', join(repo, 'plans', 'usr'));
    symlinkSync(join(outside, '2025.yaml'), join(repo, 'plans', 'leak.yaml'));
    symlinkSync(join(outside, 'nothing.yaml'), join(repo, 'plans', 'ghost.yaml')); // to nothing, outside: the same answer
    const r = kehoach(['validate', '--format', 'json', '--lang', 'en'], { cwd: repo });
    expect(r.status).toBe(2);
    expect((JSON.parse(r.stdout) as Reported[]).filter((d) => !d.file.startsWith('plans/ha-noi/'))).toEqual([]); // nothing from outside
    expect(r.stdout).not.toContain('oops-outside');
    expect(kehoach(['validate', '--lang', 'en'], { cwd: repo }).stdout).toContain('2 file(s)'); // the repository's two plans, only
    expect(r.stderr.split('\n').filter(Boolean).sort()).toEqual([
      'Cannot read “plans/ghost.yaml”: it leads outside the repository (directly or through a symbolic link); not read.',
      'Cannot read “plans/leak.yaml”: it leads outside the repository (directly or through a symbolic link); not read.',
      'Skipped “plans/elsewhere”: a symbolic link leading outside the repository; not followed.',
      'Skipped “plans/usr”: a symbolic link leading outside the repository; not followed.',
    ]);
    const vi = kehoach(['validate'], { cwd: repo });
    expect(vi.stderr).toContain('Bỏ qua “plans/usr”: liên kết tượng trưng dẫn ra ngoài kho lưu trữ; không theo.');
  });

  it('a folder the user names is walked wherever it leads; links out of it are not followed', () => {
    const { repo, outside } = repoBesideOutside();
    symlinkSync(join(outside, 'plans'), join(repo, 'plans', 'elsewhere'));
    symlinkSync('/usr', join(outside, 'plans', 'usr'));
    const r = kehoach(['validate', 'plans/elsewhere', '--format', 'json', '--lang', 'en'], { cwd: repo });
    expect(Object.keys(byFile(r.stdout))).toEqual(['x.yaml']);
    expect(r.stderr).toBe('Skipped “plans/elsewhere/usr”: a symbolic link leading outside the repository; not followed.\n');
  });

  it('plans/ itself, by default, linking out of the repository: not walked', () => {
    const { top, outside } = repoBesideOutside();
    const repo = join(top, 'repo2');
    mkdirSync(repo);
    expect(spawnSync('git', ['init', '-q', repo]).status).toBe(0);
    symlinkSync(join(outside, 'plans'), join(repo, 'plans'));
    const r = kehoach(['validate', '--lang', 'en'], { cwd: repo });
    expect(r.status).toBe(2);
    expect(r.stdout).not.toContain('oops-outside');
    expect(r.stderr).toBe('Cannot read “plans”: it leads outside the repository (directly or through a symbolic link); not read.\n');
  });
});

describe('the file-access policy: writes never follow a link out of the repository', () => {
  it('new-year: a draft that is a link out, or in a folder that is, is refused (exit 2), nothing touched', () => {
    const { repo, outside } = repoBesideOutside();
    const draft = join(repo, 'plans', 'ha-noi', '2026.yaml');
    rmSync(draft);
    symlinkSync(join(outside, 'victim'), draft);
    for (const args of [['new-year', 'plans/ha-noi/2025.yaml'], ['new-year', 'plans/ha-noi/2025.yaml', '--force']]) {
      const r = kehoach([...args, '--lang', 'en'], { cwd: repo });
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toBe(`Not writing “plans/ha-noi/2026.yaml”: it (or a folder it is in) is a symbolic link leading outside the repository, to “${realpathSync(outside)}/victim”; nothing was changed. To write there anyway, name that exact path with --out.\n`);
    }
    expect(readFileSync(join(outside, 'victim'), 'utf8')).toBe('untouched\n');
    expect(lstatSync(draft).isSymbolicLink()).toBe(true);
    const vi = kehoach(['new-year', 'plans/ha-noi/2025.yaml', '--force'], { cwd: repo });
    expect(vi.stderr).toMatch(/^Không ghi “plans\/ha-noi\/2026\.yaml”: tệp này \(hoặc một thư mục chứa nó\) là liên kết tượng trưng dẫn ra ngoài kho lưu trữ/);

    // The draft's folder is the link (named for the jurisdiction, as plans' folders are).
    mkdirSync(join(outside, 'ha-noi'));
    writeFileSync(join(outside, 'ha-noi', '2025.yaml'), plan2025);
    mkdirSync(join(repo, 'linked'));
    symlinkSync(join(outside, 'ha-noi'), join(repo, 'linked', 'ha-noi'));
    const parent = kehoach(['new-year', 'linked/ha-noi/2025.yaml', '--lang', 'en'], { cwd: repo });
    expect(parent.stderr).toContain('Not writing “linked/ha-noi/2026.yaml”: it (or a folder it is in) is a symbolic link leading outside the repository');
    expect(parent.status).toBe(2);
    expect(readdirSync(join(outside, 'ha-noi'))).toEqual(['2025.yaml']);
  });

  it('render --format docx: the .docx beside the plan is not written through a link out of the repository', () => {
    const { repo, outside } = repoBesideOutside();
    symlinkSync(join(outside, 'victim'), join(repo, 'plans', 'ha-noi', '2025.docx'));
    const r = kehoach(['render', 'plans/ha-noi/2025.yaml', '--format', 'docx', '--force', '--lang', 'en'], { cwd: repo });
    expect(r.stderr).toBe(`Not writing “plans/ha-noi/2025.docx”: it (or a folder it is in) is a symbolic link leading outside the repository, to “${realpathSync(outside)}/victim”; nothing was changed. To write there anyway, name that exact path with --out.\n`);
    expect(r.status).toBe(2);
    expect(readFileSync(join(outside, 'victim'), 'utf8')).toBe('untouched\n');
  });

  it('new-year --out: the exact path the user named is the user’s choice; a device is refused even then', () => {
    const { repo, outside } = repoBesideOutside();
    const draft = join(repo, 'plans', 'ha-noi', '2026.yaml');
    rmSync(draft);
    symlinkSync(join(outside, 'victim'), draft);
    const r = kehoach(['new-year', 'plans/ha-noi/2025.yaml', '--out', 'plans/ha-noi/2026.yaml', '--force', '--lang', 'en'], { cwd: repo });
    expect(r.status).toBe(0);
    expect(readFileSync(join(outside, 'victim'), 'utf8')).toMatch(/^# yaml-language-server/);
    // A FIFO of the test's own stands for a device: were the refusal missing, the write would
    // replace it (a test must never be able to replace the system's /dev/null).
    if (spawnSync('mkfifo', [join(outside, 'device')]).status !== 0) return;
    const dev = kehoach(['new-year', 'plans/ha-noi/2025.yaml', '--out', join(outside, 'device'), '--force', '--lang', 'en'], { cwd: repo });
    expect(dev.status).toBe(2);
    expect(dev.stderr).toMatch(/^Not writing “.*device”: it is not a regular file \(a folder, FIFO, socket or device\) and writing would replace it; nothing was changed\.\n$/);
    expect(lstatSync(join(outside, 'device')).isFIFO()).toBe(true);
  });

  it('git-setup: a .gitattributes linking out of the repository, or a FIFO, is refused before anything is changed', () => {
    const { repo, outside } = repoBesideOutside();
    symlinkSync(join(outside, 'victim'), join(repo, '.gitattributes'));
    const r = kehoach(['git-setup', '--lang', 'en'], { cwd: repo });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`Not changing “.gitattributes”: it is a symbolic link leading outside the repository, to “${realpathSync(outside)}/victim”; nothing was changed, the git config included. Replace it with a plain .gitattributes file in the repository.\n`);
    expect(readFileSync(join(outside, 'victim'), 'utf8')).toBe('untouched\n');
    expect(spawnSync('git', ['config', '--local', '--get', 'diff.kehoach.command'], { cwd: repo }).status).toBe(1); // not set
    rmSync(join(repo, '.gitattributes'));
    if (spawnSync('mkfifo', [join(repo, '.gitattributes')]).status === 0) {
      const fifo = kehoach(['git-setup', '--lang', 'en'], { cwd: repo });
      expect(fifo.status).toBe(2);
      expect(fifo.stderr).toContain('Not writing “.gitattributes”: it is not a regular file');
    }
  });
});
