// The language features, wired to VS Code: each provider checks that the document is a plan,
// asks the pure language service, and converts its LSP-shaped answer.
import * as vscode from 'vscode';
import { fromRange, sameDiagnostic, toCodeAction, toCompletionItem, toDocumentSymbol, toHover, toLocation, toPosition } from './convert.js';
import type { Host } from './host.js';

/** Every YAML document; the providers answer for plans only (see Host.isPlan). */
export const SELECTOR: vscode.DocumentSelector = [{ language: 'yaml' }];

export function registerProviders(host: Host): vscode.Disposable[] {
  return [
    vscode.languages.registerHoverProvider(SELECTOR, {
      async provideHover(doc, position) {
        if (!host.isPlan(doc)) return undefined;
        const { service, tdoc } = await host.analyzed(doc);
        const h = service.doHover(tdoc, toPosition(position));
        return h ? toHover(h) : undefined;
      },
    }),

    vscode.languages.registerCompletionItemProvider(
      SELECTOR,
      {
        async provideCompletionItems(doc, position, _token, context) {
          if (!host.isPlan(doc)) return undefined;
          const { service, tdoc } = await host.analyzed(doc);
          const list = service.doComplete(tdoc, toPosition(position), context.triggerCharacter);
          return new vscode.CompletionList(list.items.map(toCompletionItem), list.isIncomplete);
        },
      },
      // A value is expected after "key: " and "- ": the list opens there without Ctrl+Space.
      ' ',
    ),

    vscode.languages.registerCodeActionsProvider(
      SELECTOR,
      {
        async provideCodeActions(doc, range, context) {
          if (!host.isPlan(doc)) return undefined;
          if (context.only && !context.only.intersects(vscode.CodeActionKind.QuickFix) && !context.only.intersects(vscode.CodeActionKind.RefactorRewrite)) return [];
          const ours = context.diagnostics.filter((d) => d.source === 'kehoach');
          const { service, tdoc } = await host.analyzed(doc);
          // VS Code hands back copies of the published diagnostics: find the engine's by code and range.
          const lsp = service.doValidation(tdoc).filter((d) => ours.some((v) => sameDiagnostic(v, d)));
          return service.doCodeActions(tdoc, fromRange(range), lsp).map((a) => toCodeAction(a, ours.filter((v) => (a.diagnostics ?? []).some((d) => sameDiagnostic(v, d)))));
        },
      },
      { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, vscode.CodeActionKind.RefactorRewrite] },
    ),

    vscode.languages.registerDocumentSymbolProvider(
      SELECTOR,
      {
        async provideDocumentSymbols(doc) {
          if (!host.isPlan(doc)) return undefined;
          const { service, tdoc } = await host.analyzed(doc);
          return service.findDocumentSymbols(tdoc).map(toDocumentSymbol);
        },
      },
      { label: 'Kế hoạch' },
    ),

    vscode.languages.registerDefinitionProvider(SELECTOR, {
      async provideDefinition(doc, position) {
        if (!host.isPlan(doc)) return undefined;
        const { service, tdoc } = await host.analyzed(doc);
        const l = service.findDefinition(tdoc, toPosition(position));
        return l ? toLocation(l) : undefined;
      },
    }),
  ];
}
