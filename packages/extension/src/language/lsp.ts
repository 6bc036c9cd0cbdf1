// The Language Server Protocol shapes the features return: vscode-languageserver-types' own,
// plain data, no `vscode` import. Types only: a value import would bundle the whole library
// (19 KiB minified) for four enums, so the few kinds the features use are written here as
// numbers that the compiler checks against the library's constants. Each narrowing below
// (required fields, one form of a union) is what the features promise the adapter.
import type * as lsp from 'vscode-languageserver-types';

export type { Command, DocumentSymbol, Location, MarkupContent, Position, Range, TextEdit } from 'vscode-languageserver-types';

/** Some of a library enum's members, each with the library's value (a wrong number does not compile). */
type Members<E> = { readonly [K in keyof E]?: E[K] };

export const CompletionItemKind = {
  Text: 1,
  Property: 10,
  Unit: 11,
  Value: 12,
  Enum: 13,
  Snippet: 15,
  Reference: 18,
  EnumMember: 20,
  Constant: 21,
} as const satisfies Members<typeof lsp.CompletionItemKind>;

export const InsertTextFormat = { PlainText: 1, Snippet: 2 } as const satisfies Members<typeof lsp.InsertTextFormat>;

export const InsertTextMode = { asIs: 1, adjustIndentation: 2 } as const satisfies Members<typeof lsp.InsertTextMode>;

export const SymbolKind = {
  Namespace: 3,
  Field: 8,
  String: 15,
  Number: 16,
  Object: 19,
  Key: 20,
  Struct: 23,
} as const satisfies Members<typeof lsp.SymbolKind>;

export const DiagnosticSeverity = { Error: 1, Warning: 2, Information: 3, Hint: 4 } as const satisfies Members<typeof lsp.DiagnosticSeverity>;

export interface CompletionItem extends lsp.CompletionItem {
  kind: lsp.CompletionItemKind;
  /** Replaces `range` (the word being typed) when accepted. */
  textEdit: lsp.TextEdit;
  insertTextFormat: lsp.InsertTextFormat;
  documentation?: lsp.MarkupContent;
}

export interface CompletionList extends lsp.CompletionList {
  items: CompletionItem[];
}

export interface Hover extends lsp.Hover {
  contents: lsp.MarkupContent;
  range: lsp.Range;
}

export interface LspDiagnostic extends lsp.Diagnostic {
  severity: lsp.DiagnosticSeverity;
  code: string;
  source: 'kehoach';
  /** The engine's parameters, so a code action can act without re-parsing the message. */
  data: { params: Record<string, string | number>; fix?: lsp.TextEdit[] };
}

export interface WorkspaceEdit extends lsp.WorkspaceEdit {
  changes: Record<string, lsp.TextEdit[]>;
}

export interface CodeAction extends lsp.CodeAction {
  kind: 'quickfix' | 'refactor.rewrite';
  diagnostics?: LspDiagnostic[];
  edit?: WorkspaceEdit;
  /** For actions that must ask the drafter first (the reason an indicator is dropped). */
  command?: lsp.Command;
}
