import { baselineRefs } from '../model/baseline.js';
import type { SourceDocument } from '../model/types.js';
import { editInScalar, isObject, rangeInScalar } from './helpers.js';
import type { Rule, RuleContext } from './rule.js';

/**
 * The plan's year against everything else that states one: the file name
 * (`plans/<jurisdiction>/<year>.yaml`), the document's date (adopted in the year before or
 * during the year), the titles ("… NĂM 2025"), the baselines' file names and each baseline
 * plan's own year (the year before). A draft copied from last year's file and only partly
 * moved on is the usual cause. A five-year plan (`period`) is checked by period-mismatch.
 */
export const yearMismatch: Rule = {
  code: 'year-mismatch',
  severity: 'error',
  check(ctx) {
    const plan = ctx.plan.raw;
    const year = plan.year;
    if (typeof year !== 'number' || !Number.isInteger(year)) return;
    const report = (pointer: string, field: string, found: number, expected: string) =>
      ctx.reportAt(pointer, { field, found: String(found), year: String(year), expected });

    const fileYear = yearOfFile(ctx.model.uri);
    if (fileYear !== undefined && fileYear !== year) report('/year', fileName(ctx.model.uri), fileYear, String(year));

    const doc = isObject(plan.document) ? (plan.document as Partial<SourceDocument>) : undefined;
    const date = typeof doc?.date === 'string' ? /^(\d{4})-\d{2}-\d{2}$/.exec(doc.date) : null;
    if (date) {
      const y = Number(date[1]);
      if (y !== year && y !== year - 1) report('/document/date', 'document.date', y, `${year - 1}–${year}`);
    }
    checkTitle(ctx, '/document/title', 'document.title', doc?.title, year);
    checkTitle(ctx, '/document/appendix/title', 'document.appendix.title', isObject(doc?.appendix) ? doc.appendix.title : undefined, year);

    if (typeof plan.baseline === 'string') {
      const y = yearOfFile(plan.baseline);
      if (y !== undefined && y !== year - 1) report('/baseline', 'baseline', y, String(year - 1));
    }
    if (Array.isArray(plan.baselines)) {
      plan.baselines.forEach((b, i) => {
        const y = b && typeof b.path === 'string' ? yearOfFile(b.path) : undefined;
        if (y !== undefined && y !== year - 1) report(`/baselines/${i}/path`, `baselines[${i + 1}].path`, y, String(year - 1));
      });
    }
    const refs = baselineRefs(ctx.model.uri, plan);
    for (const baseline of ctx.baselines) {
      const base = baseline.plan.raw;
      if (typeof base.year !== 'number' || base.year === year - 1) continue;
      const named = refs.find((r) => r.path === baseline.uri)?.pointer;
      const at = named && ctx.model.sourceMap.get(named) ? named : ctx.model.sourceMap.get('/baseline') ? '/baseline' : '/year';
      report(at, `${fileName(baseline.uri)} → year`, base.year, String(year - 1));
    }
  },
};

function fileName(uri: string): string {
  return uri.slice(Math.max(uri.lastIndexOf('/'), uri.lastIndexOf('\\')) + 1);
}

/** 2025 for ".../2025.yaml"; undefined when the file is not named by its year. */
function yearOfFile(path: string): number | undefined {
  const m = /^(\d{4})\.ya?ml$/i.exec(fileName(path));
  return m ? Number(m[1]) : undefined;
}

/** "… NĂM 2025": the last "năm YYYY" of a title is the plan's year. */
function checkTitle(ctx: RuleContext, pointer: string, field: string, title: unknown, year: number): void {
  if (typeof title !== 'string') return;
  const all = [...title.matchAll(/năm\s+(\d{4})(?!\d)/giu)];
  const last = all[all.length - 1];
  if (!last) return;
  const y = Number(last[1]);
  if (y === year) return;
  const from = last.index! + last[0].length - 4;
  const params = { field, found: String(y), year: String(year), expected: String(year) };
  // Points at the year itself when the title maps 1:1 to the source (plain, or quoted without escapes).
  const range = rangeInScalar(ctx.model, pointer, title, from, from + 4);
  const fix = editInScalar(ctx.model, pointer, title, from, from + 4, String(year));
  ctx.reportAt(pointer, params, { ...(range ? { range } : {}), ...(fix ? { fix } : {}) });
}
