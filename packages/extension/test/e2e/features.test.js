// The extension's features inside a real VS Code, on the repository's real plans: the 2025 plan
// and the 2026 draft are copied to a temp folder (the tests edit them), and every feature is asked
// through VS Code's own commands (vscode.executeHoverProvider, ...), as the editor asks.
const assert = require('assert');
const os = require('os');
const path = require('path');
const vscode = require('vscode');

const EXTENSION_ID = 'kehoach.kehoach-vscode';
const CPI_BLOCK = /  - id: cpi\n(?: {4}.*\n)+/;
const enc = (s) => new TextEncoder().encode(s);
const dec = (b) => new TextDecoder().decode(b);

/** 0-based position of the first character of `needle` (searched after `after`), plus `delta`. */
function positionOf(text, needle, after, delta = 0) {
  const from = after ? text.indexOf(after) : 0;
  const at = text.indexOf(needle, from);
  assert.ok(from >= 0 && at >= 0, `not found: ${needle}`);
  const before = text.slice(0, at + delta);
  const line = before.split('\n').length - 1;
  return new vscode.Position(line, before.length - (before.lastIndexOf('\n') + 1));
}

const ours = (uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'kehoach');
const codeOf = (d) => (typeof d.code === 'object' ? d.code.value : d.code);
const show = (ds) => ds.map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${codeOf(d)}`).join('; ');

/**
 * Resolves with the document's kehoach diagnostics once `predicate` holds for them, after the
 * extension has checked the document's current text (no stale diagnostics from before an edit).
 */
async function waitForDiagnostics(uri, predicate, what, timeout = 15000) {
  assert.ok(await vscode.commands.executeCommand('kehoach._test.settled', uri), `${what}: the check did not settle`);
  return new Promise((resolve, reject) => {
    let sub;
    let timer;
    const done = () => {
      if (sub) sub.dispose();
      clearTimeout(timer);
    };
    const check = () => {
      const ds = ours(uri);
      if (!predicate(ds)) return false;
      done();
      resolve(ds);
      return true;
    };
    sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    timer = setTimeout(() => {
      done();
      reject(new Error(`timed out waiting for ${what}; diagnostics: ${show(ours(uri))}`));
    }, timeout);
    check();
  });
}

async function exists(uri) {
  return Promise.resolve(vscode.workspace.fs.stat(uri)).then(() => true, () => false);
}

async function replaceText(doc, needle, replacement, after) {
  const text = doc.getText();
  const start = positionOf(text, needle, after);
  const end = positionOf(text, needle, after, needle.length);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(start, end), replacement);
  assert.ok(await vscode.workspace.applyEdit(edit), 'edit not applied');
}

suite('kehoach-vscode features (real plans)', function () {
  this.timeout(60000);
  let folder;
  let tmp; // a temp folder as a URI of the workspace's scheme (vscode-remote under code-server)
  let plan2025Text;
  let draftText; // the 2026 draft without the CPI indicator
  let draftUri;
  let baseUri;
  let draftDoc;
  const config = () => vscode.workspace.getConfiguration('kehoach');

  suiteSetup(async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} is not loaded`);
    await extension.activate();
    folder = vscode.workspace.workspaceFolders[0];
    await config().update('language', 'vi', vscode.ConfigurationTarget.Global);
    tmp = folder.uri.with({ path: path.posix.join(os.tmpdir().split(path.sep).join('/'), `kehoach-e2e-${process.pid}-${Date.now()}`) });
    plan2025Text = dec(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, 'plans/ha-noi/2025.yaml')))
      // Standalone here (as PLAN_2025_STANDALONE in the unit tests): the temp folder is outside the
      // workspace, where the editor reads no baseline (the file-access policy), so not 2024's either.
      .replace('\nbaseline: ./2024.yaml\n', '\nbaseline: null\n');
    baseUri = vscode.Uri.joinPath(tmp, 'plans/ha-noi/2025.yaml');
    draftUri = vscode.Uri.joinPath(tmp, 'plans/ha-noi/2026.yaml');
    await vscode.workspace.fs.writeFile(baseUri, enc(plan2025Text));
    // The 2025 plan's own baseline, beside it.
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(tmp, 'plans/ha-noi/2024.yaml'), await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, 'plans/ha-noi/2024.yaml')));
    // The repository's 2026 draft (kehoach new-year's output) when it is one; else made here by the command.
    const real2026 = vscode.Uri.joinPath(folder.uri, 'plans/ha-noi/2026.yaml');
    let full2026 = (await exists(real2026)) ? dec(await vscode.workspace.fs.readFile(real2026)) : '';
    if (!/^status: draft$/m.test(full2026)) {
      const r = await vscode.commands.executeCommand('kehoach.newYear', baseUri, { overwrite: true });
      assert.strictEqual(r.status, 'created');
      full2026 = dec(await vscode.workspace.fs.readFile(draftUri));
    }
    assert.match(full2026, CPI_BLOCK, 'the 2026 draft has no cpi indicator to remove');
    draftText = full2026.replace(CPI_BLOCK, '');
    await vscode.workspace.fs.writeFile(draftUri, enc(draftText));
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await config().update('language', undefined, vscode.ConfigurationTarget.Global);
    await config().update('rules', undefined, vscode.ConfigurationTarget.Global);
    if (tmp) await Promise.resolve(vscode.workspace.fs.delete(tmp, { recursive: true, useTrash: false })).catch(() => {});
  });

  test('a 2026 draft without an indicator of 2025: missing-indicator at the line where it stood, linked to its rule page', async () => {
    draftDoc = await vscode.workspace.openTextDocument(draftUri);
    await vscode.window.showTextDocument(draftDoc);
    const ds = await waitForDiagnostics(draftUri, (d) => d.some((x) => codeOf(x) === 'missing-indicator'), 'missing-indicator');
    const missing = ds.filter((d) => codeOf(d) === 'missing-indicator');
    assert.strictEqual(missing.length, 1, show(ds));
    const d = missing[0];
    // On the id of the indicator that followed CPI in 2025 (the baseline, read from disk: not open).
    const at = positionOf(draftText, 'third-child-birth-rate-reduction', '  - id: third-child-birth-rate-reduction');
    assert.deepStrictEqual([d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character], [at.line, at.character, at.line, at.character + 'third-child-birth-rate-reduction'.length]);
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Error);
    assert.ok(d.message.startsWith('Thiếu chỉ tiêu “cpi” (Chỉ số giá tiêu dùng) của kế hoạch năm 2025 của Thành phố Hà Nội, chỉ tiêu năm trước: dưới 4,5%.'), d.message);
    assert.match(String(d.code.target), /\/rules\/missing-indicator\.md$/);
    // The narrative targets that name CPI are flagged too, on the reference.
    const refs = ds.filter((x) => codeOf(x) === 'unknown-reference');
    assert.strictEqual(refs.length, 2, show(ds));
    const ref = positionOf(draftText, 'indicator: cpi', '  - id: cpi-summary', 'indicator: '.length);
    assert.deepStrictEqual([refs[0].range.start.line, refs[0].range.start.character, refs[0].range.end.character], [ref.line, ref.character, ref.character + 3]);
  });

  test('hover on an indicator: the adopted wording of the 2025 resolution, verbatim, with both years', async () => {
    const at = positionOf(draftText, 'grdp-growth', '  - id: grdp-growth', 2);
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', draftUri, at);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.ok(text.includes('Nguyên văn Nghị quyết số 58/NQ-HĐND ngày 10/12/2024'), text);
    assert.ok(text.includes('> 1\\. Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP): 6,5% trở lên'), text); // "1\\." not a list
    assert.ok(text.includes('**GRDP tăng từ 6,5% trở lên**'), text); // Điều 1, khoản 2, as adopted
    assert.ok(text.includes('Điều 1, khoản 2'), text);
    assert.match(text, /\| 2026 \(dự thảo \/ draft\) \| \*chưa đặt \/ not set\* \|/);
    assert.match(text, /\| 2025 \| \*\*6,5% trở lên\*\* \|/);
    const h = hovers.find((x) => x.range);
    const idAt = positionOf(draftText, 'grdp-growth', '  - id: grdp-growth');
    assert.deepStrictEqual([h.range.start.line, h.range.start.character, h.range.end.character], [idAt.line, idAt.character, idAt.character + 'grdp-growth'.length]);
  });

  test('completion at an indicator id offers the baseline’s indicators that the draft lacks, with their skeleton', async () => {
    const line = positionOf(draftDoc.getText(), '  - id: third-child-birth-rate-reduction').line;
    const insert = new vscode.WorkspaceEdit();
    insert.insert(draftUri, new vscode.Position(line, 0), '  - id: \n');
    assert.ok(await vscode.workspace.applyEdit(insert));
    try {
      const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', draftUri, new vscode.Position(line, 8));
      const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
      assert.ok(labels.includes('cpi'), labels.join(', '));
      assert.ok(!labels.includes('grdp-growth'), 'offers an indicator the draft already has');
      const cpi = list.items.find((i) => i.label === 'cpi');
      const insertText = typeof cpi.insertText === 'string' ? cpi.insertText : cpi.insertText.value;
      assert.ok(insertText.startsWith('cpi\n    number: "5."\n    name: Chỉ số giá tiêu dùng\n'), insertText);
      assert.ok(insertText.includes('previousTarget: { wording: "dưới 4,5%"'), insertText);
      assert.strictEqual(cpi.detail, '5. Chỉ số giá tiêu dùng');
    } finally {
      const undo = new vscode.WorkspaceEdit();
      undo.delete(draftUri, new vscode.Range(line, 0, line + 1, 0));
      assert.ok(await vscode.workspace.applyEdit(undo));
    }
    assert.strictEqual(draftDoc.getText(), draftText);
  });

  test('the quick fix adds the missing indicator where it stood, and the diagnostic goes away', async () => {
    const [d] = await waitForDiagnostics(draftUri, (ds) => ds.some((x) => codeOf(x) === 'missing-indicator'), 'missing-indicator').then((ds) => ds.filter((x) => codeOf(x) === 'missing-indicator'));
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', draftUri, d.range, vscode.CodeActionKind.QuickFix.value);
    const titles = actions.map((a) => a.title);
    const add = actions.find((a) => a.title === 'Thêm chỉ tiêu “cpi” từ kế hoạch năm trước');
    assert.ok(add, titles.join(' | '));
    assert.ok(titles.includes('Đánh dấu “cpi” là đã bỏ (nhập lý do)…'), titles.join(' | '));
    assert.ok(add.isPreferred);
    assert.ok(await vscode.workspace.applyEdit(add.edit));
    const after = await waitForDiagnostics(draftUri, (ds) => !ds.some((x) => codeOf(x) === 'missing-indicator'), 'the fix');
    assert.deepStrictEqual(after.filter((x) => x.severity === vscode.DiagnosticSeverity.Error).map(codeOf), []);
    const text = draftDoc.getText();
    assert.ok(text.indexOf('  - id: cpi\n') > text.indexOf('  - id: export-growth\n'));
    assert.ok(text.indexOf('  - id: cpi\n') < text.indexOf('  - id: third-child-birth-rate-reduction\n'));
    assert.ok(text.includes('  - id: cpi\n    number: "5."\n    name: Chỉ số giá tiêu dùng\n    unit: "%"\n    direction: lower\n    target: { placeholder: true }\n'));
  });

  test('a malformed target is underlined at the right columns (the 2025 plan, edited)', async () => {
    const doc = await vscode.workspace.openTextDocument(baseUri);
    await vscode.window.showTextDocument(doc);
    await waitForDiagnostics(baseUri, (ds) => !ds.some((x) => x.severity === vscode.DiagnosticSeverity.Error), 'a clean 2025 plan');
    await replaceText(doc, '"6,5% trở lên"', '"6,5% trở"', '  - id: grdp-growth');
    const ds = await waitForDiagnostics(baseUri, (x) => x.some((d) => codeOf(d) === 'malformed-target'), 'malformed-target');
    const m = ds.filter((d) => codeOf(d) === 'malformed-target');
    assert.strictEqual(m.length, 1, show(ds));
    const at = positionOf(doc.getText(), 'trở", kind', '  - id: grdp-growth');
    assert.deepStrictEqual([m[0].range.start.line, m[0].range.start.character, m[0].range.end.line, m[0].range.end.character], [at.line, at.character, at.line, at.character + 3]);
    assert.strictEqual(
      m[0].message,
      'Chỉ tiêu “6,5% trở” không đọc được: Không mong đợi “trở” ở đây. Cần: “trở lên”, “trở xuống”. Hãy bỏ hoặc sửa phần này; nếu văn bản được thông qua viết đúng như vậy, hãy giữ nguyên văn và bỏ qua malformed-target kèm lý do.',
    );
    await replaceText(doc, '"6,5% trở"', '"6,5% trở lên"', '  - id: grdp-growth');
    await waitForDiagnostics(baseUri, (x) => !x.some((d) => codeOf(d) === 'malformed-target'), 'the malformed target to go');
  });

  test('cross-file: an indicator added to the open baseline is at once missing from the draft', async () => {
    const base = await vscode.workspace.openTextDocument(baseUri);
    const cpiBlock = CPI_BLOCK.exec(base.getText())[0];
    const line = positionOf(base.getText(), '  - id: third-child-birth-rate-reduction').line;
    const add = new vscode.WorkspaceEdit();
    add.insert(baseUri, new vscode.Position(line, 0), cpiBlock.replace('id: cpi', 'id: core-inflation').replace('number: "5."', 'number: "5a."'));
    assert.ok(await vscode.workspace.applyEdit(add));
    const ds = await waitForDiagnostics(draftUri, (x) => x.some((d) => codeOf(d) === 'missing-indicator'), 'missing core-inflation in the draft');
    assert.ok(ds.find((d) => codeOf(d) === 'missing-indicator').message.includes('“core-inflation”'));
    const undo = new vscode.WorkspaceEdit();
    undo.delete(baseUri, new vscode.Range(line, 0, line + cpiBlock.split('\n').length - 1, 0));
    assert.ok(await vscode.workspace.applyEdit(undo));
    assert.strictEqual(base.getText(), plan2025Text);
    await waitForDiagnostics(draftUri, (x) => !x.some((d) => codeOf(d) === 'missing-indicator'), 'core-inflation no longer missing');
  });

  test('outline: articles → items → paragraphs, then indicators; go to definition, to the clause and to last year’s indicator', async () => {
    const symbols = await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', draftUri);
    assert.deepStrictEqual(symbols.map((s) => s.name), ['Điều khoản / Articles', 'Chỉ tiêu (Phụ lục) / Indicators', 'Mục tiêu trong văn bản / Narrative targets']);
    assert.strictEqual(symbols[0].children[1].name, 'Điều 2. Một số nhiệm vụ, giải pháp chủ yếu');
    assert.strictEqual(symbols[1].children.length, 25);
    const text = draftDoc.getText();
    const toBaseline = await vscode.commands.executeCommand('vscode.executeDefinitionProvider', draftUri, positionOf(text, 'grdp-growth', '  - id: grdp-growth', 1));
    const l = toBaseline[0];
    assert.strictEqual((l.uri || l.targetUri).toString(), baseUri.toString());
    const range = l.range || l.targetRange;
    assert.deepStrictEqual([range.start.line, range.start.character], [positionOf(plan2025Text, 'grdp-growth', '  - id: grdp-growth').line, 8]);
    const toClause = await vscode.commands.executeCommand('vscode.executeDefinitionProvider', draftUri, positionOf(text, 'art_1__item_2', 'clause: art_1__item_2', 2));
    const c = toClause[0];
    assert.strictEqual((c.uri || c.targetUri).toString(), draftUri.toString());
    assert.strictEqual((c.range || c.targetRange).start.line, positionOf(text, 'art_1__item_2', 'id: art_1__item_2').line);
  });

  test('settings: English messages with kehoach.language = en; a severity override through kehoach.rules', async () => {
    await config().update('language', 'en', vscode.ConfigurationTarget.Global);
    try {
      const ds = await waitForDiagnostics(draftUri, (x) => x.some((d) => codeOf(d) === 'placeholder-target' && d.message.startsWith('The target of')), 'English messages');
      assert.ok(ds.length > 0);
      await config().update('rules', { 'placeholder-target': 'off' }, vscode.ConfigurationTarget.Global);
      await waitForDiagnostics(draftUri, (x) => !x.some((d) => codeOf(d) === 'placeholder-target'), 'placeholder-target off');
    } finally {
      await config().update('rules', undefined, vscode.ConfigurationTarget.Global);
      await config().update('language', 'vi', vscode.ConfigurationTarget.Global);
    }
    await waitForDiagnostics(draftUri, (x) => x.some((d) => codeOf(d) === 'placeholder-target' && d.message.startsWith('Chỉ tiêu của')), 'Vietnamese again');
  });

  test('“Kế hoạch: So sánh với năm trước” opens the comparison as a Vietnamese table in a webview', async () => {
    // Set one target in the draft: GRDP growth from 6,5% to 8% (more ambitious).
    await replaceText(draftDoc, 'target: { placeholder: true }', 'target: { wording: "8% trở lên", kind: level, op: ">=", value: 8, unit: "%" }', '  - id: grdp-growth');
    await vscode.window.showTextDocument(draftDoc);
    const r = await vscode.commands.executeCommand('kehoach.compareWithPrevious');
    // 26: the 2025 plan keeps 2024's dropped indicator (as dropped) beside its 25.
    assert.deepStrictEqual(r, { status: 'shown', title: 'So sánh: 2025.yaml → 2026.yaml', indicators: 26 });
    const tabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs);
    let tab;
    for (let i = 0; i < 100 && !tab; i++) {
      tab = tabs().find((t) => t.input instanceof vscode.TabInputWebview && t.label === r.title);
      if (!tab) await new Promise((res) => setTimeout(res, 50));
    }
    assert.ok(tab, `no webview tab titled ${r.title}: ${tabs().map((t) => `${t.label} (${t.input && t.input.constructor.name})`).join(', ')}`);
    assert.ok(tab.input.viewType.endsWith('kehoach.compare'), tab.input.viewType);
    const last = await vscode.commands.executeCommand('kehoach._test.lastComparison');
    assert.strictEqual(last.uri, draftUri.toString());
    const html = last.html;
    assert.ok(html.includes('<th>Chỉ tiêu</th><th>2025 (đã thông qua)</th><th>Kết quả 2025</th><th>2026 (dự thảo)</th><th>Thay đổi</th>'), html.slice(0, 2000));
    // The id is a link that opens the indicator in the file (navigate-links.test.js clicks it).
    assert.match(html, /data-id="grdp-growth"><td class="name">1\. Tốc độ tăng tổng sản phẩm trên địa bàn \(GRDP\) <a href="#" class="open" data-open="grdp-growth" data-side="to" title="[^"]+"><code class="id">grdp-growth<\/code><\/a><\/td><td class="target">≥ 6,5%<\/td><td class="target"><\/td><td class="target">≥ 8%<\/td><td><span class="more">▲ nâng, tham vọng hơn<\/span>/);
    assert.match(html, /data-id="cpi">.*<td class="target">&lt; 4,5%<\/td><td class="target"><\/td><td class="target">chưa đặt<\/td><td><span class="unset">\? chưa đặt chỉ tiêu<\/span>/);
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;/);
    // One script, the page's own (nonce'd), and the CSP allows that one only.
    assert.strictEqual((html.match(/<script/gi) || []).length, 1);
    const nonce = /<script nonce="([A-Za-z0-9]+)">/.exec(html);
    assert.ok(nonce, 'the script carries no nonce');
    assert.ok(html.includes(`script-src &#39;nonce-${nonce[1]}&#39;;`), 'the CSP does not restrict scripts to the nonce');
  });

  test('“Kế hoạch: Xem chỉ tiêu qua các năm” shows the indicator under the cursor year by year, chart and table, in a webview', async () => {
    const editor = await vscode.window.showTextDocument(draftDoc);
    const at = positionOf(draftDoc.getText(), 'grdp-per-capita', '  - id: grdp-per-capita', 2);
    editor.selection = new vscode.Selection(at, at);
    const r = await vscode.commands.executeCommand('kehoach.showHistory');
    // The draft and its baseline (the temp 2025 plan stands alone): two years.
    assert.deepStrictEqual(r, { status: 'shown', ref: 'grdp-per-capita', title: 'Qua các năm: grdp-per-capita', years: 2 });
    const tabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs);
    let tab;
    for (let i = 0; i < 100 && !tab; i++) {
      tab = tabs().find((t) => t.input instanceof vscode.TabInputWebview && t.label === r.title);
      if (!tab) await new Promise((res) => setTimeout(res, 50));
    }
    assert.ok(tab, `no webview tab titled ${r.title}`);
    assert.ok(tab.input.viewType.endsWith('kehoach.history'), tab.input.viewType);
    const last = await vscode.commands.executeCommand('kehoach._test.lastHistory');
    const html = last.html;
    assert.ok(html.includes('<td>2025</td><td>172,4 triệu đồng trở lên</td><td>178 triệu đồng [báo chí, R1]</td><td>—</td><td>đạt (ước thực hiện)</td>'), html.slice(-3000));
    assert.ok(html.includes('<svg xmlns="http://www.w3.org/2000/svg"'));
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;/);
    assert.ok(!/<script/i.test(html));
    // Elsewhere than on an indicator: told so, nothing opened.
    editor.selection = new vscode.Selection(new vscode.Position(0, 0), new vscode.Position(0, 0));
    assert.deepStrictEqual(await vscode.commands.executeCommand('kehoach.showHistory'), { status: 'no-indicator' });
  });

  test('“Kế hoạch: Tạo kế hoạch năm sau” writes next year’s draft beside the plan, opens it, and never overwrites unasked', async () => {
    const dir = vscode.Uri.joinPath(tmp, 'new-year/plans/ha-noi');
    const from = vscode.Uri.joinPath(dir, '2025.yaml');
    const to = vscode.Uri.joinPath(dir, '2026.yaml');
    await vscode.workspace.fs.writeFile(from, enc(plan2025Text));
    // 2025's own baseline beside it, as in the repository: a plan must be valid to draft from.
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(dir, '2024.yaml'), await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, 'plans/ha-noi/2024.yaml')));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(from));
    const r = await vscode.commands.executeCommand('kehoach.newYear');
    assert.deepStrictEqual(r, { status: 'created', uri: to.toString(), indicators: 25, clauses: r.clauses });
    assert.ok(r.clauses > 50, String(r.clauses));
    assert.strictEqual(vscode.window.activeTextEditor.document.uri.toString(), to.toString());
    const made = dec(await vscode.workspace.fs.readFile(to));
    assert.match(made, /^year: 2026\nstatus: draft\nbaseline: \.\/2025\.yaml$/m);
    assert.match(made, /  - id: cpi\n(?: {4}.*\n)*? {4}target: \{ placeholder: true \}\n {4}previousTarget: \{ wording: "dưới 4,5%"/);
    // The draft is checked at once against its baseline: warnings for the unset targets, no error.
    const ds = await waitForDiagnostics(to, (x) => x.some((d) => codeOf(d) === 'placeholder-target'), 'the new draft checked');
    assert.deepStrictEqual(ds.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).map(codeOf), []);
    // Again: the file exists, and without the drafter's yes it is left alone.
    const edit = new vscode.WorkspaceEdit();
    edit.insert(to, new vscode.Position(0, 0), '# edited by the drafter\n');
    await vscode.workspace.applyEdit(edit);
    await vscode.window.activeTextEditor.document.save();
    const again = await vscode.commands.executeCommand('kehoach.newYear', from, { overwrite: false });
    assert.deepStrictEqual(again, { status: 'exists' });
    assert.ok(dec(await vscode.workspace.fs.readFile(to)).startsWith('# edited by the drafter\n'));
    const forced = await vscode.commands.executeCommand('kehoach.newYear', from, { overwrite: true });
    assert.strictEqual(forced.status, 'created');
    assert.strictEqual(dec(await vscode.workspace.fs.readFile(to)), made);
  });

  test('“Kế hoạch: Bắt đầu kế hoạch cho tỉnh mới…” writes the skeleton at plans/<id>/<year>.yaml, opens it clean, and never overwrites', async () => {
    const root = vscode.Uri.joinPath(tmp, 'start');
    const to = vscode.Uri.joinPath(root, 'plans/tuyen-quang/2026.yaml');
    const r = await vscode.commands.executeCommand('kehoach.startPlan', { jurisdiction: 'tuyen-quang', year: '2026', folder: root.toString() });
    assert.deepStrictEqual(r, { status: 'created', uri: to.toString() });
    assert.strictEqual(vscode.window.activeTextEditor.document.uri.toString(), to.toString());
    const made = dec(await vscode.workspace.fs.readFile(to));
    assert.match(made, /^jurisdiction: \{ id: tuyen-quang, name: Tỉnh Tuyên Quang \}\nyear: 2026\nstatus: draft$/m);
    assert.match(made, /^# {3}- \{ jurisdiction: \{ id: ha-giang, name: Tỉnh Hà Giang \}, path: \.\.\/ha-giang\/2025\.yaml \}$/m);
    // Checked as soon as it opens: nothing to say about an empty skeleton.
    await vscode.commands.executeCommand('kehoach._test.settled', to);
    assert.deepStrictEqual(vscode.languages.getDiagnostics(to).map(codeOf), []);
    // Again: the file exists and is left as it is, whatever it holds now.
    const edit = new vscode.WorkspaceEdit();
    edit.insert(to, new vscode.Position(0, 0), '# edited by the drafter\n');
    await vscode.workspace.applyEdit(edit);
    await vscode.window.activeTextEditor.document.save();
    const again = await vscode.commands.executeCommand('kehoach.startPlan', { jurisdiction: 'tuyen-quang', year: 2026, folder: root.toString() });
    assert.deepStrictEqual(again, { status: 'exists' });
    assert.strictEqual(dec(await vscode.workspace.fs.readFile(to)), `# edited by the drafter\n${made}`);
  });

  test('“Kế hoạch: Xuất văn bản (.docx)” writes the open plan’s .docx beside it, never over a file unasked, and not an adopted record with marks', async () => {
    const dir = vscode.Uri.joinPath(tmp, 'export/plans/ha-noi');
    const from = vscode.Uri.joinPath(dir, '2025.yaml');
    const to = vscode.Uri.joinPath(dir, '2025.docx');
    await vscode.workspace.fs.writeFile(from, enc(plan2025Text.replace('baseline: ./2024.yaml', 'baseline: null')));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(from));
    const r = await vscode.commands.executeCommand('kehoach.exportDocx');
    assert.strictEqual(r.status, 'written', JSON.stringify(r));
    assert.strictEqual(r.uri, to.toString());
    const bytes = await vscode.workspace.fs.readFile(to);
    assert.strictEqual(bytes.byteLength, r.bytes);
    assert.deepStrictEqual([bytes[0], bytes[1]], [0x50, 0x4b]); // a zip: "PK"
    // The file is kept unless the drafter says to replace it.
    await vscode.workspace.fs.writeFile(to, enc('mine'));
    assert.deepStrictEqual(await vscode.commands.executeCommand('kehoach.exportDocx', from, { overwrite: false }), { status: 'exists' });
    assert.strictEqual(dec(await vscode.workspace.fs.readFile(to)), 'mine');
    assert.strictEqual((await vscode.commands.executeCommand('kehoach.exportDocx', from, { overwrite: true })).status, 'written');
    // The repository's adopted 2026 record (unknown and sourced targets, a truncated text): not the document to sign.
    const adopted = vscode.Uri.joinPath(folder.uri, 'plans/ha-noi/2026.yaml');
    if (/^status: adopted$/m.test(dec(await vscode.workspace.fs.readFile(adopted)))) {
      assert.deepStrictEqual(await vscode.commands.executeCommand('kehoach.exportDocx', adopted, { allowDraft: false }), { status: 'not-ready' });
      assert.ok(!(await exists(vscode.Uri.joinPath(folder.uri, 'plans/ha-noi/2026.docx'))));
    }
  });

  test('“Kế hoạch: Nhập nghị quyết…” imports a resolution’s text and its .docx (read in the Node bundle) to the same plan, never over a file', async () => {
    const dir = vscode.Uri.joinPath(tmp, 'import');
    const source = dec(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, 'plans/ha-noi/sources/2025-58-NQ-HDND.txt')));
    const txt = vscode.Uri.joinPath(dir, '58.txt');
    await vscode.workspace.fs.writeFile(txt, enc(source));
    const r = await vscode.commands.executeCommand('kehoach.importResolution', txt);
    assert.strictEqual(r.status, 'created', JSON.stringify(r));
    assert.strictEqual(r.indicators, 25);
    const fromText = dec(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(dir, '58.yaml')));
    // The same text as Word holds it, one paragraph per line (made with the `docx` package).
    const { Document, Packer, Paragraph } = require('docx');
    const bytes = await Packer.toBuffer(new Document({ sections: [{ children: source.split('\n').map((line) => new Paragraph({ text: line })) }] }));
    const docx = vscode.Uri.joinPath(dir, 'nghi-quyet.docx');
    await vscode.workspace.fs.writeFile(docx, bytes);
    const d = await vscode.commands.executeCommand('kehoach.importResolution', docx);
    assert.strictEqual(d.status, 'created', JSON.stringify(d));
    assert.strictEqual(dec(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(dir, 'nghi-quyet.yaml'))), fromText);
    assert.deepStrictEqual(await vscode.commands.executeCommand('kehoach.importResolution', txt), { status: 'exists' });
    const notResolution = vscode.Uri.joinPath(dir, 'notes.txt');
    await vscode.workspace.fs.writeFile(notResolution, enc('Danh sách\n1. a\n'));
    assert.deepStrictEqual(await vscode.commands.executeCommand('kehoach.importResolution', notResolution), { status: 'not-resolution' });
    assert.ok(!(await exists(vscode.Uri.joinPath(dir, 'notes.yaml'))));
  });

  test('“mark dropped” asks for the reason and keeps the block with it', async () => {
    const text = draftDoc.getText();
    const without = text.replace(CPI_BLOCK, '');
    const all = new vscode.WorkspaceEdit();
    all.replace(draftUri, new vscode.Range(0, 0, draftDoc.lineCount, 0), without);
    assert.ok(await vscode.workspace.applyEdit(all));
    await waitForDiagnostics(draftUri, (x) => x.some((d) => codeOf(d) === 'missing-indicator'), 'missing cpi again');
    assert.strictEqual(await vscode.commands.executeCommand('kehoach.markDropped', draftUri.toString(), 'cpi', 'Gộp vào chỉ tiêu lạm phát cơ bản'), true);
    await waitForDiagnostics(draftUri, (x) => !x.some((d) => codeOf(d) === 'missing-indicator'), 'cpi dropped with a reason');
    assert.ok(draftDoc.getText().includes('dropped: { reason: Gộp vào chỉ tiêu lạm phát cơ bản }'));
  });

  test('a YAML file outside plans/ that declares a plan is checked; other YAML files are left alone', async () => {
    const plan = await vscode.workspace.openTextDocument({ language: 'yaml', content: plan2025Text.replace('"6,5% trở lên"', '"6,5% trở"') });
    const ds = await waitForDiagnostics(plan.uri, (x) => x.some((d) => codeOf(d) === 'malformed-target'), 'the untitled plan checked');
    assert.strictEqual(ds.filter((d) => codeOf(d) === 'malformed-target').length, 1);
    const other = await vscode.workspace.openTextDocument({ language: 'yaml', content: 'name: CI\non: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n' });
    assert.ok(await vscode.commands.executeCommand('kehoach._test.settled', other.uri));
    assert.deepStrictEqual(ours(other.uri), []);
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', other.uri, new vscode.Position(0, 1));
    assert.ok(!hovers.some((h) => h.contents.some((c) => String(c.value || c).includes('kehoach'))));
  });

  test('rule links: a plan of the workspace links each code to docs/rules/<code>.md of the workspace', async () => {
    // A draft inside the workspace (under the git-ignored .cache/), so that its links resolve
    // against the workspace's docs/rules; its placeholders are warnings with a code.
    const dir = vscode.Uri.joinPath(folder.uri, `.cache/e2e-rule-links-${Date.now()}/plans/ha-noi`);
    const inside = vscode.Uri.joinPath(dir, '2026.yaml');
    await vscode.workspace.fs.writeFile(inside, enc(draftText));
    try {
      const doc = await vscode.workspace.openTextDocument(inside);
      const ds = await waitForDiagnostics(inside, (x) => x.some((d) => codeOf(d) === 'placeholder-target'), 'the workspace draft checked');
      const page = vscode.Uri.joinPath(folder.uri, 'docs/rules/placeholder-target.md');
      assert.ok(await exists(page), 'docs/rules/placeholder-target.md is in the repository');
      const target = ds.find((d) => codeOf(d) === 'placeholder-target').code.target.toString();
      assert.strictEqual(target, page.toString());
      assert.ok(!doc.isDirty);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await Promise.resolve(vscode.workspace.fs.delete(vscode.Uri.joinPath(dir, '../..'), { recursive: true, useTrash: false })).catch(() => {});
    }
  });

  test('activation is light: providers registered at once, the engine loaded on first use (written for npm run bench)', async () => {
    const stats = await vscode.commands.executeCommand('kehoach._test.stats');
    assert.strictEqual(typeof stats.activationMs, 'number');
    assert.strictEqual(typeof stats.firstDiagnosticsMs, 'number');
    assert.ok(stats.validations > 0);
    const record = { ...stats, vscode: vscode.version, uiKind: vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop', appHost: vscode.env.appHost, date: new Date().toISOString() };
    console.log(`activation ${stats.activationMs.toFixed(1)} ms (activate() → providers registered); first check ${stats.firstValidationMs.toFixed(0)} ms (engine load, baseline read, cold parse); VS Code ${vscode.version}, ${record.appHost}`);
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder.uri, 'bench-results/extension-activation.json'), enc(JSON.stringify(record, null, 2) + '\n'));
  });
});
