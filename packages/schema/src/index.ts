// @kehoach/schema: the plan contract and the one engine behind the CLI and the editor.
// The public surface is what the editor, the benchmarks and other tools need; the CLI lives in
// this package and imports its modules directly. Add an export only when a consumer needs it.

// The plan's shape and the diagnostics' shape.
export * from './model/types.js';
export type { Diagnostic, DiagnosticCode, Position, Range, Severity, Lang, TextEdit, MessageParams } from './diagnostics/types.js';
export { CATALOG, type CodeInfo } from './diagnostics/catalog.js';
export { formatMessage } from './diagnostics/localize.js';
export { ruleDocsUrl, RULE_DOCS_BASE } from './diagnostics/docs.js';
// Every text a person reads, Vietnamese and English, and the one function that looks them up.
export { t, MESSAGES, isMessageKey, type MessageKey, type Message } from './messages/index.js';
// The plan's words: comparators and their phrases, kinds, directions, units.
export * as vocabulary from './vocabulary/index.js';
// The shared indicator catalogue (ids every province can share, the names provinces print) and
// the 34 provinces since 2025 with their predecessors.
export * as catalogue from './catalogue/index.js';

// The one engine: text → diagnostics, with the model it built.
export { analyzeText, sortDiagnostics, type AnalyzeResult, type AnalyzeOptions } from './engine.js';
export { buildModel, type PlanModel, type Entity } from './model/model.js';
// The CI scripts (scripts/ci) read and parse plans as the engine does.
export { parseYaml, type ParsedText } from './parse/parseYaml.js';
export { MAX_FILE_BYTES, decodePlanBytes } from './parse/readText.js';
export type { Span } from './model/sourceMap.js';
export type { PlanWorkspace, PlanFileRefused, BaselineRef, BaselineLookup } from './model/baseline.js';
// The editor's cross-file features (references, rename) follow the same links between plans.
export { baselineRefs } from './model/baseline.js';
export { lookupEarlier } from './model/baseline.js';
// The file-access policy's rules, for readers without a file system of their own (the editor).
export { isWithin, readRefusal, type FileFacts, type ReadRefusalReason } from './io/filePolicy.js';
export { parseConfig, type KehoachConfig, type RuleSetting, type ConfigProblem } from './checks/config.js';
export { RULES } from './rules/index.js';
export type { Rule } from './rules/rule.js';
// The one typed plan model, for every feature that reads a plan.
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
  type ResultSite,
  type ResultsNode,
  type ResultStage,
} from './model/planView.js';
// Whether a year's result met its target.
// An indicator's history across years (kehoach history, the editor's hover and history view).
export { indicatorHistory, jurisdictionGroups, lastYears, type HistoryPlan, type HistoryRow, type IndicatorHistory, type HistoryState } from './history/history.js';
export { historyCells, verdictCell, renderHistoryMarkdown } from './history/historyTable.js';
export { historySvg, svgDataUri } from './history/historySvg.js';
export { achievement, achievementOf, type Achievement, type AchievementContext, type Verdict, type UnknownReason } from './achievement/achievement.js';
// A target's printed wording ↔ its meaning.
export { parseTarget, formatTarget, type TargetAst } from './grammar/index.js';

// Use cases on the model: the adopted wording rendered back, the normalised export, year over
// year (the semantic diff, pure data + its words) and next year's draft (draftNextYear: the
// draft, where it goes, what to tell the drafter; scaffoldNewYear: text in, text out).
export { renderIndicator, renderPlan } from './render/render.js';
export { importResolution, type ImportOptions, type ImportResult } from './import/importResolution.js';
export { IMPORT_CODES, type ImportProblem, type ImportCode } from './import/types.js';
// The resolution as a document (one structure, three writers; the .docx writer is
// `@kehoach/schema/docx`, kept out of this index so that the bundles that do not write a .docx do
// not carry the `docx` library).
export { buildDocument, type RenderedDocument, type Block, type Para, type Run, type Mark } from './render/document.js';
export { prepareDocument, describeMarks, RENDER_FORMATS, type RenderFormat, type Prepared } from './render/prepare.js';
export { writeText } from './render/writeText.js';
export { writeHtml } from './render/writeHtml.js';
export { exportPlan } from './export/exportPlan.js';
export { diffPlans, diffViews } from './diff/diffPlans.js';
export type { PlanDiff, IndicatorDiff, PartDiff, TargetChange, Ambition } from './diff/types.js';
export * as diffFormat from './diff/format.js';
export * as diffFold from './diff/fold.js';
export { scaffoldNewYear, ScaffoldError, type NewYearDraft } from './scaffold/newYear.js';
export { draftNextYear, type DraftNextYearOptions, type DraftOutcome, type DraftProblem, type DraftNote, type NextYearDraft } from './scaffold/draftNextYear.js';
// A plan for a province with no history (`kehoach init`, the editor's "start a plan" command).
export { initPlan, type InitPlan, type InitOutcome, type InitProblem } from './scaffold/initPlan.js';
// Writers of plan text that lose nothing (src/edit/): the editor's quick fixes insert an indicator
// or set a value through them; each returns its edits, or why it left the plan as it was.
export { insertIndicator } from './edit/insertIndicator.js';
export { setScalar } from './edit/valueEdit.js';
export { setTarget, restateTarget, targetFromWording } from './edit/targetEdit.js';
export { refusalText, type WriteResult, type WriterRefusal } from './edit/refusal.js';
export * as yamlText from './edit/yamlText.js';
// What a writer must not lose (every comment, every value it did not mean to change): the editor's formatter checks its result with them.
export { commentsOf, lostComments, firstDifference } from './edit/preserved.js';
export { textForm, type TextForm } from './edit/textForm.js';
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
export { memo } from './util/memo.js';
