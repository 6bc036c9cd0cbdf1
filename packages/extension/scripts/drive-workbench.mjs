#!/usr/bin/env node
// Drives the real VS Code workbench (code-server + headless chromium) "as a person would", with the
// kehoach extension: opens a 2026 draft from the Explorer, waits for the squiggles, reads the
// Problems panel, hovers an indicator, opens completion at an indicator id, and takes screenshots.
// Prints what it read.
//
//   npm run build -w kehoach-vscode
//   node packages/extension/scripts/drive-workbench.mjs [--demo | FILE] [--shots DIR] [--workspace DIR] [--vsix X.vsix] [--check] [--keep]
//
// --demo (the default without FILE): a temp workspace with the repository's plans/ha-noi/2025.yaml and
//   its 2026 draft (plans/ha-noi/2026.yaml when it is a draft, else made by `kehoach new-year`)
//   with the CPI indicator removed and one target mistyped, and kehoach.language = "vi". Screenshots:
//   DIR/extension.png (hover + Problems) and DIR/extension-completion.png (completion); DIR defaults
//   to packages/extension/test/e2e/screenshots (the README's picture is docs/images/extension.png:
//   `--shots docs/images`).
// --navigate (with --demo): instead, the inlay hints beside the draft's unset targets (last year's
//   target) and the Explorer's "Kế hoạch: Còn phải đặt" tree view, opened from the status-bar item,
//   an item clicked: DIR/extension-inlay-hints.png and DIR/extension-left-to-set.png; then 2025's
//   `grdp-growth` renamed with the keyboard (F2, the new name, Enter; Save All), and the files read
//   from disk: 2025 and the 2026 draft renamed, 2024 untouched.
// FILE: a file relative to the workspace (default workspace: the repository), opened from the
//   Explorer; only the screenshot (DIR/workbench.png) is taken.
// --vsix X.vsix: the extension is installed from the packaged .vsix (what users get) instead of
//   being loaded from this package through extensionDevelopmentPath (dist/ must be built).
// --check: exit 1 unless the Problems panel, the hover and the completion show what they should.
// Env as in run-e2e.mjs: KEHOACH_E2E_TIMEOUT (default 300 s), KEHOACH_E2E_DEBUG=1, KEHOACH_CODE_SERVER_DIR,
// KEHOACH_CHROMIUM. A failure writes DIR/<shot>-fail.png.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT, ensureCodeServer } from './install-code-server.mjs';
import { EXT_DIR, Session, loadPlaywright } from './lib/session.mjs';

function parseArgs(argv) {
  const o = { workspace: null, vsix: null, keep: process.env.KEHOACH_E2E_KEEP === '1', check: false, demo: false, navigate: false, shots: null, positional: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => { const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i]; if (!v) usage(`${a} needs a value`); return v; };
    if (a === '--workspace' || a.startsWith('--workspace=')) o.workspace = path.resolve(val());
    else if (a === '--vsix' || a.startsWith('--vsix=')) o.vsix = path.resolve(val());
    else if (a === '--shots' || a.startsWith('--shots=')) o.shots = path.resolve(val());
    else if (a === '--demo') o.demo = true;
    else if (a === '--check') o.check = true;
    else if (a === '--navigate') o.navigate = o.demo = true;
    else if (a === '--keep') o.keep = true;
    else if (a === '--help' || a === '-h') usage();
    else if (a.startsWith('-')) usage(`unknown option ${a}`);
    else o.positional.push(a);
  }
  if (o.positional.length > 1) usage('too many arguments');
  if (o.positional.length === 0) o.demo = true;
  if (o.demo && (o.positional.length || o.workspace)) usage('--demo makes its own workspace: no FILE or --workspace with it');
  o.file = o.demo ? 'plans/ha-noi/2026.yaml' : o.positional[0].split(path.sep).join('/');
  o.shots = o.shots || path.join(EXT_DIR, 'test/e2e/screenshots');
  return o;
}
function usage(err) {
  if (err) console.error(`drive-workbench: ${err}`);
  console.error('usage: node scripts/drive-workbench.mjs [--demo | FILE] [--shots DIR] [--workspace DIR] [--vsix X.vsix] [--check] [--keep]  (see the header of this file)');
  process.exit(err ? 2 : 0);
}

