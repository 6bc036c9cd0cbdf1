// The adapter's state: the language services (one per workspace folder, for its settings), the
// plan files, the diagnostics collection and the debounced, cross-file validation. The engine and
// the language features are loaded lazily, the first time a plan is checked.
import * as vscode from 'vscode';
import type { Lang } from '@kehoach/schema';
import type * as Features from '../language/features.js';
import type { LanguageService, TextDocumentLike } from '../language/features.js';
import { baselineHint, declaresPlan, isPlanPath, MAX_PLAN_FILES } from '../language/planFiles.js';
import type { PlanFile } from '../language/planSet.js';
import { toDiagnostic } from './convert.js';
import { chosenLang, RuleSettings } from './settings.js';
import { readWorkspaceFile, WorkspaceFiles } from './workspaceFiles.js';

export type FeaturesModule = typeof Features;

/** Delay between the last keystroke and the check (ms). */
export const DEBOUNCE_MS = 150;

export interface Stats {
  /** activate() start → providers and commands registered (ms). */
  activationMs?: number;
  /** activate() start → the engine and language features initialised (ms). */
  featuresLoadedMs?: number;
  /** activate() start → the first plan's diagnostics published (ms). */
  firstDiagnosticsMs?: number;
  validations: number;
  /** The last check: document → diagnostics published (ms), and its analysis alone (ms). */
  lastValidationMs?: number;
  lastAnalysisMs?: number;
  /** The first check (engine initialisation and baseline read included): document → diagnostics (ms). */
  firstValidationMs?: number;
  lang?: Lang;
}

/** Read-only views of a file (the old side of a git diff, ...): not checked. */
const NOT_PLANS = new Set(['git', 'gitlens', 'vscode-scm', 'vscode-merge', 'output', 'vscode-userdata', 'review', 'pr']);

