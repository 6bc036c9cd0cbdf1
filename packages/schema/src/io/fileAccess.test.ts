// The file-access policy on disk, in process: what is read, where links lead, what may be
// written. (Through the CLI and the CI scripts, as real processes: cli/hostile.test.ts,
// ci/hostilePullRequest.test.ts.)
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../parse/readText.js';
import { readPlan } from '../testing/realPlans.js';
import { accessScope, gitWorkTree, inScope, readInScope, readRegularFile, realTarget, repositoryRoot, writeInScope, writeRefusal } from './fileAccess.js';

const plan2025 = readPlan('ha-noi/2025');

/** A git work tree with the 2025 plan, and a folder beside it that is outside it. */
function repoAndOutside() {
  const top = realpathSync(mkdtempSync(join(tmpdir(), 'kehoach-access-')));
  const repo = join(top, 'repo');
  const outside = join(top, 'outside');
  mkdirSync(join(repo, 'plans/ha-noi'), { recursive: true });
  mkdirSync(outside);
  spawnSync('git', ['init', '-q', repo]);
  writeFileSync(join(repo, 'plans/ha-noi/2025.yaml'), plan2025);
  writeFileSync(join(outside, 'secret.yaml'), 'year: 2025\nindicators: [{ id: leaked }]\n');
  return { top, repo, outside, scope: accessScope(join(repo, 'plans')) };
}

describe('readRegularFile: only a regular file of bounded size', () => {
  it('reads a plan whole; refuses a FIFO, a device, a folder and an oversized file unread', () => {
    const { repo } = repoAndOutside();
    const file = join(repo, 'plans/ha-noi/2025.yaml');
    expect(readRegularFile(file)).toEqual({ ok: true, bytes: Buffer.from(plan2025) });
    if (spawnSync('mkfifo', [join(repo, 'pipe.yaml')]).status === 0) expect(readRegularFile(join(repo, 'pipe.yaml'))).toEqual({ ok: false, reason: 'NOT_REGULAR' });
    expect(readRegularFile('/dev/zero')).toEqual({ ok: false, reason: 'NOT_REGULAR' });
    expect(readRegularFile(repo)).toEqual({ ok: false, reason: 'EISDIR' });
    writeFileSync(join(repo, 'big.yaml'), '');
    truncateSync(join(repo, 'big.yaml'), MAX_FILE_BYTES + 1);
    expect(readRegularFile(join(repo, 'big.yaml'))).toEqual({ ok: false, reason: 'TOO_LARGE', size: MAX_FILE_BYTES + 1 });
    expect(readRegularFile(file, 100)).toMatchObject({ ok: false, reason: 'TOO_LARGE' });
  });
});

describe('the scope: the repository and what the command line named', () => {
  it('is the git work tree containing the working directory, else the working directory', () => {
    const { repo, outside } = repoAndOutside();
    expect(gitWorkTree(join(repo, 'plans/ha-noi'))).toBe(repo);
    expect(repositoryRoot(join(repo, 'plans'))).toBe(repo);
    expect(repositoryRoot(outside)).toBe(outside);
    expect(accessScope(join(repo, 'plans')).roots).toEqual([repo]);
  });

  it('adds each named path’s repository (or its folder), and a named folder wherever it really is', () => {
    const { repo, outside, top } = repoAndOutside();
    symlinkSync(outside, join(repo, 'plans/linked'));
    expect(accessScope(repo, [join(outside, 'secret.yaml')]).roots).toEqual([repo, outside]);
    expect(accessScope(repo, ['plans/linked']).roots).toEqual([repo, outside]);
    expect(accessScope(top).roots).toEqual([top]);
  });
});

