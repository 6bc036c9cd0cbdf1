#!/usr/bin/env node
// Installs code-server 4.100.3 (= VS Code 1.100.3, server + web workbench; runs on Node 20) ON DEMAND
// into a cache folder, the way @vscode/test-electron keeps desktop VS Code in .vscode-test/.
// It is not a project dependency: nothing in package.json / package-lock.json refers to it.
//
//   node packages/extension/scripts/install-code-server.mjs          # install if needed, print the binary path
//   KEHOACH_CODE_SERVER_DIR=/some/dir node .../install-code-server.mjs
//
// Also makes sure Debian's chromium (the browser the tests drive), ripgrep (see the ripgrep workaround
// below), fonts-noto-mono and, for the install, node-pty's build toolchain are there (apt-get, as root).
// Exported: ensureCodeServer() -> { bin, dir, version }, ensureSystemPackages(), CHROMIUM, codeServerEnv().
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const CODE_SERVER_DIR = path.resolve(process.env.KEHOACH_CODE_SERVER_DIR || path.join(REPO_ROOT, '.cache/code-server'));
export const CHROMIUM = process.env.KEHOACH_CHROMIUM || '/usr/bin/chromium';
const RG = '/usr/bin/rg';
const BIN = path.join(CODE_SERVER_DIR, 'node_modules/.bin/code-server');
const MARKER = path.join(CODE_SERVER_DIR, '.installed');

// Debian packages: chromium (the browser), ripgrep (seed for @vscode/ripgrep), fonts-noto-mono (the
// default monospace font, DejaVu Sans Mono, lacks most Vietnamese letters: the editor would draw "ố" as
// "ô´" in screenshots), and, for the install only, what node-pty / kerberos need to compile in
// code-server's postinstall.
const RUN_PACKAGES = ['chromium', 'ripgrep', 'fonts-noto-mono'];
const BUILD_PACKAGES = ['python3', 'make', 'g++', 'pkg-config', 'libkrb5-dev'];

// @vscode/ripgrep (a dependency of code-server's bundled VS Code) downloads rg from GitHub in its
// postinstall unless $TMPDIR/vscode-ripgrep-cache-<pkg version>/<asset> already exists.
const RIPGREP_PKG_VERSION = '1.15.11';
const RIPGREP_RELEASE = 'v13.0.0-10';
const RIPGREP_TARGET = { x64: 'x86_64-unknown-linux-musl', arm64: 'aarch64-unknown-linux-musl' }[process.arch];

const log = (...a) => console.error('[install-code-server]', ...a);

/** Env for running code-server so that it writes nothing under ~ (it uses XDG dirs for its config). */
export function codeServerEnv(stateDir) {
  return {
    ...process.env,
    XDG_CONFIG_HOME: path.join(stateDir, 'xdg-config'),
    XDG_DATA_HOME: path.join(stateDir, 'xdg-data'),
    XDG_CACHE_HOME: path.join(stateDir, 'xdg-cache'),
  };
}

/** `code-server --version` (first line), or null if the binary is missing or broken. */
function installedVersion() {
  if (!fs.existsSync(BIN)) return null;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'code-server-version-'));
  try {
    const r = spawnSync(BIN, ['--version'], { env: codeServerEnv(tmp), encoding: 'utf8', timeout: 60_000 });
    if (r.status !== 0) return null;
    const line = (r.stdout || '').trim().split('\n').pop() || '';
    return line.startsWith(CODE_SERVER_VERSION) ? line : null;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function dpkgInstalled(pkg) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return r.status === 0 && /install ok installed/.test(r.stdout);
}

function run(cmd, args, opts = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], ...opts });
    let timer;
    if (opts.timeoutMs) {
      timer = setTimeout(() => {
        try { child.kill('SIGTERM'); } catch {}
        reject(new Error(`${cmd} ${args.join(' ')}: timed out after ${opts.timeoutMs / 1000}s`));
      }, opts.timeoutMs);
    }
    child.on('error', e => { clearTimeout(timer); reject(e); });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')}: exited with ${signal || code}`));
    });
  });
}

