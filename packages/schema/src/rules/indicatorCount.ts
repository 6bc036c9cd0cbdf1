import { formatNumberVi } from '../diagnostics/numbers.js';
import { childPointer } from '../model/pointer.js';
import { isObject, problemMessages, type ProblemTable } from './helpers.js';
import type { Rule } from './rule.js';

const PROBLEMS: ProblemTable = {
  more: {
    vi: 'Văn bản công bố {declared} chỉ tiêu chủ yếu nhưng danh sách có {listed} chỉ tiêu (không kể chỉ tiêu đã bỏ). Hãy kiểm tra danh sách indicators hoặc sửa declaredIndicatorCount theo văn bản.',
    en: 'The text declares {declared} key indicators but the list has {listed} (dropped ones not counted). Check the indicators list, or correct declaredIndicatorCount to the text.',
  },
  fewer: {
    vi: 'Văn bản công bố {declared} chỉ tiêu chủ yếu nhưng danh sách chỉ có {listed}. Hãy thêm các chỉ tiêu còn thiếu; nếu văn bản nguồn không đầy đủ, ghi document.truncated: { note: … }.',
    en: 'The text declares {declared} key indicators but the list has only {listed}. Add the missing ones; if the source text is incomplete, say so with document.truncated: { note: … }.',
  },
  clause: {
    vi: 'Điều khoản “{clause}” không nêu “{declared} chỉ tiêu”. Hãy sửa declaredIndicatorCount hoặc điều khoản cho đúng văn bản được thông qua.',
    en: 'Clause “{clause}” does not say “{declared} chỉ tiêu”. Correct declaredIndicatorCount or the clause to the adopted text.',
  },
};

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
  message: problemMessages('indicator-count', PROBLEMS),
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