const opts = parseArgs(process.argv.slice(2));
const DEBUG = process.env.KEHOACH_E2E_DEBUG === '1';
const session = new Session({ name: 'drive', keep: opts.keep, debug: DEBUG, timeoutS: Number(process.env.KEHOACH_E2E_TIMEOUT || 300) });
const log = (...a) => session.log(...a);

// ---- helpers a person's actions map to ---------------------------------------------------------------
const cssString = s => JSON.stringify(s); // a quoted CSS attribute value

/** An Explorer row: its aria-label is the file or folder name, its aria-level the depth (1 = top). */
const explorerRow = (name, level) => `.explorer-folders-view .monaco-list-row[aria-label=${cssString(name)}][aria-level="${level}"]`;

/** Open `relPath` by expanding its folders in the Explorer and double-clicking the file.
 *  (The list is virtualized: a row far down a long folder is not in the DOM until scrolled to.) */
async function openFromExplorer(page, relPath) {
  const parts = relPath.split('/');
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 });
  for (const [i, name] of parts.entries()) {
    const row = page.locator(explorerRow(name, i + 1));
    await row.waitFor({ timeout: 20_000 });
    await row.scrollIntoViewIfNeeded();
    if (i < parts.length - 1) {
      if ((await row.getAttribute('aria-expanded')) !== 'true') await row.click();
      await page.waitForSelector(`${explorerRow(name, i + 1)}[aria-expanded="true"]`, { timeout: 20_000 });
    } else {
      await row.dblclick();
    }
  }
  const base = parts.at(-1);
  await page.waitForSelector(`.tab.active[aria-label*=${cssString(base)}]`, { timeout: 20_000 });
  await page.waitForSelector('.monaco-editor .view-lines .view-line', { timeout: 20_000 });
}

/** The status bar's language mode ("YAML", ...). */
async function languageMode(page) {
  const item = page.locator('#status\\.editor\\.mode');
  await item.waitFor({ timeout: 20_000 });
  return (await item.innerText()).trim();
}

// ---- the demo workspace ----------------------------------------------------------------------------------
const CPI_BLOCK = /  - id: cpi\n(?: {4}.*\n)+/;
const INVESTMENT = 'previousTarget: { wording: "10,5% trở lên", kind: level, op: ">=", value: 10.5, unit: "%" }';

/** A temp workspace: the real 2025 plan, and its 2026 draft without CPI and with one target mistyped. */
async function makeDemoWorkspace(state) {
  const ws = path.join(state, 'demo');
  const dir = path.join(ws, 'plans/ha-noi');
  fs.mkdirSync(dir, { recursive: true });
  fs.mkdirSync(path.join(ws, '.vscode'), { recursive: true });
  const plan2025 = fs.readFileSync(path.join(REPO_ROOT, 'plans/ha-noi/2025.yaml'), 'utf8');
  fs.writeFileSync(path.join(dir, '2025.yaml'), plan2025);
  fs.copyFileSync(path.join(REPO_ROOT, 'plans/ha-noi/2024.yaml'), path.join(dir, '2024.yaml'));
  // The repository's 2026 draft when it is one; else kehoach new-year's.
  const real2026 = path.join(REPO_ROOT, 'plans/ha-noi/2026.yaml');
  let draft = fs.existsSync(real2026) ? fs.readFileSync(real2026, 'utf8') : '';
  if (!/^status: draft$/m.test(draft)) {
    const { scaffoldNewYear } = await import(pathToFileURL(path.join(REPO_ROOT, 'packages/schema/dist/index.js')).href);
    draft = scaffoldNewYear(plan2025, { baseline: './2025.yaml' }).text;
  }
  if (!CPI_BLOCK.test(draft)) throw new Error('the 2026 draft has no cpi indicator to remove');
  const pristine = draft;
  // The drafter removed CPI, and set investment growth with a typo ("trở" without "lên").
  draft = draft.replace(CPI_BLOCK, '');
  const investment = draft.indexOf('  - id: investment-growth');
  const at = draft.indexOf('target: { placeholder: true }', investment);
  if (investment < 0 || at < 0) throw new Error('the 2026 draft has no unset investment-growth target');
  draft = draft.slice(0, at) + 'target: { wording: "từ 11% trở", kind: level, op: ">=", value: 11, unit: "%" }' + draft.slice(at + 'target: { placeholder: true }'.length);
  void INVESTMENT;
  fs.writeFileSync(path.join(dir, '2026.yaml'), draft);
  // No kehoach.language: the default (Vietnamese) is what a drafter sees.
  fs.writeFileSync(path.join(ws, '.vscode/settings.json'), JSON.stringify({
    'explorer.compactFolders': false,
    'editor.minimap.enabled': false,
    'workbench.colorTheme': 'Default Light Modern',
    'editor.fontSize': 13,
    'editor.hover.above': false,
    'editor.stickyScroll.enabled': false,
  }, null, 2));
  return { ws, draft, pristine };
}

