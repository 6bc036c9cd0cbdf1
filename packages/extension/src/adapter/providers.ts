// The language features, wired to VS Code: each provider checks that the document is a plan,
// asks the pure language service, and converts its LSP-shaped answer.
import * as vscode from 'vscode';
import { fromRange, sameDiagnostic, toCodeAction, toCompletionItem, toDocumentSymbol, toHover, toLocation, toPosition, toRange, toUri, toWorkspaceEdit } from './convert.js';
import type { Host } from './host.js';
import { msg } from './settings.js';

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

    vscode.languages.registerReferenceProvider(SELECTOR, {
      async provideReferences(doc, position, context) {
        if (!host.isPlan(doc)) return undefined;
        const { service, tdoc } = await host.analyzed(doc);
        return service.findReferences(tdoc, toPosition(position), await host.workspacePlans(), context.includeDeclaration).map(toLocation);
      },
    }),

    vscode.languages.registerRenameProvider(SELECTOR, {
      async prepareRename(doc, position) {
        if (!host.isPlan(doc)) throw new Error(msg('Only an indicator’s id can be renamed.'));
        const { service, tdoc } = await host.analyzed(doc);
        const r = service.prepareRename(tdoc, toPosition(position));
        if ('message' in r) throw new Error(r.message);
        return { range: toRange(r.range), placeholder: r.placeholder };
      },
      async provideRenameEdits(doc, position, newName) {
        if (!host.isPlan(doc)) return undefined;
        const { service, tdoc } = await host.analyzed(doc);
        const r = service.renameIndicator(tdoc, toPosition(position), newName, await host.workspacePlans());
        // VS Code shows the error's message where the drafter typed the name.
        if (!r.ok) throw new Error(r.message);
        return toWorkspaceEdit(r.edit.changes);
      },
    }),

    vscode.languages.registerWorkspaceSymbolProvider({
      async provideWorkspaceSymbols(query) {
        const service = await host.anyService();
        return service.workspaceSymbols(query, await host.workspacePlans()).map(
          (s) => new vscode.SymbolInformation(s.name, (s.kind - 1) as vscode.SymbolKind, s.containerName, new vscode.Location(toUri(s.location.uri), toRange(s.location.range))),
        );
      },
    }),

    vscode.languages.registerDocumentFormattingEditProvider(SELECTOR, {
      async provideDocumentFormattingEdits(doc) {
        if (!host.isPlan(doc)) return undefined;
        const service = await host.serviceFor(doc.uri);
        return service.formatDocument(host.textDoc(doc)).map((e) => vscode.TextEdit.replace(toRange(e.range), e.newText));
      },
    }),

    vscode.languages.registerInlayHintsProvider(SELECTOR, {
      async provideInlayHints(doc, range) {
        if (!host.isPlan(doc)) return undefined;
        const { service, tdoc } = await host.analyzed(doc);
        return service.inlayHints(tdoc, fromRange(range)).map((h) => {
          const hint = new vscode.InlayHint(new vscode.Position(h.position.line, h.position.character), h.label);
          hint.tooltip = h.tooltip;
          hint.paddingLeft = h.paddingLeft;
          return hint;
        });
      },
      // A baseline's change re-checks its plans: their hints follow.
      onDidChangeInlayHints: (listener, thisArgs, disposables) => host.onDidValidate(() => listener.call(thisArgs), undefined, disposables),
    }),
  ];
}
