// The CLI's one plan reader, in process: what it reads, what it refuses unread and how it says
// so. (Every command through it, as real processes: hostile.test.ts.)
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, tooLarge } from '../parse/readText.js';
import { readPlan } from '../testing/realPlans.js';
import { readPlanBytes, readPlanSource, readPlanText, refusalDiagnostic, refusalMessage, type Refusal } from './planSource.js';

const plan2025 = readPlan('ha-noi/2025');
const tmp = () => mkdtempSync(join(tmpdir(), 'kehoach-source-'));
const refusal = (r: { ok: boolean; refusal?: Refusal }) => (r.ok ? undefined : r.refusal);

describe('readPlanText: a path on disk', () => {
  it('reads a plan file whole, through a symbolic link too', () => {
    const dir = tmp();
    writeFileSync(join(dir, '2025.yaml'), plan2025);
    symlinkSync(join(dir, '2025.yaml'), join(dir, 'link.yaml'));
    expect(readPlanText(join(dir, '2025.yaml'))).toEqual({ ok: true, text: plan2025 });
    expect(readPlanText(join(dir, 'link.yaml'))).toEqual({ ok: true, text: plan2025 });
  });

  it('refuses a FIFO, a device and a directory from their stat, unread', () => {
    const dir = tmp();
    if (spawnSync('mkfifo', [join(dir, 'pipe.yaml')]).status === 0) {
      expect(refusal(readPlanText(join(dir, 'pipe.yaml')))).toEqual({ kind: 'io', detail: 'NOT_REGULAR' });
    }
    expect(refusal(readPlanText('/dev/zero'))).toEqual({ kind: 'io', detail: 'NOT_REGULAR' });
    expect(refusal(readPlanText('/dev/null'))).toEqual({ kind: 'io', detail: 'NOT_REGULAR' });
    expect(refusal(readPlanText(dir))).toEqual({ kind: 'io', detail: 'EISDIR' });
  });

  it('tells a missing file from a symbolic link to nothing', () => {
    const dir = tmp();
    symlinkSync(join(dir, 'gone.yaml'), join(dir, 'dangling.yaml'));
    expect(refusal(readPlanText(join(dir, 'nothing.yaml')))).toEqual({ kind: 'io', detail: 'ENOENT' });
    expect(refusal(readPlanText(join(dir, 'dangling.yaml')))).toEqual({ kind: 'io', detail: 'BROKEN_LINK' });
  });

  it('refuses a file over the limit from its size; binary and non-UTF-8 text after decoding', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'big.yaml'), '');
    truncateSync(join(dir, 'big.yaml'), MAX_FILE_BYTES + 1);
    writeFileSync(join(dir, 'nul.yaml'), Buffer.from('year: 2025\n\0\n'));
    writeFileSync(join(dir, 'latin1.yaml'), Buffer.from('name: Ha N\xf4i\n', 'latin1'));
    const big = refusal(readPlanBytes(join(dir, 'big.yaml')));
    expect(big).toMatchObject({ kind: 'text', diagnostic: { code: 'file-too-large', params: { size: MAX_FILE_BYTES + 1 } } });
    expect(readPlanBytes(join(dir, 'nul.yaml')).ok).toBe(true); // bytes: validate's engine decodes them
    expect(refusal(readPlanText(join(dir, 'nul.yaml')))).toMatchObject({ kind: 'text', diagnostic: { code: 'file-binary' } });
    expect(refusal(readPlanText(join(dir, 'latin1.yaml')))).toMatchObject({ kind: 'text', diagnostic: { code: 'file-not-utf8' } });
  });
});