// ---- the script -----------------------------------------------------------------------------------------
const visibleText = (s) => s.replace(/\u00a0/g, ' ').replace(/[ \t]+\n/g, '\n').trim();

async function goToLine(page, line) {
  await page.keyboard.press('Control+G');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 10_000 });
  await page.keyboard.type(String(line));
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
}

async function demoSteps(page, draft, pristine) {
  const read = {};
  await openFromExplorer(page, opts.file);
  log(`opened ${opts.file} from the Explorer; language mode: ${await languageMode(page)}`);

  // 1. The Problems panel (the status bar counts them first).
  await page.waitForFunction(() => /[1-9]/.test(document.querySelector('#status\\.problems')?.textContent ?? ''), null, { timeout: 30_000 });
  log(`status bar: ${(await page.locator('#status\\.problems').innerText()).replace(/\s+/g, ' ').trim()}`);
  await page.keyboard.press('Control+Shift+M');
  await page.waitForSelector('.markers-panel .monaco-list-row', { timeout: 20_000 });
  await page.waitForSelector('.markers-panel .monaco-list-row:has-text("cpi")', { timeout: 20_000 });
  read.problems = await page.$$eval('.markers-panel .monaco-list-row', (rows) => rows.map((r) => (r.innerText || r.textContent || '').replace(/\s+/g, ' ').trim()));
  log(`PROBLEMS (${read.problems.length} rows shown):\n  ${read.problems.join('\n  ')}`);

  // 2. Hover the id of the export growth indicator, a few lines below the mistyped target (its squiggle
  //    stays in view: the hover opens below the word).
  const lines = draft.split('\n');
  const exportLine = lines.findIndex((l) => l === '  - id: export-growth') + 1;
  await page.click('.monaco-editor .view-lines');
  await goToLine(page, exportLine + 3);
  await page.waitForSelector('.monaco-editor .squiggly-error', { timeout: 30_000 });
  log('error squiggle rendered (the mistyped target)');
  const word = page.locator('.monaco-editor .view-line span span', { hasText: /^export-growth$/ }).first();
  await word.hover();
  const hover = await page.waitForSelector('.monaco-hover:has-text("Nghị quyết")', { timeout: 20_000, state: 'visible' });
  read.hover = visibleText(await hover.innerText());
  log(`HOVER on export-growth:\n  ${read.hover.split('\n').join('\n  ')}`);
  await page.waitForTimeout(500);
  const hoverShot = path.join(opts.shots, 'extension.png');
  await page.screenshot({ path: hoverShot });
  log(`screenshot: ${path.relative(process.cwd(), hoverShot) || hoverShot}`);
  await page.mouse.move(5, 450);
  await page.keyboard.press('Escape');

  // 3. Completion at an indicator id, where CPI stood.
  const at = lines.findIndex((l) => l === '  - id: third-child-birth-rate-reduction') + 1;
  await page.click('.monaco-editor .view-lines');
  await goToLine(page, at);
  await page.keyboard.press('Home');
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.type('  - id: ');
  await page.keyboard.press('Control+Space');
  await page.waitForSelector('.suggest-widget .monaco-list-row', { timeout: 20_000, state: 'visible' });
  await page.keyboard.press('Control+Space'); // again: the details pane (last year's target, the block inserted)
  await page.waitForSelector('.suggest-details', { timeout: 5_000, state: 'visible' }).catch(() => log('(no details pane)'));
  await page.waitForTimeout(500);
  read.completion = await page.$$eval('.suggest-widget .monaco-list-row', (rows) => rows.map((r) => (r.getAttribute('aria-label') || r.textContent || '').trim()));
  log(`COMPLETION at "  - id: " (line ${at}):\n  ${read.completion.join('\n  ')}`);
  const completionShot = path.join(opts.shots, 'extension-completion.png');
  await page.screenshot({ path: completionShot });
  log(`screenshot: ${path.relative(process.cwd(), completionShot) || completionShot}`);
  await page.keyboard.press('Escape');

  // 4. The command palette, typed without accents: the plan commands, titled in Vietnamese.
  await page.keyboard.press('Control+Shift+P');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 10_000 });
  await page.keyboard.type('ke hoach');
  await page.waitForTimeout(500);
  read.palette = await page.$$eval('.quick-input-widget .monaco-list-row', (rows) => rows.map((r) => (r.getAttribute('aria-label') || r.textContent || '').replace(/\s+/g, ' ').trim()));
  log(`PALETTE "ke hoach":\n  ${read.palette.join('\n  ')}`);
  const paletteShot = path.join(opts.shots, 'extension-palette.png');
  await page.screenshot({ path: paletteShot });
  log(`screenshot: ${path.relative(process.cwd(), paletteShot) || paletteShot}`);

  // 5. "Tạo kế hoạch năm sau" on the 2025 plan, whose 2026 draft exists: the question comes
  //    first, and Enter (the default button) must not replace the draft.
  await page.keyboard.press('Escape');
  const draftPath = path.join(opts.workspace, 'plans/ha-noi/2026.yaml');
  const draftBefore = fs.readFileSync(draftPath, 'utf8');
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 10_000 });
  await page.keyboard.type('2025.yaml');
  await page.waitForSelector('.quick-input-widget .monaco-list-row[aria-label*="2025.yaml"]', { timeout: 20_000 });
  await page.keyboard.press('Enter');
  await page.waitForSelector('.tab.active[aria-label*="2025.yaml"]', { timeout: 20_000 });
  await page.keyboard.press('Control+Shift+P');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 10_000 });
  await page.keyboard.type('ke hoach');
  await page.waitForTimeout(500);
  const rows = await page.$$eval('.quick-input-widget .monaco-list-row', (rs) => rs.map((r) => (r.getAttribute('aria-label') || r.textContent || '').trim()));
  const row = rows.findIndex((r) => r.includes('Tạo kế hoạch năm sau'));
  if (row < 0) throw new Error('the palette does not list “Tạo kế hoạch năm sau”');
  for (let i = 0; i < row; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const dialog = await page.waitForSelector('.monaco-dialog-box', { timeout: 20_000, state: 'visible' });
  read.dialog = visibleText(await dialog.innerText());
  read.dialogButtons = await page.$$eval('.monaco-dialog-box .dialog-buttons a, .monaco-dialog-box .dialog-buttons .monaco-button', (bs) => bs.map((b) => (b.textContent || '').trim()).filter(Boolean));
  // The button Enter presses is the focused one (the DOM order of the buttons is the platform's).
  read.dialogFocused = await page.evaluate(() => (document.activeElement?.textContent || '').trim());
  log(`DIALOG:\n  ${read.dialog.split('\n').join('\n  ')}\n  buttons: ${read.dialogButtons.join(' | ')}; focused (Enter): ${read.dialogFocused}`);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.monaco-dialog-box', { state: 'detached', timeout: 10_000 });
  await page.waitForTimeout(1000);
  read.draftKept = fs.readFileSync(draftPath, 'utf8') === draftBefore;
  log(`after Enter: plans/ha-noi/2026.yaml ${read.draftKept ? 'kept as it was' : 'WAS REPLACED'}`);

  // 6. "Tạo kế hoạch năm sau" on a plan that is itself a draft (a copy of the family, with the
  //    2026 draft as kehoach new-year wrote it): the question says so, Enter makes nothing, and
  //    only the drafter's explicit choice makes 2027.
  // (Outside plans/, so its folder is no jurisdiction: a copy of the plans of plans/ha-noi.)
  const copy = path.join(opts.workspace, 'ban-sao/plans/ha-noi');
  fs.mkdirSync(copy, { recursive: true });
  for (const y of [2024, 2025]) fs.copyFileSync(path.join(opts.workspace, `plans/ha-noi/${y}.yaml`), path.join(copy, `${y}.yaml`));
  fs.writeFileSync(path.join(copy, '2026.yaml'), pristine);
  const next = path.join(copy, '2027.yaml');
  // From the Explorer: quick open's file index may not list a file made a moment ago.
  await openFromExplorer(page, 'ban-sao/plans/ha-noi/2026.yaml');
  await page.waitForSelector('.breadcrumbs-control .monaco-breadcrumb-item:has-text("ban-sao")', { timeout: 20_000 });
  await page.waitForTimeout(1000); // the plan checked before the command reads it
  const box = await paletteCommand(page, 'Tạo kế hoạch năm sau');
  read.fromDraftDialog = visibleText(await box.innerText());
  read.fromDraftFocused = await page.evaluate(() => (document.activeElement?.textContent || '').trim());
  log(`DIALOG (from a draft):\n  ${read.fromDraftDialog.split('\n').join('\n  ')}\n  focused (Enter): ${read.fromDraftFocused}`);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.monaco-dialog-box', { state: 'detached', timeout: 10_000 });
  await page.waitForTimeout(1000);
  read.fromDraftNothingMade = !fs.existsSync(next);
  log(`after Enter: ban-sao/plans/ha-noi/2027.yaml ${read.fromDraftNothingMade ? 'not made' : 'WAS MADE'}`);
  await paletteCommand(page, 'Tạo kế hoạch năm sau');
  await page.locator('.monaco-dialog-box .dialog-buttons a, .monaco-dialog-box .dialog-buttons .monaco-button', { hasText: 'Vẫn tạo từ dự thảo' }).first().click();
  for (let i = 0; i < 100 && !fs.existsSync(next); i++) await page.waitForTimeout(200);
  read.fromDraftMade = fs.existsSync(next) && /^status: draft$/m.test(fs.readFileSync(next, 'utf8')) && /^year: 2027$/m.test(fs.readFileSync(next, 'utf8'));
  log(`after “Vẫn tạo từ dự thảo”: ban-sao/plans/ha-noi/2027.yaml ${read.fromDraftMade ? 'made, a 2027 draft' : 'NOT MADE'}`);
  return read;
}

