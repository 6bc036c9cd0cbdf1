// A drafter types in the real editor (issue 16): each multi-line completion accepted from the
// suggest widget with the keyboard's commands leaves YAML that parses; keys already there are not
// offered; the list opens by itself after "key: " and "- "; after "target: " it offers last year's
// target, not the document's words. Default settings (no kehoach.language).
const assert = require('assert');
const vscode = require('vscode');
const { parse } = require('yaml');
const { CPI_BLOCK, CPI_TARGET, draftFrom2025, planFolder, diagnosticsWhen, open, cursorAt, type, acceptSuggestion, shapeErrors, show } = require('./drafter.lib.js');

suite('drafter: completion accepted blindly', function () {
  this.timeout(90000);
  let ws;
  let n = 0;
  const folders = [];
  /** A fresh 2026 draft (edited by the test) in a folder of its own, opened in an editor. */
  async function draft(edit = (t) => t) {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    ws = await planFolder(`completion-${n++}`);
    folders.push(ws);
    return open(await ws.write('2026.yaml', edit(draftFrom2025(ws.plan2025))));
  }

  suiteSetup(async () => {
    await vscode.workspace.getConfiguration('kehoach').update('language', undefined, vscode.ConfigurationTarget.Global);
  });
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    for (const f of folders) await f.remove();
  });

  test('"- id: " then cpi from the list: the block lands at the list’s indentation and parses', async () => {
    const editor = await draft((t) => t.replace(CPI_BLOCK, ''));
    cursorAt(editor, '  - id: third-child-birth-rate-reduction');
    await type('\n');
    await vscode.commands.executeCommand('cursorUp');
    await vscode.commands.executeCommand('cursorHome');
    await type('  - id: '); // the typed space after "id:" opens the list (only cpi is missing)
    const text = await acceptSuggestion(editor);
    assert.ok(text, 'nothing was accepted: the list did not open after "- id: "');
    const cpi = parse(text).indicators.find((i) => i.id === 'cpi');
    assert.ok(cpi, 'cpi is not an indicator of the result');
    assert.strictEqual(cpi.number, '5.');
    assert.match(text, /\n {2}- id: cpi\n {4}number: "5\."\n {4}name: Chỉ số giá tiêu dùng\n/);
    const ds = await diagnosticsWhen(editor.document.uri, (d) => !d.some((x) => x.code && String(x.code.value) === 'missing-indicator'), 'missing-indicator to go');
    assert.deepStrictEqual(shapeErrors(ds), [], show(ds));
  });

  test('on a fresh "- ": the "new indicator" snippet, chosen by typing its name, parses', async () => {
    const editor = await draft();
    cursorAt(editor, '  - id: third-child-birth-rate-reduction');
    await type('\n');
    await vscode.commands.executeCommand('cursorUp');
    await vscode.commands.executeCommand('cursorHome');
    await type('  - New');
    const text = await acceptSuggestion(editor, { trigger: true });
    assert.ok(text, 'nothing was accepted');
    await vscode.commands.executeCommand('leaveSnippet');
    const ids = parse(editor.document.getText()).indicators.map((i) => i.id);
    assert.ok(ids.includes('ma-chi-tieu'), `the snippet's indicator is not in the list: ${ids.slice(0, 8).join(', ')}…`);
    const ds = await diagnosticsWhen(editor.document.uri, () => true, 'the check');
    assert.deepStrictEqual(shapeErrors(ds), [], show(ds));
  });

  test('"parts:" and "clauses:" from the list insert a first item that parses', async () => {
    for (const key of ['parts', 'clauses']) {
      const editor = await draft((t) => t.replace(`    ${CPI_TARGET}\n  - id: third`, '  - id: third'));
      cursorAt(editor, '    direction: lower', '  - id: cpi', 'end');
      await type('\n');
      await type(key.slice(0, 3));
      const text = await acceptSuggestion(editor, { trigger: true });
      assert.ok(text, `${key}: nothing was accepted`);
      await vscode.commands.executeCommand('leaveSnippet');
      const cpi = parse(editor.document.getText()).indicators.find((i) => i.id === 'cpi');
      assert.ok(Array.isArray(cpi[key]) && cpi[key].length === 1, `${key}: ${JSON.stringify(cpi)}`);
      const ds = await diagnosticsWhen(editor.document.uri, () => true, 'the check');
      assert.deepStrictEqual(shapeErrors(ds), [], `${key}:\n  ${show(ds)}`);
    }
  });

  test('a key the indicator already has is not offered: "d" gives dropped, not a second direction', async () => {
    const editor = await draft();
    cursorAt(editor, '    name: Chỉ số giá tiêu dùng', '  - id: cpi', 'end');
    await type('\nd');
    const text = await acceptSuggestion(editor, { trigger: true });
    assert.ok(text, 'nothing was accepted');
    const block = /\n {2}- id: cpi\n((?: {4}.*\n)+)/.exec(text)[1];
    assert.strictEqual(block.match(/^ {4}direction:/gm).length, 1, `direction twice:\n${block}`);
    assert.match(block, /^ {4}dropped:/m);
  });

  test('typing "direction: " opens the list by itself; its values are the schema’s', async () => {
    const editor = await draft((t) => t.replace('    direction: lower\n    target: { wording: "dưới 4,5%"', '    target: { wording: "dưới 4,5%"'));
    cursorAt(editor, '    unit: "%"', '  - id: cpi', 'end');
    await type('\ndirection: ');
    const text = await acceptSuggestion(editor); // no Ctrl+Space
    assert.ok(text, 'the list did not open after "direction: "');
    assert.match(text, /\n {2}- id: cpi\n(?: {4}.*\n)*? {4}direction: (higher|lower|neutral)\n/);
  });

  test('after "target: " the list offers last year’s target first, not words of the document', async () => {
    const editor = await draft((t) => t.replace(`    ${CPI_TARGET}\n  - id: third`, '  - id: third'));
    cursorAt(editor, '    direction: lower', '  - id: cpi', 'end');
    await type('\ntarget: ');
    const text = await acceptSuggestion(editor, { trigger: true });
    assert.ok(text, 'nothing was accepted');
    const line = (t) => /\n {2}- id: cpi\n(?: {4}.*\n)*?( {4}target: .*)\n/.exec(t)[1];
    assert.strictEqual(line(text), line(draftFrom2025(ws.plan2025)), 'the accepted item is not last year’s target');
    assert.strictEqual(text, draftFrom2025(ws.plan2025));
    const ds = await diagnosticsWhen(editor.document.uri, () => true, 'the check');
    assert.deepStrictEqual(ds.filter((d) => d.severity === vscode.DiagnosticSeverity.Error), [], show(ds));
  });
});
