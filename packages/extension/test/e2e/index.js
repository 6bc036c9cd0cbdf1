// Suite index: the usual @vscode/test-electron shape. VS Code (desktop, or code-server's extension
// host under scripts/run-e2e.mjs) requires this file inside the real extension host and calls run().
// Runs every *.test.js below this folder with mocha (TDD interface: suite/test/suiteSetup).
// KEHOACH_E2E_GREP (if set in the launcher's environment) filters tests by title.
const fs = require('fs');
const path = require('path');
const util = require('util');

// Under code-server the extension host's console reaches the launcher only through the browser
// page's console, mixed with the workbench's own log: the launcher sets KEHOACH_E2E_TAG and prints
// just the lines that carry it. VS Code makes console.log & co. non-writable in the extension host,
// so the global console object itself is replaced, before mocha loads (its reporters keep a
// reference to console.log). Desktop VS Code (test-electron) prints the extension host's stdout as is.
if (process.env.KEHOACH_E2E_TAG) {
  const tag = process.env.KEHOACH_E2E_TAG;
  const base = globalThis.console;
  const tagged = Object.create(base);
  for (const level of ['log', 'info', 'warn', 'error', 'debug', 'trace']) {
    // defineProperty: a plain assignment would hit the inherited no-op setter.
    Object.defineProperty(tagged, level, { value: (...args) => base[level](tag + util.format(...args)), writable: true, configurable: true });
  }
  globalThis.console = tagged;
}

function loadMocha() {
  // mocha 11 (CommonJS): require() gives the class. Not mocha 12: it is ESM inside and needs Node's
  // require(esm) (>= 20.19), which desktop VS Code's Electron extension host may not have. Were it
  // mocha 12, require('mocha').Mocha would be the class.
  const m = require('mocha');
  return typeof m === 'function' ? m : m.Mocha;
}

function findTests(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(e => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === 'screenshots' ? [] : findTests(p);
    return e.name.endsWith('.test.js') ? [p] : [];
  }).sort();
}

exports.run = function run() {
  const Mocha = loadMocha();
  const mocha = new Mocha({ ui: 'tdd', reporter: 'spec', color: false, timeout: 20000, slow: 2000 });
  if (process.env.KEHOACH_E2E_GREP) mocha.grep(process.env.KEHOACH_E2E_GREP);
  for (const f of findTests(__dirname)) mocha.addFile(f);
  return new Promise((resolve, reject) => {
    const runner = mocha.run(failures => {
      const s = runner.stats || {};
      // One plain summary line (after mocha's own "N passing / N failing / N pending" lines).
      console.log(`e2e: ${s.passes || 0} passed, ${s.failures || 0} failed, ${s.pending || 0} skipped`);
      failures ? reject(new Error(`${failures} test(s) failed`)) : resolve();
    });
  });
};
