import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export type WriteResult = 'written' | 'exists';

/**
 * Writes a file atomically: a temporary file in the same directory, then a rename (with
 * `overwrite`) or a hard link that fails if the target exists (without), so a reader never sees
 * half a file and an existing file is never replaced by accident, even by a concurrent writer.
 */
export async function writeFileAtomic(path: string, data: string, options: { overwrite: boolean }): Promise<WriteResult> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  await fs.writeFile(tmp, data, { flag: 'wx', mode: 0o644 });
  try {
    if (options.overwrite) {
      await fs.rename(tmp, path);
      return 'written';
    }
    try {
      await fs.link(tmp, path);
      return 'written';
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return 'exists';
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS') throw e;
      // A file system without hard links: check, then rename (not atomic against a race).
      if (await exists(path)) return 'exists';
      await fs.rename(tmp, path);
      return 'written';
    }
  } finally {
    await fs.rm(tmp, { force: true });
  }
}

export async function exists(path: string): Promise<boolean> {
  try {
    await fs.lstat(path);
    return true;
  } catch {
    return false;
  }
}
