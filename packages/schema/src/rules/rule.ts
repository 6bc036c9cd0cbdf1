import type { Diagnostic, DiagnosticCode, MessageParams, Range, Severity, TextEdit } from '../diagnostics/types.js';
import type { PlanModel } from '../model/model.js';
import type { PlanView } from '../model/planView.js';

/**
 * A semantic rule, as data plus one pure function (after Spectral): a stable code, a default
 * severity and a doc page docs/rules/<code>.md. Its message (and its quick fix's title,
 * fix.<code>) is in the catalog, src/messages/diagnostics.ts, filled from the params it reports.
 */
export interface Rule {
  code: DiagnosticCode;
  severity: Severity;
  /** Whether the rule needs the baseline plan (cross-file). */
  needsBaseline?: boolean;
  check(ctx: RuleContext): void;
}

export interface RuleContext {
  model: PlanModel;
  /** The typed plan (model.plan): walk it, never the raw value. */
  plan: PlanView;
  /** The previous year's plan, when one was found (the first of `baselines`). */
  baseline?: PlanModel;
  /** Every previous-year plan found: its own, and each predecessor's for a province formed by merging. */
  baselines: readonly PlanModel[];
  /** Reports at the source range of a JSON pointer (the key, or the value). */
  reportAt(pointer: string, params: MessageParams, options?: { on?: 'key' | 'value'; fix?: TextEdit[]; range?: Range }): void;
  /** Reports at an explicit range. */
  report(range: Range, params: MessageParams, fix?: TextEdit[]): void;
}

export type { Diagnostic };