/** apt-get install (after apt-get update) whatever of RUN_PACKAGES (+ BUILD_PACKAGES) is missing. */
export async function ensureSystemPackages({ needBuildTools = false } = {}) {
  const runPackages = process.env.KEHOACH_CHROMIUM ? RUN_PACKAGES.filter(p => p !== 'chromium') : RUN_PACKAGES;
  const wanted = needBuildTools ? [...runPackages, ...BUILD_PACKAGES] : runPackages;
  const missing = wanted.filter(p => !dpkgInstalled(p));
  if (missing.length === 0) {
    if (!fs.existsSync(CHROMIUM) || !fs.existsSync(RG)) throw new Error(`${CHROMIUM} or ${RG} is missing although chromium and ripgrep are installed`);
    return;
  }
  if (process.getuid && process.getuid() !== 0) {
    const hint = `apt-get update && apt-get install -y --no-install-recommends ${missing.join(' ')}`;
    if (fs.existsSync(CHROMIUM) && fs.existsSync(RG) && !needBuildTools) return log(`warning: missing ${missing.join(' ')} (as root: ${hint})`);
    throw new Error(`missing Debian packages: ${missing.join(' ')}; as root: ${hint}`);
  }
  log('apt-get install', missing.join(' '));
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const quiet = { stdio: ['ignore', 'ignore', 'inherit'], env, timeoutMs: 900_000 };
  await run('apt-get', ['update', '-q'], quiet);
  await run('apt-get', ['install', '-y', '-q', '--no-install-recommends', ...missing], quiet);
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} still missing after apt-get install chromium`);
  if (!fs.existsSync(RG)) throw new Error(`${RG} still missing after apt-get install ripgrep`);
}

/** Install code-server into CODE_SERVER_DIR unless a working install of the right version is there. */
export async function ensureCodeServer({ quiet = false } = {}) {
  let version = fs.existsSync(MARKER) ? installedVersion() : null;
  if (version) {
    await ensureSystemPackages(); // the browser may still be missing on a machine that kept the cache
    return { bin: BIN, dir: CODE_SERVER_DIR, version };
  }
  const t0 = Date.now();
  log(`installing code-server@${CODE_SERVER_VERSION} into ${CODE_SERVER_DIR} (one-time, ~40 s, ~300 MB)`);
  if (process.platform !== 'linux' || !RIPGREP_TARGET) throw new Error(`unsupported platform ${process.platform}/${process.arch}`);
  await ensureSystemPackages({ needBuildTools: true });

  // Start from a clean folder: a previous install may have been interrupted half-way.
  fs.rmSync(CODE_SERVER_DIR, { recursive: true, force: true });
  fs.mkdirSync(CODE_SERVER_DIR, { recursive: true });
  fs.writeFileSync(path.join(CODE_SERVER_DIR, 'package.json'),
    JSON.stringify({ name: 'kehoach-code-server-cache', private: true, description: 'on-demand e2e install; see packages/extension/scripts/install-code-server.mjs' }, null, 2) + '\n');

  // ripgrep workaround: seed @vscode/ripgrep's download cache with Debian's rg.
  const seed = fs.mkdtempSync(path.join(os.tmpdir(), 'kehoach-rg-seed-'));
  try {
    const cacheDir = path.join(seed, `vscode-ripgrep-cache-${RIPGREP_PKG_VERSION}`);
    const stage = path.join(seed, 'stage');
    fs.mkdirSync(cacheDir, { recursive: true });
    fs.mkdirSync(stage);
    fs.copyFileSync(RG, path.join(stage, 'rg'));
    fs.chmodSync(path.join(stage, 'rg'), 0o755);
    await run('tar', ['czf', path.join(cacheDir, `ripgrep-${RIPGREP_RELEASE}-${RIPGREP_TARGET}.tar.gz`), '-C', stage, 'rg']);

    // Drop the npm_* variables of an outer `npm run` (npm_config_workspace etc. would leak into this install).
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
    Object.assign(env, {
      TMPDIR: seed,
      npm_config_yes: 'true', // node-pty's install runs `npx node-gyp`; npm may be configured with yes=false
      npm_config_update_notifier: 'false',
    });
    await run('npm', ['install', '--unsafe-perm', '--no-audit', '--no-fund', '--loglevel=error',
      `code-server@${CODE_SERVER_VERSION}`], {
      cwd: CODE_SERVER_DIR, env, timeoutMs: Number(process.env.KEHOACH_CODE_SERVER_INSTALL_TIMEOUT || 900) * 1000,
      stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'inherit'],
    });
  } finally {
    fs.rmSync(seed, { recursive: true, force: true });
  }
  version = installedVersion();
  if (!version) throw new Error(`code-server installed into ${CODE_SERVER_DIR} but \`code-server --version\` fails`);
  fs.writeFileSync(MARKER, version + '\n');
  log(`installed ${version} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return { bin: BIN, dir: CODE_SERVER_DIR, version };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  ensureCodeServer().then(
    ({ bin, version }) => { log(`ok: ${version}`); console.log(bin); },
    e => { log('FAILED:', e.message); process.exit(1); },
  );
}
