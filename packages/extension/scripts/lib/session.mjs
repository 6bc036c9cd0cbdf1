// Shared by run-e2e.mjs and drive-workbench.mjs: one "session" = a temp state folder, a code-server
// started detached on a free loopback port, a headless Debian chromium driven by playwright-core,
// and a cleanup that ALWAYS runs exactly once (success, failure, timeout, SIGINT, SIGTERM) and stops
// the code-server process group (extension host and file watchers included) and the browser.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, codeServerEnv } from '../install-code-server.mjs';

const require = createRequire(import.meta.url);
export const EXT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const sleep = ms => new Promise(r => setTimeout(r, ms));

/** User settings for a quiet, deterministic workbench. */
export const WORKBENCH_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'git.autoRepositoryDetection': false,
  'files.watcherExclude': { '**/node_modules/**': true, '**/.cache/**': true, '**/.git/objects/**': true },
};

export function loadPlaywright() {
  try {
    return require('playwright-core');
  } catch {
    throw new Error('playwright-core is not installed (a devDependency of kehoach-vscode): run `npm install` at the repository root');
  }
}

export class Session {
  /** @param {{ name: string, keep?: boolean, debug?: boolean, timeoutS?: number }} o */
  constructor({ name, keep = false, debug = false, timeoutS = 300 }) {
    Object.assign(this, { name, keep, debug, timeoutS });
    this.t0 = Date.now();
    this.cleanups = []; // run last-registered first
    this.failureHooks = []; // run before the cleanups when the exit code is not 0
    this.processGroups = new Set(); // detached children: SIGKILLed again synchronously on 'exit'
    this.finishing = false;
    process.on('SIGINT', () => this.finish(130, 'interrupted (SIGINT): stopping'));
    process.on('SIGTERM', () => this.finish(143, 'terminated (SIGTERM): stopping'));
    process.on('exit', () => {
      for (const pgid of this.processGroups) { try { process.kill(-pgid, 'SIGKILL'); } catch {} }
      killDescendants('SIGKILL');
    });
  }

  log(...a) {
    console.error(`[${this.name} +${((Date.now() - this.t0) / 1000).toFixed(1)}s]`, ...a);
  }

  onCleanup(fn) { this.cleanups.push(fn); }
  onFailure(fn) { this.failureHooks.push(fn); }

  /** Runs the failure hooks (if code != 0) and the cleanups once, then exits with code. */
  async finish(code, reason) {
    if (this.finishing) return;
    this.finishing = true;
    if (reason) this.log(reason);
    if (code !== 0) {
      this.keep = true;
      for (const fn of this.failureHooks) await Promise.race([Promise.resolve().then(fn).catch(() => {}), sleep(5000)]);
    }
    for (const fn of this.cleanups.reverse()) {
      await Promise.race([Promise.resolve().then(fn).catch(e => this.log('cleanup:', e.message)), sleep(15_000)]);
    }
    this.log(`exit ${code}`);
    process.exit(code);
  }

  /** From now on, the whole session must end within timeoutS seconds (exit 124 otherwise). */
  startTimeout() {
    this.timeoutStart = Date.now();
    setTimeout(() => this.finish(124, `TIMEOUT: took longer than ${this.timeoutS} s (KEHOACH_E2E_TIMEOUT)`), this.timeoutS * 1000);
  }

