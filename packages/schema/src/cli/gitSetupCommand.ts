import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../diagnostics/types.js';
import { t } from '../messages/index.js';
import { accessScope, readInScope, writeRefusal } from '../io/fileAccess.js';
import { writeFileAtomic } from './writeAtomic.js';

/** The line of .gitattributes that routes plan files to the kehoach diff driver. */
export const ATTRIBUTES_LINE = 'plans/**/*.yaml diff=kehoach';

export interface GitSetupOptions {
  cwd: string;
  lang: Lang;
  out: (s: string) => void;
  err: (s: string) => void;
  /** The kehoach entry point the driver runs; default this package's bin/kehoach.js. */
  bin?: string;
  /** The node that runs it; default this one. */
  node?: string;
}

/**
 * `kehoach git-setup`: makes `git diff` (and `git log -p --ext-diff`) on plan files show the
 * semantic diff. Sets `diff.kehoach.command` in the repository's own config to this node and
 * this kehoach by absolute path (so it works from any directory of the repository, and from
 * git's own working directory), and checks that .gitattributes routes plan files to it, adding
 * the line if it is missing.
 */
export async function gitSetupCommand(o: GitSetupOptions): Promise<number> {
  const top = await git(['rev-parse', '--show-toplevel'], o.cwd);
  if (!top.ok) {
    o.err(t('cli.git-setup-not-repo', o.lang, { detail: top.output }) + '\n');
    return 2;
  }
  const root = top.output;
  // .gitattributes first, so that a refusal changes nothing (the git config included): read and
  // written only as the file-access policy allows (io/fileAccess.ts), never through a link
  // leading out of the repository, never a FIFO or a device.
  const attributes = join(root, '.gitattributes');
  const scope = accessScope(root);
  const refused = writeRefusal(scope, attributes);
  if (refused) {
    const key = refused.reason === 'OUTSIDE' ? 'cli.git-setup-outside' : 'cli.write-not-regular';
    o.err(t(key, o.lang, { path: '.gitattributes', target: refused.target }) + '\n');
    return 2;
  }
  const read = readInScope(scope, attributes);
  if (!read.ok && read.reason !== 'ENOENT') {
    o.err(t('cli.read-error', o.lang, { path: '.gitattributes', detail: read.reason }) + '\n');
    return 2;
  }
  const text = read.ok ? new TextDecoder('utf-8').decode(read.bytes) : '';

  const command = `${shellQuote(o.node ?? process.execPath)} ${shellQuote(o.bin ?? kehoachBin())} diff --git-driver`;
  const set = await git(['config', '--local', 'diff.kehoach.command', command], root);
  if (!set.ok) {
    o.err(t('cli.git-setup-failed', o.lang, { detail: set.output }) + '\n');
    return 2;
  }
  o.out(t('cli.git-setup-command', o.lang, { command }) + '\n');

  if (hasAttributesLine(text)) {
    o.out(t('cli.git-setup-attributes-ok', o.lang, { line: ATTRIBUTES_LINE }) + '\n');
  } else {
    const next = text + (text && !text.endsWith('\n') ? '\n' : '') + ATTRIBUTES_LINE + '\n';
    await writeFileAtomic(attributes, next, { overwrite: true });
    o.out(t('cli.git-setup-attributes-added', o.lang, { line: ATTRIBUTES_LINE }) + '\n');
  }
  o.out(t('cli.git-setup-done', o.lang) + '\n');
  return 0;
}

/** Whether .gitattributes routes `plans/**\/*.yaml` to the kehoach driver. */
export function hasAttributesLine(text: string): boolean {
  return text.split(/\r?\n/).some((line) => {
    const [pattern, ...attrs] = line.trim().split(/\s+/);
    return pattern === 'plans/**/*.yaml' && attrs.includes('diff=kehoach');
  });
}

/** bin/kehoach.js of this package, found from this module (src/cli/ or the bundled dist/). */
export function kehoachBin(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === '@kehoach/schema') return join(dir, 'bin', 'kehoach.js');
    dir = dirname(dir);
  }
  throw new Error('cannot find the @kehoach/schema package');
}

/** Quotes for the POSIX shell git runs the driver command through. */
export function shellQuote(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

function git(args: string[], cwd: string): Promise<{ ok: boolean; output: string }> {
  return new Promise((done) => {
    execFile('git', args, { cwd }, (error, stdout, stderr) => {
      if (error) done({ ok: false, output: (String(stderr).trim() || error.message).split('\n')[0]! });
      else done({ ok: true, output: String(stdout).trim() });
    });
  });
}
