// What the history view shows: the indicator under the cursor (or named), and its history across
// the plan's years — this plan, its baselines (a merged province's predecessors too) and theirs,
// read through the workspace the way baselines are. The adapter only opens the webview.
import { indicatorHistory, type HistoryPlan, type IndicatorHistory } from '@kehoach/schema';
import type { Analysis } from './analysis.js';
import type { Position } from './lsp.js';
import { locate } from './locate.js';

/** The indicator (or `indicator/part`) whose entry holds the position, if any. */
export function indicatorAt(a: Analysis, position: Position): string | undefined {
  const at = locate(a.model, a.model.parsed.lines.offset(position));
  const [top, index, field, sub] = at?.path ?? [];
  if (top !== 'indicators' || typeof index !== 'number') return undefined;
  const found = a.model.plan.at(`/indicators/${index}`);
  if (found?.type !== 'indicator') return undefined;
  const part = field === 'parts' && typeof sub === 'number' ? found.node.parts.find((p) => p.index === sub) : undefined;
  return part ? part.ref : found.node.id;
}

/** The history of `ref` from this plan back through its baselines, every year found. */
export function historyOf(a: Analysis, ref: string): IndicatorHistory[] {
  const plans: HistoryPlan[] = [a.model, ...a.baselines, ...(a.history?.() ?? [])].map((m) => ({ path: m.uri, view: m.plan }));
  return indicatorHistory(plans, ref);
}
