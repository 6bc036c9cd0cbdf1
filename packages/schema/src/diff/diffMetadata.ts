// The plan's own fields and its document's (year, status, baseline, document.number…), which
// the view does not type: read from the plain value, each guarded, since a side may be only
// partly valid.

import type { PlanView } from '../model/planView.js';
import { pushField } from './fieldChanges.js';
import type { FieldChange, SideInfo } from './types.js';

const TOP_FIELDS = ['schemaVersion', 'year', 'status', 'baseline'] as const;
const DOCUMENT_FIELDS = ['number', 'place', 'date', 'type', 'title', 'issuer', 'session', 'enactingFormula', 'recipientsHeading', 'sourceNote'] as const;

export function diffMetadata(a: PlanView, b: PlanView): FieldChange[] {
  const out: FieldChange[] = [];
  const pa = fields(a.raw);
  const pb = fields(b.raw);
  // `baseline: null` says "none", as an absent field does.
  for (const f of TOP_FIELDS) pushField(out, f, pa[f] ?? undefined, pb[f] ?? undefined);
  pushField(out, 'baselines', predecessors(pa.baselines), predecessors(pb.baselines));
  pushField(out, 'jurisdiction.id', fields(pa.jurisdiction).id, fields(pb.jurisdiction).id);
  pushField(out, 'jurisdiction.name', fields(pa.jurisdiction).name, fields(pb.jurisdiction).name);
  const da = fields(pa.document);
  const db = fields(pb.document);
  for (const f of DOCUMENT_FIELDS) pushField(out, `document.${f}`, da[f], db[f]);
  for (const f of ['title', 'name']) pushField(out, `document.signature.${f}`, fields(da.signature)[f], fields(db.signature)[f]);
  for (const f of ['heading', 'title', 'subtitle']) pushField(out, `document.appendix.${f}`, fields(da.appendix)[f], fields(db.appendix)[f]);
  const ra = strings(da.recipients);
  const rb = strings(db.recipients);
  if (JSON.stringify(ra) !== JSON.stringify(rb)) out.push({ field: 'document.recipients', from: ra, to: rb });
  return out;
}

/** Who and when, for the report's heading ({} for a side that is no plan: a file added or deleted). */
export function sideInfo(view: PlanView): SideInfo {
  const p = fields(view.raw);
  const j = fields(p.jurisdiction);
  return {
    ...(typeof j.id === 'string' ? { jurisdiction: j.id } : {}),
    ...(typeof j.name === 'string' ? { jurisdictionName: j.name } : {}),
    ...(typeof p.year === 'number' ? { year: p.year } : {}),
    ...(typeof p.status === 'string' ? { status: p.status } : {}),
  };
}

/** An object's fields; none for anything else. */
function fields(v: unknown): Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

/** A merged province's predecessors, each as "name (path)"; undefined when none are listed. */
function predecessors(v: unknown): string[] | undefined {
  if (!Array.isArray(v) || v.length === 0) return undefined;
  return v.map((b) => {
    const e = fields(b);
    const name = fields(e.jurisdiction).name;
    return `${typeof name === 'string' ? name : '?'} (${typeof e.path === 'string' ? e.path : '?'})`;
  });
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.map(String) : [];
}
