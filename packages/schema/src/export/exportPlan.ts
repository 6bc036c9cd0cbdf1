import { achievementOf } from '../achievement/achievement.js';
import { viewPlan, walkClauses, type ClauseNode, type IndicatorNode, type PartNode, type PlanView } from '../model/planView.js';
import type { Indicator, Plan, Result, Results, Target } from '../model/types.js';

/** Version of the export shape (docs/export.md); bumped on any incompatible change. */
export const EXPORT_VERSION = 1;

export interface ExportedClause {
  id: string;
  kind: 'preamble' | 'article' | 'item' | 'paragraph' | 'closing';
  /** Label as printed ("Điều 2.", "7."); absent for paragraphs. */
  label?: string;
  /** Heading (articles, items) or text (paragraphs), verbatim. */
  text: string;
  /** The enclosing clause's id. */
  parent?: string;
  /** 1-based position among its siblings: the structure, whatever the label says. */
  position: number;
}

/**
 * The plan normalised for other tools: defaults made explicit (target kind, appendix
 * printing), the clause tree also flattened with parents, and each indicator's
 * body clauses listed. Pure; the CLI prints it as JSON.
 */
export function exportPlan(plan: Plan) {
  const view = viewPlan(plan);
  const clauses = flattenClauses(view);
  const restatedIn = (ref: string) => view.restatements(ref).filter((n) => n.indicator === ref).map((n) => n.id);
  return {
    format: 'kehoach-plan',
    exportVersion: EXPORT_VERSION,
    schemaVersion: plan.schemaVersion,
    jurisdiction: plan.jurisdiction,
    year: plan.year ?? null,
    period: plan.period ?? null,
    status: plan.status ?? 'adopted',
    baseline: plan.baseline ?? null,
    baselines: plan.baselines ?? [],
    theme: plan.theme ?? null,
    declaredIndicatorCount: plan.declaredIndicatorCount ?? null,
    sources: plan.sources ?? [],
    document: plan.document,
    clauses,
    indicators: view.indicators.map((i) => exportIndicator(i.source, restatedIn, i)),
    narrativeTargets: view.narratives.map(({ source: n }) => ({ ...n, target: normaliseTarget(n.target), indicator: n.indicator ?? null })),
    relations: plan.relations ?? [],
    amendments: (plan.amendments ?? []).map((a) => ({
      ...a,
      changes: a.changes.map((c) => ({ ...c, from: normaliseTarget(c.from), to: normaliseTarget(c.to), note: c.note ?? null })),
      note: a.note ?? null,
    })),
  };
}

function normaliseTarget(t: Target | undefined) {
  if (!t) return null;
  if (t.placeholder) return { placeholder: true as const };
  if (t.unknown) return { unknown: true as const, source: t.source ?? null };
  return { ...t, kind: t.kind ?? 'level', unit: t.unit ?? null, source: t.source ?? null };
}

function normaliseResult(r: Result | undefined, unit: string | undefined) {
  if (!r || typeof r !== 'object') return null;
  return { ...r, kind: r.kind ?? 'level', unit: r.unit ?? unit ?? null, date: r.date ?? null, note: r.note ?? null };
}

/** The year's results, and the verdict of the target against the latest (final, else estimate). */
function exportResults(r: Results | undefined, unit: string | undefined, node: IndicatorNode | PartNode | undefined) {
  if (!r || typeof r !== 'object') return { results: null, achievement: null };
  const a = node ? achievementOf(node) : undefined;
  return {
    results: { estimate: normaliseResult(r.estimate, unit), final: normaliseResult(r.final, unit) },
    achievement: a ? { verdict: a.verdict, reason: a.reason ?? null, stage: a.stage ?? null } : null,
  };
}

function exportIndicator(i: Indicator, restatedIn: (ref: string) => string[], node?: IndicatorNode) {
  return {
    id: i.id,
    number: i.number ?? null,
    name: i.name,
    unit: i.unit ?? null,
    direction: i.direction ?? 'neutral',
    change: i.change ?? null,
    relativeTo: i.relativeTo ?? null,
    target: normaliseTarget(i.target),
    previousTarget: normaliseTarget(i.previousTarget),
    ...exportResults(i.results, i.unit, node),
    parts: (i.parts ?? []).map((p) => ({
      id: p.id,
      ref: `${i.id}/${p.id}`,
      label: p.label ?? null,
      name: p.name,
      unit: p.unit ?? i.unit ?? null,
      direction: p.direction ?? i.direction ?? 'neutral',
      target: normaliseTarget(p.target),
      previousTarget: normaliseTarget(p.previousTarget),
      ...exportResults(p.results, p.unit ?? i.unit, node?.parts.find((n) => n.id === p.id)),
      restatedIn: restatedIn(`${i.id}/${p.id}`),
      note: p.note ?? null,
    })),
    clauses: i.clauses ?? [],
    restatedIn: restatedIn(i.id),
    dropped: i.dropped ?? null,
    unconfirmed: i.unconfirmed ?? null,
    note: i.note ?? null,
  };
}

function flattenClauses(view: PlanView): ExportedClause[] {
  const out: ExportedClause[] = [];
  walkClauses(view.roots, (c: ClauseNode) =>
    out.push({
      id: c.id,
      kind: c.kind,
      ...(c.label !== undefined ? { label: c.label } : {}),
      text: c.text,
      ...(c.parent ? { parent: c.parent.id } : {}),
      position: c.position,
    }),
  );
  return out;
}
