// Navigating the plans in a real VS Code: references and rename of an indicator id across the
// years' files, workspace symbols, the formatter, the inlay hint with last year's target, the
// "left to set" tree view and status bar, and the comparison rows that open the indicator. The
// real 2024, 2025 and 2026 plans of Hà Nội are copied into a temp folder INSIDE the workspace
// (.cache/, git-ignored), where the editor reads baselines and finds plan files as in a real
// repository; every feature is asked through VS Code's own commands, as the editor asks.
const assert = require('assert');
const vscode = require('vscode');

const EXTENSION_ID = 'kehoach.kehoach-vscode';
const enc = (s) => new TextEncoder().encode(s);
const dec = (b) => new TextDecoder().decode(b);

function positionOf(text, needle, after, delta = 0) {
  const from = after ? text.indexOf(after) : 0;
  const at = text.indexOf(needle, from);
  assert.ok(from >= 0 && at >= 0, `not found: ${needle}`);
  const before = text.slice(0, at + delta);
  const line = before.split('\n').length - 1;
  return new vscode.Position(line, before.length - (before.lastIndexOf('\n') + 1));
}

const lineText = (text, line) => text.split('\n')[line];
const rel = (uri, root) => uri.toString().slice(root.toString().length + 1);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Retries `get` until `ok` holds for its answer (the extension reads files asynchronously), or fails with the last answer. */
async function until(get, ok, what, tries = 100) {
  let last;
  for (let i = 0; i < tries; i++) {
    last = await get();
    if (ok(last)) return last;
    await sleep(100);
  }
  assert.fail(`${what}: ${JSON.stringify(last, null, 1).slice(0, 2000)}`);
}

