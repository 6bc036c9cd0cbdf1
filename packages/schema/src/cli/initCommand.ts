import { promises as fs } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Lang } from '../diagnostics/types.js';
import { repositoryRoot } from '../io/fileAccess.js';
import { t } from '../messages/index.js';
import { initPlan } from '../scaffold/initPlan.js';
import { writeFileAtomic } from './writeAtomic.js';
import { refuseWriteTarget } from './writeTarget.js';

export interface InitOptions {
  jurisdiction: string;
  year: string;
  /** Where to write; default `plans/<id>/<year>.yaml` in the repository. */
  outPath?: string;
  cwd: string;
  lang: Lang;
  out: (s: string) => void;
  err: (s: string) => void;
}

/**
 * `kehoach init JURISDICTION YEAR [--out PATH]`: writes the skeleton of a plan for a province
 * with no history; returns the exit status. The skeleton is the engine's (scaffold/initPlan.ts,
 * as in the editor); here the target, the file-access policy and the atomic write. It never
 * overwrites a file, --force or not: a plan that exists is continued with new-year.
 */
export async function initCommand(o: InitOptions): Promise<number> {
  const shown = (p: string) => relative(o.cwd, p) || p;
  const outcome = initPlan(o.jurisdiction, o.year);
  if (!outcome.ok) {
    const p = outcome.problem;
    if (p.code === 'bad-year') o.err(t('cli.init-bad-year', o.lang, { value: p.value }) + '\n');
    else if (p.code === 'merged') o.err(t('cli.init-merged', o.lang, { name: p.name, into: p.into.name, intoId: p.into.id, year: String(p.year) }) + '\n');
    else if (p.suggestions.length > 0) o.err(t('cli.init-unknown-suggest', o.lang, { value: p.value, suggestions: p.suggestions.join(', ') }) + '\n');
    else o.err(t('cli.init-unknown', o.lang, { value: p.value }) + '\n');
    return 2;
  }
  const plan = outcome.plan;
  const target = o.outPath !== undefined ? resolve(o.cwd, o.outPath) : join(repositoryRoot(o.cwd), ...plan.path.split('/'));
  const refused = await refuseWriteTarget(o, target, target, o.outPath !== undefined, shown, 'cli.init-exists');
  if (refused !== undefined) return refused;
  try {
    await fs.mkdir(dirname(target), { recursive: true });
    if ((await writeFileAtomic(target, plan.text, { overwrite: false })) === 'exists') {
      o.err(t('cli.init-exists', o.lang, { path: shown(target) }) + '\n');
      return 2;
    }
  } catch (e) {
    o.err(t('cli.write-error', o.lang, { path: shown(target), detail: (e as NodeJS.ErrnoException).code ?? String(e) }) + '\n');
    return 2;
  }
  o.out(t('cli.init-written', o.lang, { path: shown(target), year: String(plan.year), name: plan.jurisdiction.name }) + '\n');
  if (plan.predecessors.length > 0) {
    const from = plan.predecessors.map((p) => p.name).join(', ');
    o.out(t('cli.init-predecessors', o.lang, { name: plan.jurisdiction.name, from, previous: String(plan.year - 1) }) + '\n');
  }
  return 0;
}
