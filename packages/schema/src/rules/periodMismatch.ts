import type { MessageParams } from '../diagnostics/types.js';
import { isObject, rangeInScalar } from './helpers.js';
import type { Rule, RuleContext } from './rule.js';

/**
 * A plan is for one year (`year`) or for a five-year period (`period: { from, to }`), and
 * everything that names one must agree: five-year plans (2026-2030) are adopted at the same
 * session as the year's plan, and one encoded as `year: 2026` would otherwise validate
 * silently ("VỀ NHIỆM VỤ KINH TẾ - XÃ HỘI NĂM 2016 - 2020", An Giang 08/2015/NQ-HĐND, read as a
 * 2016 plan). Checked: both given; a period whose first year is after its last; a yearly
 * plan whose title names a period; a period plan whose title or file name names another.
 */
export const periodMismatch: Rule = {
  code: 'period-mismatch',
  severity: 'error',
  check(ctx) {
    const raw = ctx.plan.raw;
    const year = typeof raw.year === 'number' ? raw.year : undefined;
    const period = isObject(raw.period) && typeof raw.period.from === 'number' && typeof raw.period.to === 'number' ? { from: raw.period.from, to: raw.period.to } : undefined;
    const doc = isObject(raw.document) ? raw.document : undefined;
    const titles: Array<[string, string, unknown]> = [
      ['/document/title', 'document.title', doc?.title],
      ['/document/appendix/title', 'document.appendix.title', isObject(doc?.appendix) ? doc.appendix.title : undefined],
    ];
    if (year !== undefined && period) {
      ctx.reportAt('/period', { problem: 'both', year: String(year), period: `${period.from}-${period.to}` }, { on: 'key' });
      return;
    }
    if (period && period.from > period.to) {
      ctx.reportAt('/period/from', { problem: 'order', period: `${period.from}-${period.to}` });
      return;
    }
    for (const [pointer, field, title] of titles) {
      if (typeof title !== 'string') continue;
      const named = lastPeriod(title);
      if (year !== undefined && named) {
        report(ctx, pointer, title, named, { problem: 'yearly-title', field, found: `${named.from}-${named.to}`, year: String(year), from: String(named.from), to: String(named.to) });
      } else if (period && named && (named.from !== period.from || named.to !== period.to)) {
        report(ctx, pointer, title, named, { problem: 'period-title', field, found: `${named.from}-${named.to}`, period: `${period.from}-${period.to}` });
      }
    }
    if (period) {
      const file = ctx.model.uri.slice(Math.max(ctx.model.uri.lastIndexOf('/'), ctx.model.uri.lastIndexOf('\\')) + 1);
      const m = /^(\d{4})-(\d{4})\.ya?ml$/i.exec(file);
      const yearFile = /^\d{4}\.ya?ml$/i.test(file);
      if ((m && (Number(m[1]) !== period.from || Number(m[2]) !== period.to)) || yearFile) {
        ctx.reportAt('/period', { problem: 'file', found: file, period: `${period.from}-${period.to}`, expected: `${period.from}-${period.to}.yaml` }, { on: 'key' });
      }
    }
  },
};

interface Named {
  from: number;
  to: number;
  index: number;
  length: number;
}

/** The period a title ends on ("… NĂM 2016 - 2020", "GIAI ĐOẠN 2026-2030"), when its last year is part of one. */
function lastPeriod(title: string): Named | undefined {
  const years = [...title.matchAll(/(\d{4})(?!\d)(?:\s*[-–]\s*(\d{4})(?!\d))?/gu)];
  const last = years[years.length - 1];
  if (!last || last[2] === undefined) return undefined;
  return { from: Number(last[1]), to: Number(last[2]), index: last.index!, length: last[0].length };
}

function report(ctx: RuleContext, pointer: string, title: string, named: Named, params: MessageParams): void {
  const range = rangeInScalar(ctx.model, pointer, title, named.index, named.index + named.length);
  ctx.reportAt(pointer, params, range ? { range } : {});
}

