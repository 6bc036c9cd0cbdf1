import { sameMeaning } from '../grammar/index.js';
import { childPointer } from '../model/pointer.js';
import { isCheckable } from '../model/planView.js';
import type { Target } from '../model/types.js';
import { describeTarget, isObject, problemMessages, type ProblemTable } from './helpers.js';
import type { Rule } from './rule.js';

const PROBLEMS: ProblemTable = {
  from: {
    vi: 'Điều chỉnh “{id}” ghi chỉ tiêu “{ref}” trước đó là “{from}”, nhưng chỉ tiêu đang có hiệu lực là “{current}”. Hãy sửa from theo chỉ tiêu được điều chỉnh (hoặc bỏ from).',
    en: 'Amendment “{id}” says target “{ref}” was “{from}”, but the target in force is “{current}”. Correct from to the target it changes (or leave from out).',
  },
  date: {
    vi: 'Nghị quyết điều chỉnh “{id}” ngày {date} có trước kế hoạch ({planDate}). Hãy kiểm tra ngày của hai văn bản.',
    en: 'Adjusting resolution “{id}” of {date} predates the plan ({planDate}). Check both documents’ dates.',
  },
};

/**
 * An adjusting resolution (`amendments`) changes targets of the plan within the year, each
 * change traceable to the target it changes. `target` keeps the target as first adopted; each
 * change's `from` must be the target in force before it (the adopted one, or the `to` of an
 * earlier change to the same target, in file order), and the adjustment comes after the plan.
 * Its `indicator` is checked by unknown-reference.
 */
export const amendmentMismatch: Rule = {
  code: 'amendment-mismatch',
  severity: 'error',
  message: problemMessages('amendment-mismatch', PROBLEMS),
  check(ctx) {
    const view = ctx.plan;
    const planDate = isObject(view.raw.document) && typeof view.raw.document.date === 'string' ? view.raw.document.date : undefined;
    const inForce = new Map<string, Target | undefined>();
    for (const a of view.amendments) {
      const date = isObject(a.source.document) ? a.source.document.date : undefined;
      if (typeof date === 'string' && planDate !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(date) && date < planDate) {
        ctx.reportAt(childPointer(a.pointer, 'document', 'date'), { problem: 'date', id: a.id, date, planDate });
      }
      for (const c of a.changes) {
        if (c.ref === undefined) continue;
        const resolved = view.resolve(c.ref);
        if (!resolved) continue;
        const own = resolved.part ? resolved.part.target : resolved.indicator.target;
        const current = inForce.has(c.ref) ? inForce.get(c.ref) : own?.target;
        const from = c.from?.target;
        if (from && current && isCheckable(from) && isCheckable(current) && !sameMeaning(from, current)) {
          ctx.reportAt(c.from!.pointer, { problem: 'from', id: a.id, ref: c.ref, from: describeTarget(from), current: describeTarget(current) });
        }
        if (c.to) inForce.set(c.ref, c.to.target);
      }
    }
  },
};

