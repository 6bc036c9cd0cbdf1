import { promises as fs } from 'node:fs';
import { join, resolve } from 'node:path';
import { inScope, type AccessScope } from './fileAccess.js';

export type Collected =
  | { kind: 'file'; path: string }
  | { kind: 'missing'; path: string }
  | { kind: 'empty-dir'; path: string }
  | { kind: 'unreadable'; path: string; detail: string }
  | { kind: 'loop'; path: string }
  /** A link to a folder already walked by another path: its plans are reported once, there. */
  | { kind: 'alias'; path: string; target: string }
  /** A link (not named like a plan) leading out of the scope: not followed. */
  | { kind: 'outside'; path: string };

const PLAN_FILE = /\.ya?ml$/i;
const SKIP_DIR = new Set(['node_modules', '.git', '.turbo', 'dist']);

/**
 * Expands the paths given into plan files; directories are walked, symlink loops skipped, and
 * no link is followed out of `scope` (io/fileAccess.ts): a folder there is not walked, a file
 * named like a plan is not read (`OUTSIDE`, an error: a plan CI cannot see). The paths given
 * were named by the user and are taken as they are, unless `named` is false (the default
 * `plans/`, which the repository may have made a link).
 */
export async function collectPlanFiles(paths: string[], scope?: AccessScope, o: { named?: boolean } = {}): Promise<Collected[]> {
  const out: Collected[] = [];
  for (const p of paths) {
    if (scope && o.named === false && !inScope(scope, p)) {
      out.push({ kind: 'unreadable', path: p, detail: 'OUTSIDE' });
      continue;
    }
    let st;
    try {
      st = await fs.stat(p);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') out.push({ kind: 'missing', path: p });
      else if (code === 'ELOOP') out.push({ kind: 'loop', path: p });
      else out.push({ kind: 'unreadable', path: p, detail: code ?? String(e) });
      continue;
    }
    if (st.isDirectory()) {
      const found: Collected[] = [];
      const real = await realpathOr(p);
      await walk(p, [real], new Map([[real, p]]), found, scope);
      if (!found.some((f) => f.kind === 'file' || f.kind === 'unreadable')) out.push({ kind: 'empty-dir', path: p }, ...found);
      else out.push(...found);
    } else out.push({ kind: 'file', path: p });
  }
  return out;
}

/**
 * `ancestors`: the real paths of the folders from the root down to `dir` (a link to one of them
 * is a loop); `seen`: every folder walked, by real path, with the path it was walked by (a link to
 * one of those that is not an ancestor is a second path to it, not a loop).
 */
async function walk(dir: string, ancestors: string[], seen: Map<string, string>, out: Collected[], scope: AccessScope | undefined): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (e) {
    out.push({ kind: 'unreadable', path: dir, detail: (e as NodeJS.ErrnoException).code ?? String(e) });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      if (SKIP_DIR.has(e.name) || e.name.startsWith('.')) continue;
      const real = await realpathOr(path);
      if (seen.has(real)) {
        // Reached through a link walked first (its name sorts earlier): already reported there.
        out.push({ kind: 'alias', path, target: seen.get(real)! });
        continue;
      }
      seen.set(real, path);
      await walk(path, [...ancestors, real], seen, out, scope);
    } else if (e.isSymbolicLink()) {
      // Where the link leads decides, before anything is read there (a link to nothing too:
      // whether a file exists outside is not the pull request's to learn).
      if (scope && !inScope(scope, path)) {
        out.push(PLAN_FILE.test(e.name) ? { kind: 'unreadable', path, detail: 'OUTSIDE' } : { kind: 'outside', path });
        continue;
      }
      let target;
      try {
        target = await fs.realpath(path);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'ELOOP') out.push({ kind: 'loop', path });
        // A link to nothing named like a plan is a plan CI cannot see: an error, not a skip.
        else if (PLAN_FILE.test(e.name)) out.push({ kind: 'unreadable', path, detail: code === 'ENOENT' ? 'BROKEN_LINK' : (code ?? String(err)) });
        continue;
      }
      let st;
      try {
        st = await fs.stat(target);
      } catch {
        out.push({ kind: 'loop', path });
        continue;
      }
      if (st.isDirectory()) {
        if (ancestors.includes(target)) {
          out.push({ kind: 'loop', path });
          continue;
        }
        if (seen.has(target)) {
          out.push({ kind: 'alias', path, target: seen.get(target)! });
          continue;
        }
        seen.set(target, path);
        await walk(path, [...ancestors, target], seen, out, scope);
      } else if (PLAN_FILE.test(e.name)) out.push(st.isFile() ? { kind: 'file', path } : { kind: 'unreadable', path, detail: 'NOT_REGULAR' });
    } else if (e.isFile() && PLAN_FILE.test(e.name)) out.push({ kind: 'file', path });
    // A FIFO, socket or device named like a plan: reading it could block forever; say so.
    else if (!e.isDirectory() && PLAN_FILE.test(e.name)) out.push({ kind: 'unreadable', path, detail: 'NOT_REGULAR' });
  }
}

async function realpathOr(p: string): Promise<string> {
  try {
    return await fs.realpath(p);
  } catch {
    return resolve(p);
  }
}
