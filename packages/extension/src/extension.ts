// Placeholder extension: the real one replaces this file. It only proves that the
// extension loads and that the e2e infrastructure (scripts/run-e2e.mjs) can reach it.
import * as vscode from 'vscode';

export function activate(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand('kehoach.ping', () => 'pong'));
}

export function deactivate(): void {}
