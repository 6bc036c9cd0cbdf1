// The language service: plain functions of (document text, position, workspace of plans)
// returning LSP-shaped values. No `vscode` import: src/extension.ts wires it to the editor,
// and the tests call it directly on the repository's real plans.
import type { PlanWorkspace, WriteResult } from '@kehoach/schema';
import { Analyses, type Analysis, type ServiceOptions } from './analysis.js';
import { addIndicatorEdits, doCodeActions, markDroppedEdits } from './codeActions.js';
import { doComplete } from './completion.js';
import { findDefinition } from './definition.js';
import { doValidation } from './diagnostics.js';
import { doHover } from './hover.js';
import type { CodeAction, CompletionList, DocumentSymbol, Hover, Location, LspDiagnostic, Position, Range } from './lsp.js';
import { findDocumentSymbols } from './symbols.js';

export interface TextDocumentLike {
  uri: string;
  getText(): string;
}

export interface LanguageService {
  doValidation(doc: TextDocumentLike): LspDiagnostic[];
  /** `triggerCharacter`: the character typed that asked for completion (" " only opens it after "key: " or "- "). */
  doComplete(doc: TextDocumentLike, position: Position, triggerCharacter?: string): CompletionList;
  doHover(doc: TextDocumentLike, position: Position): Hover | undefined;
  doCodeActions(doc: TextDocumentLike, range: Range, diagnostics: LspDiagnostic[]): CodeAction[];
  findDocumentSymbols(doc: TextDocumentLike): DocumentSymbol[];
  findDefinition(doc: TextDocumentLike, position: Position): Location | undefined;
  /** The edit behind "add missing indicators" and "mark dropped", for the adapter's commands, or why there is none. */
  addIndicatorsEdit(doc: TextDocumentLike, ids: string[]): WriteResult;
  markDroppedEdit(doc: TextDocumentLike, id: string, reason: string): WriteResult;
  /** Drops cached analyses: one document's, or all (a baseline or a setting changed). */
  invalidate(uri?: string): void;
  /** The analysis behind every feature (the engine's model and diagnostics). */
  analyze(doc: TextDocumentLike): Analysis;
}

export function getLanguageService(workspace: PlanWorkspace, options: () => ServiceOptions): LanguageService {
  const analyses = new Analyses(workspace, options);
  const get = (doc: TextDocumentLike) => analyses.get(doc.uri, doc.getText());
  return {
    doValidation: (doc) => doValidation(get(doc), options()),
    doComplete: (doc, position, triggerCharacter) => doComplete(get(doc), position, triggerCharacter),
    doHover: (doc, position) => doHover(get(doc), position),
    doCodeActions: (doc, range, diagnostics) => doCodeActions(get(doc), range, diagnostics, options().lang),
    findDocumentSymbols: (doc) => findDocumentSymbols(get(doc)),
    findDefinition: (doc, position) => findDefinition(get(doc), position),
    addIndicatorsEdit: (doc, ids) => addIndicatorEdits(get(doc), ids),
    markDroppedEdit: (doc, id, reason) => markDroppedEdits(get(doc), id, reason),
    invalidate: (uri) => analyses.invalidate(uri),
    analyze: get,
  };
}

export type { ServiceOptions, Analysis };
