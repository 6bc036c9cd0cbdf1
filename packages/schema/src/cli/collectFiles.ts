import { promises as fs } from 'node:fs';
import { join, resolve } from 'node:path';

export type Collected =
  | { kind: 'file'; path: string }
  | { kind: 'missing'; path: string }
  | { kind: 'empty-dir'; path: string }
  | { kind: 'unreadable'; path: string; detail: string }
  | { kind: 'loop'; path: string };

const PLAN_FILE = /\.ya?ml$/i;
const SKIP_DIR = new Set(['node_modules', '.git', '.turbo', 'dist']);

/** Expands the paths given into plan files; directories are walked, symlink loops skipped. */
export async function collectPlanFiles(paths: string[]): Promise<Collected[]> {
  const out: Collected[] = [];
  for (const p of paths) {
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
      await walk(p, new Set([await realpathOr(p)]), found);
      if (!found.some((f) => f.kind === 'file' || f.kind === 'unreadable')) out.push({ kind: 'empty-dir', path: p }, ...found);
      else out.push(...found);
    } else out.push({ kind: 'file', path: p });
  }
  return out;
}

async function walk(dir: string, seen: Set<string>, out: Collected[]): Promise<void> {
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
      seen.add(await realpathOr(path));
      await walk(path, seen, out);
    } else if (e.isSymbolicLink()) {
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
        if (seen.has(target)) {
          out.push({ kind: 'loop', path });
          continue;
        }
        seen.add(target);
        await walk(path, seen, out);
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
