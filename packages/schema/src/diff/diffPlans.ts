// The semantic diff of two plans: two years, or two revisions of one year. Pure data, no I/O and
// no wording: renderTerminal and renderMarkdown turn it into text, `kehoach diff --format json`
// prints it as is, and the editor can use it directly. The shape is in types.ts, documented in
// docs/reviewing.md.
//
// Indicators, their parts, clauses, narrative targets and relations are matched by id, so moving
// one is not a change. A target is compared by meaning (compareTargets.ts), not by wording.
// Each side is walked once, as the model's typed view.

import { viewPlan, type PlanView } from '../model/planView.js';
import { diffClauses } from './diffClauses.js';
import { diffIndicators } from './diffIndicators.js';
import { diffMetadata, sideInfo } from './diffMetadata.js';
import { diffNarratives } from './diffNarratives.js';
import { diffRelations } from './diffRelations.js';
import type { DiffSummary, IndicatorDiff, PlanDiff } from './types.js';
import { MAX_PLAN_WORK, withDiffBudget } from './wordDiff.js';

export { compareTargets } from './compareTargets.js';

/** The semantic diff of two parsed plans; a side that is null (or no plan at all) is a file added or deleted. */
export function diffPlans(oldPlan: unknown, newPlan: unknown): PlanDiff {
  return diffViews(viewPlan(oldPlan), viewPlan(newPlan));
}

/**
 * The same, for plans already viewed (a PlanModel's `plan`). Every word diff of one call draws
 * on one budget (MAX_PLAN_WORK); each call has the whole budget again.
 */
export function diffViews(a: PlanView, b: PlanView): PlanDiff {
  return withDiffBudget({ work: MAX_PLAN_WORK }, () => compare(a, b));
}

function compare(a: PlanView, b: PlanView): PlanDiff {
  const metadata = diffMetadata(a, b);
  const indicators = diffIndicators(a, b);
  const { clauses, carriedOver, counts } = diffClauses(a, b);
  const { narrativeTargets, counts: nt } = diffNarratives(a, b);
  const relations = diffRelations(a, b);
  const rel = { changed: 0, added: 0, removed: 0 };
  for (const r of relations) rel[r.status]++;

  const hasChanges =
    metadata.length > 0 ||
    indicators.some((d) => d.status !== 'unchanged') ||
    clauses.length > 0 ||
    carriedOver.marked.length + carriedOver.cleared.length > 0 ||
    narrativeTargets.length > 0 ||
    relations.length > 0;

  return {
    version: 1,
    from: sideInfo(a),
    to: sideInfo(b),
    hasChanges,
    metadata,
    indicators,
    clauses,
    carriedOver,
    narrativeTargets,
    relations,
    summary: { indicators: countIndicators(indicators, b), clauses: counts, narrativeTargets: nt, relations: rel },
  };
}

function countIndicators(indicators: IndicatorDiff[], b: PlanView): DiffSummary['indicators'] {
  const ind = {
    unchanged: 0, changed: 0, added: 0, removed: 0, dropped: 0, restored: 0, unconfirmed: 0,
    raised: 0, lowered: 0, narrowed: 0, widened: 0, reshaped: 0, moreAmbitious: 0, lessAmbitious: 0,
    unset: 0, set: 0, placeholders: 0, notKnown: 0, total: indicators.length,
    results: 0, met: 0, notMet: 0, partlyMet: 0, belowResult: 0,
  };
  for (const d of indicators) {
    ind[d.status]++;
    for (const r of [d.lastResult, ...d.parts.map((p) => p.lastResult)]) {
      if (!r) continue;
      ind.results++;
      if (r.achievement === 'met') ind.met++;
      if (r.achievement === 'not-met') ind.notMet++;
      if (r.achievement === 'partly-met') ind.partlyMet++;
      if (r.newTarget) ind.belowResult++;
    }
    if (d.status === 'dropped' || d.status === 'unconfirmed' || d.status === 'removed') continue;
    for (const [change, since] of [[d.target, d.sincePrevious], ...d.parts.map((p) => [p.target, p.sincePrevious] as const)] as const) {
      if (!change) continue;
      if (change.verdict === 'set') ind.set++;
      if (change.verdict === 'unset') ind.unset++;
      // A target just set in a draft counts by its change since last year's.
      const t = change.verdict === 'set' && since ? since : change;
      if (t.verdict === 'raised' || t.verdict === 'lowered' || t.verdict === 'narrowed' || t.verdict === 'widened' || t.verdict === 'reshaped') ind[t.verdict]++;
      if (t.ambition === 'more') ind.moreAmbitious++;
      if (t.ambition === 'less') ind.lessAmbitious++;
    }
  }
  // What the new plan still lacks, changed or not: every target in force that is a placeholder or unknown.
  for (const i of b.indicators) {
    if (i.dropped || i.unconfirmed) continue;
    for (const site of [i.target, ...i.parts.map((p) => p.target)]) {
      if (site?.status === 'placeholder') ind.placeholders++;
      else if (site && site.status === 'unknown' && site.target.unknown === true) ind.notKnown++;
    }
  }
  return ind;
}
