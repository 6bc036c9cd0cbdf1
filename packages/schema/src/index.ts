// @kehoach/schema: the plan contract and the one engine behind the CLI and the editor.
export * from './model/types.js';
export type { Diagnostic, DiagnosticCode, Position, Range, Severity, Lang, TextEdit, MessageParams } from './diagnostics/types.js';
export { CATALOG, type CodeInfo } from './diagnostics/catalog.js';
export { formatMessage } from './diagnostics/localize.js';
// Every text a person reads, Vietnamese and English, and the one function that looks them up.
export { t, MESSAGES, isMessageKey, type MessageKey, type Message } from './messages/index.js';
// The plan's words: comparators and their phrases, kinds, directions, units.
export * as vocabulary from './vocabulary/index.js';
export { analyzeText, analyzeBytes, sortDiagnostics, type AnalyzeResult } from './engine.js';
export { parseYaml, type ParsedText } from './parse/parseYaml.js';
export { LineMap } from './parse/position.js';
export { MAX_FILE_BYTES, decodePlanBytes } from './parse/readText.js';
export { buildModel, type PlanModel, type Entity } from './model/model.js';
export {
  viewPlan,
  walkClauses,
  ancestorsOf,
  type PlanView,
  type PlanNode,
  type ClauseNode,
  type ClauseKind,
  type IndicatorNode,
  type PartNode,
  type NarrativeNode,
  type RelationNode,
  type TargetSite,
  type ResolvedIndicator,
} from './model/planView.js';
export { SourceMap, type Span } from './model/sourceMap.js';
export { spansOfDocument, type Spans } from './parse/spans.js';
export { type AnalyzeOptions } from './engine.js';
export { baselineRef, lookupBaseline, resolvePath, type PlanWorkspace, type BaselineRef, type BaselineLookup } from './model/baseline.js';
export { parseConfig, applyConfig, CONFIG_FILE, type KehoachConfig, type RuleSetting, type ConfigProblem } from './checks/config.js';
export { DIRECTIVE as SUPPRESSION_DIRECTIVE } from './checks/suppressions.js';
export { ruleDocsUrl, RULE_DOCS_BASE } from './diagnostics/docs.js';
export { RULES, RULE_BY_CODE } from './rules/index.js';
export type { Rule } from './rules/rule.js';
export {
  parseTarget,
  formatTarget,
  toTarget,
  sameMeaning,
  formatNumber,
  parseNumber,
  type TargetAst,
} from './grammar/index.js';
export { renderIndicator, renderPlan, formatVietnameseDate } from './render/render.js';
export { exportPlan } from './export/exportPlan.js';
export { pointerSegments, childPointer, pointerOf } from './model/pointer.js';
// Year over year, for the editor's commands: the semantic diff (pure data + its words) and the
// new-year scaffold (text in, text out) and the whole use case (draftNextYear: the draft, where it
// goes, what to tell the drafter).
export { diffPlans, diffViews } from './diff/diffPlans.js';
export type { PlanDiff, IndicatorDiff, PartDiff, TargetChange, Ambition } from './diff/types.js';
export * as diffFormat from './diff/format.js';
export { scaffoldNewYear, ScaffoldError, type NewYearDraft } from './scaffold/newYear.js';
export { draftNextYear, type DraftNextYearOptions, type DraftOutcome, type DraftProblem, type DraftNote, type NextYearDraft } from './scaffold/draftNextYear.js';
// The output-safety layer: every channel's encoder (the CI scripts and the extension use it too).
export {
  visible,
  terminalText,
  terminalLines,
  notificationText,
  workflowData,
  workflowProperty,
  logText,
  logLines,
  markdownText,
  markdownCode,
  markdownCodeBlock,
  htmlText,
  sarifUri,
} from './output/encode.js';
