import { promises as fs } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import type { Lang } from '../diagnostics/types.js';
import { draftNextYear } from '../scaffold/draftNextYear.js';
import { stylish } from './formats/stylish.js';
import { t } from '../messages/index.js';
import { readPlanSource, refusalMessage } from './planSource.js';
import { writeFileAtomic } from './writeAtomic.js';
import { refuseWriteTarget } from './writeTarget.js';
import { refusalText } from '../edit/refusal.js';

export interface NewYearOptions {
  file: string;
  /** Where to write; default `<year+1>.yaml` beside the file. */
  outPath?: string;
  force: boolean;
  cwd: string;
  lang: Lang;
  out: (s: string) => void;
  err: (s: string) => void;
}

/**
 * `kehoach new-year FILE [--out PATH] [--force]`: writes next year's draft; returns the exit
 * status. The draft itself is the engine's (scaffold/draftNextYear.ts, as in the editor); here
 * only the reading, the refusal to overwrite and the atomic write.
 */
export async function newYearCommand(o: NewYearOptions): Promise<number> {
  const file = resolve(o.cwd, o.file);
  const shown = (p: string) => relative(o.cwd, p) || p;
  const read = await readPlanSource(o.file, { cwd: o.cwd });
  if (!read.ok) {
    o.err(refusalMessage(o.file, read.refusal, o.lang) + '\n');
    return 2;
  }
  const outcome = draftNextYear(read.text, file, { ...(o.outPath ? { target: resolve(o.cwd, o.outPath) } : {}), ...(read.bom ? { bom: true } : {}) });
  if (!outcome.ok) {
    const p = outcome.problem;
    if (p.code === 'not-a-plan') {
      o.err(t('cli.new-year-failed', o.lang, { path: shown(file), detail: p.detail }) + '\n');
      return 1;
    }
    if (p.code === 'refused') {
      // A form the scaffold cannot edit safely: why, and that nothing was written.
      o.err(t('cli.new-year-refused', o.lang, { path: shown(file), reason: refusalText(p.refusal, o.lang) }) + '\n');
      return 1;
    }
    if (p.code === 'baseline-invalid') {
      o.err(stylish([{ file: shown(file), diagnostics: p.errors }], o.lang));
      o.err(t('cli.not-valid-plan', o.lang, { path: shown(file), count: p.errors.length }) + '\n');
      return 1;
    }
    o.err(stylish([{ file: shown(p.target), diagnostics: p.errors }], o.lang));
    o.err(t('cli.internal', o.lang, { detail: 'the scaffolded draft does not pass the schema' }) + '\n');
    return 2;
  }
  const draft = outcome.draft;
  const target = draft.target;
  const refusedWrite = await refuseWriteTarget(o, o.file, target, o.outPath !== undefined, shown);
  if (refusedWrite !== undefined) return refusedWrite;
  try {
    await fs.mkdir(dirname(target), { recursive: true });
    const written = await writeFileAtomic(target, draft.text, { overwrite: o.force });
    if (written === 'exists') {
      o.err(t('cli.exists-no-force', o.lang, { path: shown(target) }) + '\n');
      return 2;
    }
  } catch (e) {
    o.err(t('cli.write-error', o.lang, { path: shown(target), detail: (e as NodeJS.ErrnoException).code ?? String(e) }) + '\n');
    return 2;
  }
  o.out(
    t('cli.new-year-written', o.lang, {
      path: shown(target),
      year: String(draft.year),
      from: basename(file),
      indicators: draft.indicators.length,
      parts: draft.parts.length,
      clauses: draft.clauses.length,
    }) + '\n',
  );
  for (const note of draft.notes) {
    if (note.code === 'skipped-dropped') o.out(t('cli.new-year-skipped-dropped', o.lang, { ids: note.ids.join(', ') }) + '\n');
    else if (note.code === 'skipped-unconfirmed') o.out(t('cli.new-year-skipped-unconfirmed', o.lang, { ids: note.ids.join(', ') }) + '\n');
    else o.err(t('cli.new-year-baseline-draft', o.lang, { path: shown(file) }) + '\n');
  }
  return 0;
}
