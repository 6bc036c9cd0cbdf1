// One analysis per document text, shared by every feature: the engine runs once per edit,
// and hover, completion and code actions read its model instead of parsing again.
import { analyzeText, lookupEarlier, type Diagnostic, type Lang, type PlanModel } from '@kehoach/schema';
import type { KehoachConfig, PlanWorkspace } from '@kehoach/schema';

export interface Analysis {
  uri: string;
  text: string;
  model: PlanModel;
  diagnostics: Diagnostic[];
  /** The previous year's plan, when one was found through the workspace (the first of `baselines`). */
  baseline?: PlanModel;
  /** Every previous-year plan found: its own, and each predecessor's for a province formed by merging. */
  baselines: PlanModel[];
  /** The plans a year before the baselines (read on first use, for the hover's last three years). */
  earlier?: () => PlanModel[];
  /** Every plan further back through the baselines (read on first use, for the history view). */
  history?: () => PlanModel[];
}

/** The first baseline that has this indicator (or `indicator/part`), with the view's answer. */
export function baselineOf(a: Pick<Analysis, 'baselines'>, ref: string) {
  for (const model of a.baselines) {
    const resolved = model.plan.resolve(ref);
    if (resolved) return { model, resolved };
  }
  return undefined;
}

/** How many years back the history view reads (a merged province's predecessors count once a year each). */
const HISTORY_YEARS = 30;

export interface ServiceOptions {
  lang: Lang;
  config?: KehoachConfig;
  /** Base of the rule pages: a diagnostic links to `${docsBase}${code}.md`. */
  docsBase: string;
}

/** Caches the latest analysis of each document, keyed by its exact text. */
export class Analyses {
  private readonly byUri = new Map<string, Analysis>();

  constructor(
    private readonly workspace: PlanWorkspace,
    private readonly options: () => ServiceOptions,
  ) {}

  get(uri: string, text: string): Analysis {
    const cached = this.byUri.get(uri);
    if (cached && cached.text === text) return cached;
    const r = analyzeText(text, uri, { workspace: this.workspace, ...(this.options().config ? { config: this.options().config } : {}) });
    let earlier: PlanModel[] | undefined;
    let history: PlanModel[] | undefined;
    const analysis: Analysis = {
      uri,
      text,
      model: r.model,
      diagnostics: r.diagnostics,
      ...(r.baseline ? { baseline: r.baseline } : {}),
      baselines: r.baselines,
      earlier: () => (earlier ??= lookupEarlier(r.baselines, this.workspace)),
      history: () => (history ??= lookupEarlier(r.baselines, this.workspace, HISTORY_YEARS, HISTORY_YEARS * 4)),
    };
    this.byUri.set(uri, analysis);
    return analysis;
  }

  /** Forgets a document (closed), or every analysis (settings or a baseline changed). */
  invalidate(uri?: string): void {
    if (uri === undefined) this.byUri.clear();
    else this.byUri.delete(uri);
  }
}
