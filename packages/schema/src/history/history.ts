// An indicator's history: every year's target and result across one jurisdiction's plans (and,
// for a province formed by merging, its predecessors' plans), with the achievement verdict.
// Pure: the CLI and the editor read the plans their own way and hand over the views.

import { achievementOf, type Achievement } from '../achievement/achievement.js';
import { baselineRefs } from '../model/baseline.js';
import type { IndicatorNode, PartNode, PlanView, ResultSite, ResultStage, TargetSite } from '../model/planView.js';
import type { Direction } from '../model/types.js';

/** One plan file, read and viewed. */
export interface HistoryPlan {
  path: string;
  view: PlanView;
}

/** Whether the indicator is in force that year, dropped, or one the (incomplete) plan may not keep. */
export type HistoryState = 'in-force' | 'dropped' | 'unconfirmed';

/** One year (of one jurisdiction) of an indicator or part. */
export interface HistoryRow {
  year: number;
  jurisdiction: { id: string; name: string };
  path: string;
  /** `grdp-growth`, `clean-water/urban`. */
  ref: string;
  name: string;
  unit?: string;
  direction?: Direction;
  state: HistoryState;
  target?: TargetSite;
  estimate?: ResultSite;
  final?: ResultSite;
  /** The target against the final figure, else the estimate. */
  achievement: Achievement & { stage?: ResultStage };
}

/** One series: an indicator's own target year by year, or one part's. */
export interface IndicatorHistory {
  ref: string;
  /** The latest year's name and unit (a name may change a word from year to year). */
  name: string;
  unit?: string;
  direction?: Direction;
  /** Oldest first; within a year, by jurisdiction id. */
  rows: HistoryRow[];
}

/** Plans read for a history at most (a jurisdiction has one a year; a few predecessors). */
export const MAX_HISTORY_PLANS = 200;

/**
 * The history of `ref` (an indicator id, or `indicator/part`) across the plans: one series for an
 * indicator measured as a whole or a part named, else one per part (in the latest plan's order,
 * then parts only earlier years had). Plans without a year (five-year plans) are left out.
 */
export function indicatorHistory(plans: readonly HistoryPlan[], ref: string): IndicatorHistory[] {
  const slash = ref.indexOf('/');
  const id = slash < 0 ? ref : ref.slice(0, slash);
  const found: Array<{ plan: HistoryPlan; year: number; node: IndicatorNode }> = [];
  for (const plan of plans.slice(0, MAX_HISTORY_PLANS)) {
    const year = plan.view.raw.year;
    const node = plan.view.indicator(id);
    if (typeof year === 'number' && Number.isInteger(year) && node) found.push({ plan, year, node });
  }
  found.sort((a, b) => a.year - b.year || jurisdictionOf(a.plan).id.localeCompare(jurisdictionOf(b.plan).id));
  if (found.length === 0) return [];
  const refs: string[] = [];
  if (slash >= 0) refs.push(ref);
  else if (found.some((f) => f.node.target)) refs.push(id);
  else for (const f of [...found].reverse()) for (const p of f.node.parts) if (!refs.includes(p.ref)) refs.push(p.ref);
  const out: IndicatorHistory[] = [];
  for (const r of refs) {
    const rows: HistoryRow[] = [];
    for (const f of found) {
      const owner = r.includes('/') ? f.node.parts.find((p) => p.ref === r) : f.node;
      if (owner) rows.push(rowOf(f.plan, f.year, owner));
    }
    if (rows.length === 0) continue;
    const last = rows[rows.length - 1]!;
    out.push({ ref: r, name: last.name, ...(last.unit !== undefined ? { unit: last.unit } : {}), ...(last.direction ? { direction: last.direction } : {}), rows });
  }
  return out;
}

/** The last `n` rows up to `year` (the year itself included): what the editor's hover shows. */
export function lastYears(history: IndicatorHistory, n: number, year?: number): HistoryRow[] {
  const rows = year === undefined ? history.rows : history.rows.filter((r) => r.year <= year);
  const years = [...new Set(rows.map((r) => r.year))].slice(-n);
  return rows.filter((r) => years.includes(r.year));
}

