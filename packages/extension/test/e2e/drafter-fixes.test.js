// A drafter fills targets and makes mistakes in the real editor (issue 16), with default settings:
// the messages are Vietnamese; a target typed as its wording is filled by the lightbulb's auto fix;
// a changed appendix target is carried into the narrative targets by it; a placeholder keeps last
// year's target; one stray "}" is one problem; an id renamed in this year only is recorded as
// replaced by the lightbulb; a file deleted outside the editor leaves no problems.
const assert = require('assert');
const fs = require('fs');
const vscode = require('vscode');
const { CPI_BLOCK, CPI_TARGET, draftFrom2025, planFolder, diagnosticsWhen, open, cursorAt, type, codeOf, show, sleep } = require('./drafter.lib.js');

/** Runs the lightbulb's auto fix (the preferred quick fix) with the cursor on `needle`; resolves with the new text. */
async function autoFix(editor, needle, after) {
  const before = editor.document.getText();
  const text = editor.document.getText();
  const at = editor.document.positionAt(text.indexOf(needle, after ? text.indexOf(after) : 0));
  editor.selection = new vscode.Selection(at, at);
  for (let i = 0; i < 40 && editor.document.getText() === before; i++) {
    await vscode.commands.executeCommand('editor.action.autoFix');
    await sleep(100);
  }
  assert.notStrictEqual(editor.document.getText(), before, `no auto fix applied at “${needle}”`);
  return editor.document.getText();
}

