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
import { formatPlan } from './format.js';
import { inlayHints, type InlayHint } from './inlayHints.js';
import { leftToSet, type LeftItem } from './leftToSet.js';
import { PlanModels, type PlanFile } from './planSet.js';
import { findReferences } from './references.js';
import { prepareRename, renameIndicator, type RenameResult } from './rename.js';
import type { TextEdit } from './lsp.js';
import { workspaceSymbols, type WorkspaceSymbol } from './workspaceSymbols.js';

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
  /** The indicator id at the position, in every plan of its family (`files`: the workspace's plans). */
  findReferences(doc: TextDocumentLike, position: Position, files: readonly PlanFile[], includeDeclaration?: boolean): Location[];
  prepareRename(doc: TextDocumentLike, position: Position): { range: Range; placeholder: string } | { message: string };
  /** Renames the indicator id at the position here and in the later years' plans of its family. */
  renameIndicator(doc: TextDocumentLike, position: Position, newName: string, files: readonly PlanFile[]): RenameResult;
  workspaceSymbols(query: string, files: readonly PlanFile[]): WorkspaceSymbol[];
  /** Trailing whitespace and the final line break; none on a file that does not parse. */
  formatDocument(doc: TextDocumentLike): TextEdit[];
  inlayHints(doc: TextDocumentLike, range?: Range): InlayHint[];
  leftToSet(doc: TextDocumentLike): LeftItem[];
  /** Drops cached analyses: one document's, or all (a baseline or a setting changed). */
  invalidate(uri?: string): void;
  /** The analysis behind every feature (the engine's model and diagnostics). */
  analyze(doc: TextDocumentLike): Analysis;
}

export function getLanguageService(workspace: PlanWorkspace, options: () => ServiceOptions): LanguageService {
  const analyses = new Analyses(workspace, options);
  const get = (doc: TextDocumentLike) => analyses.get(doc.uri, doc.getText());
  const models = new PlanModels();
  const keep = (files: readonly PlanFile[]) => models.keepOnly(new Set(files.map((f) => f.uri)));
  return {
    doValidation: (doc) => doValidation(get(doc), options()),
    doComplete: (doc, position, triggerCharacter) => doComplete(get(doc), position, triggerCharacter),
    doHover: (doc, position) => doHover(get(doc), position),
    doCodeActions: (doc, range, diagnostics) => doCodeActions(get(doc), range, diagnostics, options().lang),
    findDocumentSymbols: (doc) => findDocumentSymbols(get(doc)),
    findDefinition: (doc, position) => findDefinition(get(doc), position),
    addIndicatorsEdit: (doc, ids) => addIndicatorEdits(get(doc), ids),
    markDroppedEdit: (doc, id, reason) => markDroppedEdits(get(doc), id, reason),
    findReferences: (doc, position, files, includeDeclaration = true) => {
      keep(files);
      return findReferences(get(doc), position, files, models, includeDeclaration);
    },
    prepareRename: (doc, position) => prepareRename(get(doc), position, options().lang),
    renameIndicator: (doc, position, newName, files) => {
      keep(files);
      return renameIndicator(get(doc), position, newName, files, models, options().lang);
    },
    workspaceSymbols: (query, files) => {
      keep(files);
      return workspaceSymbols(query, files, models);
    },
    formatDocument: (doc) => formatPlan(doc.getText()),
    inlayHints: (doc, range) => inlayHints(get(doc), range, options().lang),
    leftToSet: (doc) => leftToSet(get(doc), options().lang),
    invalidate: (uri) => analyses.invalidate(uri),
    analyze: get,
  };
}

export type { ServiceOptions, Analysis, PlanFile, RenameResult, WorkspaceSymbol, InlayHint, LeftItem };
