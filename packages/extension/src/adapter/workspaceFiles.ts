// The engine's PlanWorkspace for the editor: `readPlan(uri)` is synchronous, so it answers from
// the open documents (what the drafter sees, saved or not) and from a cache that is filled
// asynchronously with vscode.workspace.fs (which works in remote, virtual and web workspaces).
// A plan whose baseline is not cached yet is analysed again once the baseline has been read.
// It also records which plans use which baseline, so that a change to a baseline (typed, saved,
// or changed on disk) re-checks the plans that use it.
import * as vscode from 'vscode';
import type { PlanWorkspace } from '@kehoach/schema';
import { toUri } from './convert.js';

export class WorkspaceFiles implements PlanWorkspace, vscode.Disposable {
  /** Text read from disk, or null: not there / unreadable. */
  private readonly cache = new Map<string, string | null>();
  private readonly loading = new Map<string, Promise<void>>();
  /** baseline key → keys of the plans whose analysis read it. */
  private readonly dependents = new Map<string, Set<string>>();
  private requester: string | undefined;
  private requests: Set<string> | undefined;
  private readonly loaded = new vscode.EventEmitter<string>();
  /** A file the cache did not have has been read (or found missing). */
  readonly onDidLoad = this.loaded.event;
  private readonly texts = new WeakMap<vscode.TextDocument, { version: number; text: string }>();

  readPlan(path: string): string | undefined {
    const uri = toUri(path);
    const key = uri.toString();
    if (this.requester !== undefined && this.requester !== key) {
      let set = this.dependents.get(key);
      if (!set) this.dependents.set(key, (set = new Set()));
      set.add(this.requester);
    }
    const open = this.openDocument(key);
    if (open) return this.textOf(open);
    if (this.cache.has(key)) return this.cache.get(key) ?? undefined;
    this.requests?.add(key);
    void this.load(uri, key);
    return undefined;
  }

  /** Starts reading a file the cache does not have (open documents need no reading). */
  prefetch(path: string): Promise<void> {
    const uri = toUri(path);
    const key = uri.toString();
    if (this.cache.has(key) || this.openDocument(key)) return Promise.resolve();
    return this.load(uri, key);
  }

  /** The document's text, computed once per version (getText() joins every line on each call). */
  textOf(doc: vscode.TextDocument): string {
    const cached = this.texts.get(doc);
    if (cached && cached.version === doc.version) return cached.text;
    const text = doc.getText();
    this.texts.set(doc, { version: doc.version, text });
    return text;
  }

  private openDocument(key: string): vscode.TextDocument | undefined {
    return vscode.workspace.textDocuments.find((d) => !d.isClosed && d.uri.toString() === key);
  }

  private load(uri: vscode.Uri, key: string): Promise<void> {
    const pending = this.loading.get(key);
    if (pending) return pending;
    const p = Promise.resolve(vscode.workspace.fs.readFile(uri))
      .then(
        (bytes) => void this.cache.set(key, new TextDecoder('utf-8').decode(bytes)),
        () => void this.cache.set(key, null),
      )
      .finally(() => {
        this.loading.delete(key);
        this.loaded.fire(key);
      });
    this.loading.set(key, p);
    return p;
  }

  /**
   * Runs `analyze` (which calls readPlan for the baseline), and if it asked for files not read
   * yet, waits for them and runs it again: the result always sees the baseline when there is one.
   */
  async withFiles<T>(key: string, analyze: () => T, invalidate: () => void): Promise<T> {
    for (let round = 0; ; round++) {
      const requests = new Set<string>();
      this.requester = key;
      this.requests = requests;
      let result: T;
      try {
        result = analyze();
      } finally {
        this.requester = undefined;
        this.requests = undefined;
      }
      const waits = [...requests].map((k) => this.loading.get(k)).filter((p): p is Promise<void> => p !== undefined);
      if (waits.length === 0 || round >= 2) return result;
      await Promise.all(waits);
      invalidate();
    }
  }

  /** The plans whose last analysis read `key` (as their baseline). */
  dependentsOf(key: string): string[] {
    return [...(this.dependents.get(key) ?? [])];
  }

  /** A file changed on disk, or its editor closed: read it again when next asked. */
  forget(key: string): void {
    this.cache.delete(key);
  }

  /** Whether a file is known to the cache (read from disk, or found missing). */
  knows(key: string): boolean {
    return this.cache.has(key) || this.dependents.has(key);
  }

  dispose(): void {
    this.loaded.dispose();
  }
}
