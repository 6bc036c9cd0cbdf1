// The one way kehoach writes a file (the new-year draft, .gitattributes, any formatter or fix
// applied from the command line): never half a file, never the old file lost.
//
//   1. write the new bytes to a temporary file in the same directory (same file system),
//      with the old file's permissions;
//   2. fsync it: the bytes are on disk before any name points at them;
//   3. rename it over the file (atomic on POSIX: a reader, or a crash, sees the old file or
//      the new one, never a mix), or hard-link it to a new name when the file must not be
//      replaced (fails if the name exists, even against a concurrent writer);
//   4. fsync the directory, so that the rename itself survives a power cut.
//
// A failure anywhere before the rename leaves the old file as it was, byte for byte, and
// removes the temporary file; a crash (the process killed) may leave a `.NAME.*.tmp` file
// beside it, never a damaged plan. A symbolic link is written through: the file it names is
// replaced and the link stays a link.
import { randomBytes } from 'node:crypto';
import { promises as nodeFs } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export type WriteResult = 'written' | 'exists';

/** The file-system calls used, so that tests can make any one of them fail (or crash). */
export interface AtomicFs {
  open(path: string, flags: string, mode?: number): Promise<nodeFs.FileHandle>;
  rename(from: string, to: string): Promise<void>;
  link(existing: string, path: string): Promise<void>;
  rm(path: string, options: { force: boolean }): Promise<void>;
  stat(path: string): Promise<{ mode: number }>;
  lstat(path: string): Promise<unknown>;
  realpath(path: string): Promise<string>;
}

export interface AtomicWriteOptions {
  /** Replace an existing file (default). false: leave it and return 'exists'. */
  overwrite?: boolean;
  /** Permissions of a new file (an existing file keeps its own); default 0o644. */
  mode?: number;
  /** For tests. */
  fs?: AtomicFs;
}

const LINK_UNSUPPORTED = new Set(['EPERM', 'ENOTSUP', 'EXDEV', 'ENOSYS', 'EOPNOTSUPP']);

export async function writeFileAtomic(path: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<WriteResult> {
  const io = options.fs ?? (nodeFs as unknown as AtomicFs);
  const overwrite = options.overwrite ?? true;
  let target = path;
  let mode = options.mode ?? 0o644;
  try {
    target = await io.realpath(path); // through a symbolic link to its file
    mode = (await io.stat(target)).mode & 0o7777;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  const dir = dirname(target);
  const tmp = join(dir, `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let handle: nodeFs.FileHandle | undefined;
  try {
    handle = await io.open(tmp, 'wx', mode);
    await handle.writeFile(data);
    await handle.chmod(mode); // exactly the old permissions, whatever the umask
    await handle.sync();
    await handle.close();
    handle = undefined;
    if (overwrite) await io.rename(tmp, target);
    else {
      try {
        await io.link(tmp, target);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code ?? '';
        if (code === 'EEXIST') return 'exists';
        if (!LINK_UNSUPPORTED.has(code)) throw e;
        // A file system without hard links: check, then rename (not atomic against a race).
        if (await exists(target, io)) return 'exists';
        await io.rename(tmp, target);
      }
    }
    await syncDirectory(dir, io);
    return 'written';
  } finally {
    await handle?.close().catch(() => undefined);
    await io.rm(tmp, { force: true }).catch(() => undefined);
  }
}

export async function exists(path: string, io: Pick<AtomicFs, 'lstat'> = nodeFs as unknown as AtomicFs): Promise<boolean> {
  try {
    await io.lstat(path);
    return true;
  } catch {
    return false;
  }
}

/** fsync of the directory entry; some systems cannot open a directory for it, which is fine. */
async function syncDirectory(dir: string, io: AtomicFs): Promise<void> {
  let h: nodeFs.FileHandle | undefined;
  try {
    h = await io.open(dir, 'r');
    await h.sync();
  } catch {
    // EISDIR, EINVAL, EPERM (Windows, some network file systems): the data itself is synced.
  } finally {
    await h?.close().catch(() => undefined);
  }
}
