import { applyConfig, type KehoachConfig } from './checks/config.js';
import { runRules } from './checks/runRules.js';
import { checkSchema } from './checks/schemaCheck.js';
import { applySuppressions, directivesIn } from './checks/suppressions.js';
import { limitPerCode } from './diagnostics/limit.js';
import type { Diagnostic } from './diagnostics/types.js';
import { lookupBaselines, type PlanWorkspace } from './model/baseline.js';
import { buildModel, type PlanModel } from './model/model.js';
import { decodePlanBytes, MAX_FILE_BYTES, tooLarge, utf8Length } from './parse/readText.js';
import { parseYaml } from './parse/parseYaml.js';
import { RULE_BY_CODE, RULES } from './rules/index.js';
import type { Rule } from './rules/rule.js';

export interface AnalyzeOptions {
  /** The previous year's plan, for cross-file rules (missing indicators…). */
  baseline?: PlanModel;
  /** Every baseline (a province formed by merging has one per predecessor); overrides `baseline`. */
  baselines?: PlanModel[];
  /** The rules to run; all of them by default. */
  rules?: readonly Rule[];
  /**
   * Where to find the baselines when none is given: the plan's `baseline` and `baselines`
   * paths, or `<year-1>.yaml` beside it, read through this (the CLI: the disk; the editor: its documents).
   */
  workspace?: PlanWorkspace;
  /** Severity overrides (kehoach.config.json), applied after in-file suppressions. */
  config?: KehoachConfig;
}

export interface AnalyzeResult {
  model: PlanModel;
  diagnostics: Diagnostic[];
  /** The first baseline the cross-file rules used (given, or found through the workspace). */
  baseline?: PlanModel;
  /** Every baseline the cross-file rules used, in the plan's order (`baseline`, then `baselines`). */
  baselines: PlanModel[];
}

/**
 * The one engine: text → parse → model → checks → diagnostics. The CLI and the editor
 * both call this, so they report the same codes at the same ranges.
 */
export function analyzeText(text: string, uri = 'untitled.yaml', options: AnalyzeOptions = {}): AnalyzeResult {
  try {
    return analyze(text, uri, options);
  } catch (e) {
    // A bug or an input nothing foresaw: this file says so, and the caller (validate's other
    // files, the editor's other documents) goes on.
    return refused(uri, internalError(e));
  }
}

function analyze(text: string, uri: string, options: AnalyzeOptions): AnalyzeResult {
  // The size limit holds for text too (an editor may hold a 50 MB document): refused unparsed.
  if (text.length > MAX_FILE_BYTES / 3) {
    const size = utf8Length(text);
    if (size > MAX_FILE_BYTES) return refused(uri, tooLarge(size));
  }
  const parsed = parseYaml(text);
  const model = buildModel(uri, parsed);
  const baselines = options.baselines ?? (options.baseline ? [options.baseline] : []);
  const crossFile: Diagnostic[] = [];
  if (baselines.length === 0 && options.workspace && model.value !== undefined) {
    for (const found of lookupBaselines(uri, model.value, options.workspace)) {
      if (found.kind === 'found') baselines.push(found.model);
      else if (found.kind === 'not-found' || found.kind === 'outside') {
        // At the value that names it; a baseline found by convention (<year-1>.yaml beside the
        // plan, a link leading out) at the year it comes from.
        const span = model.sourceMap.nearest(found.ref.pointer ?? (found.ref.explicit ? '/baseline' : '/year')).span.value;
        const code = found.kind === 'outside' ? 'baseline-outside' : 'baseline-not-found';
        crossFile.push({ code, severity: 'error', range: parsed.lines.range(span[0], span[1]), params: { path: found.ref.path } });
      }
    }
  }
  let diagnostics = [...parsed.diagnostics, ...checkSchema(model), ...runRules(model, options.rules ?? RULES, baselines), ...crossFile];
  // A directive is "unused" only if its code was checked: not when the YAML could not be
  // read, nor for a cross-file rule without a baseline, nor for a rule left out.
  const ran = new Set<string>((options.rules ?? RULES).filter((r) => baselines.length > 0 || !r.needsBaseline).map((r) => r.code));
  const checked = (code: string) => model.value !== undefined && (ran.has(code) || !RULE_BY_CODE.has(code));
  diagnostics = applySuppressions(diagnostics, directivesIn(text, parsed.lines, model.sourceMap), checked);
  diagnostics = applyConfig(diagnostics, options.config);
  // At most MAX_LISTED of each code, the rest counted (a generated plan can have 100.000 of one rule's).
  return { model, diagnostics: limitPerCode(sortDiagnostics(diagnostics)), ...(baselines[0] ? { baseline: baselines[0] } : {}), baselines };
}

/** As analyzeText, from a file's bytes: refuses binary and non-UTF-8 content with a diagnostic. */
export function analyzeBytes(bytes: Uint8Array, uri: string, options: AnalyzeOptions = {}): AnalyzeResult {
  const decoded = decodePlanBytes(bytes);
  if (!decoded.ok) return refused(uri, decoded.diagnostic);
  return analyzeText(decoded.text, uri, options);
}

export function internalError(e: unknown): Diagnostic {
  const detail = (e instanceof Error ? `${e.name}: ${e.message}` : String(e)).split('\n', 1)[0]!.slice(0, 200);
  return { code: 'internal-error', severity: 'error', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, params: { detail } };
}

/** A file the engine will not read: an empty model and the one diagnostic that says why. */
function refused(uri: string, diagnostic: Diagnostic): AnalyzeResult {
  const parsed = parseYaml('');
  return { model: buildModel(uri, { ...parsed, diagnostics: [] }), diagnostics: [diagnostic], baselines: [] };
}

export function sortDiagnostics(ds: Diagnostic[]): Diagnostic[] {
  return ds.sort(
    (a, b) =>
      a.range.start.line - b.range.start.line ||
      a.range.start.character - b.range.start.character ||
      a.code.localeCompare(b.code),
  );
}