/**
 * The plans grouped by jurisdiction, each with the plans of its predecessors (the plans its
 * plans name in `baselines:`, and theirs): one group per jurisdiction that is not itself a
 * predecessor of another in the set. `samePath` compares a baseline's resolved path with a plan's.
 */
export function jurisdictionGroups(plans: readonly HistoryPlan[], samePath: (a: string, b: string) => boolean = (a, b) => a === b): Array<{ jurisdiction: { id: string; name: string }; plans: HistoryPlan[] }> {
  const byJurisdiction = new Map<string, HistoryPlan[]>();
  for (const p of plans.slice(0, MAX_HISTORY_PLANS)) {
    const j = jurisdictionOf(p).id;
    const list = byJurisdiction.get(j);
    if (list) list.push(p);
    else byJurisdiction.set(j, [p]);
  }
  // Which jurisdictions each one's plans name as predecessors (another jurisdiction's plan).
  const predecessors = new Map<string, Set<string>>();
  for (const [j, list] of byJurisdiction) {
    const set = new Set<string>();
    for (const p of list) {
      for (const b of baselineRefs(p.path, p.view.raw)) {
        const target = plans.find((q) => samePath(q.path, b.path));
        if (target && jurisdictionOf(target).id !== j) set.add(jurisdictionOf(target).id);
      }
    }
    predecessors.set(j, set);
  }
  const isPredecessor = new Set([...predecessors.values()].flatMap((s) => [...s]));
  const closure = (j: string): Set<string> => {
    const seen = new Set([j]);
    const work = [j];
    while (work.length > 0) for (const q of predecessors.get(work.pop()!) ?? []) if (!seen.has(q)) (seen.add(q), work.push(q));
    return seen;
  };
  const out: Array<{ jurisdiction: { id: string; name: string }; plans: HistoryPlan[] }> = [];
  for (const [j, list] of byJurisdiction) {
    if (isPredecessor.has(j)) continue;
    const members = closure(j);
    out.push({ jurisdiction: jurisdictionOf(list[list.length - 1]!), plans: [...byJurisdiction].filter(([k]) => members.has(k)).flatMap(([, l]) => l) });
  }
  // Predecessors of one another only (a cycle): each on its own rather than none.
  if (out.length === 0) for (const [, list] of byJurisdiction) out.push({ jurisdiction: jurisdictionOf(list[0]!), plans: list });
  return out.sort((a, b) => a.jurisdiction.id.localeCompare(b.jurisdiction.id));
}

function jurisdictionOf(p: HistoryPlan): { id: string; name: string } {
  const j = p.view.raw.jurisdiction;
  const id = j && typeof j === 'object' && typeof j.id === 'string' ? j.id : '';
  const name = j && typeof j === 'object' && typeof j.name === 'string' ? j.name : id;
  return { id, name };
}

function rowOf(plan: HistoryPlan, year: number, owner: IndicatorNode | PartNode): HistoryRow {
  const indicator = 'indicator' in owner ? owner.indicator : owner;
  const state: HistoryState = indicator.dropped ? 'dropped' : indicator.unconfirmed ? 'unconfirmed' : 'in-force';
  const results = owner.results;
  const { result: _r, ...achievement } = achievementOf(owner);
  return {
    year,
    jurisdiction: jurisdictionOf(plan),
    path: plan.path,
    ref: 'ref' in owner ? owner.ref : owner.id,
    name: 'indicator' in owner ? `${owner.indicator.name}: ${owner.name}` : owner.name,
    ...(owner.unit !== undefined ? { unit: owner.unit } : {}),
    ...(owner.direction ? { direction: owner.direction } : {}),
    state,
    ...(owner.target ? { target: owner.target } : {}),
    ...(results?.estimate ? { estimate: results.estimate } : {}),
    ...(results?.final ? { final: results.final } : {}),
    achievement,
  };
}