export class Host implements vscode.Disposable {
  readonly files = new WorkspaceFiles(() => this.load());
  readonly collection = vscode.languages.createDiagnosticCollection('kehoach');
  readonly output = vscode.window.createOutputChannel('Kế hoạch', { log: true });
  /** Timings for the real-VS-Code suite: kept only under test or development, never in an installed .vsix. */
  readonly stats: Stats | undefined;
  private features: Promise<FeaturesModule> | undefined;
  private rules: RuleSettings | undefined;
  private readonly services = new Map<string, LanguageService>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Checks running now, and the document version each document's diagnostics were published for. */
  private readonly running = new Map<string, number>();
  private readonly published = new Map<string, number>();
  /** Local rule pages (docs/rules/<code>.md) per workspace folder. */
  private readonly localPages = new Map<string, Set<string>>();
  private readonly validated = new vscode.EventEmitter<vscode.TextDocument>();
  /** A plan's diagnostics were published. */
  readonly onDidValidate = this.validated.event;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    readonly context: vscode.ExtensionContext,
    readonly t0: number,
  ) {
    this.stats = context.extensionMode === vscode.ExtensionMode.Production ? undefined : { validations: 0 };
    this.disposables.push(this.files, this.collection, this.output, this.validated);
    this.disposables.push(this.files.onDidLoad((key) => this.recheckDependents(key, 0)));
  }

  /** The engine and language features (initialised on first use), with the settings read. */
  load(): Promise<FeaturesModule> {
    this.features ??= (async () => {
      const f = await import('../language/features.js');
      if (this.stats) this.stats.featuresLoadedMs ??= performance.now() - this.t0;
      const known = new Set(Object.keys(f.CATALOG));
      this.rules = new RuleSettings((text) => f.parseConfig(text, known), (uri) => readWorkspaceFile(uri, f));
      await Promise.all([this.rules.load(), this.readLocalPages()]);
      for (const p of this.rules.problems) this.output.warn(`kehoach.config.json: ${p}`);
      return f;
    })();
    return this.features;
  }

  /** A plan: YAML under a plans/ folder, or a YAML document whose start declares a plan's schemaVersion. */
  isPlan(doc: vscode.TextDocument): boolean {
    if (doc.languageId !== 'yaml' || NOT_PLANS.has(doc.uri.scheme)) return false;
    if (isPlanPath(doc.uri.path)) return true;
    return declaresPlan(doc.getText(new vscode.Range(0, 0, 80, 0)));
  }

  textDoc(doc: vscode.TextDocument): TextDocumentLike {
    return { uri: doc.uri.toString(), getText: () => this.files.textOf(doc) };
  }

  /** The service for a document's workspace folder (its settings), created on first use. */
  async serviceFor(uri: vscode.Uri): Promise<LanguageService> {
    const f = await this.load();
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const key = folder?.uri.toString() ?? '';
    let service = this.services.get(key);
    if (!service) {
      service = f.getLanguageService(this.files, () => ({ lang: chosenLang(), config: this.rules!.configFor(folder), docsBase: f.RULE_DOCS_BASE }));
      this.services.set(key, service);
    }
    return service;
  }

  /** A service for work that is not one document's (workspace symbols): the first folder's. */
  anyService(): Promise<LanguageService> {
    return this.serviceFor(vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file('/'));
  }

  /** The service, after the document has been analysed with its baseline read. */
  async analyzed(doc: vscode.TextDocument): Promise<{ service: LanguageService; tdoc: TextDocumentLike }> {
    const tdoc = this.textDoc(doc);
    const key = tdoc.uri;
    // Start reading the baseline now, while the engine loads, rather than after a first analysis.
    const hint = baselineHint(key, tdoc.getText());
    const prefetch = hint ? this.files.prefetch(hint) : undefined;
    const service = await this.serviceFor(doc.uri);
    await prefetch;
    await this.files.withFiles(key, () => service.analyze(tdoc), () => service.invalidate(key));
    return { service, tdoc };
  }

  /**
   * Every plan file of the workspace (`plans/**` in its folders, and the plans open in editors),
   * with its text: the editor's for an open document, else read by the file-access policy. For
   * the cross-file features (references, rename, workspace symbols, what is left to set).
   */
  async workspacePlans(): Promise<PlanFile[]> {
    await this.load();
    const found = await vscode.workspace.findFiles('**/plans/**/*.{yaml,yml}', '**/node_modules/**', MAX_PLAN_FILES);
    const open = vscode.workspace.textDocuments.filter((d) => !d.isClosed && this.isPlan(d));
    const keys = new Set<string>();
    const uris = [...open.map((d) => d.uri), ...found].filter((u) => !keys.has(u.toString()) && keys.add(u.toString()));
    await Promise.all(uris.map((u) => this.files.prefetch(u.toString())));
    const out: PlanFile[] = [];
    for (const u of uris.slice(0, MAX_PLAN_FILES)) {
      const text = this.files.readPlan(u.toString());
      if (typeof text === 'string') out.push({ uri: u.toString(), text });
    }
    return out;
  }

  /** Drops every cached analysis (a setting, a baseline or the config changed). */
  invalidateAll(): void {
    for (const s of this.services.values()) s.invalidate();
  }

  invalidate(key: string): void {
    for (const s of this.services.values()) s.invalidate(key);
  }

  /** Settings changed: read the config files again, drop the analyses, check every open plan. */
  async reloadSettings(): Promise<void> {
    if (this.features) {
      await this.features;
      this.rules!.reset();
      await Promise.all([this.rules!.load(), this.readLocalPages()]);
    }
    this.invalidateAll();
    this.checkAllOpen(0);
  }

  // ---- diagnostics --------------------------------------------------------------------------

  /** Checks `doc` after `delay` ms (restarted by each call: typing debounces). */
  schedule(doc: vscode.TextDocument, delay = DEBOUNCE_MS): void {
    const key = doc.uri.toString();
    const pending = this.timers.get(key);
    if (pending) clearTimeout(pending);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.validate(doc).catch((e) => this.output.error(`validate ${doc.uri.toString(true)}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`));
      }, delay),
    );
  }

  async validate(doc: vscode.TextDocument): Promise<void> {
    if (doc.isClosed) return;
    const key = doc.uri.toString();
    if (!this.isPlan(doc)) {
      this.collection.delete(doc.uri);
      this.published.set(key, doc.version);
      return;
    }
    const version = doc.version;
    const started = performance.now();
    this.running.set(key, (this.running.get(key) ?? 0) + 1);
    try {
      const { service, tdoc } = await this.analyzed(doc);
      if (doc.isClosed || doc.version !== version) return; // a newer check is scheduled
      const f = await this.load();
      const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
      const pages = folder ? this.localPages.get(folder.uri.toString()) : undefined;
      const href = (code: string) => (folder && pages?.has(code) ? vscode.Uri.joinPath(folder.uri, 'docs', 'rules', `${code}.md`) : vscode.Uri.parse(f.ruleDocsUrl(code)));
      const t = performance.now();
      const diagnostics = service.doValidation(tdoc);
      const analysisMs = performance.now() - t;
      this.collection.set(doc.uri, diagnostics.map((d) => toDiagnostic(d, href)));
      this.published.set(key, version);
      if (this.stats) record(this.stats, analysisMs, performance.now() - started, performance.now() - this.t0);
      this.validated.fire(doc);
    } finally {
      const n = (this.running.get(key) ?? 1) - 1;
      if (n > 0) this.running.set(key, n);
      else this.running.delete(key);
    }
  }

  /** Resolves once the document's diagnostics are those of its current text, with nothing pending (for tests). */
  async settled(doc: vscode.TextDocument, timeoutMs = 10_000): Promise<boolean> {
    const key = doc.uri.toString();
    const end = performance.now() + timeoutMs;
    while (performance.now() < end) {
      if (!this.timers.has(key) && !this.running.has(key) && (this.published.get(key) === doc.version || !this.isPlan(doc))) return true;
      await new Promise((r) => setTimeout(r, 10));
    }
    return false;
  }

  checkAllOpen(delay = DEBOUNCE_MS): void {
    for (const doc of vscode.workspace.textDocuments) if (this.isPlan(doc)) this.schedule(doc, delay);
  }

  /** `key` changed (typed, saved, read, or changed on disk): check again the open plans that use it. */
  recheckDependents(key: string, delay = DEBOUNCE_MS): void {
    for (const dep of this.files.dependentsOf(key)) {
      this.invalidate(dep);
      const doc = vscode.workspace.textDocuments.find((d) => !d.isClosed && d.uri.toString() === dep);
      if (doc) this.schedule(doc, delay);
    }
  }

  /** A file deleted: its problems leave the Problems panel (nothing pending publishes them again). */
  forgetProblems(uri: vscode.Uri): void {
    const key = uri.toString();
    const pending = this.timers.get(key);
    if (pending) clearTimeout(pending);
    this.timers.delete(key);
    this.collection.delete(uri);
    this.invalidate(key);
  }

  forgetDocument(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    const pending = this.timers.get(key);
    if (pending) clearTimeout(pending);
    this.timers.delete(key);
    this.collection.delete(doc.uri);
    this.published.delete(key);
    this.invalidate(key);
    // Its unsaved text is gone: the plans that use it read the file again.
    this.files.forget(key);
    this.recheckDependents(key, 0);
  }

  private async readLocalPages(): Promise<void> {
    this.localPages.clear();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      try {
        const entries = await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(folder.uri, 'docs', 'rules'));
        this.localPages.set(folder.uri.toString(), new Set(entries.filter(([n, t]) => t === vscode.FileType.File && n.endsWith('.md')).map(([n]) => n.slice(0, -3))));
      } catch {
        // no docs/rules in this folder: the public pages
      }
    }
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    for (const d of this.disposables) d.dispose();
  }
}

/** The suite's timings of one check (under test only). */
function record(stats: Stats, analysisMs: number, validationMs: number, sinceStartMs: number): void {
  stats.lastAnalysisMs = analysisMs;
  stats.validations++;
  stats.lastValidationMs = validationMs;
  stats.lang = chosenLang();
  stats.firstDiagnosticsMs ??= sinceStartMs;
  stats.firstValidationMs ??= validationMs;
}
