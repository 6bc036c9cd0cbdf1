// A watcher on the folder of each open plan, not recursive. VS Code watches one folder with an
// fs.watch of its own, so a plan deleted or changed beside an open one is reported at once, even
// when the workspace-wide recursive watcher is still crawling a large workspace or misses it (the
// e2e suite saw a deleted plan's problems stay for 20 s in a fresh clone).
import * as vscode from 'vscode';

/** At most this many folders watched at once: a workspace with hundreds of open plans falls back on the workspace-wide watcher. */
const MAX_FOLDERS = 100;

export class FolderWatchers implements vscode.Disposable {
  private readonly byFolder = new Map<string, { watcher: vscode.FileSystemWatcher; docs: Set<string> }>();

  constructor(
    private readonly onDelete: (uri: vscode.Uri) => void,
    private readonly onChange: (uri: vscode.Uri) => void,
  ) {}

  /** Watches the folder of this open plan (files on disk only). */
  watch(doc: vscode.Uri): void {
    if (doc.scheme !== 'file') return;
    const folder = vscode.Uri.joinPath(doc, '..');
    const key = folder.toString();
    let entry = this.byFolder.get(key);
    if (!entry) {
      if (this.byFolder.size >= MAX_FOLDERS) return;
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '*.{yaml,yml}'));
      watcher.onDidDelete(this.onDelete);
      watcher.onDidChange(this.onChange);
      watcher.onDidCreate(this.onChange);
      entry = { watcher, docs: new Set() };
      this.byFolder.set(key, entry);
    }
    entry.docs.add(doc.toString());
  }

  /** The plan was closed: its folder is no longer watched once no open plan is in it. */
  release(doc: vscode.Uri): void {
    const key = vscode.Uri.joinPath(doc, '..').toString();
    const entry = this.byFolder.get(key);
    if (!entry) return;
    entry.docs.delete(doc.toString());
    if (entry.docs.size > 0) return;
    entry.watcher.dispose();
    this.byFolder.delete(key);
  }

  dispose(): void {
    for (const { watcher } of this.byFolder.values()) watcher.dispose();
    this.byFolder.clear();
  }
}
