import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import type { Diagnostic } from '../diagnostics/types.js';
import { MAX_FILE_BYTES, tooLarge } from '../parse/readText.js';

export type FileRead = { ok: true; bytes: Uint8Array } | { ok: false; diagnostic: Diagnostic; io: boolean };

/**
 * Reads a plan file, refusing one over the size limit before reading it, and anything that is
 * not a regular file (a FIFO would block forever) before reading at all. The checks and the
 * read go through one descriptor, opened without blocking, so the file cannot change in
 * between. Synchronous inside (a plan is read whole anyway, and the engine is synchronous):
 * half the cost of the promise API's open/stat/read round trips, per file of a large run.
 */
export async function readPlanFile(path: string): Promise<FileRead> {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const st = fstatSync(fd);
    if (!st.isFile()) return unreadable('NOT_REGULAR');
    if (st.size > MAX_FILE_BYTES) return { ok: false, diagnostic: tooLarge(st.size), io: false };
    return { ok: true, bytes: readFileSync(fd) };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return unreadable(err.code ?? err.message);
  } finally {
    if (fd !== undefined) closeSync(fd);
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
