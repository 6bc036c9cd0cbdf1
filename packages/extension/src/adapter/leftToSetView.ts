// What is left to set, shown twice: a status-bar item counting it in the plan being edited
// ("Còn phải đặt: 3 chưa đặt, 0 chưa biết, 1 chưa sẵn sàng"), and a tree view in the Explorer
// ("Kế hoạch: Còn phải đặt") listing it per plan file, each item opening its line. The lists are
// the language service's (leftToSet.ts); this file only shows them and keeps them current.
import * as vscode from 'vscode';
import type { LeftItem } from '../language/leftToSet.js';
import type { PlanFile } from '../language/planSet.js';
import { toRange, toUri } from './convert.js';
import type { Host } from './host.js';
import { chosenLang, msg } from './settings.js';

export const LEFT_VIEW = 'kehoach.leftToSet';
export const TEST_LEFT_COMMAND = 'kehoach._test.leftToSet';

interface FileNode {
  type: 'file';
  uri: string;
  name: string;
  items: LeftItem[];
}
interface ItemNode {
  type: 'item';
  uri: string;
  item: LeftItem;
}
type Node = FileNode | ItemNode;

/** Bounded refresh: at most one recount running, another queued behind it. */
const REFRESH_DELAY_MS = 300;

export function registerLeftToSet(host: Host): vscode.Disposable[] {
  const changed = new vscode.EventEmitter<void>();
  let files: FileNode[] = [];
  let words: Pick<typeof import('../language/leftToSet.js'), 'countLeft' | 'leftSummary' | 'leftKindText'> | undefined;

  // "ha-noi/2026.yaml" (a Uri's path is already decoded); a tree item's label is plain text.
  const fileName = (uri: string) => toUri(uri).path.split('/').slice(-2).join('/');

  async function itemsOf(file: PlanFile): Promise<LeftItem[]> {
    const service = await host.serviceFor(toUri(file.uri));
    const open = vscode.workspace.textDocuments.find((d) => !d.isClosed && d.uri.toString() === file.uri);
    const tdoc = open ? host.textDoc(open) : { uri: file.uri, getText: () => file.text };
    await host.files.withFiles(file.uri, () => service.analyze(tdoc), () => service.invalidate(file.uri));
    return service.leftToSet(tdoc);
  }

  async function recount(): Promise<void> {
    stale.clear();
    const f = await host.load();
    words = f;
    const plans = await host.workspacePlans();
    const next: FileNode[] = [];
    for (const file of plans) {
      const items = await itemsOf(file);
      if (items.length) next.push({ type: 'file', uri: file.uri, name: fileName(file.uri), items });
    }
    files = next.sort((a, b) => a.name.localeCompare(b.name));
    changed.fire();
    updateStatus();
    view.message = files.length === 0 ? f.leftSummary({ placeholders: 0, unknown: 0, readiness: 0 }, chosenLang()) : undefined;
  }

  /** One plan checked again (typed, saved): only its entry is recounted, not the workspace's. */
  const stale = new Set<string>();
  async function recountSome(): Promise<void> {
    const f = await host.load();
    words = f;
    const uris = [...stale];
    stale.clear();
    for (const uri of uris) {
      const open = vscode.workspace.textDocuments.find((d) => !d.isClosed && d.uri.toString() === uri);
      if (!open || !host.isPlan(open)) continue;
      const items = await itemsOf({ uri, text: host.textDoc(open).getText() });
      files = files.filter((x) => x.uri !== uri);
      if (items.length) files.push({ type: 'file', uri, name: fileName(uri), items });
    }
    files.sort((a, b) => a.name.localeCompare(b.name));
    changed.fire();
    updateStatus();
    view.message = files.length === 0 ? f.leftSummary({ placeholders: 0, unknown: 0, readiness: 0 }, chosenLang()) : undefined;
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  let whole = true;
  let running: Promise<void> | undefined;
  let again = false;
  /** Recounts after `delay` ms: the plans in `stale`, or (`all`) every plan of the workspace. */
  function schedule(delay = REFRESH_DELAY_MS, all = true): void {
    if (all) whole = true;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      if (running) {
        again = true;
        return;
      }
      const work = whole ? recount() : recountSome();
      whole = false;
      running = work
        .catch((e) => host.output.error(`left to set: ${e instanceof Error ? e.message : String(e)}`))
        .finally(() => {
          running = undefined;
          if (again) {
            again = false;
            schedule(0, whole);
          }
        });
    }, delay);
  }

  const provider: vscode.TreeDataProvider<Node> = {
    onDidChangeTreeData: changed.event,
    getChildren: (node) => (node ? (node.type === 'file' ? node.items.map((item) => ({ type: 'item' as const, uri: node.uri, item })) : []) : files),
    getTreeItem(node) {
      if (node.type === 'file') {
        const t = new vscode.TreeItem(node.name, vscode.TreeItemCollapsibleState.Expanded);
        t.resourceUri = toUri(node.uri);
        t.description = String(node.items.length);
        t.iconPath = vscode.ThemeIcon.File;
        return t;
      }
      const { item } = node;
      const t = new vscode.TreeItem(item.kind === 'readiness' ? item.label : `${item.id} — ${item.label}`, vscode.TreeItemCollapsibleState.None);
      t.description = words?.leftKindText(item.kind, chosenLang()) ?? item.kind;
      t.tooltip = `${fileName(node.uri)}:${item.range.start.line + 1}`;
      t.iconPath = new vscode.ThemeIcon(item.kind === 'readiness' ? 'warning' : item.kind === 'unknown' ? 'question' : 'circle-large-outline');
      t.command = { title: msg('Open'), command: 'vscode.open', arguments: [toUri(node.uri), { selection: toRange(item.range) } satisfies vscode.TextDocumentShowOptions] };
      return t;
    },
  };
  const view = vscode.window.createTreeView(LEFT_VIEW, { treeDataProvider: provider, showCollapseAll: true });
  view.title = msg('Plan: Left to set');

  const status = vscode.window.createStatusBarItem('kehoach.leftToSet', vscode.StatusBarAlignment.Left, 50);
  status.command = `${LEFT_VIEW}.focus`;
  function updateStatus(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const file = doc && host.isPlan(doc) ? files.find((f) => f.uri === doc.uri.toString()) : undefined;
    if (!doc || !host.isPlan(doc) || !words) return void status.hide();
    const counts = words.countLeft(file?.items ?? []);
    status.text = `$(checklist) ${words.leftSummary(counts, chosenLang())}`;
    status.tooltip = `${words.leftSummary(counts, 'vi')}\n${words.leftSummary(counts, 'en')}`;
    status.show();
  }

  // Plans changed on disk (a checkout, another tool): counted again.
  const watcher = vscode.workspace.createFileSystemWatcher('**/plans/**/*.{yaml,yml}');
  schedule(0);
  return [
    changed,
    view,
    status,
    host.onDidValidate((doc) => {
      stale.add(doc.uri.toString());
      schedule(REFRESH_DELAY_MS, false);
    }),
    vscode.window.onDidChangeActiveTextEditor(() => updateStatus()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('kehoach')) {
        view.title = msg('Plan: Left to set');
        schedule(0);
      }
    }),
    vscode.workspace.onDidCloseTextDocument(() => schedule()),
    watcher,
    watcher.onDidChange(() => schedule()),
    watcher.onDidCreate(() => schedule()),
    watcher.onDidDelete(() => schedule()),
    ...(host.stats
      ? [
          // The tree as the drafter sees it, for the real-VS-Code suite (recounted first).
          vscode.commands.registerCommand(TEST_LEFT_COMMAND, async () => {
            await recount();
            return {
              title: view.title,
              status: status.text,
              files: files.map((f) => ({
                name: f.name,
                uri: f.uri,
                items: f.items.map((i) => {
                  const t = provider.getTreeItem({ type: 'item', uri: f.uri, item: i }) as vscode.TreeItem;
                  return { label: t.label, description: t.description, line: i.range.start.line, kind: i.kind, command: t.command };
                }),
              })),
            };
          }),
        ]
      : []),
    { dispose: () => timer && clearTimeout(timer) },
  ];
}
