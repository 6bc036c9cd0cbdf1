import { promises as fs } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { checkSchema } from '../checks/schemaCheck.js';
import type { Lang } from '../diagnostics/types.js';
import { analyzeText } from '../engine.js';
import { buildModel } from '../model/model.js';
import { decodePlanBytes } from '../parse/readText.js';
import { parseYaml } from '../parse/parseYaml.js';
import { ScaffoldError, scaffoldNewYear } from '../scaffold/newYear.js';
import { stylish } from './formats/stylish.js';
import { t } from '../messages/index.js';
import { readPlanFile } from './readPlanFile.js';
import { exists, writeFileAtomic } from './writeAtomic.js';

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

/** `kehoach new-year FILE [--out PATH] [--force]`: writes next year's draft; returns the exit status. */
export async function newYearCommand(o: NewYearOptions): Promise<number> {
  const file = resolve(o.cwd, o.file);
  const shown = (p: string) => relative(o.cwd, p) || p;
  const read = await readPlanFile(file);
  if (!read.ok) {
    o.err(t('cli.read-error', o.lang, { path: o.file, detail: String(read.diagnostic.params.detail ?? read.diagnostic.code) }) + '\n');
    return 2;
  }
  const decoded = decodePlanBytes(read.bytes);
  if (!decoded.ok) {
    o.err(stylish([{ file: shown(file), diagnostics: [decoded.diagnostic] }], o.lang));
    return 1;
  }
  // The baseline must be a valid plan: the draft inherits whatever it has.
  const analyzed = analyzeText(decoded.text, file);
  const errors = analyzed.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    o.err(stylish([{ file: shown(file), diagnostics: errors }], o.lang));
    o.err(t('cli.not-valid-plan', o.lang, { path: shown(file), count: errors.length }) + '\n');
    return 1;
  }
  const year = (analyzed.model.value as { year: number }).year;
  const target = o.outPath ? resolve(o.cwd, o.outPath) : join(dirname(file), `${year + 1}.yaml`);
  if (!o.force && (await exists(target))) {
    o.err(t('cli.exists-no-force', o.lang, { path: shown(target) }) + '\n');
    return 2;
  }
  let baseline = relative(dirname(target), file).split(sep).join('/');
  if (!baseline.startsWith('.')) baseline = `./${baseline}`;

  let draft;
  try {
    draft = scaffoldNewYear(decoded.text, { baseline });
  } catch (e) {
    if (!(e instanceof ScaffoldError)) throw e;
    o.err(t('cli.new-year-failed', o.lang, { path: shown(file), detail: e.message }) + '\n');
    return 1;
  }
  // The draft must pass the schema before it is written (its placeholders are warnings, later).
  const model = buildModel(target, parseYaml(draft.text));
  const problems = [...model.parsed.diagnostics, ...checkSchema(model)].filter((d) => d.severity === 'error');
  if (problems.length > 0) {
    o.err(stylish([{ file: shown(target), diagnostics: problems }], o.lang));
    throw new Error('the scaffolded draft does not pass the schema');
  }
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
  if (draft.skippedDropped.length > 0) o.out(t('cli.new-year-skipped-dropped', o.lang, { ids: draft.skippedDropped.join(', ') }) + '\n');
  return 0;
}
