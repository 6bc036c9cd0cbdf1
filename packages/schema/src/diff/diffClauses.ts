// The resolution's clauses paired by id (preamble, articles, items, paragraphs, closing): label,
// heading and text with word diffs, and the carriedOver marks a new-year draft sets.

import type { ClauseNode, PlanView } from '../model/planView.js';
import { stringField, textChange } from './fieldChanges.js';
import { matchById } from './matchById.js';
import type { ClauseDiff, DiffSummary, PlanDiff } from './types.js';

export interface ClausesDiff {
  /** Only the clauses that changed, were added or removed (removed ones last). */
  clauses: ClauseDiff[];
  carriedOver: PlanDiff['carriedOver'];
  counts: DiffSummary['clauses'];
}

export function diffClauses(a: PlanView, b: PlanView): ClausesDiff {
  const clauses: ClauseDiff[] = [];
  const carriedOver = { marked: [] as string[], cleared: [] as string[] };
  const counts = { unchanged: 0, changed: 0, added: 0, removed: 0, carriedOver: 0 };
  for (const { id, from: na, to: nb } of matchById(identified(a), identified(b))) {
    if (!nb) {
      counts.removed++;
      clauses.push({ id, kind: na!.kind, status: 'removed', ...parentOf(na!), ...oneSide(na!, 'from') });
      continue;
    }
    if (nb.carriedOver) counts.carriedOver++;
    if (!na) {
      counts.added++;
      clauses.push({ id, kind: nb.kind, status: 'added', ...parentOf(nb), ...oneSide(nb, 'to') });
      continue;
    }
    if (na.carriedOver !== nb.carriedOver) (nb.carriedOver ? carriedOver.marked : carriedOver.cleared).push(id);
    const wa = wordsOf(na);
    const wb = wordsOf(nb);
    const c: ClauseDiff = { id, kind: nb.kind, status: 'changed', ...parentOf(nb) };
    if (wa.label !== wb.label) c.label = { ...(wa.label !== undefined ? { from: wa.label } : {}), ...(wb.label !== undefined ? { to: wb.label } : {}) };
    const heading = textChange(wa.heading, wb.heading);
    if (heading) c.heading = heading;
    const text = textChange(wa.text, wb.text);
    if (text) c.text = text;
    if (c.label || c.heading || c.text) {
      counts.changed++;
      clauses.push(c);
    } else counts.unchanged++;
  }
  return { clauses, carriedOver, counts };
}

/** The clauses that have an id (the schema check reports those without). */
function identified(view: PlanView): ClauseNode[] {
  return view.clauses.filter((c) => c.id !== '');
}

interface Words {
  label?: string;
  heading?: string;
  text?: string;
}

/** What a clause says, as written: an article's or item's label and heading, a paragraph's text. */
function wordsOf(c: ClauseNode): Words {
  if (c.kind !== 'article' && c.kind !== 'item') {
    const text = stringField(c, 'text'); // none is no text, not the view's ''
    return text !== undefined ? { text } : {};
  }
  return { ...(c.label !== undefined ? { label: c.label } : {}), ...(c.heading !== undefined ? { heading: c.heading } : {}) };
}

/** The clause it stands in, on its own side (a removed one's on the old side): for folding subtrees. */
function parentOf(c: ClauseNode): { parent?: string } {
  return c.parent?.id ? { parent: c.parent.id } : {};
}

function oneSide(c: ClauseNode, side: 'from' | 'to'): Pick<ClauseDiff, 'label' | 'heading' | 'text'> {
  const w = wordsOf(c);
  return {
    ...(w.label !== undefined ? { label: { [side]: w.label } } : {}),
    ...(w.heading !== undefined ? { heading: { [side]: w.heading } } : {}),
    ...(w.text !== undefined ? { text: { [side]: w.text } } : {}),
  };
}
