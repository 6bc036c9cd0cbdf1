#!/usr/bin/env node
// The packaged extension, as users get it: `npm run package` (vsce) makes kehoach-vscode-<version>.vsix,
// which is installed into a fresh code-server (`code-server --install-extension`), and the workbench
// driver checks its features there as a person would (--check: Problems, hover, completion; then,
// --navigate: the inlay hints, the left-to-set tree opened from the status bar, a rename typed after F2).
// Part of `npm run test:e2e`. Screenshots go to a temp folder (KEHOACH_E2E_KEEP=1 keeps it).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EXT_DIR } from './lib/session.mjs';

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: EXT_DIR, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

const { version, name } = JSON.parse(fs.readFileSync(path.join(EXT_DIR, 'package.json'), 'utf8'));
const vsix = path.join(EXT_DIR, `${name}-${version}.vsix`);
fs.rmSync(vsix, { force: true });
console.error('[test-vsix] npm run package');
run(process.execPath, [path.join(EXT_DIR, 'scripts/build.mjs')]);
run(process.execPath, [vsceBin(), 'package', '--no-dependencies', '--out', vsix]);
const kib = (fs.statSync(vsix).size / 1024).toFixed(1);
console.error(`[test-vsix] ${path.basename(vsix)} (${kib} KiB): installing into code-server and driving the workbench`);
const shots = fs.mkdtempSync(path.join(os.tmpdir(), 'kehoach-vsix-shots-'));
run(process.execPath, [path.join(EXT_DIR, 'scripts/drive-workbench.mjs'), '--demo', '--vsix', vsix, '--check', '--shots', shots]);
run(process.execPath, [path.join(EXT_DIR, 'scripts/drive-workbench.mjs'), '--navigate', '--vsix', vsix, '--check', '--shots', shots]);
if (process.env.KEHOACH_E2E_KEEP === '1') console.error(`[test-vsix] screenshots kept in ${shots}`);
else fs.rmSync(shots, { recursive: true, force: true });

function vsceBin() {
  // @vscode/vsce's CLI entry, wherever npm hoisted it.
  let dir = EXT_DIR;
  for (;;) {
    const bin = path.join(dir, 'node_modules/@vscode/vsce/vsce');
    if (fs.existsSync(bin)) return bin;
    const up = path.dirname(dir);
    if (up === dir) throw new Error('@vscode/vsce is not installed: run npm ci at the repository root');
    dir = up;
  }
}
