import { relative } from 'node:path';
import type { Lang } from '../diagnostics/types.js';
import { analyzeBytes } from '../engine.js';
import type { Plan } from '../model/types.js';
import { stylish } from './formats/stylish.js';
import { t } from '../messages/index.js';
import { readPlanFile } from './readPlanFile.js';

export type Loaded = { ok: true; plan: Plan } | { ok: false; exit: number };

/** Reads one plan for a command that needs a valid one; prints why not, with the exit status. */
export async function loadValidPlan(path: string, io: { cwd: string; lang: Lang; err: (s: string) => void }): Promise<Loaded> {
  const shown = relative(io.cwd, path) || path;
  const read = await readPlanFile(path);
  if (!read.ok) {
    if (read.diagnostic.code === 'file-unreadable') {
      io.err(t('cli.read-error', io.lang, { path: shown, detail: String(read.diagnostic.params.detail) }) + '\n');
      return { ok: false, exit: 2 };
    }
    io.err(stylish([{ file: shown, diagnostics: [read.diagnostic] }], io.lang));
    return { ok: false, exit: 1 };
  }
  const { model, diagnostics } = analyzeBytes(read.bytes, path);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    io.err(stylish([{ file: shown, diagnostics: errors }], io.lang));
    io.err(t('cli.not-valid-plan', io.lang, { path: shown, count: errors.length }) + '\n');
    return { ok: false, exit: 1 };
  }
  return { ok: true, plan: model.value as Plan };
}
