// The Language Server Protocol shapes the features return: plain data, no `vscode` import.
// Numeric kinds are the LSP's, which the adapter maps one-to-one onto VS Code's enums.
import type { Position, Range, TextEdit } from '@kehoach/schema';

export type { Position, Range, TextEdit };

export interface MarkupContent {
  kind: 'markdown';
  value: string;
}

export const CompletionItemKind = {
  Text: 1,
  Value: 12,
  Property: 10,
  Enum: 13,
  EnumMember: 20,
  Unit: 11,
  Reference: 18,
  Snippet: 15,
  Constant: 21,
} as const;

export const InsertTextFormat = { PlainText: 1, Snippet: 2 } as const;

export interface CompletionItem {
  label: string;
  kind: number;
  detail?: string;
  documentation?: MarkupContent;
  /** Replaces `range` (the word being typed) when accepted. */
  textEdit: TextEdit;
  insertTextFormat: 1 | 2;
  filterText?: string;
  sortText?: string;
  preselect?: boolean;
}

export interface CompletionList {
  isIncomplete: boolean;
  items: CompletionItem[];
}

export interface Hover {
  contents: MarkupContent;
  range: Range;
}

export interface Location {
  uri: string;
  range: Range;
}

export const SymbolKind = {
  Namespace: 3,
  Field: 8,
  Number: 16,
  String: 15,
  Object: 19,
  Key: 20,
  Struct: 23,
} as const;

export interface DocumentSymbol {
  name: string;
  detail?: string;
  kind: number;
  range: Range;
  selectionRange: Range;
  children?: DocumentSymbol[];
}

export const DiagnosticSeverity = { Error: 1, Warning: 2, Information: 3, Hint: 4 } as const;

export interface LspDiagnostic {
  range: Range;
  severity: 1 | 2 | 3 | 4;
  code: string;
  /** The rule's page. */
  codeDescription?: { href: string };
  source: 'kehoach';
  message: string;
  /** The engine's parameters, so a code action can act without re-parsing the message. */
  data: { params: Record<string, string | number>; fix?: TextEdit[] };
}

export interface WorkspaceEdit {
  changes: Record<string, TextEdit[]>;
}

export interface Command {
  title: string;
  command: string;
  arguments?: unknown[];
}

export interface CodeAction {
  title: string;
  kind: 'quickfix' | 'refactor.rewrite';
  diagnostics?: LspDiagnostic[];
  isPreferred?: boolean;
  edit?: WorkspaceEdit;
  /** For actions that must ask the drafter first (the reason an indicator is dropped). */
  command?: Command;
}
