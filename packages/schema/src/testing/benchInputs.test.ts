// The plans `npm run bench` measures must be plans the engine accepts: the bench checks it at
// run time, but only when someone runs it (a later rule made its corpus invalid unnoticed).
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the bench's plain JavaScript module has no types
import { writeCorpus } from '../../bench/generateCorpus.mjs';
import { analyzeFiles } from '../cli/analyzeFiles.js';
import { accessScope } from '../io/fileAccess.js';

describe('the bench corpus', () => {
  it('40 plans (0 to 39 indicators added) and their 2024 baseline: no error, no warning', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-bench-corpus-'));
    (writeCorpus as (dir: string, count: number, spread: number) => number)(dir, 40, 40);
    const paths = readdirSync(dir).map((f) => join(dir, f));
    expect(paths).toHaveLength(41);
    const outcomes = await analyzeFiles(paths, { scope: accessScope(dir), jobs: 1 });
    const problems = outcomes.flatMap((o, i) => o.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning').map((d) => `${paths[i]}: ${d.code}`));
    expect(problems).toEqual([]);
  });
});
