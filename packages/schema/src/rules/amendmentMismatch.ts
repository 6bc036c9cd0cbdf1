import { sameMeaning } from '../grammar/index.js';
import { childPointer } from '../model/pointer.js';
import { isCheckable } from '../model/planView.js';
import type { Target } from '../model/types.js';
import { describeTarget, isObject } from './helpers.js';
import type { Rule } from './rule.js';

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

