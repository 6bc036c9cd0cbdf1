// `kehoach validate` spreads many files over worker threads: the output must not depend on it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, readPlan, replaceOnce } from '../testing/realPlans.js';
import { jobsFor, PARALLEL_MIN_FILES } from './analyzeFiles.js';

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
