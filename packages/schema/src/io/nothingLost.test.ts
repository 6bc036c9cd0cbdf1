// Nothing lost by the commands that write (the built CLI, as people run it): what they touch
// keeps its comments and data, what they do not touch stays byte for byte, a refused or
// failed write leaves the old file as it was.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ATTRIBUTES_LINE } from '../cli/gitSetupCommand.js';
import { scaffoldNewYear } from '../scaffold/newYear.js';
import { REPO_ROOT, readPlan } from '../testing/realPlans.js';

const BIN = join(REPO_ROOT, 'packages/schema/bin/kehoach.js');
const ENV = { PATH: process.env.PATH ?? '', GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', KEHOACH_LANG: 'en' };
const plan2025 = readPlan('ha-noi/2025');

function run(cmd: string, args: string[], cwd: string) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: ENV, timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('kehoach new-year: nothing lost', () => {
  it('the baseline is never touched; a draft already there is not overwritten without --force', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-lost-'));
    writeFileSync(join(dir, '2025.yaml'), plan2025);
    const mine = '# my own 2026 draft, with my comments\nyear: 2026\n';
    writeFileSync(join(dir, '2026.yaml'), mine);
    const r = run(process.execPath, [BIN, 'new-year', '2025.yaml'], dir);
    expect(r.status).toBe(2);
    expect(readFileSync(join(dir, '2026.yaml'), 'utf8')).toBe(mine);
    expect(readFileSync(join(dir, '2025.yaml'), 'utf8')).toBe(plan2025);
    expect(readdirSync(dir).sort()).toEqual(['2025.yaml', '2026.yaml']);
  });

  it('with --force, the draft replaces the file whole and keeps its permissions; every comment of the baseline is in it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-lost-'));
    writeFileSync(join(dir, '2025.yaml'), plan2025);
    writeFileSync(join(dir, '2026.yaml'), 'old\n');
    chmodSync(join(dir, '2026.yaml'), 0o640);
    const r = run(process.execPath, [BIN, 'new-year', '2025.yaml', '--force'], dir);
    expect(r.status).toBe(0);
    const draft = readFileSync(join(dir, '2026.yaml'), 'utf8');
    expect(draft).toBe(scaffoldNewYear(plan2025, { baseline: './2025.yaml' }).text);
    expect(statSync(join(dir, '2026.yaml')).mode & 0o777).toBe(0o640);
    const lines = new Set(draft.split('\n').map((l) => l.trim()));
    for (const l of plan2025.split('\n')) if (/^\s*#/.test(l)) expect(lines.has(l.trim()), l).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['2025.yaml', '2026.yaml']);
  });

  it('a write that cannot happen (read-only folder, as a non-root user) leaves everything as it was', () => {
    if (process.getuid?.() === 0) return; // root writes anyway: the injected failures of atomicWrite.test.ts cover it
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-lost-'));
    writeFileSync(join(dir, '2025.yaml'), plan2025);
    chmodSync(dir, 0o555);
    const r = run(process.execPath, [BIN, 'new-year', '2025.yaml'], dir);
    chmodSync(dir, 0o755);
    expect(r.status).not.toBe(0);
    expect(readdirSync(dir)).toEqual(['2025.yaml']);
  });
});

describe('kehoach git-setup: nothing lost', () => {
  it('an existing .gitattributes keeps every line and comment (no final newline either); the line is added once', () => {
    const repo = mkdtempSync(join(tmpdir(), 'kehoach-lost-git-'));
    expect(run('git', ['init', '-q'], repo).status).toBe(0);
    const before = '# line endings\n* text=auto eol=lf\n\n# binaries\n*.png binary\n*.pdf -diff'; // no final newline
    writeFileSync(join(repo, '.gitattributes'), before);
    expect(run(process.execPath, [BIN, 'git-setup'], repo).status).toBe(0);
    expect(readFileSync(join(repo, '.gitattributes'), 'utf8')).toBe(`${before}\n${ATTRIBUTES_LINE}\n`);
    expect(run(process.execPath, [BIN, 'git-setup'], repo).status).toBe(0);
    expect(readFileSync(join(repo, '.gitattributes'), 'utf8')).toBe(`${before}\n${ATTRIBUTES_LINE}\n`);
    expect(readdirSync(repo).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