/** The command palette, "ke hoach" typed, the row with this title chosen with the arrows: waits for its modal dialog. */
async function paletteCommand(page, title) {
  await page.keyboard.press('Control+Shift+P');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 10_000 });
  await page.keyboard.type('ke hoach');
  await page.waitForTimeout(500);
  const rows = await page.$$eval('.quick-input-widget .monaco-list-row', (rs) => rs.map((r) => (r.getAttribute('aria-label') || r.textContent || '').trim()));
  const row = rows.findIndex((r) => r.includes(title));
  if (row < 0) throw new Error(`the palette does not list “${title}”`);
  for (let i = 0; i < row; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  return page.waitForSelector('.monaco-dialog-box', { timeout: 20_000, state: 'visible' });
}

/** The draft's hints (last year's target at the end of each target's line) and the tree of what is left to set. */
async function navigateSteps(page, draft) {
  await openFromExplorer(page, opts.file);
  const lines = draft.split('\n');
  const grdp = lines.findIndex((l) => l === '  - id: grdp-growth') + 1;
  await page.click('.monaco-editor .view-lines');
  await goToLine(page, grdp + 14);
  await goToLine(page, grdp);
  await page.waitForSelector('.monaco-editor .view-line:has-text("năm 2025:")', { timeout: 60_000 });
  const hints = await page.$$eval('.monaco-editor .view-line', (ls) => ls.map((l) => l.textContent.replace(/\u00a0/g, ' ')).filter((t) => t.includes('năm 2025:')));
  log(`INLAY HINTS (${hints.length} lines shown):\n  ${hints.join('\n  ')}`);
  await page.mouse.move(5, 450);
  await page.waitForTimeout(500);
  const hintShot = path.join(opts.shots, 'extension-inlay-hints.png');
  await page.screenshot({ path: hintShot });
  log(`screenshot: ${path.relative(process.cwd(), hintShot) || hintShot}`);

  // The status-bar item, clicked: the tree view opens in the Explorer.
  const status = page.locator('.statusbar-item:has-text("Còn phải đặt")').first();
  await status.waitFor({ timeout: 30_000 });
  log(`status bar: ${(await status.innerText()).trim()}`);
  await status.click();
  const row = '.pane-body .monaco-list-row:has-text("chưa đặt chỉ tiêu")';
  await page.waitForSelector(row, { timeout: 30_000 });
  // The folders pane collapsed, so that the tree has the Explorer's height.
  await page.locator('.explorer-viewlet .pane-header').first().click();
  await page.waitForTimeout(500);
  const rows = await page.$$eval('.pane-body .monaco-list-row', (rs) => rs.map((r) => (r.innerText || '').replace(/\s+/g, ' ').trim()).filter((t) => /chưa đặt chỉ tiêu|\.yaml/.test(t)));
  log(`LEFT TO SET (${rows.length} rows shown):\n  ${rows.slice(0, 12).join('\n  ')}`);
  // One item clicked: its line opens.
  await page.locator('.pane-body .monaco-list-row:has-text("cpi-")').first().click().catch(() => page.locator(row).nth(3).click());
  await page.waitForTimeout(800);
  const shot = path.join(opts.shots, 'extension-left-to-set.png');
  await page.screenshot({ path: shot });
  log(`screenshot: ${path.relative(process.cwd(), shot) || shot}`);

  // Rename with the keyboard, from 2025: F2 on the id, the new name, Enter, then File: Save All.
  await page.locator('.explorer-viewlet .pane-header').first().click(); // the folders pane back
  await openFromExplorer(page, 'plans/ha-noi/2025.yaml');
  const before = Object.fromEntries([2024, 2025, 2026].map((y) => [y, fs.readFileSync(path.join(opts.workspace, `plans/ha-noi/${y}.yaml`), 'utf8')]));
  const idLine = before[2025].split('\n').findIndex((l) => l === '  - id: grdp-growth') + 1;
  await page.click('.monaco-editor .view-lines');
  await goToLine(page, idLine);
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('F2');
  const input = page.locator('.rename-box input, .rename-box .rename-input').first();
  await input.waitFor({ state: 'visible', timeout: 20_000 });
  // Typed only once the box has the focus, as a person waits for it: keys pressed while it is
  // still opening go to the editor (Ctrl+A and the new name would replace the whole file).
  await page.waitForFunction(() => !!document.activeElement?.closest('.rename-box'), null, { timeout: 20_000 });
  await page.keyboard.press('Control+A');
  await page.keyboard.type('grdp-growth-rate');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => [...document.querySelectorAll('.monaco-editor .view-line')].some((l) => l.textContent.includes('grdp-growth-rate')), null, { timeout: 30_000 });
  await page.keyboard.press('Control+K');
  await page.keyboard.press('s');
  const read = (y) => fs.readFileSync(path.join(opts.workspace, `plans/ha-noi/${y}.yaml`), 'utf8');
  for (let i = 0; i < 100 && !read(2026).includes('- id: grdp-growth-rate\n'); i++) await page.waitForTimeout(200);
  const after = Object.fromEntries([2024, 2025, 2026].map((y) => [y, read(y)]));
  const renamed = {
    2024: after[2024] === before[2024],
    2025: after[2025] === before[2025].replace(/(?<=- id: |indicator: )grdp-growth(?=\n)/g, 'grdp-growth-rate'),
    2026: after[2026] === before[2026].replace(/(?<=- id: |indicator: )grdp-growth(?=\n)/g, 'grdp-growth-rate'),
  };
  log(`RENAME grdp-growth → grdp-growth-rate (F2 in 2025.yaml, saved): 2024 untouched ${renamed[2024]}, 2025 renamed ${renamed[2025]}, 2026 renamed ${renamed[2026]}`);
  return { hints, rows, renamed };
}

