// A result's wording ("ước đạt 7,8%"), read by the target grammar, against the fields beside it:
// the same reading a target's wording gets (malformed-target, comparator-wording,
// wording-mismatch), with a result's own words. The wording is the source's, so it wins: the
// fix rewrites the field.

import type { Target } from '../model/types.js';
import { valueEdit } from '../edit/valueEdit.js';
import { parseWording, rangeInScalar, yamlLiteral } from './helpers.js';
import type { Rule } from './rule.js';
import { differences } from './wordingMismatch.js';

const show = (v: string | number | boolean | undefined): string | number => (v === undefined ? '—' : typeof v === 'number' ? v : typeof v === 'boolean' ? String(v) : `“${v}”`);

/** A result's wording the grammar cannot read: at the exact column, with what it expected there. */
export const resultMalformed: Rule = {
  code: 'result-malformed',
  severity: 'error',
  check(ctx) {
    for (const site of ctx.plan.resultSites) {
      const wording = site.result.wording;
      if (typeof wording !== 'string') continue; // the schema check reports it
      const r = parseWording(wording);
      if (r.ok) continue;
      const { code, start, params } = r.error;
      const end = r.error.end > start ? r.error.end : Math.min(start + 1, wording.length);
      const pointer = `${site.pointer}/wording`;
      const range = rangeInScalar(ctx.model, pointer, wording, start, end);
      ctx.reportAt(pointer, { ...(params ?? {}), wording, id: site.ref, stage: site.stage, issue: code }, range ? { range } : {});
    }
  },
};

/** A field of a result that its wording contradicts (op included), with a fix from the wording. */
export const resultWording: Rule = {
  code: 'result-wording',
  severity: 'error',
  check(ctx) {
    for (const site of ctx.plan.resultSites) {
      const wording = site.result.wording;
      if (typeof wording !== 'string') continue;
      const base = { wording, id: site.ref, stage: site.stage };
      const r = parseWording(wording);
      if (!r.ok) continue; // result-malformed
      const found: Array<{ field: string; expected: string | number | boolean | undefined; actual: string | number | boolean | undefined }> = [];
      if (r.target.op !== undefined && typeof site.result.op === 'string' && site.result.op !== r.target.op) found.push({ field: 'op', expected: r.target.op, actual: site.result.op });
      // A result is never an average: `differences` reads one as a target would, and finds none.
      found.push(...differences(site.result as unknown as Target, r.target));
      for (const d of found) {
        const pointer = `${site.pointer}/${d.field}`;
        const present = ctx.model.sourceMap.get(pointer) !== undefined;
        const literal = d.expected === undefined ? undefined : d.field === 'op' ? JSON.stringify(d.expected) : yamlLiteral(d.expected);
        const edit = present && literal !== undefined ? valueEdit(ctx.model, pointer, literal) : undefined;
        ctx.reportAt(pointer, { ...base, field: d.field, expected: show(d.expected), actual: show(d.actual) }, edit?.ok ? { fix: [edit.edit] } : {});
      }
    }
  },
};
