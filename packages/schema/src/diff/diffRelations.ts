// Declared relations (total = sum of parts) paired by id, compared field by field.

import type { PlanView } from '../model/planView.js';
import { fieldsOf, pushField } from './fieldChanges.js';
import { matchById } from './matchById.js';
import type { FieldChange, RelationDiff } from './types.js';

const RELATION_FIELDS = ['kind', 'total', 'parts', 'note'] as const;

/** Only the relations that changed, were added or removed (removed ones last). */
export function diffRelations(a: PlanView, b: PlanView): RelationDiff[] {
  const out: RelationDiff[] = [];
  for (const { id, from: ra, to: rb } of matchById(a.relations, b.relations)) {
    if (!ra || !rb) {
      out.push({ id, status: ra ? 'removed' : 'added', fields: [] });
      continue;
    }
    const fields: FieldChange[] = [];
    for (const f of RELATION_FIELDS) pushField(fields, f, fieldsOf(ra)[f], fieldsOf(rb)[f]);
    if (fields.length > 0) out.push({ id, status: 'changed', fields });
  }
  return out;
}
