import { formatNumberVi } from '../diagnostics/numbers.js';
import { childPointer } from '../model/pointer.js';
import { isObject } from './helpers.js';
import type { Rule } from './rule.js';

/**
 * The number of key indicators the text declares (`declaredIndicatorCount`: "Thông qua 25 chỉ
 * tiêu chủ yếu", "26 chỉ tiêu chủ yếu") against the list: the indicators printed in the appendix
 * (not dropped, not unconfirmed). A plan whose source text is incomplete (`document.truncated`)
 * may list fewer, never more. When the count cites its clause, the clause must say it: a
 * clause carried over from last year ("Thông qua 25 chỉ tiêu") is caught when the count moved on.
 */
export const indicatorCount: Rule = {
  code: 'indicator-count',
  severity: 'error',
  check(ctx) {
    const raw = ctx.plan.raw;
    const declared = raw.declaredIndicatorCount;
    if (!isObject(declared) || typeof declared.value !== 'number' || !Number.isInteger(declared.value)) return;
    const value = declared.value;
    const listed = ctx.plan.indicators.filter((i) => !i.dropped && !i.unconfirmed).length;
    const truncated = isObject(raw.document) && isObject(raw.document.truncated);
    if (listed > value || (listed < value && !truncated)) {
      ctx.reportAt('/declaredIndicatorCount/value', { problem: listed > value ? 'more' : 'fewer', declared: value, listed });
    }
    const clauseId = typeof declared.clause === 'string' ? declared.clause : undefined;
    const clause = clauseId !== undefined ? ctx.plan.clause(clauseId) : undefined;
    if (clause && clause.text !== '' && !says(clause.text, value)) {
      ctx.reportAt(childPointer('/declaredIndicatorCount', 'clause'), { problem: 'clause', declared: value, clause: clauseId! });
    }
  },
};

/** "25 chỉ tiêu" (or "hai mươi lăm"? no: the texts print digits) in the clause's text. */
function says(text: string, n: number): boolean {
  const written = new Set([String(n), formatNumberVi(n)]);
  for (const m of text.normalize('NFC').matchAll(/(?<![\d.,])(\d{1,3}(?:\.\d{3})*|\d+)\s+chỉ\s+tiêu/gu)) if (written.has(m[1]!)) return true;
  return false;
}