describe('realTarget and inScope: where a path really leads', () => {
  it('follows every link, links to nothing and links in folders above too', () => {
    const { repo, outside, scope } = repoAndOutside();
    symlinkSync(join(outside, 'secret.yaml'), join(repo, 'plans/link.yaml'));
    symlinkSync('../../../outside/nothing.yaml', join(repo, 'plans/ha-noi/dangling.yaml'));
    symlinkSync(outside, join(repo, 'plans/dir'));
    symlinkSync(join(repo, 'plans/ha-noi/2025.yaml'), join(repo, 'plans/inside.yaml'));
    expect(realTarget(join(repo, 'plans/link.yaml'))).toBe(join(outside, 'secret.yaml'));
    expect(realTarget(join(repo, 'plans/ha-noi/dangling.yaml'))).toBe(join(outside, 'nothing.yaml'));
    expect(realTarget(join(repo, 'plans/dir/new/2026.yaml'))).toBe(join(outside, 'new/2026.yaml'));
    expect(inScope(scope, join(repo, 'plans/inside.yaml'))).toBe(true);
    expect(inScope(scope, join(repo, 'plans/ha-noi/2026.yaml'))).toBe(true); // not there yet: inside
    for (const p of ['plans/link.yaml', 'plans/ha-noi/dangling.yaml', 'plans/dir/secret.yaml', 'plans/dir/new/2026.yaml', '../outside/secret.yaml', '/etc/passwd']) {
      expect(inScope(scope, resolve(repo, p)), p).toBe(false);
    }
  });

  it('a loop of links, or a chain too long, cannot be told: out of scope', () => {
    const { repo, scope } = repoAndOutside();
    symlinkSync(join(repo, 'b.yaml'), join(repo, 'a.yaml'));
    symlinkSync(join(repo, 'a.yaml'), join(repo, 'b.yaml'));
    expect(realTarget(join(repo, 'a.yaml'))).toBeUndefined();
    expect(inScope(scope, join(repo, 'a.yaml'))).toBe(false);
  });
});

describe('readInScope: what a plan or a folder names', () => {
  it('reads inside the scope, through a link that stays inside', () => {
    const { repo, scope } = repoAndOutside();
    symlinkSync('ha-noi/2025.yaml', join(repo, 'plans/inside.yaml'));
    expect(readInScope(scope, join(repo, 'plans/inside.yaml'))).toEqual({ ok: true, bytes: Buffer.from(plan2025) });
  });

  it('refuses what leads outside, unread and alike whether it exists or not (no existence oracle)', () => {
    const { repo, outside, scope } = repoAndOutside();
    symlinkSync(join(outside, 'secret.yaml'), join(repo, 'plans/link.yaml'));
    symlinkSync(join(outside, 'nothing.yaml'), join(repo, 'plans/ghost.yaml'));
    for (const p of [join(repo, 'plans/link.yaml'), join(repo, 'plans/ghost.yaml'), join(outside, 'secret.yaml'), join(outside, 'nothing.yaml'), '/etc/passwd']) {
      expect(readInScope(scope, p), p).toEqual({ ok: false, reason: 'OUTSIDE' });
    }
    symlinkSync(join(repo, 'gone.yaml'), join(repo, 'plans/broken.yaml'));
    expect(readInScope(scope, join(repo, 'plans/broken.yaml'))).toEqual({ ok: false, reason: 'BROKEN_LINK' });
  });
});

describe('writeRefusal and writeInScope: never out of the repository through a link, never over a device', () => {
  it('a new file or a regular file inside: written', async () => {
    const { repo, scope } = repoAndOutside();
    expect(writeRefusal(scope, join(repo, 'plans/ha-noi/2026.yaml'))).toBeUndefined();
    expect(await writeInScope(scope, join(repo, 'plans/ha-noi/2026.yaml'), 'year: 2026\n')).toBe('written');
    expect(readFileSync(join(repo, 'plans/ha-noi/2026.yaml'), 'utf8')).toBe('year: 2026\n');
  });

  it('a target that is a link out, or whose folder is: refused, nothing touched', async () => {
    const { repo, outside, scope } = repoAndOutside();
    symlinkSync(join(outside, 'secret.yaml'), join(repo, 'plans/ha-noi/2026.yaml'));
    symlinkSync(outside, join(repo, 'plans/hn'));
    expect(writeRefusal(scope, join(repo, 'plans/ha-noi/2026.yaml'))).toEqual({ reason: 'OUTSIDE', target: join(outside, 'secret.yaml') });
    expect(await writeInScope(scope, join(repo, 'plans/hn/2026.yaml'), 'x')).toEqual({ reason: 'OUTSIDE', target: join(outside, '2026.yaml') });
    expect(readFileSync(join(outside, 'secret.yaml'), 'utf8')).toBe('year: 2025\nindicators: [{ id: leaked }]\n');
    expect(spawnSync('ls', [outside]).stdout.toString()).toBe('secret.yaml\n');
  });

  it('a path the user named is the user’s choice; a device or folder is refused even then', () => {
    const { repo, outside, scope } = repoAndOutside();
    symlinkSync(join(outside, 'secret.yaml'), join(repo, 'plans/ha-noi/2026.yaml'));
    expect(writeRefusal(scope, join(repo, 'plans/ha-noi/2026.yaml'), { named: true })).toBeUndefined();
    expect(writeRefusal(scope, '/dev/null', { named: true })).toMatchObject({ reason: 'NOT_REGULAR' });
    expect(writeRefusal(scope, join(repo, 'plans'), { named: true })).toMatchObject({ reason: 'EISDIR' });
  });
});
