// Narrative targets (targets stated in the resolution's prose) paired by id: the clause that
// states each, its text, and its target judged by the direction of the indicator it restates.

import type { NarrativeNode, PlanView } from '../model/planView.js';
import type { Direction } from '../model/types.js';
import { compareTargets, targetOf } from './compareTargets.js';
import { fieldsOf, pushField, stringField, textChange } from './fieldChanges.js';
import { matchById } from './matchById.js';
import type { DiffSummary, NarrativeDiff } from './types.js';

const NARRATIVE_FIELDS = ['clause', 'indicator', 'unit', 'direction'] as const;

export interface NarrativesDiff {
  /** Only those that changed, were added or removed (removed ones last). */
  narrativeTargets: NarrativeDiff[];
  counts: DiffSummary['narrativeTargets'];
}

export function diffNarratives(a: PlanView, b: PlanView): NarrativesDiff {
  const out: NarrativeDiff[] = [];
  const counts = { unchanged: 0, changed: 0, added: 0, removed: 0 };
  for (const { id, from: na, to: nb } of matchById(a.narratives, b.narratives)) {
    if (!nb) {
      const t = targetOf(na!.target);
      out.push({
        id,
        status: 'removed',
        clause: na!.clause !== undefined ? { from: na!.clause } : {},
        ...(na!.indicator ? { indicator: na!.indicator } : {}),
        text: { from: na!.text },
        ...(t ? { target: compareTargets(t, undefined) } : {}),
        fields: [],
      });
      counts.removed++;
      continue;
    }
    const clause = { ...(na?.clause !== undefined ? { from: na.clause } : {}), ...(nb.clause !== undefined ? { to: nb.clause } : {}) };
    const indicator = nb.indicator ? { indicator: nb.indicator } : {};
    if (!na) {
      const t = targetOf(nb.target);
      out.push({ id, status: 'added', clause, ...indicator, text: { to: nb.text }, ...(t ? { target: compareTargets(undefined, t) } : {}), fields: [] });
      counts.added++;
      continue;
    }
    const ctxA = context(a, na);
    const ctxB = context(b, nb);
    const d: NarrativeDiff = { id, status: 'changed', clause, ...indicator, fields: [] };
    const text = textChange(stringField(na, 'text'), stringField(nb, 'text')); // none is no text, not the view's ''
    if (text) d.text = text;
    const t = compareTargets(targetOf(na.target), targetOf(nb.target), ctxA.direction === ctxB.direction ? ctxB.direction : undefined, ctxB.change);
    if (t.verdict !== 'unchanged') d.target = t;
    const fa = fieldsOf(na);
    const fb = fieldsOf(nb);
    for (const f of NARRATIVE_FIELDS) pushField(d.fields, f, fa[f], fb[f]);
    if (d.text || d.target || d.fields.length > 0) {
      out.push(d);
      counts.changed++;
    } else counts.unchanged++;
  }
  return { narrativeTargets: out, counts };
}

/** The direction a narrative target is judged by: its own, else that of what it restates. */
function context(view: PlanView, n: NarrativeNode): { direction?: Direction; change?: string } {
  const restated = n.indicator !== undefined ? view.resolve(n.indicator) : undefined;
  const direction = ownDirection(n) ?? (restated?.part ?? restated?.indicator)?.direction;
  const change = restated?.indicator.change;
  return { ...(direction ? { direction } : {}), ...(change ? { change } : {}) };
}

/** The view gives a narrative no direction of its own: read it as written, if it is one. */
function ownDirection(n: NarrativeNode): Direction | undefined {
  const v = fieldsOf(n).direction;
  return v === 'higher' || v === 'lower' || v === 'neutral' ? v : undefined;
}