  /** A temp folder, removed at the end unless kept (--keep, or any failure). */
  makeStateDir(prefix) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    this.onCleanup(() => {
      if (this.keep) this.log(`state kept in ${dir} (code-server.log; screenshot on failure)`);
      else fs.rmSync(dir, { recursive: true, force: true });
    });
    return dir;
  }

  /** Start code-server (detached, own process group) on a free 127.0.0.1 port; resolves once /healthz is 200. */
  async startCodeServer({ bin, state, workspace, env = {}, vsix }) {
    const udd = path.join(state, 'udd');
    const extensionsDir = path.join(state, 'extensions');
    fs.mkdirSync(path.join(udd, 'User'), { recursive: true });
    fs.writeFileSync(path.join(udd, 'User/settings.json'), JSON.stringify(WORKBENCH_SETTINGS, null, 2));
    fs.writeFileSync(path.join(state, 'config.yaml'), 'auth: none\ncert: false\n');
    // EXTENSIONS_GALLERY={}: no marketplace (open-vsx) queries, which fail offline and fill the log.
    const fullEnv = { ...codeServerEnv(state), EXTENSIONS_GALLERY: '{}', ...env };
    const common = ['--user-data-dir', udd, '--extensions-dir', extensionsDir, '--config', path.join(state, 'config.yaml')];
    if (vsix) {
      const r = spawnSync(bin, [...common, '--install-extension', path.resolve(vsix)], { env: fullEnv, encoding: 'utf8', timeout: 120_000 });
      if (r.status !== 0) throw new Error(`code-server --install-extension ${vsix} failed:\n${r.stdout}${r.stderr}`);
      this.log(`installed ${path.basename(vsix)}`);
    }
    const port = await freePort();
    const logFile = path.join(state, 'code-server.log');
    const fd = fs.openSync(logFile, 'a');
    const child = spawn(bin, [
      '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
      '--disable-workspace-trust', '--disable-getting-started-override', '--disable-proxy', ...common, workspace,
    ], { env: fullEnv, stdio: ['ignore', fd, fd], detached: true });
    fs.closeSync(fd);
    this.processGroups.add(child.pid);
    this.onCleanup(() => this.killGroup(child, 'code-server'));
    let exitedWith = null;
    const exited = new Promise(r => child.once('exit', (c, s) => { exitedWith = s || c; r(`code-server exited (${exitedWith})`); }));
    const deadline = Date.now() + 60_000;
    while ((await httpStatus(`http://127.0.0.1:${port}/healthz`)) !== 200) {
      if (exitedWith !== null) throw new Error(`code-server exited (${exitedWith}) before it was healthy:\n${tail(logFile)}`);
      if (Date.now() > deadline) throw new Error(`code-server not healthy after 60 s:\n${tail(logFile)}`);
      await sleep(100);
    }
    this.log(`code-server up on 127.0.0.1:${port} (pid ${child.pid})`);
    const origin = `http://127.0.0.1:${port}`;
    return {
      port, child, logFile, exited, origin,
      /** A path on this machine as the workbench's remote URI. */
      remote: p => `vscode-remote://127.0.0.1:${port}${p}`,
      /** Workbench URL opening `folder`, with optional [name, value] payload entries (extensionDevelopmentPath, ...). */
      url: (folder, payload) => `${origin}/?folder=${encodeURIComponent(folder)}` +
        (payload && payload.length ? `&payload=${encodeURIComponent(JSON.stringify(payload))}` : ''),
    };
  }

  /** Headless Debian chromium (playwright-core) and one page; closed at cleanup. */
  async launchBrowser({ state, viewport = { width: 1400, height: 900 } }) {
    const { chromium } = loadPlaywright();
    const home = path.join(state, 'browser-home');
    fs.mkdirSync(home, { recursive: true });
    if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run node packages/extension/scripts/install-code-server.mjs (as root)`);
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false, // finish() closes it; playwright would exit first
      env: { ...process.env, HOME: home }, // Debian chromium writes ~/.config/chromium and ~/.cache/dconf otherwise
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    });
    this.onCleanup(() => browser.close());
    const page = await browser.newPage({ viewport });
    page.on('pageerror', e => { if (this.debug) console.error('  [pageerror]', e.message); });
    return { browser, page };
  }

  /** SIGTERM a detached child's process group, wait for it, then SIGKILL whatever of the group is left. */
  async killGroup(child, label) {
    const pgid = child.pid;
    if (!pgid) return;
    const exited = child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise(r => child.once('exit', r));
    try { process.kill(-pgid, 'SIGTERM'); } catch {}
    await Promise.race([exited, sleep(5000)]);
    for (let i = 0; i < 20 && alive(-pgid); i++) await sleep(100); // the leader may exit before its children
    try { process.kill(-pgid, 'SIGKILL'); } catch {}
    this.processGroups.delete(pgid);
    if (this.debug) this.log(`${label} process group ${pgid} stopped`);
  }
}

const alive = pid => { try { process.kill(pid, 0); return true; } catch { return false; } };

/** Kill every process below this one (safety net for children that left their process group). */
export function killDescendants(signal) {
  const r = spawnSync('ps', ['-e', '-o', 'pid=,ppid='], { encoding: 'utf8' });
  if (r.status !== 0) return;
  const kids = new Map();
  for (const line of r.stdout.trim().split('\n')) {
    const [pid, ppid] = line.trim().split(/\s+/).map(Number);
    if (!kids.has(ppid)) kids.set(ppid, []);
    kids.get(ppid).push(pid);
  }
  const all = [];
  const walk = p => { for (const c of kids.get(p) || []) { all.push(c); walk(c); } };
  walk(process.pid);
  for (const pid of all) { try { process.kill(pid, signal); } catch {} }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
  });
}

function httpStatus(url) {
  return new Promise(res => {
    const req = http.get(url, r => { r.resume(); res(r.statusCode); });
    req.on('error', () => res(0));
    req.setTimeout(2000, () => { req.destroy(); res(0); });
  });
}

export function tail(file, lines = 40) {
  try { return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n'); } catch { return ''; }
}
