import { constants, promises as fs } from 'node:fs';
import type { Diagnostic } from '../diagnostics/types.js';
import { MAX_FILE_BYTES, tooLarge } from '../parse/readText.js';

export type FileRead = { ok: true; bytes: Uint8Array } | { ok: false; diagnostic: Diagnostic; io: boolean };

/**
 * Reads a plan file, refusing one over the size limit before reading it, and anything that is
 * not a regular file (a FIFO would block forever) before reading at all. The checks and the
 * read go through one handle, opened without blocking, so the file cannot change in between.
 */
export async function readPlanFile(path: string): Promise<FileRead> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const st = await handle.stat();
    if (!st.isFile()) return unreadable('NOT_REGULAR');
    if (st.size > MAX_FILE_BYTES) return { ok: false, diagnostic: tooLarge(st.size), io: false };
    return { ok: true, bytes: await handle.readFile() };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return unreadable(err.code ?? err.message);
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

function unreadable(detail: string): FileRead {
  return {
    ok: false,
    io: true,
    diagnostic: {
      code: 'file-unreadable',
      severity: 'error',
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      params: { detail },
    },
  };
}