suite('drafter: targets, mistakes, Vietnamese by default', function () {
  this.timeout(90000);
  const folders = [];
  let n = 0;
  async function draft(edit = (t) => t) {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    const ws = await planFolder(`fixes-${n++}`);
    folders.push(ws);
    return { ws, editor: await open(await ws.write('2026.yaml', edit(draftFrom2025(ws.plan2025)))) };
  }

  suiteSetup(async () => {
    await vscode.workspace.getConfiguration('kehoach').update('language', undefined, vscode.ConfigurationTarget.Global);
  });
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    for (const f of folders) await f.remove();
  });

  test('default settings: the problems are in Vietnamese', async () => {
    assert.strictEqual(vscode.workspace.getConfiguration('kehoach').get('language'), 'auto');
    const { editor } = await draft((t) => t.replace(CPI_BLOCK, ''));
    const ds = await diagnosticsWhen(editor.document.uri, (d) => d.some((x) => codeOf(x) === 'missing-indicator'), 'missing-indicator');
    const missing = ds.find((x) => codeOf(x) === 'missing-indicator');
    assert.match(missing.message, /^Thiếu chỉ tiêu “cpi”/, `VS Code’s display language is ${vscode.env.language}; the message: ${missing.message}`);
  });

  test('a wording typed as the target: the auto fix fills op, value and unit', async () => {
    const { editor } = await draft((t) => t.replace(`    ${CPI_TARGET}\n  - id: third`, '  - id: third'));
    cursorAt(editor, '    direction: lower', '  - id: cpi', 'end');
    await type('\ntarget: dưới 4,5%');
    await diagnosticsWhen(editor.document.uri, (d) => d.some((x) => codeOf(x) === 'schema-type'), 'schema-type on the typed target');
    const text = await autoFix(editor, 'dưới 4,5%', '  - id: cpi');
    assert.match(text, /\n {4}target: \{ wording: "dưới 4,5%", op: "<", value: 4\.5, unit: "%" \}\n {2}- id: third/);
    const ds = await diagnosticsWhen(editor.document.uri, (d) => !d.some((x) => codeOf(x) === 'schema-type'), 'the fix to clear it');
    assert.deepStrictEqual(ds.filter((d) => d.severity === vscode.DiagnosticSeverity.Error), [], show(ds));
  });

  test('a changed appendix target: the auto fix on the narrative carries it there, clause text too', async () => {
    const { editor } = await draft((t) => t.replace(`    ${CPI_TARGET}\n  - id: third`, '    target: { wording: "dưới 4%", kind: level, op: "<", value: 4, unit: "%" }\n  - id: third'));
    let ds = await diagnosticsWhen(editor.document.uri, (d) => d.filter((x) => codeOf(x) === 'narrative-mismatch').length === 2, 'two narrative-mismatch');
    await autoFix(editor, 'dưới 4,5%", kind', '  - id: cpi-summary');
    ds = await diagnosticsWhen(editor.document.uri, (d) => d.filter((x) => codeOf(x) === 'narrative-mismatch').length === 1, 'one narrative-mismatch left');
    assert.deepStrictEqual(ds.filter((d) => d.severity === vscode.DiagnosticSeverity.Error && codeOf(d) !== 'narrative-mismatch'), [], show(ds));
    assert.match(editor.document.getText(), /\n {4}text: Kiểm soát chỉ số giá tiêu dùng dưới 4%\n {4}indicator: cpi\n/);
  });

  test('a placeholder: “keep last year’s target” from the lightbulb’s list writes it back', async () => {
    const { editor } = await draft((t) => t.replace(`    ${CPI_TARGET}\n  - id: third`, '    target: { placeholder: true }\n  - id: third'));
    const ds = await diagnosticsWhen(editor.document.uri, (d) => d.some((x) => codeOf(x) === 'placeholder-target'), 'placeholder-target');
    const d = ds.find((x) => codeOf(x) === 'placeholder-target');
    // Not the preferred fix (one of several): chosen from the list, as the lightbulb lists them.
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', editor.document.uri, d.range, vscode.CodeActionKind.QuickFix.value);
    const keep = actions.find((a) => a.title === 'Giữ chỉ tiêu năm trước: “dưới 4,5%”');
    assert.ok(keep, actions.map((a) => a.title).join('; '));
    assert.ok(await vscode.workspace.applyEdit(keep.edit));
    assert.strictEqual(editor.document.getText(), draftFrom2025(folders.at(-1).plan2025));
  });

  test('one stray “}” typed before an indicator: one problem, on its line', async () => {
    const { editor } = await draft();
    cursorAt(editor, '  - id: cpi');
    await type('}\n');
    const line = editor.document.getText().split('\n').findIndex((l) => l.trim() === '}');
    const ds = await diagnosticsWhen(editor.document.uri, (d) => d.some((x) => codeOf(x) === 'yaml-syntax'), 'a syntax error');
    const syntax = ds.filter((x) => String(codeOf(x)).startsWith('yaml-') || codeOf(x) === 'too-many-problems');
    assert.deepStrictEqual(syntax.map((x) => x.range.start.line), [line], show(syntax));
  });

  test('an id renamed in the latest year only (rename from 2026): the lightbulb records the old id as replaced by the new one', async () => {
    const { editor } = await draft();
    const uri = editor.document.uri;
    const at = editor.document.positionAt(editor.document.getText().indexOf('  - id: cpi\n') + '  - id: c'.length);
    const edit = await vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', uri, at, 'consumer-price-index');
    assert.ok(edit, 'no rename edit');
    // This year's file only: 2025 is the adopted record, and keeps “cpi”.
    assert.deepStrictEqual(edit.entries().map(([u]) => u.toString()), [uri.toString()]);
    assert.ok(await vscode.workspace.applyEdit(edit));
    await diagnosticsWhen(uri, (d) => d.some((x) => codeOf(x) === 'missing-indicator' && /“cpi”/.test(x.message)), 'missing-indicator for cpi');
    const text = await autoFix(editor, 'third-child-birth-rate-reduction', '  - id: consumer-price-index');
    assert.match(text, /\n {2}- id: cpi\n(?: {4}.*\n)*? {4}dropped:.*\n?(?: {6}.*\n)*?.*replacedBy: consumer-price-index/);
    const ds = await diagnosticsWhen(uri, (d) => !d.some((x) => codeOf(x) === 'missing-indicator'), 'missing-indicator to clear');
    assert.deepStrictEqual(ds.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).map(codeOf), [], show(ds));
  });

  test('a plan deleted outside the editor: its problems leave the Problems panel', async () => {
    const { editor } = await draft((t) => t.replace(CPI_BLOCK, ''));
    const uri = editor.document.uri;
    await diagnosticsWhen(uri, (d) => d.length > 0, 'problems');
    fs.unlinkSync(uri.path); // as git or a terminal does: not through VS Code
    const end = Date.now() + 20000;
    while (vscode.languages.getDiagnostics(uri).length > 0 && Date.now() < end) await sleep(100);
    assert.deepStrictEqual(vscode.languages.getDiagnostics(uri).map((d) => codeOf(d)), []);
  });
});
