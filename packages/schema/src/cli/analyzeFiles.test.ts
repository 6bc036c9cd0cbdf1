// `kehoach validate` spreads many files over worker threads: the output must not depend on it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLAN_2025_STANDALONE } from '../testing/fixtures.js';
import { REPO_ROOT, readPlan, replaceOnce } from '../testing/realPlans.js';
import { pathToFileURL } from 'node:url';
import { accessScope } from '../io/fileAccess.js';
import { analyzeFiles, jobsFor, PARALLEL_MIN_FILES } from './analyzeFiles.js';

const BIN = join(REPO_ROOT, 'packages/schema/bin/kehoach.js');

function validate(dir: string, jobs: string | undefined, format: string) {
  const r = spawnSync(process.execPath, [BIN, 'validate', dir, '--format', format, '--lang', 'en'], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...(jobs ? { KEHOACH_JOBS: jobs } : {}) },
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('kehoach validate on many files', () => {
  it('reports the same, in the same order, on one thread and on several', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-jobs-'));
    const plan = readPlan('ha-noi/2025');
    const broken = replaceOnce(plan, 'direction: higher', 'direcion: higher');
    for (let i = 0; i < PARALLEL_MIN_FILES + 8; i++) {
      const name = join(dir, `p${String(i).padStart(2, '0')}.yaml`);
      if (i % 7 === 3) writeFileSync(name, broken);
      else if (i === 5) writeFileSync(name, 'a: [\n');
      else if (i === 11) writeFileSync(name, Buffer.from([0x61, 0x3a, 0x20, 0xff, 0x0a]));
      else writeFileSync(name, plan.replace('year: 2025', 'year: 2025 # copy ' + i));
    }
    for (const format of ['json', 'stylish']) {
      const serial = validate(dir, '1', format);
      const parallel = validate(dir, '2', format);
      const auto = validate(dir, undefined, format);
      expect(serial.status).toBe(1);
      expect(parallel).toEqual(serial);
      expect(auto).toEqual(serial);
    }
    expect(JSON.parse(validate(dir, '2', 'json').stdout).map((d: { code: string }) => d.code)).toEqual(
      expect.arrayContaining(['schema-unknown-key', 'yaml-syntax', 'file-not-utf8']),
    );
  }, 180_000);

  it('uses one thread for few files, one per core (at most 8) for many, KEHOACH_JOBS when set', () => {
    expect(jobsFor(3, undefined, {})).toBe(1);
    expect(jobsFor(PARALLEL_MIN_FILES - 1, undefined, {})).toBe(1);
    expect(jobsFor(1000, undefined, {})).toBeGreaterThanOrEqual(1);
    expect(jobsFor(1000, undefined, {})).toBeLessThanOrEqual(8);
    expect(jobsFor(1000, undefined, { KEHOACH_JOBS: '1' })).toBe(1);
    expect(jobsFor(1000, undefined, { KEHOACH_JOBS: '3' })).toBe(3);
    expect(jobsFor(2, undefined, { KEHOACH_JOBS: '3' })).toBe(2);
    expect(jobsFor(1000, undefined, { KEHOACH_JOBS: 'many' })).toBeLessThanOrEqual(8);
  });
});

// Issue 13: one file's failure dropped every file's results (a worker's error failed the pool).
describe('one file’s failure never drops the others’ results', () => {
  it('a worker that dies takes only the file it was checking; a file it reports an error for is that file’s; the rest are checked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-pool-'));
    const paths = Array.from({ length: 8 }, (_, i) => join(dir, `p${i}.yaml`));
    for (const p of paths) writeFileSync(p, 'a: 1\n');
    // A stand-in for dist/validateWorker.js, speaking its protocol: it fails on p3 and dies on p7.
    const worker = join(dir, 'worker.mjs');
    writeFileSync(
      worker,
      `import { parentPort, workerData } from 'node:worker_threads';
      parentPort.on('message', (i) => {
        const name = workerData.paths[i].split('/').pop();
        if (name === 'p7.yaml') process.exit(3);
        if (name === 'p3.yaml') parentPort.postMessage({ i, error: 'Error: boom\\n    at somewhere' });
        else parentPort.postMessage({ i, outcome: { diagnostics: [{ code: 'checked-' + name, severity: 'hint', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, params: {} }], ioError: false } });
      });`,
    );
    const outcomes = await analyzeFiles(paths, { scope: accessScope(dir), jobs: 2, workerScript: pathToFileURL(worker) });
    expect(outcomes.map((o) => o.diagnostics.map((d) => d.code).join())).toEqual([
      'checked-p0.yaml', 'checked-p1.yaml', 'checked-p2.yaml', 'internal-error', 'checked-p4.yaml', 'checked-p5.yaml', 'checked-p6.yaml', 'internal-error',
    ]);
    expect(outcomes[3]!.diagnostics[0]!.params.detail).toBe('Error: boom');
    expect(String(outcomes[7]!.diagnostics[0]!.params.detail)).toMatch(/exit code 3/);
  }, 120_000);

  it('a worker module that cannot run: every file checked in this thread instead', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-pool-'));
    const paths = [join(dir, 'a.yaml'), join(dir, 'b.yaml')];
    writeFileSync(paths[0]!, PLAN_2025_STANDALONE); // copied without its baseline, 2024
    writeFileSync(paths[1]!, 'a: [\n');
    const outcomes = await analyzeFiles(paths, { scope: accessScope(dir), jobs: 2, workerScript: pathToFileURL(join(dir, 'missing.mjs')) });
    expect(outcomes.map((o) => o.diagnostics.map((d) => d.code))).toEqual([[], ['yaml-syntax']]);
  }, 120_000);
});
