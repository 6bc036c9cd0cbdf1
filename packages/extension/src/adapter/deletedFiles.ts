// The last resort for a plan deleted outside the editor: file watchers can miss it (the e2e suite
// saw neither the workspace watcher nor the folder watcher report one within 20 s, now and then),
// so the files that have problems in the panel are looked at on disk every second. One missing
// twice in a row, and not being edited (a dirty editor's text is checked as it is), loses its
// problems, as a reported deletion does.
import * as vscode from 'vscode';

const EVERY_MS = 1000;
/** At most this many files looked at per tick: the panel can list many files. */
const MAX_PER_TICK = 200;

export class DeletedFiles implements vscode.Disposable {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly missing = new Set<string>();
  private disposed = false;

  constructor(
    private readonly collection: vscode.DiagnosticCollection,
    private readonly onDeleted: (uri: vscode.Uri) => void,
  ) {
    this.next();
  }

  /** One tick after the last has finished (a slow file system never stacks them). */
  private next(): void {
    if (!this.disposed) this.timer = setTimeout(() => void this.tick().finally(() => this.next()), EVERY_MS);
  }

  private async tick(): Promise<void> {
    try {
      const uris: vscode.Uri[] = [];
      this.collection.forEach((uri) => {
        if (uris.length < MAX_PER_TICK && uri.scheme === 'file') uris.push(uri);
      });
      for (const uri of uris) {
        const key = uri.toString();
        const exists = await Promise.resolve(vscode.workspace.fs.stat(uri)).then(
          () => true,
          (e: unknown) => !(e instanceof vscode.FileSystemError && e.code === 'FileNotFound'),
        );
        if (exists) {
          this.missing.delete(key);
          continue;
        }
        const editing = vscode.workspace.textDocuments.some((d) => !d.isClosed && d.isDirty && d.uri.toString() === key);
        if (editing) continue;
        if (!this.missing.has(key)) {
          this.missing.add(key); // once may be a save's rename in progress
          continue;
        }
        this.missing.delete(key);
        this.onDeleted(uri);
      }
    } catch {
      // A file system that cannot answer: the watchers remain.
    }
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
  }
}
