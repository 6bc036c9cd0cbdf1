// LSP-shaped values (src/language/lsp.ts) to VS Code's classes, one-to-one: the LSP's numeric
// kinds are VS Code's plus one, ranges are the same zero-based line/character pairs.
import * as vscode from 'vscode';
import type { CodeAction, CompletionItem, DocumentSymbol, Hover, Location, LspDiagnostic, Position, Range, TextEdit } from '../language/lsp.js';

export const toRange = (r: Range) => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
export const toPosition = (p: vscode.Position): Position => ({ line: p.line, character: p.character });
export const fromRange = (r: vscode.Range): Range => ({ start: toPosition(r.start), end: toPosition(r.end) });

/** A URI string from the language service (a document's `uri.toString()`, or a path resolved against it). */
export function toUri(s: string): vscode.Uri {
  return /^[a-z][a-z0-9+.-]*:/i.test(s) && !/^[a-z]:[\\/]/i.test(s) ? vscode.Uri.parse(s) : vscode.Uri.file(s);
}

export function toDiagnostic(d: LspDiagnostic, href: (code: string) => vscode.Uri): vscode.Diagnostic {
  const v = new vscode.Diagnostic(toRange(d.range), d.message, (d.severity - 1) as vscode.DiagnosticSeverity);
  v.source = d.source;
  v.code = { value: d.code, target: href(d.code) };
  return v;
}

/** Same code at the same range: how a diagnostic VS Code hands back is matched to the engine's. */
export function sameDiagnostic(v: vscode.Diagnostic, d: LspDiagnostic): boolean {
  const code = typeof v.code === 'object' ? v.code.value : v.code;
  return String(code) === d.code && v.range.isEqual(toRange(d.range));
}

/** The language features' Markdown, already encoded (output/encode.ts): never trusted (no command links), no HTML, no theme icons. */
function untrusted(value: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(value, false);
  md.isTrusted = false;
  md.supportHtml = false;
  return md;
}

export function toHover(h: Hover): vscode.Hover {
  return new vscode.Hover(untrusted(h.contents.value), toRange(h.range));
}

export function toCompletionItem(i: CompletionItem): vscode.CompletionItem {
  const item = new vscode.CompletionItem(i.label, (i.kind - 1) as vscode.CompletionItemKind);
  item.insertText = i.insertTextFormat === 2 ? new vscode.SnippetString(i.textEdit.newText) : i.textEdit.newText;
  item.range = toRange(i.textEdit.range);
  if (i.detail) item.detail = i.detail;
  if (i.documentation) item.documentation = untrusted(i.documentation.value);
  if (i.sortText) item.sortText = i.sortText;
  if (i.filterText) item.filterText = i.filterText;
  if (i.preselect) item.preselect = true;
  if (i.insertTextMode === 1) item.keepWhitespace = true; // asIs: the lines carry their own indentation
  return item;
}

export function toWorkspaceEdit(changes: Record<string, TextEdit[]>): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const [uri, edits] of Object.entries(changes)) for (const e of edits) edit.replace(toUri(uri), toRange(e.range), e.newText);
  return edit;
}

export function toCodeAction(a: CodeAction, matched: vscode.Diagnostic[]): vscode.CodeAction {
  const action = new vscode.CodeAction(a.title, a.kind === 'quickfix' ? vscode.CodeActionKind.QuickFix : vscode.CodeActionKind.RefactorRewrite);
  if (matched.length) action.diagnostics = matched;
  if (a.isPreferred) action.isPreferred = true;
  if (a.edit) action.edit = toWorkspaceEdit(a.edit.changes);
  if (a.disabled) action.disabled = { reason: a.disabled.reason };
  if (a.command) action.command = { title: a.command.title, command: a.command.command, ...(a.command.arguments ? { arguments: a.command.arguments } : {}) };
  return action;
}

export function toDocumentSymbol(s: DocumentSymbol): vscode.DocumentSymbol {
  const range = toRange(s.range);
  let selection = toRange(s.selectionRange);
  if (!range.contains(selection)) selection = new vscode.Range(range.start, range.start); // VS Code rejects it otherwise
  const out = new vscode.DocumentSymbol(s.name || '—', s.detail ?? '', (s.kind - 1) as vscode.SymbolKind, range, selection);
  out.children = (s.children ?? []).map(toDocumentSymbol);
  return out;
}

export const toLocation = (l: Location) => new vscode.Location(toUri(l.uri), toRange(l.range));
