import { childPointer } from '../model/pointer.js';
import type { Rule } from './rule.js';

/**
 * An id defined twice: indicators, parts (within their indicator), narrative targets,
 * clauses and relations share one namespace, since references may name any of them.
 * Reported at every definition after the first, naming the line of the first.
 */
export const duplicateId: Rule = {
  code: 'duplicate-id',
  severity: 'error',
  check(ctx) {
    const { model } = ctx;
    const lineOf = (pointer: string) => {
      const span = model.sourceMap.nearest(childPointer(pointer, 'id')).span;
      return model.parsed.lines.position(span.value[0]).line + 1;
    };
    for (const [id, entities] of model.duplicates) {
      const first = entities[0]!;
      for (const e of entities.slice(1)) {
        // A part's id is local: point at the part's own `id`.
        ctx.reportAt(childPointer(e.pointer, 'id'), { id, firstLine: lineOf(first.pointer) });
      }
    }
    // Relations are not in the entity index; they share the namespace all the same.
    const seen = new Map<string, string>();
    for (const r of ctx.plan.relations) {
      const prior = model.entities.get(r.id)?.pointer ?? seen.get(r.id);
      if (prior !== undefined) ctx.reportAt(childPointer(r.pointer, 'id'), { id: r.id, firstLine: lineOf(prior) });
      else seen.set(r.id, r.pointer);
    }
  },
};
