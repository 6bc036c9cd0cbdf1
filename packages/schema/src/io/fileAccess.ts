// The one file-access policy on disk. Every reader and writer of the CLI and the CI scripts goes
// through it (the editor applies the same rules, src/io/filePolicy.ts, to its workspace):
//
//   - only a regular file of bounded size is read (a FIFO, socket, device or directory is refused
//     from its stat, unread; the size is checked before a byte is read, and never more is read);
//   - what a file names (a plan's `baseline:`, a link under plans/) is read, walked or written
//     only inside the scope: the repository (the git work tree containing the working
//     directory, else the working directory) and the repositories of the paths the user named
//     on the command line. A path is judged by where it really leads: every symbolic link
//     followed, those to nothing included, so a link cannot lead out and a missing file
//     outside is refused like an existing one (no existence oracle);
//   - a write replaces a regular file or creates one, never a FIFO, device or directory, and
//     never lands outside the scope through a link, unless the user named that exact path.

import { closeSync, constants, fstatSync, lstatSync, openSync, readlinkSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { MAX_FILE_BYTES } from '../parse/readText.js';
import { writeFileAtomic, type AtomicWriteOptions, type WriteResult } from './atomicWrite.js';
import { isWithin, readRefusal, type ReadRefusalReason } from './filePolicy.js';

export { isWithin, readRefusal, type ReadRefusalReason } from './filePolicy.js';

export type FileRead = { ok: true; bytes: Buffer } | { ok: false; reason: ReadRefusalReason; size?: number };

const facts = (st: Stats) => ({ kind: st.isFile() ? ('file' as const) : st.isDirectory() ? ('directory' as const) : ('other' as const), size: st.size });

/**
 * The bytes of the regular file at `path`, at most `maxBytes`: stat first (anything else is
 * refused unopened), then one descriptor, opened without blocking, checked again (the path may
 * have changed in between) and read up to the size it reports, never more. Synchronous (a plan is
 * read whole anyway, and the engine is synchronous). No scope: for a path the user named.
 */
export function readRegularFile(path: string, maxBytes = MAX_FILE_BYTES, o: { noFollow?: boolean } = {}): FileRead {
  let fd: number | undefined;
  try {
    let st: Stats;
    try {
      st = statSync(path);
    } catch (e) {
      // A symbolic link to nothing: say so rather than "no such file" for a name that is there.
      if ((e as NodeJS.ErrnoException).code === 'ENOENT' && isLink(path)) return { ok: false, reason: 'BROKEN_LINK' };
      throw e;
    }
    const refused = refusal(st, maxBytes);
    if (refused) return refused;
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (o.noFollow ? (constants.O_NOFOLLOW ?? 0) : 0));
    const now = fstatSync(fd);
    const changed = refusal(now, maxBytes);
    if (changed) return changed;
    const bytes = Buffer.allocUnsafe(now.size);
    let filled = 0;
    while (filled < bytes.length) {
      const n = readSync(fd, bytes, filled, bytes.length - filled, null);
      if (n === 0) break;
      filled += n;
    }
    return { ok: true, bytes: bytes.subarray(0, filled) };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return { ok: false, reason: err.code ?? err.message };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function refusal(st: Stats, maxBytes: number): FileRead | undefined {
  const reason = readRefusal(facts(st), maxBytes);
  return reason ? { ok: false, reason, ...(reason === 'TOO_LARGE' ? { size: st.size } : {}) } : undefined;
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * Where kehoach may read and write without being told: real paths of folders. Plain data, so
 * that worker threads receive it as it is.
 */
export interface AccessScope {
  roots: string[];
}

/** The git work tree containing `dir` (the nearest folder with a `.git` entry), else undefined. */
export function gitWorkTree(dir: string): string | undefined {
  for (let d = resolve(dir); ; d = dirname(d)) {
    try {
      lstatSync(join(d, '.git'));
      return d;
    } catch {
      // not here; look further up
    }
    if (dirname(d) === d) return undefined;
  }
}

/** The repository of `cwd`, as kehoach means it: the git work tree containing it, else `cwd`. */
export function repositoryRoot(cwd: string): string {
  return gitWorkTree(cwd) ?? resolve(cwd);
}

/**
 * The scope of a command run in `cwd` on the paths the user `named` (files or folders): the
 * repository, and for each named path the git work tree containing it (else the folder itself,
 * or a named file's folder), and a named folder itself wherever it really is (the user chose to
 * walk it).
 */
export function accessScope(cwd: string, named: readonly string[] = []): AccessScope {
  const roots = new Set<string>([realOr(repositoryRoot(cwd))]);
  for (const p of named) {
    const abs = resolve(cwd, p);
    let dir = false;
    try {
      dir = statSync(abs).isDirectory();
    } catch {
      // missing or unreadable: its folder, as for a file (its own read says what is wrong)
    }
    const folder = dir ? abs : dirname(abs);
    roots.add(realOr(gitWorkTree(folder) ?? folder));
    if (dir) roots.add(realOr(abs));
  }
  return { roots: [...roots] };
}

/**
 * Where `path` really leads: every symbolic link followed, links to nothing too; undefined when
 * that cannot be told (a chain of links too long or tangled: 40 links, 4.000 steps).
 */
export function realTarget(path: string): string | undefined {
  const budget = { links: 40, steps: 4000 };
  try {
    return follow(resolve(path), budget);
  } catch (e) {
    if (e === TANGLED) return undefined;
    throw e;
  }
}

const TANGLED = Symbol('tangled');

function follow(path: string, budget: { links: number; steps: number }): string {
  if (--budget.steps < 0) throw TANGLED;
  try {
    return realpathSync(path);
  } catch {
    // Missing (or a link to nothing): the real folder above it, then this name, followed if a link.
  }
  const parent = dirname(path);
  if (parent === path) return path;
  const real = join(follow(parent, budget), basename(path));
  let link: string | undefined;
  try {
    if (lstatSync(real).isSymbolicLink()) link = readlinkSync(real);
  } catch {
    // nothing there: the path as it would be created
  }
  if (link === undefined) return real;
  if (--budget.links < 0) throw TANGLED;
  return follow(isAbsolute(link) ? link : resolve(dirname(real), link), budget);
}

const within = (scope: AccessScope, real: string | undefined) => real !== undefined && scope.roots.some((root) => isWithin(root, real));

/** Whether `path` leads to a place inside the scope (links followed). */
export function inScope(scope: AccessScope, path: string): boolean {
  return within(scope, realTarget(path));
}

/**
 * A file a plan or a folder names (a baseline, a file reached through a link): read only when it
 * leads inside the scope, and then as readRegularFile reads (at its real path: no link is
 * followed after the check).
 */
export function readInScope(scope: AccessScope, path: string, maxBytes = MAX_FILE_BYTES): FileRead {
  const real = realTarget(path);
  if (real === undefined || !within(scope, real)) return { ok: false, reason: 'OUTSIDE' };
  const read = readRegularFile(real, maxBytes, { noFollow: true });
  // A link to nothing inside the scope: its real path is missing; say what the name is.
  return !read.ok && read.reason === 'ENOENT' && isLink(path) ? { ok: false, reason: 'BROKEN_LINK' } : read;
}

/** Why a write to `path` is refused: OUTSIDE (it leads out of the scope), NOT_REGULAR / EISDIR (it would replace something that is not a regular file). */
export type WriteRefusal = { reason: 'OUTSIDE' | 'NOT_REGULAR' | 'EISDIR'; target: string };

/**
 * Whether kehoach may write `path`. `named`: the user named this exact path on the command line
 * (`--out`), so where it leads is the user's choice; a FIFO, device or folder is refused even then
 * (the write would replace it, not write into it).
 */
export function writeRefusal(scope: AccessScope, path: string, o: { named?: boolean } = {}): WriteRefusal | undefined {
  const real = realTarget(path);
  const target = real ?? resolve(path);
  if (!o.named && !within(scope, real)) return { reason: 'OUTSIDE', target };
  try {
    const st = statSync(target);
    if (st.isDirectory()) return { reason: 'EISDIR', target };
    if (!st.isFile()) return { reason: 'NOT_REGULAR', target };
  } catch {
    // nothing there yet: a new file
  }
  return undefined;
}

export type ScopedWrite = WriteResult | WriteRefusal;

/** writeFileAtomic, after writeRefusal: a refused write touches nothing. */
export async function writeInScope(scope: AccessScope, path: string, data: string | Uint8Array, o: AtomicWriteOptions & { named?: boolean } = {}): Promise<ScopedWrite> {
  const refused = writeRefusal(scope, path, o);
  if (refused) return refused;
  const { named: _named, ...options } = o;
  return writeFileAtomic(path, data, options);
}

function realOr(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return resolve(p);
  }
}
