import { relative } from 'node:path';
import type { Lang } from '../diagnostics/types.js';
import { accessScope } from '../io/fileAccess.js';
import { analyzeFiles } from './analyzeFiles.js';
import { collectPlanFiles } from '../io/collectFiles.js';
import { loadConfig } from './loadConfig.js';
import { github } from './formats/github.js';
import { json } from './formats/json.js';
import { counts, type FileReport, type Formatter } from './formats/report.js';
import { sarif } from './formats/sarif.js';
import { stylish } from './formats/stylish.js';
import { t } from '../messages/index.js';

export const FORMATTERS: Record<string, Formatter> = { stylish, json, github, sarif };

export interface ValidateOptions {
  paths: string[];
  format: string;
  lang: Lang;
  maxWarnings?: number;
  cwd: string;
  out: (s: string) => void;
  err: (s: string) => void;
}

/** Validates every plan file under the paths in one process; returns the exit status. */
export async function validateCommand(o: ValidateOptions): Promise<number> {
  const formatter = FORMATTERS[o.format]!;
  // Severity overrides from kehoach.config.json (here or above); the baseline of each plan
  // (its `baseline`, else <year-1>.yaml beside it) read from disk for the cross-file rules.
  const loaded = await loadConfig(o.cwd, o.lang, o.err);
  if (!loaded.ok) return 2;
  // What may be read: the repository and what the user named (io/fileAccess.ts); a plan's
  // baseline, or a link under a folder, leading elsewhere is not read.
  const scope = accessScope(o.cwd, o.paths);
  const collected = o.paths.length ? await collectPlanFiles(o.paths, scope) : await collectPlanFiles(['plans/'], scope, { named: false });
  let ioError = false;
  const files: Array<{ path: string; shown: string }> = [];
  for (const c of collected) {
    const shown = relative(o.cwd, c.path) || c.path;
    if (c.kind === 'missing') {
      o.err(t('cli.not-found', o.lang, { path: c.path }) + '\n');
      ioError = true;
    } else if (c.kind === 'empty-dir') {
      o.err(t('cli.no-plans', o.lang, { path: c.path }) + '\n');
      ioError = true;
    } else if (c.kind === 'loop') {
      o.err(t('cli.symlink-loop', o.lang, { path: shown }) + '\n');
    } else if (c.kind === 'outside') {
      o.err(t('cli.symlink-outside', o.lang, { path: shown }) + '\n');
    } else if (c.kind === 'alias') {
      o.err(t('cli.symlink-alias', o.lang, { path: shown, target: relative(o.cwd, c.target) || c.target }) + '\n');
    } else if (c.kind === 'unreadable') {
      o.err(t('cli.read-error', o.lang, { path: shown, detail: c.detail }) + '\n');
      ioError = true;
    } else files.push({ path: c.path, shown });
  }
  // Many files are checked on every core (analyzeFiles.ts); the report keeps this order.
  const outcomes = await analyzeFiles(
    files.map((f) => f.path),
    { scope, ...(loaded.config ? { config: loaded.config } : {}) },
  );
  const reports: FileReport[] = files.map((f, i) => {
    if (outcomes[i]!.ioError) ioError = true;
    return { file: f.shown, diagnostics: outcomes[i]!.diagnostics };
  });
  o.out(formatter(reports, o.lang));
  const c = counts(reports);
  if (ioError) return 2;
  if (c.errors > 0) return 1;
  if (o.maxWarnings !== undefined && c.warnings > o.maxWarnings) {
    o.err(t('cli.too-many-warnings', o.lang, { warnings: c.warnings, max: o.maxWarnings }) + '\n');
    return 1;
  }
  return 0;
}
