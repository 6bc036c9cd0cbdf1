// Everything the adapter needs from the engine and the language features, in one module that
// the adapter loads lazily (`import()`, which the bundler turns into a deferred initialisation):
// activation registers providers and returns at once, and the engine is initialised when the
// first plan is checked.
export { getLanguageService, type LanguageService, type TextDocumentLike, type ServiceOptions } from './languageService.js';
export { MARK_DROPPED_COMMAND } from './codeActions.js';
export { renderDiffHtml } from '../views/diffHtml.js';
export { renderHistoryHtml } from '../views/historyHtml.js';
export { historyOf, indicatorAt } from './historyView.js';
export { documentToExport, docxTarget, type DocumentExport } from './exportDocument.js';
export { analyzeText, diffViews, draftNextYear, initPlan, catalogue, notificationText, parseConfig, refusalText, RULE_DOCS_BASE, ruleDocsUrl, RULES, CATALOG } from '@kehoach/schema';
// The file-access policy's rules: the adapter reads baselines and config files by them.
export { decodePlanBytes, isWithin, readRefusal, MAX_FILE_BYTES } from '@kehoach/schema';
export type { Plan, PlanDiff, KehoachConfig, Lang } from '@kehoach/schema';
