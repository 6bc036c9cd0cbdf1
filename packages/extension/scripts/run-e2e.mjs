#!/usr/bin/env node
// Runs the extension's e2e suite (test/e2e/index.js, mocha) inside a REAL VS Code extension host.
//
//   npm run build -w kehoach-vscode && npm run test:e2e -w kehoach-vscode
//   node packages/extension/scripts/run-e2e.mjs [--workspace DIR] [--tests INDEX.js] [--keep]
//
// Launchers (env KEHOACH_E2E_LAUNCHER):
//   code-server (default)  code-server 4.100.3 = VS Code 1.100.3 (installed on demand into .cache/code-server,
//                          see install-code-server.mjs), its web workbench opened in Debian's headless chromium
//                          through playwright-core. Works on machines that only reach npm + Debian.
//   electron               desktop VS Code through @vscode/test-electron's runTests (downloads VS Code into
//                          .vscode-test/; needs a display or xvfb-run on Linux). Version: KEHOACH_VSCODE_VERSION
//                          (default 1.100.3, the engines.vscode floor), or KEHOACH_VSCODE_EXECUTABLE (a local
//                          VS Code binary: no download).
//
// Workspace folder: the repository root unless --workspace. Other env: KEHOACH_E2E_TIMEOUT (seconds,
// default 300, for the whole run after the one-time install), KEHOACH_E2E_GREP (mocha grep),
// KEHOACH_E2E_KEEP=1 (= --keep: keep the temp state dir with code-server.log), KEHOACH_E2E_DEBUG=1
// (print the workbench's whole log and browser console), KEHOACH_CODE_SERVER_DIR, KEHOACH_CHROMIUM.
// It builds nothing: dist/extension.js must exist. Exit code = the suite's (0 = all passed); 124 on
// timeout, 130 on SIGINT. On failure the state dir is kept, with screenshot.png of the workbench.
// code-server (extension host and watchers included) and the browser are always stopped.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { REPO_ROOT, ensureCodeServer } from './install-code-server.mjs';
import { EXT_DIR, Session, killDescendants, loadPlaywright, tail } from './lib/session.mjs';

const require = createRequire(import.meta.url);

function parseArgs(argv) {
  const o = { workspace: REPO_ROOT, tests: path.join(EXT_DIR, 'test/e2e/index.js'), keep: process.env.KEHOACH_E2E_KEEP === '1' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => { const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i]; if (!v) usage(`${a} needs a value`); return v; };
    if (a === '--workspace' || a.startsWith('--workspace=')) o.workspace = path.resolve(val());
    else if (a === '--tests' || a.startsWith('--tests=')) o.tests = path.resolve(val());
    else if (a === '--keep') o.keep = true;
    else if (a === '--help' || a === '-h') usage();
    else usage(`unknown argument ${a}`);
  }
  return o;
}
function usage(err) {
  if (err) console.error(`run-e2e: ${err}`);
  console.error('usage: node scripts/run-e2e.mjs [--workspace DIR] [--tests INDEX.js] [--keep]  (see the header of this file)');
  process.exit(err ? 2 : 0);
}

const opts = parseArgs(process.argv.slice(2));
const LAUNCHER = process.env.KEHOACH_E2E_LAUNCHER || 'code-server';
const DEBUG = process.env.KEHOACH_E2E_DEBUG === '1';
// Marks the suite's console lines: test/e2e/index.js prefixes them when KEHOACH_E2E_TAG is set.
const E2E_TAG = '[kehoach-e2e] ';
const session = new Session({ name: 'e2e', keep: opts.keep, debug: DEBUG, timeoutS: Number(process.env.KEHOACH_E2E_TIMEOUT || 300) });
const log = (...a) => session.log(...a);

