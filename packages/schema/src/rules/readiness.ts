// Readiness of an adopted plan. A draft (status: draft) is allowed its placeholders, its "…"
// blanks and the clauses carried over from last year; a plan marked adopted is not: "clean"
// must mean ready. Each defect has its own code. An unknown target (`unknown: true`: the
// adopted plan's target is not known) is not a placeholder and is allowed: it is the honest
// record of an incomplete source, not an unfinished draft.

import { rangeInScalar } from './helpers.js';
import { BLANK_FIELDS, BLANK_PATTERN } from '../model/blanks.js';
import { childPointer } from '../model/pointer.js';
import type { ClauseNode } from '../model/planView.js';
import type { Plan } from '../model/types.js';
import type { Rule, RuleContext } from './rule.js';

/** Adopted unless it says draft (the default, as the export makes explicit). */
export function isAdopted(plan: Partial<Plan>): boolean {
  return plan.status !== 'draft';
}

export const adoptedPlaceholder: Rule = {
  code: 'adopted-placeholder',
  severity: 'error',
  check(ctx) {
    if (!isAdopted(ctx.plan.raw)) return;
    for (const site of ctx.plan.targets) {
      if (site.dropped || site.status !== 'placeholder' || site.owner === 'amendment') continue;
      ctx.reportAt(childPointer(site.pointer, 'placeholder'), { id: site.id });
    }
  },
};

export const adoptedEllipsis: Rule = {
  code: 'adopted-ellipsis',
  severity: 'error',
  check(ctx) {
    const raw = ctx.plan.raw;
    if (!isAdopted(raw)) return;
    const at = (pointer: string): unknown => {
      let v: unknown = raw;
      for (const key of pointer.split('/').slice(1)) v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
      return v;
    };
    const check = (pointer: string, field: string) => {
      const value = at(pointer);
      if (typeof value !== 'string') return;
      const m = BLANK_PATTERN.exec(value);
      if (!m) return;
      const range = rangeInScalar(ctx.model, pointer, value, m.index, m.index + m[0].length);
      ctx.reportAt(pointer, { field, value }, range ? { range } : {});
    };
    for (const [pointer, field] of BLANK_FIELDS) check(pointer, field);
    ctx.plan.amendments.forEach((a) => check(childPointer(a.pointer, 'document', 'number'), `amendments/${a.id}/document.number`));
  },
};

export const adoptedCarriedOver: Rule = {
  code: 'adopted-carried-over',
  severity: 'error',
  check(ctx) {
    if (!isAdopted(ctx.plan.raw)) return;
    for (const c of ctx.plan.clauses) if (c.carriedOver) ctx.reportAt(childPointer(c.pointer, 'carriedOver'), { id: c.id || c.pointer }, { on: 'key' });
  },
};

/** "năm 2025" and the like: the years a clause names. */
const YEAR = /năm\s+(\d{4})(?!\d)/giu;

export const adoptedStaleYear: Rule = {
  code: 'adopted-stale-year',
  severity: 'error',
  needsBaseline: true,
  check(ctx) {
    const raw = ctx.plan.raw;
    const year = raw.year;
    if (!isAdopted(raw) || typeof year !== 'number') return;
    // The years carried text may name that are last year's: the baseline's year and the year it was adopted.
    const stale = new Map<string, { years: Set<number>; baselineYear: number }>();
    for (const base of ctx.baselines) {
      const y = base.plan.raw.year;
      if (typeof y !== 'number' || y >= year) continue;
      const years = new Set<number>([y]);
      const date = base.plan.raw.document?.date;
      const dy = typeof date === 'string' ? Number(date.slice(0, 4)) : NaN;
      if (Number.isInteger(dy) && dy < y) years.add(dy);
      for (const c of base.plan.clauses) {
        const key = fold(c.text);
        if (key !== '' && !stale.has(key)) stale.set(key, { years, baselineYear: y });
      }
    }
    if (stale.size === 0) return;
    for (const c of ctx.plan.clauses) {
      if (c.carriedOver) continue; // adopted-carried-over says it already
      const carried = stale.get(fold(c.text));
      if (!carried) continue;
      for (const m of c.text.matchAll(YEAR)) {
        if (!carried.years.has(Number(m[1]))) continue;
        reportYear(ctx, c, m, carried.baselineYear, year);
        break;
      }
    }
  },
};

function reportYear(ctx: RuleContext, c: ClauseNode, m: RegExpMatchArray, baselineYear: number, year: number): void {
  const field = c.kind === 'paragraph' || c.kind === 'preamble' || c.kind === 'closing' ? 'text' : 'heading';
  const pointer = childPointer(c.pointer, field);
  const from = m.index!;
  const range = rangeInScalar(ctx.model, pointer, c.text, from, from + m[0].length);
  ctx.reportAt(pointer, { id: c.id, phrase: m[0], baselineYear: String(baselineYear), year: String(year) }, range ? { range } : {});
}

/** Layout may differ between the years' files; words and numbers may not. */
function fold(s: string): string {
  return s.normalize('NFC').replace(/\s+/gu, ' ').trim();
}
