import { relative, resolve } from 'node:path';
import type { Lang } from '../diagnostics/types.js';
import { analyzeText } from '../engine.js';
import type { Plan } from '../model/types.js';
import { stylish } from './formats/stylish.js';
import { t } from '../messages/index.js';
import { readPlanSource, refusalMessage } from './planSource.js';

export type Loaded = { ok: true; plan: Plan } | { ok: false; exit: number };

/**
 * Reads one plan for a command that needs a valid one; prints why not, with the exit status:
 * 2 when the file cannot be read as a plan's text (missing, not a regular file, too large,
 * binary), 1 when it has errors.
 */
export async function loadValidPlan(file: string, io: { cwd: string; lang: Lang; err: (s: string) => void }): Promise<Loaded> {
  const path = resolve(io.cwd, file);
  const shown = relative(io.cwd, path) || path;
  const read = await readPlanSource(file, { cwd: io.cwd });
  if (!read.ok) {
    io.err(refusalMessage(file, read.refusal, io.lang) + '\n');
    return { ok: false, exit: 2 };
  }
  const { model, diagnostics } = analyzeText(read.text, path);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    io.err(stylish([{ file: shown, diagnostics: errors }], io.lang));
    io.err(t('cli.not-valid-plan', io.lang, { path: shown, count: errors.length }) + '\n');
    return { ok: false, exit: 1 };
  }
  return { ok: true, plan: model.value as Plan };
}
