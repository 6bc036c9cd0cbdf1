// The editor commands: "Kế hoạch: Tạo kế hoạch năm sau" (the new-year scaffold on the current plan),
// "Kế hoạch: Bắt đầu kế hoạch cho tỉnh mới…" (the skeleton of `kehoach init`), "Kế hoạch: So sánh
// với năm trước" (the semantic diff against the baseline, in a webview), "Kế hoạch: Xuất văn bản
// (.docx)" (the plan as the document signed, as `kehoach render --format docx`), "Kế hoạch: Xem chỉ
// tiêu qua các năm" (the indicator under the cursor year by year, as `kehoach history`), and the
// "mark dropped" quick fix's prompt for the reason. Plus two commands for the e2e suite only
// (not contributed: absent from the command palette).
import * as vscode from 'vscode';
import { toUri, toWorkspaceEdit } from './convert.js';
import { loadDocxWriter } from './docxWriter.js';
import type { Host } from './host.js';
import { chosenLang, msg } from './settings.js';

export const COMMANDS = {
  newYear: 'kehoach.newYear',
  startPlan: 'kehoach.startPlan',
  compare: 'kehoach.compareWithPrevious',
  exportDocx: 'kehoach.exportDocx',
  showHistory: 'kehoach.showHistory',
  markDropped: 'kehoach.markDropped',
  ping: 'kehoach.ping',
  testStats: 'kehoach._test.stats',
  testLastComparison: 'kehoach._test.lastComparison',
  testLastHistory: 'kehoach._test.lastHistory',
  testSettled: 'kehoach._test.settled',
} as const;

export type NewYearResult =
  | { status: 'created'; uri: string; indicators: number; clauses: number }
  | { status: 'no-plan' | 'cancelled' | 'exists' | 'failed' }
  | { status: 'invalid'; errors: number };

export type StartPlanResult = { status: 'created'; uri: string } | { status: 'no-folder' | 'cancelled' | 'exists' | 'failed' };

export type ExportResult =
  | { status: 'written'; uri: string; bytes: number }
  | { status: 'no-plan' | 'cancelled' | 'exists' | 'unavailable' | 'not-ready' }
  | { status: 'invalid'; errors: number };

export type HistoryResult = { status: 'shown'; ref: string; title: string; years: number } | { status: 'no-plan' | 'no-indicator' | 'no-history' };

export type CompareResult = { status: 'shown'; title: string; indicators: number } | { status: 'no-plan' | 'no-baseline' };

const baseName = (uri: vscode.Uri) => uri.path.slice(uri.path.lastIndexOf('/') + 1);
/** A file's name in a notification: a name in a cloned repository is anyone's (output/encode.ts). */
const shown = (f: { notificationText(s: string): string }, uri: vscode.Uri) => f.notificationText(baseName(uri));

async function planDocument(host: Host, arg: unknown): Promise<vscode.TextDocument | undefined> {
  const uri = arg instanceof vscode.Uri ? arg : typeof arg === 'string' ? toUri(arg) : vscode.window.activeTextEditor?.document.uri;
  if (!uri) return undefined;
  const doc = await vscode.workspace.openTextDocument(uri);
  return host.isPlan(doc) ? doc : undefined;
}

function nonce(): string {
  const bytes = new Uint8Array(18);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'[b % 62]).join('');
}

