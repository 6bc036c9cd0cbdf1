import { dirname, relative, resolve } from 'node:path';
import type { Lang } from '../diagnostics/types.js';
import { indicatorHistory, jurisdictionGroups, MAX_HISTORY_PLANS, type HistoryPlan, type IndicatorHistory } from '../history/history.js';
import { renderHistoryMarkdown, renderHistoryTerminal } from '../history/historyTable.js';
import { historySvg, svgDataUri } from '../history/historySvg.js';
import { accessScope } from '../io/fileAccess.js';
import { collectPlanFiles } from '../io/collectFiles.js';
import { t } from '../messages/index.js';
import { baselineRefs } from '../model/baseline.js';
import { viewPlan } from '../model/planView.js';
import { parseYaml } from '../parse/parseYaml.js';
import { statSync } from 'node:fs';
import { readPlanTextInScope, refusalMessage } from './planSource.js';

export const HISTORY_FORMATS = ['terminal', 'markdown', 'svg'] as const;
export type HistoryFormat = (typeof HISTORY_FORMATS)[number];

export interface HistoryOptions {
  /** The indicator id, or `indicator/part`, then the paths. */
  args: string[];
  format: HistoryFormat;
  cwd: string;
  lang: Lang;
  out: (s: string) => void;
  err: (s: string) => void;
}

/**
 * `kehoach history ID [PATH…]`: every year's target and result of one indicator. A folder
 * gives its plans, a file the plans of its folder (one jurisdiction's years); none: `plans/`.
 * The predecessors' plans a merged province names in `baselines:` are read too, inside the
 * repository only. One history per jurisdiction that is not a predecessor of another.
 * Exit status: 0; 1 when no plan has the indicator; 2 on a usage or read error.
 */
export async function historyCommand(o: HistoryOptions): Promise<number> {
  const [id, ...paths] = o.args;
  if (!id) {
    o.err(t('history.need-id', o.lang) + '\n');
    return 2;
  }
  const scope = accessScope(o.cwd, paths);
  const folders = paths.map((p) => {
    const abs = resolve(o.cwd, p);
    try {
      return statSync(abs).isDirectory() ? abs : dirname(abs);
    } catch {
      return abs; // collectPlanFiles reports it missing
    }
  });
  const collected = folders.length ? await collectPlanFiles(folders, scope) : await collectPlanFiles([resolve(o.cwd, 'plans')], scope, { named: false });
  const shown = (p: string) => relative(o.cwd, p) || p;
  const queue: string[] = [];
  const named = new Set<string>();
  for (const c of collected) {
    if (c.kind === 'file') queue.push(resolve(c.path)), named.add(resolve(c.path));
    else if (c.kind === 'missing') {
      o.err(t('cli.not-found', o.lang, { path: shown(c.path) }) + '\n');
      return 2;
    } else if (c.kind === 'empty-dir') {
      o.err(t('history.no-plans', o.lang, { path: shown(c.path) }) + '\n');
      return 2;
    } else if (c.kind === 'unreadable') o.err(t('history.skipped', o.lang, { path: shown(c.path), detail: c.detail }) + '\n');
  }
  // The plans, then the plans they name as baselines (a merged province's predecessors), once each.
  const plans: HistoryPlan[] = [];
  const seen = new Set<string>();
  while (queue.length > 0 && plans.length < MAX_HISTORY_PLANS) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const read = readPlanTextInScope(scope, path);
    if (!read.ok) {
      // A plan of the folder is said skipped; a baseline not there, or outside, is `validate`'s to report.
      if (named.has(path)) o.err(refusalMessage(shown(path), read.refusal, o.lang) + '\n');
      continue;
    }
    const parsed = parseYaml(read.text);
    const view = viewPlan(parsed.value);
    plans.push({ path, view });
    for (const ref of baselineRefs(path, parsed.value)) if (ref.jurisdiction || ref.explicit) queue.push(resolve(ref.path));
  }
  const histories: IndicatorHistory[] = jurisdictionGroups(plans, (a, b) => resolve(a) === resolve(b)).flatMap((g) => indicatorHistory(g.plans, id));
  if (histories.length === 0) {
    o.err(t('history.not-found', o.lang, { id, count: plans.length }) + '\n');
    return 1;
  }
  if (o.format === 'svg') {
    if (histories.length > 1) {
      o.err(t('history.svg-one', o.lang, { count: histories.length, refs: histories.map((h) => h.ref).join(', ') }) + '\n');
      return 2;
    }
    o.out(historySvg(histories[0]!, o.lang));
    return 0;
  }
  if (o.format === 'markdown') {
    o.out(renderHistoryMarkdown(histories, o.lang, (h) => svgDataUri(historySvg(h, o.lang))));
    return 0;
  }
  o.out(renderHistoryTerminal(histories, o.lang));
  return 0;
}
