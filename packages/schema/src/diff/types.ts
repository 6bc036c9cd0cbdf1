// The shape of a semantic diff: what `diffPlans` returns, `kehoach diff --format json` prints
// and the renderers read (documented in docs/reviewing.md). Pure types: no logic here.

import type { ClauseKind } from '../model/planView.js';
import type { Verdict } from '../achievement/achievement.js';
import type { Direction, Result, Target } from '../model/types.js';
import type { WordDiff } from './wordDiff.js';

export type { ClauseKind };

export type Ambition = 'more' | 'less' | 'same' | 'unknown';

/**
 * unchanged: same meaning, same wording; reworded: same meaning, other wording;
 * raised / lowered: every bound both sides have (floor, ceiling, a value's both) went up / down
 * or stayed; narrowed / widened: the floor went up and the ceiling down / the other way;
 * reshaped: no shared bound moved but the comparator or bounds changed, or not comparable at all
 * (another unit, another kind, a maintain state); set / unset: from / to a placeholder;
 * not-known / was-not-known: the new / old side's target is `unknown` (no source gives it);
 * added / removed: a target on one side only.
 */
export type TargetVerdict = 'unchanged' | 'reworded' | 'raised' | 'lowered' | 'narrowed' | 'widened' | 'reshaped' | 'set' | 'unset' | 'not-known' | 'was-not-known' | 'added' | 'removed';

export interface TargetChange {
  verdict: TargetVerdict;
  /** More or less ambitious, given the direction; unknown when not comparable or no direction. */
  ambition: Ambition;
  from?: Target;
  to?: Target;
  /** The direction the ambition was judged by (after a "giảm" target flips it), if any. */
  direction?: Direction;
  unitChanged?: boolean;
  kindChanged?: boolean;
  /** For a reshaped target: a floor or a ceiling only one side has ("50–55%" → "trên 50%": ceiling removed). */
  bounds?: { floor?: 'added' | 'removed'; ceiling?: 'added' | 'removed' };
  /** Word diff of the wording, when both sides have one and it changed. */
  wording?: WordDiff;
}

export type EntryStatus = 'unchanged' | 'changed' | 'added' | 'removed';
/** unconfirmed: the new plan keeps a baseline indicator no source of it names (kept or not is unknown). */
export type IndicatorStatus = EntryStatus | 'dropped' | 'restored' | 'unconfirmed';

export interface FieldChange {
  field: string;
  from?: unknown;
  to?: unknown;
}

/**
 * The old plan's year in review: its latest result (final, else estimate), whether it met the
 * old target, and whether the new target asks less than that result already reached.
 */
export interface ResultReview {
  stage: 'estimate' | 'final';
  /** The result as the old plan records it (its unit filled from its owner when it writes none). */
  result: Result;
  /** The old target judged by this result (src/achievement). */
  achievement: Verdict;
  /**
   * The new target is already reached by this result, with room to spare: below it where
   * higher is better (below-result), above it where lower is better (above-result).
   */
  newTarget?: 'below-result' | 'above-result';
}

export interface PartDiff {
  id: string;
  label?: string;
  name: string;
  status: EntryStatus;
  target?: TargetChange;
  /** Last year's target kept beside a placeholder (previousTarget), for display. */
  previousTarget?: Target;
  /** The new target against the new side's previousTarget (a draft whose target was just set). */
  sincePrevious?: TargetChange;
  /** The old plan's result for this part, when it records one. */
  lastResult?: ResultReview;
  nameDiff?: WordDiff;
  fields: FieldChange[];
}

export interface IndicatorDiff {
  id: string;
  /** The name on the new side (the old one for a removed indicator). */
  name: string;
  status: IndicatorStatus;
  /** Number as printed on each side; informational, never a change. */
  number: { from?: string; to?: string };
  /** 0-based position on each side; informational, never a change. */
  position: { from?: number; to?: number };
  direction?: Direction;
  target?: TargetChange;
  previousTarget?: Target;
  /** The new target against the new side's previousTarget (a draft whose target was just set). */
  sincePrevious?: TargetChange;
  /** The old plan's result for this indicator, when it records one. */
  lastResult?: ResultReview;
  parts: PartDiff[];
  nameDiff?: WordDiff;
  /** Unit, direction, form (change, relativeTo, single target ↔ parts) and other fields that changed. */
  fields: FieldChange[];
  /** The reason, for a dropped indicator. */
  droppedReason?: string;
  /** The indicator that replaces a dropped one (`dropped.replacedBy`). */
  replacedBy?: string;
  /** The dropped indicators this one replaces (their `replacedBy` names it). */
  replaces?: string[];
  /** The reason, for an unconfirmed indicator. */
  unconfirmedReason?: string;
}

export interface TextChange {
  from?: string;
  to?: string;
  diff?: WordDiff;
}

export interface ClauseDiff {
  id: string;
  kind: ClauseKind;
  status: Exclude<EntryStatus, 'unchanged'>;
  /** The id of the clause it stands in (on the new side; the old side's for a removed one). */
  parent?: string;
  label?: { from?: string; to?: string };
  heading?: TextChange;
  text?: TextChange;
}

export interface NarrativeDiff {
  id: string;
  status: Exclude<EntryStatus, 'unchanged'>;
  clause: { from?: string; to?: string };
  indicator?: string;
  text?: TextChange;
  target?: TargetChange;
  fields: FieldChange[];
}

export interface RelationDiff {
  id: string;
  status: Exclude<EntryStatus, 'unchanged'>;
  fields: FieldChange[];
}

export interface SideInfo {
  jurisdiction?: string;
  jurisdictionName?: string;
  year?: number;
  status?: string;
  /** Set by the caller: the file or revision the side was read from. */
  label?: string;
}

export interface PlanDiff {
  /** Version of this JSON shape. */
  version: 1;
  from: SideInfo;
  to: SideInfo;
  hasChanges: boolean;
  /** Top-level and document fields that changed (year, status, baseline, document.number…). */
  metadata: FieldChange[];
  /** Every indicator of either side, in the new side's order, removed ones last. */
  indicators: IndicatorDiff[];
  /** Only the clauses that changed, were added or removed. */
  clauses: ClauseDiff[];
  /** Clauses whose carriedOver flag was set or cleared (their text unchanged or not). */
  carriedOver: { marked: string[]; cleared: string[] };
  narrativeTargets: NarrativeDiff[];
  relations: RelationDiff[];
  summary: DiffSummary;
}

export interface DiffSummary {
  indicators: Record<IndicatorStatus, number> & {
    raised: number;
    lowered: number;
    moreAmbitious: number;
    lessAmbitious: number;
    narrowed: number;
    widened: number;
    reshaped: number;
    /** Targets (indicators and parts) now a placeholder / newly set from a placeholder (a target
     * just set counts in raised/lowered/more/less by its change since previousTarget). */
    unset: number;
    set: number;
    /** Targets of the new plan's indicators and parts in force (not dropped, not unconfirmed), by
     * state: a placeholder ("chưa đặt") or `unknown` ("chưa biết"), whether or not that changed. */
    placeholders: number;
    notKnown: number;
    /** Indicators in either plan: the statuses add up to it. */
    total: number;
    /** Results the old plan records (indicators and parts), by achievement; new targets below them. */
    results: number;
    met: number;
    notMet: number;
    partlyMet: number;
    belowResult: number;
  };
  clauses: { unchanged: number; changed: number; added: number; removed: number; carriedOver: number };
  narrativeTargets: { unchanged: number; changed: number; added: number; removed: number };
  relations: { changed: number; added: number; removed: number };
}
