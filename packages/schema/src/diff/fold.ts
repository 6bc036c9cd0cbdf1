// The clause and narrative-target changes folded for a reviewer (the default; `--clauses full`
// prints every text): a changed clause as one line with its word counts, an added or removed
// subtree as its top clause with the number of clauses under it, added and removed narrative
// targets as a short list of ids. Shared by the terminal, Markdown and the editor's page.

import type { ClauseDiff, IndicatorDiff, NarrativeDiff } from './types.js';

export type ClauseMode = 'summary' | 'full';
export const CLAUSE_MODES: readonly ClauseMode[] = ['summary', 'full'];

export interface FoldedClause {
  clause: ClauseDiff;
  /** Clauses of the same status under it, folded into it. */
  folded: number;
}

/** Changed clauses one by one; an added or removed clause under one of the same status folds into it. */
export function foldClauses(clauses: readonly ClauseDiff[]): FoldedClause[] {
  const byId = new Map(clauses.map((c) => [c.id, c]));
  const out: FoldedClause[] = [];
  const root = new Map<string, FoldedClause>();
  for (const c of clauses) {
    if (c.status === 'changed') {
      out.push({ clause: c, folded: 0 });
      continue;
    }
    // The highest ancestor with the same status (a cycle of parents in a hostile file stops at the start).
    let top = c;
    const seen = new Set([c.id]);
    for (let p = top.parent ? byId.get(top.parent) : undefined; p && p.status === c.status && !seen.has(p.id); p = p.parent ? byId.get(p.parent) : undefined) {
      seen.add(p.id);
      top = p;
    }
    const key = `${c.status}\0${top.id}`;
    const entry = root.get(key);
    if (entry) {
      if (top !== c) entry.folded++;
      continue;
    }
    const fresh = { clause: top, folded: top === c ? 0 : 1 };
    root.set(key, fresh);
    out.push(fresh);
  }
  return out;
}

/** Narrative targets: the changed ones each, the added and removed ones as ids (the first `limit`). */
export function foldNarratives(narratives: readonly NarrativeDiff[], limit = 12): { changed: NarrativeDiff[]; added: Ids; removed: Ids } {
  const ids = (status: 'added' | 'removed'): Ids => {
    const all = narratives.filter((n) => n.status === status).map((n) => n.id);
    return { shown: all.slice(0, limit), more: Math.max(0, all.length - limit) };
  };
  return { changed: narratives.filter((n) => n.status === 'changed'), added: ids('added'), removed: ids('removed') };
}

export interface Ids {
  shown: string[];
  /** How many more were left out. */
  more: number;
}

/** A text cut to about `max` characters at a word, "…" marking the cut. */
export function clip(s: string, max = 90): string {
  const one = s.replace(/\s+/g, ' ').trim();
  if (one.length <= max) return one;
  const cut = one.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : cut) + ' …';
}

/** The first words of what an added or removed clause says: label, heading or text. */
export function clauseGist(c: ClauseDiff, max = 90): string {
  const side = c.status === 'added' ? 'to' : 'from';
  return clip([c.label?.[side], c.heading?.[side], c.text?.[side]].filter(Boolean).join(' '), max);
}

/** Unconfirmed indicators grouped by their reason, in order. */
export function byReason(list: readonly IndicatorDiff[]): Map<string, IndicatorDiff[]> {
  const groups = new Map<string, IndicatorDiff[]>();
  for (const d of list) {
    const key = d.unconfirmedReason ?? '';
    const g = groups.get(key);
    if (g) g.push(d);
    else groups.set(key, [d]);
  }
  return groups;
}
