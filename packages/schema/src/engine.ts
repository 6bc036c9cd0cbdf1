import { runRules } from './checks/runRules.js';
import { checkSchema } from './checks/schemaCheck.js';
import type { Diagnostic } from './diagnostics/types.js';
import { buildModel, type PlanModel } from './model/model.js';
import { decodePlanBytes } from './parse/readText.js';
import { parseYaml } from './parse/parseYaml.js';
import { RULES } from './rules/index.js';
import type { Rule } from './rules/rule.js';

export interface AnalyzeOptions {
  /** The previous year's plan, for cross-file rules (missing indicators…). */
  baseline?: PlanModel;
  /** The rules to run; all of them by default. */
  rules?: readonly Rule[];
}

export interface AnalyzeResult {
  model: PlanModel;
  diagnostics: Diagnostic[];
}

/**
 * The one engine: text → parse → model → checks → diagnostics. The CLI and the editor
 * both call this, so they report the same codes at the same ranges.
 */
export function analyzeText(text: string, uri = 'untitled.yaml', options: AnalyzeOptions = {}): AnalyzeResult {
  const parsed = parseYaml(text);
  const model = buildModel(uri, parsed);
  const diagnostics = [...parsed.diagnostics, ...checkSchema(model), ...runRules(model, options.rules ?? RULES, options.baseline)];
  return { model, diagnostics: sortDiagnostics(diagnostics) };
}

/** As analyzeText, from a file's bytes: refuses binary and non-UTF-8 content with a diagnostic. */
export function analyzeBytes(bytes: Uint8Array, uri: string, options: AnalyzeOptions = {}): AnalyzeResult {
  const decoded = decodePlanBytes(bytes);
  if (!decoded.ok) {
    const parsed = parseYaml('');
    return { model: buildModel(uri, { ...parsed, diagnostics: [] }), diagnostics: [decoded.diagnostic] };
  }
  return analyzeText(decoded.text, uri, options);
}

export function sortDiagnostics(ds: Diagnostic[]): Diagnostic[] {
  return ds.sort(
    (a, b) =>
      a.range.start.line - b.range.start.line ||
      a.range.start.character - b.range.start.character ||
      a.code.localeCompare(b.code),
  );
}
