// What the drafter-*.test.js suites share: a plan folder inside the workspace (the editor reads a
// baseline only there), the 2026 draft made from the real 2025 plan, and a person's actions on
// the editor — typing, the suggest widget opened and accepted with the keyboard's commands, the
// lightbulb's auto fix — with waits on the document or its diagnostics, never on the clock alone.
const assert = require('assert');
const vscode = require('vscode');

const EXTENSION_ID = 'kehoach.kehoach-vscode';
const enc = (s) => new TextEncoder().encode(s);
const dec = (b) => new TextDecoder().decode(b);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const CPI_BLOCK = /  - id: cpi\n(?: {4}.*\n)+/;
const CPI_TARGET = 'target: { wording: "dưới 4,5%", kind: level, op: "<", value: 4.5, unit: "%" }';

/** The 2026 draft made from the 2025 text: next year, baseline ./2025.yaml, targets kept (as the unit tests' draftFrom2025). */
function draftFrom2025(plan2025) {
  return plan2025
    .replace('year: 2025\nstatus: adopted\nbaseline: ./2024.yaml', 'year: 2026\nstatus: draft\nbaseline: ./2025.yaml')
    .replace('date: "2024-12-10"', 'date: "2025-12-10"')
    .replace(/XÃ HỘI NĂM 2025$/gm, 'XÃ HỘI NĂM 2026');
}

/** A fresh folder `<workspace>/e2e-drafter-<pid>-<n>/plans/ha-noi` with the real 2024 and 2025 plans. */
async function planFolder(name) {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
  await ext.activate();
  const folder = vscode.workspace.workspaceFolders[0];
  const root = vscode.Uri.joinPath(folder.uri, `e2e-drafter-${process.pid}-${name}`);
  const dir = vscode.Uri.joinPath(root, 'plans/ha-noi');
  const plan2025 = dec(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, 'plans/ha-noi/2025.yaml')));
  await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(dir, '2024.yaml'), await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, 'plans/ha-noi/2024.yaml')));
  await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(dir, '2025.yaml'), enc(plan2025));
  return {
    root,
    dir,
    plan2025,
    uri: (file) => vscode.Uri.joinPath(dir, file),
    async write(file, text) {
      const uri = vscode.Uri.joinPath(dir, file);
      await vscode.workspace.fs.writeFile(uri, enc(text));
      return uri;
    },
    async remove() {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await Promise.resolve(vscode.workspace.fs.delete(root, { recursive: true, useTrash: false })).catch(() => {});
    },
  };
}

const ours = (uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'kehoach');
const codeOf = (d) => (typeof d.code === 'object' ? d.code.value : d.code);
const show = (ds) => ds.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${codeOf(d)} ${d.message.slice(0, 100)}`).join('\n  ');

/** The document's diagnostics once the extension has checked its current text and `predicate` holds. */
async function diagnosticsWhen(uri, predicate, what, timeout = 20000) {
  const end = Date.now() + timeout;
  for (;;) {
    const settled = await vscode.commands.executeCommand('kehoach._test.settled', uri);
    const ds = ours(uri);
    if (settled && predicate(ds)) return ds;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; diagnostics:\n  ${show(ds)}`);
    await sleep(50);
  }
}

/** Opens a file in an editor and waits for its first check. */
async function open(uri) {
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  await diagnosticsWhen(uri, () => true, 'the first check');
  return editor;
}

/** Puts the cursor at the start of the line holding `needle` (searched after `after`), or at its end. */
function cursorAt(editor, needle, after, where = 'start') {
  const text = editor.document.getText();
  const from = after ? text.indexOf(after) : 0;
  const at = text.indexOf(needle, from);
  assert.ok(from >= 0 && at >= 0, `not found: ${needle}`);
  const pos = editor.document.positionAt(at);
  const line = editor.document.lineAt(pos.line);
  const p = where === 'end' ? line.range.end : line.range.start;
  editor.selection = new vscode.Selection(p, p);
}

/** Types `text` one character at a time, as a person does (each one goes through VS Code's typing: auto-indent, trigger characters). */
async function type(text) {
  for (const ch of text) await vscode.commands.executeCommand('type', { text: ch });
}

/**
 * Accepts the suggest widget's selected item (after `down` presses of the Down key) once the
 * widget shows: until the document changes. Returns the new text, or undefined when nothing was
 * accepted (no list opened) within `timeout`.
 */
async function acceptSuggestion(editor, { trigger = false, down = 0, timeout = 5000 } = {}) {
  const before = editor.document.getText();
  if (trigger) await vscode.commands.executeCommand('editor.action.triggerSuggest');
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    await sleep(150); // the widget opens once the providers answered
    for (let i = 0; i < down; i++) await vscode.commands.executeCommand('selectNextSuggestion');
    await vscode.commands.executeCommand('acceptSelectedSuggestion');
    if (editor.document.getText() !== before) return editor.document.getText();
  }
  return undefined;
}

/** Shape problems: the YAML or its structure is wrong. */
const shapeErrors = (ds) => ds.filter((d) => d.severity === vscode.DiagnosticSeverity.Error && /^(yaml-|schema-|duplicate)/.test(String(codeOf(d))));

module.exports = { CPI_BLOCK, CPI_TARGET, draftFrom2025, planFolder, ours, codeOf, show, diagnosticsWhen, open, cursorAt, type, acceptSuggestion, shapeErrors, sleep, dec, enc };
