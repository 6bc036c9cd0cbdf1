// The extension's entry point: wires the pure language features (src/language) to VS Code through
// the adapter (src/adapter). Only this file and src/adapter/* import `vscode`; an architecture test
// enforces it. Activation registers the providers, commands and listeners and returns: the engine
// is initialised on first use (src/adapter/host.ts, Host.load).
import * as vscode from 'vscode';
import { registerCommands } from './adapter/commands.js';
import { DeletedFiles } from './adapter/deletedFiles.js';
import { FolderWatchers } from './adapter/folderWatchers.js';
import { Host } from './adapter/host.js';
import { registerLeftToSet } from './adapter/leftToSetView.js';
import { registerProviders } from './adapter/providers.js';
import { SECTION } from './adapter/settings.js';

let host: Host | undefined;

export function activate(context: vscode.ExtensionContext): void {
  const t0 = performance.now();
  host = new Host(context, t0);
  const h = host;
  context.subscriptions.push(h, ...registerProviders(h), ...registerCommands(h), ...registerLeftToSet(h));

  // Plan files changed on disk (git checkout, another tool): the plans that use them are checked
  // again; a deleted file's problems go with it (its open editor keeps the text; an edit checks it again).
  const onDisk = (uri: vscode.Uri) => {
    const key = uri.toString();
    if (vscode.workspace.textDocuments.some((d) => !d.isClosed && d.uri.toString() === key)) return; // the editor's text wins
    h.files.forget(key);
    h.recheckDependents(key, 0);
  };
  const onDeleted = (uri: vscode.Uri) => {
    h.forgetProblems(uri);
    onDisk(uri);
  };
  // The folders of the open plans, watched one by one (adapter/folderWatchers.ts), besides the workspace-wide watcher below.
  const folders = new FolderWatchers(onDeleted, onDisk);
  // And, should every watcher miss it, the files with problems looked at on disk (adapter/deletedFiles.ts).
  const deleted = new DeletedFiles(h.collection, onDeleted);
  for (const doc of vscode.workspace.textDocuments) if (h.isPlan(doc)) folders.watch(doc.uri);

  // Live, debounced checks; a baseline's change re-checks the plans that use it.
  context.subscriptions.push(
    folders,
    deleted,
    vscode.workspace.onDidOpenTextDocument((doc) => {
      if (!h.isPlan(doc)) return;
      folders.watch(doc.uri);
      h.schedule(doc, 0);
    }),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length === 0) return;
      const key = e.document.uri.toString();
      if (h.isPlan(e.document)) h.schedule(e.document);
      h.recheckDependents(key);
    }),
    vscode.workspace.onDidCloseTextDocument((doc) => {
      folders.release(doc.uri);
      h.forgetDocument(doc);
    }),
    vscode.workspace.onDidDeleteFiles((e) => e.files.forEach((uri) => h.forgetProblems(uri))),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(SECTION)) void h.reloadSettings();
    }),
  );

  const watcher = vscode.workspace.createFileSystemWatcher('**/plans/**/*.{yaml,yml}');
  const config = vscode.workspace.createFileSystemWatcher('**/{kehoach.config.json,docs/rules/*.md}');
  const onConfig = () => void h.reloadSettings();
  context.subscriptions.push(
    watcher,
    watcher.onDidChange(onDisk),
    watcher.onDidCreate(onDisk),
    watcher.onDidDelete(onDeleted),
    config,
    config.onDidChange(onConfig),
    config.onDidCreate(onConfig),
    config.onDidDelete(onConfig),
  );

  if (h.stats) h.stats.activationMs = performance.now() - t0;
  // The plans already open (the editor restored them): checked once the engine is loaded.
  h.checkAllOpen(0);
}

export function deactivate(): void {
  host = undefined;
}
