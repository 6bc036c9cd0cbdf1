// Nothing lost: a write that fails at any step, or a process killed in the middle of one,
// leaves the old file exactly as it was.
import { spawn, spawnSync } from 'node:child_process';
import { buildSync } from 'esbuild';
import { lstatSync, mkdtempSync, promises as fsp, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readPlan } from '../testing/realPlans.js';
import { writeFileAtomic, type AtomicFs } from './atomicWrite.js';

const OLD = readPlan('ha-noi/2025');
const NEW = OLD.replace('year: 2025', 'year: 2026') + '# one more line\n';

function folderWithPlan() {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-atomic-'));
  const file = join(dir, '2025.yaml');
  writeFileSync(file, OLD);
  return { dir, file };
}

const injected = () => Object.assign(new Error('injected failure'), { code: 'EIO' });

/** The real file system, except that `step` fails (a write fails after writing part of the data). */
function failingAt(step: string): AtomicFs {
  const real: AtomicFs = {
    open: (p, f, m) => fsp.open(p, f, m),
    rename: (a, b) => fsp.rename(a, b),
    link: (a, b) => fsp.link(a, b),
    rm: (p, o) => fsp.rm(p, o),
    stat: (p) => fsp.stat(p),
    lstat: (p) => fsp.lstat(p),
    realpath: (p) => fsp.realpath(p),
  };
  return {
    ...real,
    async open(path, flags, mode) {
      if (step === 'open' && flags === 'wx') throw injected();
      const h = await real.open(path, flags, mode);
      if (flags !== 'wx') return h;
      return new Proxy(h, {
        get(target, key) {
          if (key === step) {
            return async (...args: unknown[]) => {
              if (key === 'writeFile') await target.writeFile(String(args[0]).slice(0, 1000)); // half written
              if (key === 'close') await target.close();
              throw injected();
            };
          }
          const v = Reflect.get(target, key) as unknown;
          return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
        },
      });
    },
    rename: step === 'rename' ? async () => Promise.reject(injected()) : real.rename,
    link: step === 'link' ? async () => Promise.reject(injected()) : real.link,
  };
}

describe('writeFileAtomic', () => {
  it('replaces a file, keeps its permissions, leaves nothing beside it', async () => {
    const { dir, file } = folderWithPlan();
    chmodSync(file, 0o640);
    expect(await writeFileAtomic(file, NEW)).toBe('written');
    expect(readFileSync(file, 'utf8')).toBe(NEW);
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['2025.yaml']);
  });

  it('without overwrite, leaves an existing file alone and says so; creates a new one', async () => {
    const { dir, file } = folderWithPlan();
    expect(await writeFileAtomic(file, NEW, { overwrite: false })).toBe('exists');
    expect(readFileSync(file, 'utf8')).toBe(OLD);
    expect(await writeFileAtomic(join(dir, '2026.yaml'), NEW, { overwrite: false })).toBe('written');
    expect(readFileSync(join(dir, '2026.yaml'), 'utf8')).toBe(NEW);
    expect(readdirSync(dir).sort()).toEqual(['2025.yaml', '2026.yaml']);
  });

  it('writes through a symbolic link: the file changes, the link stays a link', async () => {
    const { dir, file } = folderWithPlan();
    const link = join(dir, 'current.yaml');
    symlinkSync(file, link);
    await writeFileAtomic(link, NEW);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(NEW);
  });

  for (const step of ['open', 'writeFile', 'chmod', 'sync', 'close', 'rename']) {
    it(`a failure at ${step} leaves the old file intact and no temporary file`, async () => {
      const { dir, file } = folderWithPlan();
      await expect(writeFileAtomic(file, NEW, { fs: failingAt(step) })).rejects.toThrow('injected failure');
      expect(readFileSync(file, 'utf8')).toBe(OLD);
      expect(readdirSync(dir)).toEqual(['2025.yaml']);
    });
  }

  it('a failure at link (no overwrite) writes nothing and leaves no temporary file', async () => {
    const { dir } = folderWithPlan();
    await expect(writeFileAtomic(join(dir, '2026.yaml'), NEW, { overwrite: false, fs: failingAt('link') })).rejects.toThrow('injected failure');
    expect(readdirSync(dir)).toEqual(['2025.yaml']);
  });

  it('two writers at once: the file is one of the two, whole', async () => {
    const { file } = folderWithPlan();
    const a = OLD + '# A\n'.repeat(20_000);
    const b = OLD + '# B\n'.repeat(20_000);
    await Promise.all([writeFileAtomic(file, a), writeFileAtomic(file, b), writeFileAtomic(file, a)]);
    expect([a, b]).toContain(readFileSync(file, 'utf8'));
  });
});

describe('writeFileAtomic when the process is killed', () => {
  // The helper bundled for a plain node child process, which writes and gets SIGKILLed.
  const work = mkdtempSync(join(tmpdir(), 'kehoach-atomic-child-'));
  buildSync({
    entryPoints: [fileURLToPath(new URL('./atomicWrite.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: join(work, 'atomicWrite.mjs'),
    logLevel: 'error',
  });
  const child = join(work, 'child.mjs');
  writeFileSync(
    child,
    `import { promises as fs } from 'node:fs';
import { writeFileAtomic } from './atomicWrite.mjs';
const [mode, file] = process.argv.slice(2);
if (mode === 'between-write-and-rename') {
  // Killed after the new bytes are written and synced, before the rename.
  const io = { open: fs.open, link: fs.link, rm: fs.rm, stat: fs.stat, lstat: fs.lstat, realpath: fs.realpath,
    rename: async () => { process.kill(process.pid, 'SIGKILL'); await new Promise(() => {}); } };
  await writeFileAtomic(file, 'NEW\\n'.repeat(1_000_000), { fs: io });
} else {
  // Rewrites the file forever, alternating two versions, until killed.
  const versions = [Buffer.alloc(3_000_000, 'A\\n'), Buffer.alloc(3_000_000, 'B\\n')];
  for (let i = 0; ; i++) {
    await writeFileAtomic(file, versions[i % 2]);
    if (i === 0) process.stdout.write('writing\\n');
  }
}
`,
  );

  it('killed between writing the temporary file and the rename: the old file is intact', () => {
    const { dir, file } = folderWithPlan();
    const r = spawnSync(process.execPath, [child, 'between-write-and-rename', file], { timeout: 120_000 });
    expect(r.signal).toBe('SIGKILL');
    expect(readFileSync(file, 'utf8')).toBe(OLD);
    // What a crash leaves: the old file, and at most a hidden temporary file beside it.
    expect(readdirSync(dir).filter((f) => f !== '2025.yaml').every((f) => /^\.2025\.yaml\.\d+\.[0-9a-f]+\.tmp$/.test(f))).toBe(true);
  });

  it('killed at random moments while rewriting: always one whole version, never a mix', async () => {
    const { file } = folderWithPlan();
    const allowed = new Set([OLD, 'A\n'.repeat(1_500_000), 'B\n'.repeat(1_500_000)]);
    for (let round = 0; round < 6; round++) {
      const p = spawn(process.execPath, [child, 'loop', file], { stdio: ['ignore', 'pipe', 'inherit'] });
      await new Promise<void>((resolve) => p.stdout!.once('data', () => resolve()));
      await new Promise((r) => setTimeout(r, 5 + round * 37));
      p.kill('SIGKILL');
      await new Promise((r) => p.once('exit', r));
      expect(allowed.has(readFileSync(file, 'utf8'))).toBe(true);
    }
  });
});
