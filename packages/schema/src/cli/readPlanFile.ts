import { promises as fs } from 'node:fs';
import type { Diagnostic } from '../diagnostics/types.js';
import { MAX_FILE_BYTES, tooLarge } from '../parse/readText.js';

export type FileRead = { ok: true; bytes: Uint8Array } | { ok: false; diagnostic: Diagnostic; io: boolean };

/** Reads a plan file, refusing one over the size limit before reading it. */
export async function readPlanFile(path: string): Promise<FileRead> {
  try {
    const st = await fs.stat(path);
    if (st.size > MAX_FILE_BYTES) return { ok: false, diagnostic: tooLarge(st.size), io: false };
    return { ok: true, bytes: await fs.readFile(path) };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return {
      ok: false,
      io: true,
      diagnostic: {
        code: 'file-unreadable',
        severity: 'error',
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        params: { detail: err.code ?? err.message },
      },
    };
  }
}