function checkRead(read) {
  const problems = read.problems.join('\n');
  const expect = [
    ['Problems: the missing CPI indicator', /Thiếu chỉ tiêu “cpi”/.test(problems) && /missing-indicator/.test(problems)],
    ['Problems: the mistyped target', /Chỉ tiêu “từ 11% trở” không đọc được/.test(problems)],
    ['hover: the adopted wording of resolution 58/NQ-HĐND', read.hover.includes('Nghị quyết số 58/NQ-HĐND ngày 10/12/2024') && read.hover.includes('4. Tốc độ tăng tổng kim ngạch xuất khẩu: 5% trở lên.') && read.hover.includes('phấn đấu kim ngạch xuất khẩu tăng từ 5% trở lên')],
    ['completion: last year’s CPI indicator', read.completion.some((r) => /^cpi\b/.test(r))],
    ['palette: "ke hoach" finds the three plan commands, in Vietnamese', ['Tạo kế hoạch năm sau', 'So sánh với năm trước', 'Xuất văn bản'].every((t) => read.palette.some((r) => r.includes(t)))],
    ['new year over an existing draft: asked first, and Enter (the default button) keeps the draft', /đã có/.test(read.dialog) && read.dialogButtons.includes('Ghi đè') && read.dialogFocused === 'Mở tệp hiện có' && read.draftKept],
    ['new year from a draft: the question says it is a draft, Enter (the default button) makes nothing, the explicit choice makes 2027', /là một dự thảo/.test(read.fromDraftDialog) && read.fromDraftFocused === 'Giữ nguyên' && read.fromDraftNothingMade && read.fromDraftMade],
  ];
  for (const [what, ok] of expect) log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  const failed = expect.filter(([, ok]) => !ok);
  if (failed.length) throw new Error(`--check: ${failed.map(([w]) => w).join('; ')}`);
}

