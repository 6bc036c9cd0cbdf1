// The engine's PlanWorkspace for the editor: `readPlan(uri)` is synchronous, so it answers from
// the open documents (what the drafter sees, saved or not) and from a cache that is filled
// asynchronously with vscode.workspace.fs (which works in remote, virtual and web workspaces).
// A plan whose baseline is not cached yet is analysed again once the baseline has been read.
// It also records which plans use which baseline, so that a change to a baseline (typed, saved,
// or changed on disk) re-checks the plans that use it.
//
// Files are read as the file-access policy says (src/io/filePolicy.ts, the rules the CLI applies
// to the disk): a baseline only inside the workspace's folders (a plan opened alone: its own
// folder), never through a symbolic link (workspace.fs cannot tell where one leads), and only a
// regular file of bounded size, its type and size taken from stat before it is read.
import * as vscode from 'vscode';
import type { PlanFileRefused, PlanWorkspace } from '@kehoach/schema';
import type * as Features from '../language/features.js';
import { toUri } from './convert.js';

/** The policy's rules, from the engine (loaded lazily with the language features). */
export type FileRules = Pick<typeof Features, 'decodePlanBytes' | 'isWithin' | 'readRefusal' | 'MAX_FILE_BYTES'>;

const OUTSIDE: PlanFileRefused = { refused: 'outside' };

/**
 * The bytes of a workspace file the policy lets kehoach read: stat first (a folder, FIFO, device
 * or a file over the limit is refused unread), then the file, its size checked again. A symbolic
 * link is `outside`; a file that is not there, or refused, undefined.
 */
export async function readWorkspaceFile(uri: vscode.Uri, rules: FileRules, maxBytes = rules.MAX_FILE_BYTES): Promise<Uint8Array | 'outside' | undefined> {
  let stat: vscode.FileStat;
  try {
    stat = await vscode.workspace.fs.stat(uri);
  } catch {
    return undefined;
  }
  if (stat.type & vscode.FileType.SymbolicLink) return 'outside';
  const kind = stat.type & vscode.FileType.Directory ? 'directory' : stat.type & vscode.FileType.File ? 'file' : 'other';
  if (rules.readRefusal({ kind, size: stat.size }, maxBytes)) return undefined;
  try {
    const bytes = await vscode.workspace.fs.readFile(uri);
    return rules.readRefusal({ kind: 'file', size: bytes.length }, maxBytes) ? undefined : bytes;
  } catch {
    return undefined;
  }
}

export class WorkspaceFiles implements PlanWorkspace, vscode.Disposable {
  /** Text read from disk; null: not there / unreadable; OUTSIDE: a link, not read. */
  private readonly cache = new Map<string, string | null | PlanFileRefused>();
  private readonly loading = new Map<string, Promise<void>>();
  /** baseline key → keys of the plans whose analysis read it. */
  private readonly dependents = new Map<string, Set<string>>();
  private requester: string | undefined;
  private requests: Set<string> | undefined;
  private readonly loaded = new vscode.EventEmitter<string>();
  /** A file the cache did not have has been read (or found missing). */
  readonly onDidLoad = this.loaded.event;
  private readonly texts = new WeakMap<vscode.TextDocument, { version: number; text: string }>();
  private rules: FileRules | undefined;

  /** `loadRules`: the engine's rules, loaded with the language features (first use only). */
  constructor(private readonly loadRules: () => Promise<FileRules>) {}

  readPlan(path: string): string | undefined | PlanFileRefused {
    const uri = toUri(path);
    const key = uri.toString();
    if (this.requester !== undefined && this.requester !== key) {
      let set = this.dependents.get(key);
      if (!set) this.dependents.set(key, (set = new Set()));
      set.add(this.requester);
    }
    if (!this.inScope(uri)) return OUTSIDE;
    const open = this.openDocument(key);
    if (open) return this.textOf(open);
    if (this.cache.has(key)) return this.cache.get(key) ?? undefined;
    this.requests?.add(key);
    void this.load(uri, key);
    return undefined;
  }

  /**
   * Inside the workspace: in one of its folders, or, for a plan opened outside every folder, in
   * that plan's own folder. `..` segments are already folded (the engine's resolvePath).
   */
  private inScope(uri: vscode.Uri): boolean {
    if (vscode.workspace.getWorkspaceFolder(uri)) return true;
    if (this.requester === undefined || !this.rules) return false;
    const from = toUri(this.requester);
    if (vscode.workspace.getWorkspaceFolder(from) || from.scheme !== uri.scheme || from.authority !== uri.authority) return false;
    return this.rules.isWithin(from.path.slice(0, from.path.lastIndexOf('/')), uri.path);
  }

  /** Starts reading a file the cache does not have (open documents need no reading). */
  prefetch(path: string): Promise<void> {
    const uri = toUri(path);
    const key = uri.toString();
    if (this.cache.has(key) || this.openDocument(key)) return Promise.resolve();
    // A hint read before the engine: only a file in the workspace's folders.
    if (!vscode.workspace.getWorkspaceFolder(uri)) return Promise.resolve();
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
    const p = this.loadRules()
      .then(async (rules) => {
        this.rules = rules;
        const read = await readWorkspaceFile(uri, rules);
        if (read === 'outside') return void this.cache.set(key, OUTSIDE);
        const decoded = read && rules.decodePlanBytes(read);
        this.cache.set(key, decoded?.ok ? decoded.text : null);
      })
      .catch(() => void this.cache.set(key, null))
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
    this.rules ??= await this.loadRules();
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