// ---- code-server ---------------------------------------------------------------------------------
async function runInCodeServer() {
  loadPlaywright(); // fail early with a clear message
  const { bin, version } = await ensureCodeServer();
  log(`code-server ${version.split(' ')[0]} (VS Code ${version.split(' ').pop()}), workspace ${opts.workspace}`);
  session.startTimeout();
  const state = session.makeStateDir('kehoach-e2e-');
  // The extension host inherits code-server's environment (KEHOACH_E2E_GREP too).
  const cs = await session.startCodeServer({ bin, state, workspace: opts.workspace, env: { KEHOACH_E2E_TAG: E2E_TAG } });
  const { page } = await session.launchBrowser({ state });

  let resolveExit, suiteLines = 0;
  const suiteExit = new Promise(r => { resolveExit = r; });
  // The workbench calls these while it runs extension tests: the exit code, and its own log.
  await page.exposeFunction('codeAutomationExit', code => resolveExit(code));
  await page.exposeFunction('codeAutomationLog', (level, message) => {
    if (String(message).includes(E2E_TAG)) return; // the suite's lines: printed from the page console below
    if (DEBUG || level === 'error') console.error(`  [workbench ${level}]`, String(message).slice(0, 2000));
  });
  // The extension host's console (mocha's reporter included) reaches the page's console through the
  // workbench's log ("%c INFO", css, text), mixed with the workbench's own lines: keep the tagged ones.
  page.on('console', msg => {
    const text = msg.text();
    const at = text.indexOf(E2E_TAG);
    if (at >= 0) {
      suiteLines++;
      const out = msg.type() === 'error' || msg.type() === 'warning' ? process.stderr : process.stdout;
      return void out.write(text.slice(at + E2E_TAG.length) + '\n');
    }
    if (DEBUG) console.error(`  [browser ${msg.type()}]`, text.slice(0, 2000));
  });
  const crashed = new Promise(r => page.once('crash', () => r('the browser page crashed')));
  session.onFailure(() => page.screenshot({ path: path.join(state, 'screenshot.png') }));

  await page.goto(cs.url(opts.workspace, [
    ['extensionDevelopmentPath', cs.remote(EXT_DIR)],
    ['extensionTestsPath', cs.remote(opts.tests)],
  ]));
  log('workbench loaded; running the suite in the extension host');

  const result = await Promise.race([suiteExit, cs.exited, crashed]);
  if (session.finishing) return new Promise(() => {}); // timeout or signal: finish() owns the exit
  if (typeof result !== 'number') {
    log(`FAILED: ${result}\n${tail(cs.logFile)}`);
    return 1;
  }
  log(`suite finished: codeAutomationExit(${result})`);
  if (suiteLines === 0) {
    log('no suite output captured: a tests index must tag its console lines as test/e2e/index.js does (KEHOACH_E2E_DEBUG=1 shows everything)');
  }
  return result;
}

// ---- @vscode/test-electron -------------------------------------------------------------------------
async function runInElectron() {
  const { runTests, TestRunFailedError } = require('@vscode/test-electron');
  session.startTimeout();
  const state = session.makeStateDir('kehoach-e2e-electron-');
  session.onCleanup(() => killDescendants('SIGKILL')); // runTests gives no handle on VS Code's process
  const version = process.env.KEHOACH_VSCODE_VERSION || '1.100.3';
  const executable = process.env.KEHOACH_VSCODE_EXECUTABLE; // a VS Code already on this machine: no download
  // runTests adds --no-sandbox --disable-gpu-sandbox --disable-updates --skip-welcome --skip-release-notes
  // --disable-workspace-trust and --extensionDevelopmentPath / --extensionTestsPath.
  const launchArgs = [opts.workspace, '--disable-extensions',
    `--user-data-dir=${path.join(state, 'udd')}`, `--extensions-dir=${path.join(state, 'extensions')}`];
  log(`desktop VS Code ${executable || version} via @vscode/test-electron, workspace ${opts.workspace}`);
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    log('warning: no DISPLAY; on Linux run this under `xvfb-run -a` (apt-get install xvfb)');
  }
  try {
    await runTests({
      ...(executable ? { vscodeExecutablePath: executable } : { version }),
      extensionDevelopmentPath: EXT_DIR,
      extensionTestsPath: opts.tests,
      launchArgs,
      cachePath: path.join(REPO_ROOT, '.vscode-test'),
    });
    return 0;
  } catch (e) {
    if (e instanceof TestRunFailedError) return typeof e.code === 'number' && e.code !== 0 ? e.code : 1;
    log(`FAILED: ${e.message}`);
    return 1;
  }
}

async function main() {
  if (!fs.existsSync(path.join(EXT_DIR, 'dist/extension.js'))) {
    throw new Error('dist/extension.js is missing: run `npm run build -w kehoach-vscode` first');
  }
  if (!fs.existsSync(opts.tests)) throw new Error(`tests index not found: ${opts.tests}`);
  if (!fs.statSync(opts.workspace, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`workspace is not a folder: ${opts.workspace}`);
  if (LAUNCHER === 'code-server') return runInCodeServer();
  if (LAUNCHER === 'electron') return runInElectron();
  throw new Error(`KEHOACH_E2E_LAUNCHER must be code-server or electron, not ${LAUNCHER}`);
}

main().then(
  code => session.finish(code),
  e => session.finish(1, `ERROR: ${e.message}`),
);