export function registerCommands(host: Host): vscode.Disposable[] {
  const panels = new Map<string, vscode.WebviewPanel>();
  let lastComparison: { uri: string; title: string; html: string } | undefined;
  let lastHistory: { uri: string; title: string; html: string } | undefined;

  async function newYear(arg?: unknown, options?: { overwrite?: boolean }): Promise<NewYearResult> {
    const doc = await planDocument(host, arg);
    if (!doc) {
      void vscode.window.showErrorMessage(msg('Open a plan file (plans/<jurisdiction>/<year>.yaml) first.'));
      return { status: 'no-plan' };
    }
    // The draft is the engine's (draftNextYear, as `kehoach new-year`), from the editor's own check
    // of the plan (its settings, its baseline); here only the prompt, the write and the messages.
    const f = await host.load();
    const { service, tdoc } = await host.analyzed(doc);
    // VS Code keeps a file's byte-order mark out of the text (its encoding says utf8bom): the draft gets it back.
    const bom = (doc as { encoding?: string }).encoding === 'utf8bom';
    const outcome = f.draftNextYear(tdoc.getText(), tdoc.uri, { analysis: service.analyze(tdoc), ...(bom ? { bom: true } : {}) });
    if (!outcome.ok) {
      const p = outcome.problem;
      if (p.code === 'refused') {
        void vscode.window.showErrorMessage(msg('No draft was made from {0}, nothing written: {1}', shown(f, doc.uri), f.refusalText(p.refusal, chosenLang())));
        return { status: 'failed' };
      }
      if (p.code === 'baseline-invalid') {
        void vscode.window.showErrorMessage(msg('{0} has {1} error(s): fix them before making next year’s plan from it.', shown(f, doc.uri), p.errors.length));
        return { status: 'invalid', errors: p.errors.length };
      }
      if (p.code === 'draft-invalid') host.output.error(`new-year ${p.target}: ${p.errors.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code}`).join(', ')}`);
      void vscode.window.showErrorMessage(msg('Could not make next year’s plan from {0}: {1}', shown(f, doc.uri), f.notificationText(p.code === 'not-a-plan' ? p.detail : p.errors[0]!.code)));
      return { status: 'failed' };
    }
    const draft = outcome.draft;
    const target = toUri(draft.target);
    const exists = await Promise.resolve(vscode.workspace.fs.stat(target)).then(
      () => true,
      () => false,
    );
    if (exists && options?.overwrite !== true) {
      if (options?.overwrite === false) {
        void vscode.window.showWarningMessage(msg('{0} already exists: it was left as it is.', shown(f, target)));
        return { status: 'exists' };
      }
      const overwrite = msg('Overwrite');
      const choice = await vscode.window.showWarningMessage(
        msg('{0} already exists. Replace it with a new draft made from {1}?', shown(f, target), shown(f, doc.uri)),
        { modal: true, detail: msg('The current {0} will be lost, unless it is committed to git.', shown(f, target)) },
        overwrite,
      );
      if (choice !== overwrite) return { status: 'cancelled' };
    }
    await writeAtomically(target, new TextEncoder().encode(draft.text), exists);
    const created = await vscode.workspace.openTextDocument(target);
    await vscode.window.showTextDocument(created, { preview: false });
    void vscode.window.showInformationMessage(
      msg('Created {0}: {1} indicators carried over with their targets unset (last year’s kept as previousTarget), {2} clauses marked carriedOver.', shown(f, target), draft.indicators.length, draft.clauses.length),
    );
    for (const note of draft.notes) {
      if (note.code === 'baseline-is-draft') void vscode.window.showWarningMessage(msg('{0} is itself a draft (status: draft), not an adopted plan: the new draft carries its unadopted text and targets.', shown(f, doc.uri)));
      else if (note.code === 'skipped-dropped') void vscode.window.showInformationMessage(msg('Not carried over (already dropped last year): {0}.', f.notificationText(note.ids.join(', '))));
      else void vscode.window.showInformationMessage(msg('Not carried over (unconfirmed last year: no source names them): {0}.', f.notificationText(note.ids.join(', '))));
    }
    return { status: 'created', uri: target.toString(), indicators: draft.indicators.length, clauses: draft.clauses.length };
  }

  /**
   * A plan for a province with no plan yet: a quick pick of the 34 provinces, the year, and the
   * engine's skeleton (initPlan, as `kehoach init`) written to plans/<id>/<year>.yaml in the
   * workspace folder and opened. An existing file is never replaced: it is offered to open.
   * `options` answer the prompts (the e2e suite).
   */
  async function startPlan(options?: { jurisdiction?: string; year?: string | number; folder?: string }): Promise<StartPlanResult> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    // The repository's folder: the workspace's (one picked when there are several), or the e2e suite's.
    const root = options?.folder !== undefined ? toUri(options.folder) : (folders.length > 1 ? await vscode.window.showWorkspaceFolderPick() : folders[0])?.uri;
    if (!root) {
      if (folders.length === 0) void vscode.window.showErrorMessage(msg('Open the folder of the plans’ repository first: the plan is written to its plans/ folder.'));
      return { status: folders.length === 0 ? 'no-folder' : 'cancelled' };
    }
    const f = await host.load();
    let jurisdiction = options?.jurisdiction;
    if (jurisdiction === undefined) {
      const picked = await vscode.window.showQuickPick(
        f.catalogue.PROVINCES.map((p) => ({
          label: p.name,
          description: p.id,
          ...(p.predecessors.length > 0 ? { detail: msg('Formed from {0} (2025)', p.predecessors.map((x) => x.name).join(', ')) } : {}),
          id: p.id,
        })),
        { title: msg('Start a plan: the province or city'), placeHolder: msg('Type a name (accents are optional)'), matchOnDescription: true, matchOnDetail: true, ignoreFocusOut: true },
      );
      if (!picked) return { status: 'cancelled' };
      jurisdiction = picked.id;
    }
    const id = jurisdiction;
    let year = options?.year;
    if (year === undefined) {
      const problem = (v: string) => {
        const r = f.initPlan(id, v);
        if (r.ok) return undefined;
        return r.problem.code === 'merged' ? msg('{0} merged into {1} in 2025: start {1}’s plan.', r.problem.name, r.problem.into.name) : msg('A year from 1976 to 2200, such as 2026.');
      };
      year = await vscode.window.showInputBox({ title: msg('Start a plan: the year'), value: String(new Date().getFullYear() + 1), validateInput: problem, ignoreFocusOut: true });
      if (year === undefined) return { status: 'cancelled' };
    }
    const outcome = f.initPlan(id, year);
    if (!outcome.ok) {
      void vscode.window.showErrorMessage(msg('No plan was started: {0}', f.notificationText(JSON.stringify(outcome.problem))));
      return { status: 'failed' };
    }
    const plan = outcome.plan;
    const target = vscode.Uri.joinPath(root, ...plan.path.split('/'));
    const exists = await Promise.resolve(vscode.workspace.fs.stat(target)).then(
      () => true,
      () => false,
    );
    if (exists) {
      const open = msg('Open');
      void Promise.resolve(vscode.window.showWarningMessage(msg('{0} already exists: it was left as it is. To draft next year from it, use “Create next year’s plan”.', vscode.workspace.asRelativePath(target)), open)).then((c) =>
        c === open ? vscode.window.showTextDocument(target) : undefined,
      );
      return { status: 'exists' };
    }
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(target, '..'));
    await writeAtomically(target, new TextEncoder().encode(plan.text), false);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(target), { preview: false });
    void vscode.window.showInformationMessage(msg('Created {0}: the skeleton of {1}’s {2} plan. The guide at the top of the file says what to fill in.', vscode.workspace.asRelativePath(target), plan.jurisdiction.name, plan.year));
    return { status: 'created', uri: target.toString() };
  }

  async function render(doc: vscode.TextDocument): Promise<{ title: string; html: string; indicators: number } | undefined> {
    const f = await host.load();
    const { service, tdoc } = await host.analyzed(doc);
    const a = service.analyze(tdoc);
    if (!a.baseline) return undefined;
    const diff = f.diffViews(a.baseline.plan, a.model.plan);
    const html = f.renderDiffHtml(diff, {
      lang: chosenLang(),
      nonce: nonce(),
      fromLabel: vscode.workspace.asRelativePath(toUri(a.baseline.uri)),
      toLabel: vscode.workspace.asRelativePath(doc.uri),
    });
    return { title: msg('Compare: {0} → {1}', shown(f, toUri(a.baseline.uri)), shown(f, doc.uri)), html, indicators: diff.indicators.length };
  }

  async function compare(arg?: unknown): Promise<CompareResult> {
    const doc = await planDocument(host, arg);
    if (!doc) {
      void vscode.window.showErrorMessage(msg('Open a plan file (plans/<jurisdiction>/<year>.yaml) first.'));
      return { status: 'no-plan' };
    }
    const page = await render(doc);
    if (!page) {
      const f = await host.load();
      void vscode.window.showInformationMessage(msg('{0} names no previous year’s plan (baseline) that could be read.', shown(f, doc.uri)));
      return { status: 'no-baseline' };
    }
    const key = doc.uri.toString();
    let panel = panels.get(key);
    if (panel) panel.reveal(undefined, true);
    else {
      // No script, no local resources: the page is static HTML under a strict CSP.
      panel = vscode.window.createWebviewPanel('kehoach.compare', page.title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: false, enableCommandUris: false, localResourceRoots: [] });
      panels.set(key, panel);
      panel.onDidDispose(() => panels.delete(key));
    }
    panel.title = page.title;
    panel.webview.html = page.html;
    if (host.stats) lastComparison = { uri: key, title: page.title, html: page.html };
    return { status: 'shown', title: page.title, indicators: page.indicators };
  }

  /**
   * The history of the indicator under the cursor (or `ref`) in a webview beside the plan: its
   * chart and table, from this plan back through its baselines. Static HTML under the
   * comparison view's CSP: no script, no resource.
   */
  async function showHistory(arg?: unknown, ref?: string): Promise<HistoryResult> {
    const doc = await planDocument(host, arg);
    if (!doc) {
      void vscode.window.showErrorMessage(msg('Open a plan file (plans/<jurisdiction>/<year>.yaml) first.'));
      return { status: 'no-plan' };
    }
    const f = await host.load();
    const { service, tdoc } = await host.analyzed(doc);
    const a = service.analyze(tdoc);
    const editor = vscode.window.activeTextEditor;
    const at = editor && editor.document.uri.toString() === doc.uri.toString() ? editor.selection.active : undefined;
    const id = typeof ref === 'string' ? ref : at ? f.indicatorAt(a, { line: at.line, character: at.character }) : undefined;
    if (!id) {
      void vscode.window.showInformationMessage(msg('Place the cursor on an indicator (its entry under indicators:) to see its history.'));
      return { status: 'no-indicator' };
    }
    const histories = f.historyOf(a, id);
    if (histories.length === 0) {
      void vscode.window.showInformationMessage(msg('No plan has the indicator “{0}”.', f.notificationText(id)));
      return { status: 'no-history' };
    }
    const html = f.renderHistoryHtml(histories, { lang: chosenLang(), nonce: nonce() });
    const title = msg('History: {0}', f.notificationText(id));
    const key = `history:${doc.uri.toString()}`;
    let panel = panels.get(key);
    if (panel) panel.reveal(undefined, true);
    else {
      panel = vscode.window.createWebviewPanel('kehoach.history', title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: false, enableCommandUris: false, localResourceRoots: [] });
      panels.set(key, panel);
      panel.onDidDispose(() => panels.delete(key));
    }
    panel.title = title;
    panel.webview.html = html;
    if (host.stats) lastHistory = { uri: doc.uri.toString(), title, html };
    return { status: 'shown', ref: id, title, years: new Set(histories.flatMap((h) => h.rows.map((r) => r.year))).size };
  }

  /**
   * Writes the open plan's .docx beside it (`2025.yaml` → `2025.docx`). An adopted plan whose
   * document still has marks is exported only as a marked copy, when the drafter says so (the
   * CLI's --allow-draft). `options` answer the prompts (the e2e suite).
   */
  async function exportDocx(arg?: unknown, options?: { allowDraft?: boolean; overwrite?: boolean }): Promise<ExportResult> {
    const doc = await planDocument(host, arg);
    if (!doc) {
      void vscode.window.showErrorMessage(msg('Open a plan file (plans/<jurisdiction>/<year>.yaml) first.'));
      return { status: 'no-plan' };
    }
    const f = await host.load();
    const write = loadDocxWriter(host.context);
    if (!write) {
      void vscode.window.showInformationMessage(msg('A .docx cannot be written in VS Code for the Web: run “kehoach render {0} --format docx”.', shown(f, doc.uri)));
      return { status: 'unavailable' };
    }
    const { service, tdoc } = await host.analyzed(doc);
    const lang = chosenLang();
    let outcome = f.documentToExport(service.analyze(tdoc), { lang, allowDraft: options?.allowDraft === true });
    if (outcome.status === 'invalid') {
      void vscode.window.showErrorMessage(msg('{0} has {1} error(s): fix them before exporting the document.', shown(f, doc.uri), outcome.errors));
      return outcome;
    }
    if (outcome.status === 'not-ready') {
      const marked = msg('Export a marked copy');
      const choice =
        options?.allowDraft === false
          ? undefined
          : await vscode.window.showWarningMessage(
              msg('{0} is an adopted plan, but its document still has {1}.', shown(f, doc.uri), f.notificationText(outcome.marks)),
              { modal: true, detail: msg('It is not exported as the document to sign. A marked copy shows those places highlighted.') },
              marked,
            );
      if (choice !== marked) return { status: 'not-ready' };
      outcome = f.documentToExport(service.analyze(tdoc), { lang, allowDraft: true });
      if (outcome.status !== 'ready') return { status: 'not-ready' };
    }
    const target = toUri(outcome.target);
    const exists = await Promise.resolve(vscode.workspace.fs.stat(target)).then(
      () => true,
      () => false,
    );
    if (exists && options?.overwrite !== true) {
      if (options?.overwrite === false) return { status: 'exists' };
      const overwrite = msg('Overwrite');
      const choice = await vscode.window.showWarningMessage(msg('{0} already exists. Replace it with the document made from {1}?', shown(f, target), shown(f, doc.uri)), { modal: true }, overwrite);
      if (choice !== overwrite) return { status: 'cancelled' };
    }
    const bytes = await write(outcome.document);
    await writeAtomically(target, bytes, exists);
    const open = msg('Open');
    void Promise.resolve(vscode.window.showInformationMessage(msg('Exported {0}.', shown(f, target)), open)).then((c) => (c === open ? vscode.env.openExternal(target) : undefined));
    return { status: 'written', uri: target.toString(), bytes: bytes.byteLength };
  }

  async function markDropped(uri: string, id: string, reason?: string): Promise<boolean> {
    const doc = await vscode.workspace.openTextDocument(toUri(uri));
    const given =
      reason ??
      (await vscode.window.showInputBox({
        title: msg('Mark “{0}” as dropped', id),
        prompt: msg('Why is this indicator no longer in the plan? The reason is kept in the file (dropped.reason) for reviewers.'),
        ignoreFocusOut: true,
        validateInput: (v) => (v.trim() ? undefined : msg('A reason is required.')),
      }));
    if (!given?.trim()) return false;
    const { service, tdoc } = await host.analyzed(doc);
    const result = service.markDroppedEdit(tdoc, id, given.trim());
    if (!result.ok) {
      // A form the writer cannot edit safely: the file is left as it is, and the drafter told why.
      const f = await host.load();
      void vscode.window.showErrorMessage(msg('“{0}” was not marked dropped: {1}', f.notificationText(id), f.refusalText(result.refusal, chosenLang())));
      return false;
    }
    if (result.edits.length === 0) return false;
    return vscode.workspace.applyEdit(toWorkspaceEdit({ [tdoc.uri]: result.edits }));
  }

  return [
    vscode.commands.registerCommand(COMMANDS.newYear, newYear),
    vscode.commands.registerCommand(COMMANDS.startPlan, startPlan),
    vscode.commands.registerCommand(COMMANDS.compare, compare),
    vscode.commands.registerCommand(COMMANDS.exportDocx, exportDocx),
    vscode.commands.registerCommand(COMMANDS.showHistory, showHistory),
    vscode.commands.registerCommand(COMMANDS.markDropped, markDropped),
    // Hooks for the real-VS-Code suite: only under test or development, never in an installed .vsix.
    ...(!host.stats
      ? []
      : [
          vscode.commands.registerCommand(COMMANDS.ping, () => 'pong'),
          vscode.commands.registerCommand(COMMANDS.testStats, () => ({ ...host.stats })),
          vscode.commands.registerCommand(COMMANDS.testLastComparison, () => lastComparison),
          vscode.commands.registerCommand(COMMANDS.testLastHistory, () => lastHistory),
          vscode.commands.registerCommand(COMMANDS.testSettled, async (uri: vscode.Uri | string) =>
            host.settled(await vscode.workspace.openTextDocument(typeof uri === 'string' ? toUri(uri) : uri)),
          ),
        ]),
    // An open comparison follows the plan as it is edited.
    host.onDidValidate(async (doc) => {
      const panel = panels.get(doc.uri.toString());
      if (!panel) return;
      const page = await render(doc);
      if (!page) return;
      panel.webview.html = page.html;
      if (host.stats) lastComparison = { uri: doc.uri.toString(), title: page.title, html: page.html };
    }),
    { dispose: () => panels.forEach((p) => p.dispose()) },
  ];
}

/**
 * Writes through a temporary file beside the target and a rename, so that a crash mid-write
 * leaves the old file whole (the CLI does the same with src/io/atomicWrite.ts). Works on any
 * file system the workspace uses, local, remote or virtual.
 */
async function writeAtomically(target: vscode.Uri, bytes: Uint8Array, overwrite: boolean): Promise<void> {
  const tmp = target.with({ path: `${target.path}.${Date.now().toString(36)}.kehoach-tmp` });
  await vscode.workspace.fs.writeFile(tmp, bytes);
  try {
    await vscode.workspace.fs.rename(tmp, target, { overwrite });
  } catch (e) {
    await Promise.resolve(vscode.workspace.fs.delete(tmp)).catch(() => undefined);
    throw e;
  }
}