suite('navigate: references, rename, symbols, formatter, hints, what is left to set', function () {
  this.timeout(60000);
  let folder;
  let tmp; // <workspace>/.cache/e2e-navigate-…: inside the workspace, git-ignored
  let dir; // tmp/plans/ha-noi
  const texts = {};
  const uriOf = (year) => vscode.Uri.joinPath(dir, `${year}.yaml`);
  const config = () => vscode.workspace.getConfiguration('kehoach');

  suiteSetup(async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} is not loaded`);
    await extension.activate();
    folder = vscode.workspace.workspaceFolders[0];
    await config().update('language', 'vi', vscode.ConfigurationTarget.Global);
    tmp = vscode.Uri.joinPath(folder.uri, '.cache', `e2e-navigate-${process.pid}-${Date.now()}`);
    dir = vscode.Uri.joinPath(tmp, 'plans', 'ha-noi');
    for (const year of [2024, 2025, 2026]) {
      let text = dec(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, `plans/ha-noi/${year}.yaml`)));
      // 2026: GRDP growth not set yet, as a drafter leaves it before the session.
      if (year === 2026) text = text.replace(/(  - id: grdp-growth\n(?: {4}.*\n)*? {4})target: .*\n/, '$1target: { placeholder: true }\n');
      texts[year] = text;
      await vscode.workspace.fs.writeFile(uriOf(year), enc(text));
    }
    assert.match(texts[2026], /target: \{ placeholder: true \}/);
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await config().update('language', undefined, vscode.ConfigurationTarget.Global);
    if (tmp) await Promise.resolve(vscode.workspace.fs.delete(tmp, { recursive: true, useTrash: false })).catch(() => {});
  });

  test('references of an indicator id: its id in each year’s file and the narrative targets naming it, in this jurisdiction’s folder only', async () => {
    const at = positionOf(texts[2025], 'grdp-growth', '  - id: grdp-growth', 2);
    const locations = await until(
      () => vscode.commands.executeCommand('vscode.executeReferenceProvider', uriOf(2025), at),
      (ls) => Array.isArray(ls) && ls.some((l) => l.uri.toString() === uriOf(2026).toString()),
      'references reaching 2026',
    );
    const seen = locations.map((l) => `${rel(l.uri, dir)}:${lineText(texts[Number(rel(l.uri, dir).slice(0, 4))], l.range.start.line).trim()}`);
    assert.ok(seen.includes('2024.yaml:- id: grdp-growth'), seen.join('\n'));
    assert.ok(seen.includes('2025.yaml:- id: grdp-growth'), seen.join('\n'));
    assert.ok(seen.includes('2025.yaml:indicator: grdp-growth'), seen.join('\n'));
    assert.ok(seen.includes('2026.yaml:- id: grdp-growth'), seen.join('\n'));
    // The repository's own plans/ha-noi is another folder, not linked to this one by a baseline.
    assert.ok(locations.every((l) => l.uri.toString().startsWith(dir.toString() + '/')), locations.map((l) => l.uri.toString()).join('\n'));
    for (const l of locations) {
      const line = lineText(texts[Number(rel(l.uri, dir).slice(0, 4))], l.range.start.line);
      assert.strictEqual(line.slice(l.range.start.character, l.range.end.character), 'grdp-growth');
    }
  });

  test('workspace symbols: an indicator found by its Vietnamese name typed without marks, with its jurisdiction and year', async () => {
    const symbols = await vscode.commands.executeCommand('vscode.executeWorkspaceSymbolProvider', 'toc do tang tong san pham');
    const grdp = symbols.filter((s) => s.name === 'grdp-growth — Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP)');
    assert.ok(grdp.some((s) => s.containerName === 'ha-noi 2025' && s.location.uri.toString() === uriOf(2025).toString()), symbols.map((s) => `${s.name} ${s.containerName} ${s.location.uri}`).join('\n'));
    assert.ok(grdp.some((s) => s.containerName === 'vi-du-tinh-a 2025'));
    const mine = grdp.find((s) => s.location.uri.toString() === uriOf(2025).toString());
    assert.strictEqual(lineText(texts[2025], mine.location.range.start.line), '  - id: grdp-growth');
  });

  test('inlay hint: last year’s target, verbatim, at the end of the target’s line, and last year’s result where one is recorded', async () => {
    const doc = await vscode.workspace.openTextDocument(uriOf(2026));
    await vscode.window.showTextDocument(doc);
    const line = positionOf(texts[2026], 'target: { placeholder: true }').line;
    const hints = await until(
      () => vscode.commands.executeCommand('vscode.executeInlayHintProvider', uriOf(2026), new vscode.Range(0, 0, doc.lineCount, 0)),
      (hs) => Array.isArray(hs) && hs.some((h) => h.position.line === line),
      'a hint on the GRDP target',
    );
    const hint = hints.find((h) => h.position.line === line);
    assert.strictEqual(hint.label, 'năm 2025: 6,5% trở lên');
    assert.strictEqual(hint.position.character, lineText(texts[2026], line).length);
    assert.strictEqual(String(hint.tooltip), 'Chỉ tiêu năm 2025 (ha-noi/2025.yaml): 6,5% trở lên');
    // Where 2025 records a result (GRDP per capita, estimated by the press): the result and its verdict beside the target.
    const perCapita = texts[2026].split('\n').findIndex((l, i, ls) => /^ {4}target: /.test(l) && ls.slice(0, i).reverse().find((x) => x.startsWith('  - id: ')) === '  - id: grdp-per-capita');
    const beside = hints.filter((h) => h.position.line === perCapita);
    assert.deepStrictEqual(beside.map((h) => h.label), ['năm 2025: 172,4 triệu đồng trở lên', '· ước thực hiện: 178 triệu đồng (đạt)']);
    assert.strictEqual(String(beside[1].tooltip), 'Kết quả năm 2025 (ha-noi/2025.yaml), theo báo chí');
  });

  test('what is left to set: the tree view lists the unset target under its file, in Vietnamese, and its item opens the line; the status bar counts it', async () => {
    const doc = await vscode.workspace.openTextDocument(uriOf(2026));
    await vscode.window.showTextDocument(doc);
    assert.ok(await vscode.commands.executeCommand('kehoach._test.settled', uriOf(2026)));
    const tree = await vscode.commands.executeCommand('kehoach._test.leftToSet');
    assert.strictEqual(tree.title, 'Kế hoạch: Còn phải đặt');
    const file = tree.files.find((f) => f.uri === uriOf(2026).toString());
    assert.ok(file, tree.files.map((f) => f.uri).join('\n'));
    assert.strictEqual(file.name, 'ha-noi/2026.yaml');
    const grdp = file.items.find((i) => i.label === 'grdp-growth — Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP)');
    assert.ok(grdp, JSON.stringify(file.items, null, 1));
    assert.strictEqual(grdp.description, 'chưa đặt chỉ tiêu');
    assert.strictEqual(lineText(texts[2026], grdp.line).trim(), 'target: { placeholder: true }');
    // The adopted 2025 plan has nothing left: not listed.
    assert.ok(!tree.files.some((f) => f.uri === uriOf(2025).toString()));
    assert.match(tree.status, /^\$\(checklist\) Còn phải đặt: 1 chưa đặt, \d+ chưa biết, 0 chưa sẵn sàng$/);
    // Clicking the item: the file opens with the target's line selected.
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand(grdp.command.command, ...grdp.command.arguments);
    const editor = await until(() => vscode.window.activeTextEditor, (e) => e && e.document.uri.toString() === uriOf(2026).toString(), 'the item’s file opened');
    assert.strictEqual(editor.selection.start.line, grdp.line);
  });

  test('comparison rows open the indicator: in this year’s file, or in last year’s for one no longer in the plan', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uriOf(2026)));
    const r = await vscode.commands.executeCommand('kehoach.compareWithPrevious');
    assert.strictEqual(r.status, 'shown');
    const { html } = await vscode.commands.executeCommand('kehoach._test.lastComparison');
    assert.match(html, /<a href="#" class="open" data-open="cpi" data-side="to"/);
    // What the page's script posts on a click, delivered as the webview delivers it.
    assert.strictEqual(await vscode.commands.executeCommand('kehoach._test.openFromComparison', uriOf(2026).toString(), { type: 'open', side: 'to', id: 'cpi' }), true);
    let editor = await until(() => vscode.window.activeTextEditor, (e) => e && e.document.uri.toString() === uriOf(2026).toString(), 'the plan opened');
    assert.strictEqual(editor.document.getText(editor.selection), 'cpi');
    assert.strictEqual(lineText(texts[2026], editor.selection.start.line), '  - id: cpi');
    const removed = /data-open="([^"]+)" data-side="from"/.exec(html);
    if (removed) {
      assert.strictEqual(await vscode.commands.executeCommand('kehoach._test.openFromComparison', uriOf(2026).toString(), { type: 'open', side: 'from', id: removed[1] }), true);
      editor = await until(() => vscode.window.activeTextEditor, (e) => e && e.document.uri.toString() === uriOf(2025).toString(), 'last year’s plan opened');
      assert.strictEqual(editor.document.getText(editor.selection), removed[1].split('/').pop());
    }
    // Anything else the page could post is ignored.
    for (const m of [null, 'cpi', { type: 'open', side: 'to', id: 'no-such-indicator' }, { type: 'run', side: 'to', id: 'cpi' }, { type: 'open', side: '../x', id: 'cpi' }, { type: 'open', side: 'to', id: 'x'.repeat(500) }]) {
      assert.strictEqual(await vscode.commands.executeCommand('kehoach._test.openFromComparison', uriOf(2026).toString(), m), false, JSON.stringify(m));
    }
  });

  test('formatter: trailing spaces and the final line break, nothing else; a file that does not parse is left alone', async () => {
    const messy = texts[2025].split('\n').map((l, i) => (i % 7 === 3 && !/[|>][-+]?$/.test(l) && l.trim() && !l.startsWith('        ') ? l + '   ' : l)).join('\n').replace(/\n$/, '\n\n\n');
    const uri = vscode.Uri.joinPath(tmp, 'format', 'plans', 'ha-noi', '2025.yaml');
    await vscode.workspace.fs.writeFile(uri, enc(messy));
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const edits = await vscode.commands.executeCommand('vscode.executeFormatDocumentProvider', uri, { tabSize: 2, insertSpaces: true });
    assert.ok(edits && edits.length > 10, String(edits && edits.length));
    const edit = new vscode.WorkspaceEdit();
    edit.set(uri, edits);
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.strictEqual(doc.getText(), texts[2025]);
    // Twice = once.
    const again = await vscode.commands.executeCommand('vscode.executeFormatDocumentProvider', uri, { tabSize: 2, insertSpaces: true });
    assert.strictEqual((again || []).length, 0);
    const broken = vscode.Uri.joinPath(tmp, 'format', 'plans', 'ha-noi', '2024.yaml');
    await vscode.workspace.fs.writeFile(broken, enc('schemaVersion: "1.0"   \nindicators:\n  - id: x   \n    name: [unclosed   \n'));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(broken));
    const none = await vscode.commands.executeCommand('vscode.executeFormatDocumentProvider', broken, { tabSize: 2, insertSpaces: true });
    assert.strictEqual((none || []).length, 0);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('rename of an indicator id (last: it edits the files): the id and its references in 2025 and the later 2026, saved to disk; 2024 untouched; an invalid id refused in Vietnamese', async () => {
    const at = positionOf(texts[2025], 'grdp-growth', '  - id: grdp-growth', 2);
    const prepared = await vscode.commands.executeCommand('vscode.prepareRename', uriOf(2025), at);
    assert.strictEqual(prepared.placeholder, 'grdp-growth');
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', uriOf(2025), at, 'Tăng trưởng GRDP')),
      (e) => /“Tăng trưởng GRDP” không phải là mã hợp lệ/.test(String(e && e.message)),
    );
    const codesBefore = vscode.languages.getDiagnostics(uriOf(2026)).filter((d) => d.source === 'kehoach').map((d) => (typeof d.code === 'object' ? d.code.value : d.code)).sort();
    const edit = await vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', uriOf(2025), at, 'grdp-growth-rate');
    const touched = edit.entries().map(([u]) => rel(u, dir)).sort();
    assert.deepStrictEqual(touched, ['2025.yaml', '2026.yaml']);
    assert.ok(await vscode.workspace.applyEdit(edit));
    for (const year of [2025, 2026]) assert.ok(await (await vscode.workspace.openTextDocument(uriOf(year))).save(), `${year} not saved`);
    const disk = {};
    for (const year of [2024, 2025, 2026]) disk[year] = dec(await vscode.workspace.fs.readFile(uriOf(year)));
    assert.strictEqual(disk[2024], texts[2024]);
    // Only the id changed, where it stood (comments and layout as they were).
    assert.strictEqual(disk[2025], texts[2025].replace(/(?<=- id: |indicator: )grdp-growth(?=\n)/g, 'grdp-growth-rate'));
    assert.strictEqual(disk[2026], texts[2026].replace(/(?<=- id: )grdp-growth(?=\n)/g, 'grdp-growth-rate'));
    // The years still agree: 2026 is checked against the renamed 2025 with the same problems as before.
    assert.ok(await vscode.commands.executeCommand('kehoach._test.settled', uriOf(2026)));
    const codesAfter = await until(
      () => vscode.languages.getDiagnostics(uriOf(2026)).filter((d) => d.source === 'kehoach').map((d) => (typeof d.code === 'object' ? d.code.value : d.code)).sort(),
      // Besides catalogue-id: the new id is not one of the shared catalogue's (docs/catalogue.md).
      (codes) => JSON.stringify(codes.filter((c) => c !== 'catalogue-id')) === JSON.stringify(codesBefore.filter((c) => c !== 'catalogue-id')) && codes.includes('catalogue-id'),
      'the same diagnostics on 2026 after the rename (and catalogue-id for the new id)',
    );
    assert.ok(!codesAfter.includes('missing-indicator'));
  });
});