async function main() {
  if (opts.vsix && !fs.existsSync(opts.vsix)) throw new Error(`no such .vsix: ${opts.vsix}`);
  if (!opts.vsix && !fs.existsSync(path.join(EXT_DIR, 'dist/extension.js'))) {
    throw new Error('dist/extension.js is missing: run `npm run build -w kehoach-vscode` first (or pass --vsix)');
  }
  loadPlaywright();
  const { bin } = await ensureCodeServer();
  session.startTimeout();
  const state = session.makeStateDir('kehoach-drive-');
  let draft;
  let pristine;
  if (opts.demo) ({ ws: opts.workspace, draft, pristine } = await makeDemoWorkspace(state));
  opts.workspace ||= REPO_ROOT;
  const target = path.join(opts.workspace, opts.file);
  if (!fs.existsSync(target)) throw new Error(`no such file in the workspace: ${target}`);
  const cs = await session.startCodeServer({ bin, state, workspace: opts.workspace, vsix: opts.vsix });
  const { page } = await session.launchBrowser({ state });
  if (DEBUG) page.on('console', m => console.error(`  [browser ${m.type()}]`, m.text().slice(0, 500)));
  fs.mkdirSync(opts.shots, { recursive: true });
  const failShot = path.join(opts.shots, opts.demo ? 'extension-fail.png' : 'workbench-fail.png');
  session.onFailure(async () => {
    await page.screenshot({ path: failShot });
    log(`failure screenshot: ${failShot}`);
  });

  const payload = opts.vsix ? [] : [['extensionDevelopmentPath', cs.remote(EXT_DIR)]];
  await page.goto(cs.url(opts.workspace, payload));
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  log(`workbench visible (extension ${opts.vsix ? `installed from ${path.basename(opts.vsix)}` : 'from extensionDevelopmentPath'})`);

  if (opts.navigate) {
    const read = await navigateSteps(page, draft);
    if (opts.check && (read.hints.length === 0 || !read.rows.some((r) => r.includes('chưa đặt chỉ tiêu')))) throw new Error('--check: no inlay hint or no item left to set');
    // Last year's target and result beside GRDP per capita, whole on the screen (not cut at 43 characters).
    if (opts.check && !read.hints.some((h) => h.includes('năm 2025: 172,4 triệu đồng trở lên') && h.replace(/\s+/g, ' ').endsWith('· ước thực hiện: 178 triệu đồng (đạt)'))) throw new Error(`--check: last year's result is not shown whole: ${read.hints.join(' | ')}`);
    if (opts.check && !Object.values(read.renamed).every(Boolean)) throw new Error(`--check: the rename did not write what it should: ${JSON.stringify(read.renamed)}`);
  } else if (opts.demo) {
    const read = await demoSteps(page, draft, pristine);
    if (opts.check) checkRead(read);
  } else {
    await openFromExplorer(page, opts.file);
    log(`opened ${opts.file} from the Explorer; language mode: ${await languageMode(page)}`);
    await page.waitForTimeout(1000); // let decorations settle before the picture
    const shot = path.join(opts.shots, 'workbench.png');
    await page.screenshot({ path: shot });
    log(`screenshot: ${path.relative(process.cwd(), shot) || shot}`);
  }
  return 0;
}

main().then(
  code => session.finish(code, 'RESULT: PASS'),
  e => session.finish(1, `RESULT: FAIL: ${e.message.split('\n')[0]}`),
);
