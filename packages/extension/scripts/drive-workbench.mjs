#!/usr/bin/env node
// Drives the real VS Code workbench (code-server + headless chromium) "as a person would": opens a
// file from the Explorer, and takes a screenshot. A starting point: add hover / completion / Problems
// steps in `steps()` below (see /work/shared/reference/real-vscode/drive-workbench-dom.js for selectors).
//
//   npm run build -w kehoach-vscode
//   node packages/extension/scripts/drive-workbench.mjs [FILE] [SCREENSHOT.png] [--workspace DIR] [--vsix X.vsix] [--keep]
//
// FILE: relative to the workspace (default plans/ha-noi/2025.yaml); SCREENSHOT default
// packages/extension/test/e2e/screenshots/workbench.png (a failure also writes ...-fail.png).
// The extension is loaded from this package through extensionDevelopmentPath (dist/ must be built),
// or, with --vsix, installed from the packaged .vsix (what users get). Env as in run-e2e.mjs:
// KEHOACH_E2E_TIMEOUT (default 300 s), KEHOACH_E2E_DEBUG=1, KEHOACH_CODE_SERVER_DIR, KEHOACH_CHROMIUM.
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, ensureCodeServer } from './install-code-server.mjs';
import { EXT_DIR, Session, loadPlaywright } from './lib/session.mjs';

function parseArgs(argv) {
  const o = { workspace: REPO_ROOT, vsix: null, keep: process.env.KEHOACH_E2E_KEEP === '1', positional: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => { const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i]; if (!v) usage(`${a} needs a value`); return v; };
    if (a === '--workspace' || a.startsWith('--workspace=')) o.workspace = path.resolve(val());
    else if (a === '--vsix' || a.startsWith('--vsix=')) o.vsix = path.resolve(val());
    else if (a === '--keep') o.keep = true;
    else if (a === '--help' || a === '-h') usage();
    else if (a.startsWith('-')) usage(`unknown option ${a}`);
    else o.positional.push(a);
  }
  if (o.positional.length > 2) usage('too many arguments');
  o.file = (o.positional[0] || 'plans/ha-noi/2025.yaml').split(path.sep).join('/');
  o.screenshot = path.resolve(o.positional[1] || path.join(EXT_DIR, 'test/e2e/screenshots/workbench.png'));
  return o;
}
function usage(err) {
  if (err) console.error(`drive-workbench: ${err}`);
  console.error('usage: node scripts/drive-workbench.mjs [FILE] [SCREENSHOT.png] [--workspace DIR] [--vsix X.vsix] [--keep]');
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

// ---- the script -----------------------------------------------------------------------------------------
async function steps(page) {
  await openFromExplorer(page, opts.file);
  log(`opened ${opts.file} from the Explorer; language mode: ${await languageMode(page)}`);
  // Feature steps go here, e.g. (selectors from the reference drive-workbench-dom.js):
  //   squiggles: page.waitForSelector('.monaco-editor .squiggly-error')
  //   Problems:  page.keyboard.press('Control+Shift+M'); rows '.markers-panel .monaco-list-row'
  //   hover:     locator('.monaco-editor .view-line span span', { hasText }).hover(); '.monaco-hover'
  //   complete:  page.keyboard.press('Control+Space'); rows '.suggest-widget .monaco-list-row'
  await page.waitForTimeout(1000); // let decorations / semantic colouring settle before the picture
}

async function main() {
  const target = path.join(opts.workspace, opts.file);
  if (!fs.existsSync(target)) throw new Error(`no such file in the workspace: ${target}`);
  if (opts.vsix && !fs.existsSync(opts.vsix)) throw new Error(`no such .vsix: ${opts.vsix}`);
  if (!opts.vsix && !fs.existsSync(path.join(EXT_DIR, 'dist/extension.js'))) {
    throw new Error('dist/extension.js is missing: run `npm run build -w kehoach-vscode` first (or pass --vsix)');
  }
  loadPlaywright();
  const { bin } = await ensureCodeServer();
  session.startTimeout();
  const state = session.makeStateDir('kehoach-drive-');
  const cs = await session.startCodeServer({ bin, state, workspace: opts.workspace, vsix: opts.vsix });
  const { page } = await session.launchBrowser({ state });
  if (DEBUG) page.on('console', m => console.error(`  [browser ${m.type()}]`, m.text().slice(0, 500)));
  const failShot = opts.screenshot.replace(/(\.png)?$/i, '-fail.png');
  session.onFailure(async () => {
    fs.mkdirSync(path.dirname(failShot), { recursive: true });
    await page.screenshot({ path: failShot });
    log(`failure screenshot: ${failShot}`);
  });

  const payload = opts.vsix ? [] : [['extensionDevelopmentPath', cs.remote(EXT_DIR)]];
  await page.goto(cs.url(opts.workspace, payload));
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  log(`workbench visible (extension ${opts.vsix ? `from ${path.basename(opts.vsix)}` : 'from extensionDevelopmentPath'})`);

  await steps(page);

  fs.mkdirSync(path.dirname(opts.screenshot), { recursive: true });
  await page.screenshot({ path: opts.screenshot });
  log(`screenshot: ${path.relative(process.cwd(), opts.screenshot) || opts.screenshot}`);
  return 0;
}

main().then(
  code => session.finish(code, 'RESULT: PASS'),
  e => session.finish(1, `RESULT: FAIL: ${e.message.split('\n')[0]}`),
);