describe('readPlanSource: what a command line names', () => {
  let repo: string;
  beforeAll(() => {
    repo = tmp();
    const git = (...args: string[]) => {
      const r = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], { cwd: repo, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(r.stderr);
      return r.stdout.trim();
    };
    git('init', '-q');
    mkdirSync(join(repo, 'plans/ha-noi'), { recursive: true });
    writeFileSync(join(repo, 'plans/ha-noi/2025.yaml'), plan2025);
    writeFileSync(join(repo, 'plans/ha-noi/năm\n2025 "bản gốc".yaml'), plan2025);
    writeFileSync(join(repo, 'big.yaml'), '');
    truncateSync(join(repo, 'big.yaml'), MAX_FILE_BYTES + 1);
    git('add', '.');
    git('commit', '-q', '-m', 'plans');
  });

  it('/dev/null is nothing where a diff allows it, and a device elsewhere', async () => {
    expect(await readPlanSource('/dev/null', { cwd: repo, devNull: true })).toEqual({ ok: true, text: null, label: '/dev/null' });
    expect(refusal(await readPlanSource('/dev/null', { cwd: repo }))).toEqual({ kind: 'io', detail: 'NOT_REGULAR' });
  });

  it('REV:path is read from git when allowed and no such file exists', async () => {
    expect(await readPlanSource('HEAD:plans/ha-noi/2025.yaml', { cwd: repo, git: true })).toEqual({ ok: true, text: plan2025, label: 'HEAD:plans/ha-noi/2025.yaml' });
    expect(refusal(await readPlanSource('HEAD:plans/ha-noi/2025.yaml', { cwd: repo }))).toEqual({ kind: 'io', detail: 'ENOENT' });
  });

  it('REV:path with a Vietnamese name, quotes and a line break (what ci:diff passes for a pull request’s file)', async () => {
    const spec = 'HEAD:plans/ha-noi/năm\n2025 "bản gốc".yaml';
    expect(await readPlanSource(spec, { cwd: repo, git: true })).toEqual({ ok: true, text: plan2025, label: spec });
    expect(refusal(await readPlanSource('HEAD:plans/ha-noi/năm\n2030.yaml', { cwd: repo, git: true }))).toMatchObject({ kind: 'git', reason: 'missing' });
  });

  it('refuses a tree, an oversized blob (from its size) and what git does not have', async () => {
    const read = (spec: string) => readPlanSource(spec, { cwd: repo, git: true }).then(refusal);
    expect(await read('HEAD:plans/ha-noi')).toEqual({ kind: 'io', detail: 'EISDIR' });
    expect(await read('HEAD:big.yaml')).toMatchObject({ kind: 'text', diagnostic: { code: 'file-too-large' } });
    expect(await read('HEAD:plans/ha-noi/2030.yaml')).toMatchObject({ kind: 'git', reason: 'missing' });
    expect(await read('no-such-rev:plans/ha-noi/2025.yaml')).toMatchObject({ kind: 'git', reason: 'missing' });
    const outside = await readPlanSource('HEAD:plans/ha-noi/2025.yaml', { cwd: tmp(), git: true });
    expect(refusal(outside)).toMatchObject({ kind: 'git', detail: expect.stringMatching(/not a git repository/) });
  });
});

describe('refusalMessage and refusalDiagnostic', () => {
  it('says why in Vietnamese, or in English', () => {
    expect(refusalMessage('pipe.yaml', { kind: 'io', detail: 'NOT_REGULAR' }, 'vi')).toBe('Không đọc được “pipe.yaml”: không phải tệp thường (FIFO, socket hay thiết bị), không đọc.');
    expect(refusalMessage('pipe.yaml', { kind: 'io', detail: 'NOT_REGULAR' }, 'en')).toBe('Cannot read “pipe.yaml”: not a regular file (a FIFO, socket or device); not read.');
    expect(refusalMessage('HEAD:x.yaml', { kind: 'git', detail: 'missing', reason: 'missing' }, 'en')).toBe('Cannot read “HEAD:x.yaml” from git: no such revision or path.');
    expect(refusalMessage('big.yaml', { kind: 'text', diagnostic: tooLarge(50 * 1024 * 1024) }, 'vi')).toBe('Không đọc được “big.yaml”: Tệp quá lớn (50 MB); giới hạn cho một kế hoạch là 10 MB. Tệp không được đọc.');
  });

  it('is, for validate, the one diagnostic the file gets', () => {
    expect(refusalDiagnostic({ kind: 'io', detail: 'NOT_REGULAR' })).toMatchObject({ code: 'file-unreadable', severity: 'error', params: { detail: 'NOT_REGULAR' } });
  });
});
