import { promises as fs } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { formatMessage } from '../diagnostics/localize.js';
import type { Lang } from '../diagnostics/types.js';
import { importResolution } from '../import/importResolution.js';
import type { ImportProblem } from '../import/types.js';
import { readRegularFile } from '../io/fileAccess.js';
import { t } from '../messages/index.js';
import { decodePlanBytes, MAX_FILE_BYTES } from '../parse/readText.js';
import { fromFileRead, refusalMessage } from './planSource.js';
import { exists, writeFileAtomic } from './writeAtomic.js';
import { refuseWriteTarget } from './writeTarget.js';

export interface ImportCommandOptions {
  file: string;
  outPath?: string;
  jurisdiction?: string;
  year?: string;
  cwd: string;
  lang: Lang;
  out: (s: string) => void;
  err: (s: string) => void;
}

/** What the drafter is told about one problem the import left for them. */
export function problemLine(p: ImportProblem, lang: Lang): string {
  const key = `import.${p.code.slice('import-'.length)}` as Parameters<typeof t>[0];
  return t(key, lang, { line: String(p.line ?? ''), text: (p.text ?? '').slice(0, 120) });
}

/**
 * `kehoach import FILE [--out PATH] [--jurisdiction ID] [--year N]`: a resolution as text or
 * .docx → a new plan file (beside it, `<name>.yaml`, unless --out). Read through the file-access
 * policy (a regular file, at most 10 MB); never overwrites; written atomically, so a refusal or a
 * failure leaves no file, not even a partial one. Exit 0 written, 2 refused.
 */
export async function importCommand(o: ImportCommandOptions): Promise<number> {
  const shown = (p: string) => relative(o.cwd, p) || p;
  const fail = (s: string) => {
    o.err(s + '\n');
    return 2;
  };
  if (o.year !== undefined && !/^\d{4}$/u.test(o.year)) return fail(t('import.bad-year', o.lang, { value: o.year }));
  if (o.jurisdiction !== undefined && !/^[a-z0-9]+(-[a-z0-9]+)*$/u.test(o.jurisdiction)) return fail(t('import.bad-jurisdiction', o.lang, { value: o.jurisdiction }));
  const path = resolve(o.cwd, o.file);
  const read = fromFileRead(readRegularFile(path));
  if (!read.ok) return fail(refusalMessage(o.file, read.refusal, o.lang));
  const bytes = read.bytes;
  if (bytes.length === 0) return fail(t('import.empty', o.lang, { path: o.file }));
  let text: string;
  const { looksLikeDocx, readDocx } = await import('../import/readDocx.js');
  if (extname(path).toLowerCase() === '.docx' || looksLikeDocx(bytes)) {
    const docx = await readDocx(bytes, MAX_FILE_BYTES);
    if (!docx.ok) return fail(t(docx.reason === 'encrypted' ? 'import.docx-encrypted' : 'import.docx-corrupt', o.lang, { path: o.file, detail: docx.detail }));
    text = docx.text;
  } else {
    const decoded = decodePlanBytes(bytes);
    if (!decoded.ok) return fail(t('import.not-text', o.lang, { path: o.file, detail: formatMessage(decoded.diagnostic, o.lang) }));
    text = decoded.text;
  }
  if (text.trim() === '') return fail(t('import.empty', o.lang, { path: o.file }));
  const result = importResolution(text, { ...(o.jurisdiction ? { jurisdiction: o.jurisdiction } : {}), ...(o.year ? { year: Number(o.year) } : {}) });
  if (!result.ok) return fail(t('import.not-resolution', o.lang, { path: o.file }));
  const target = o.outPath !== undefined ? resolve(o.cwd, o.outPath) : join(dirname(path), `${basename(path, extname(path))}.yaml`);
  // Never over an existing file (no --force: an import is a new plan); then the file-access policy.
  if (await exists(target)) return fail(t('import.exists', o.lang, { path: shown(target) }));
  const refused = await refuseWriteTarget({ ...o, force: true }, o.file, target, o.outPath !== undefined, shown);
  if (refused !== undefined) return refused;
  try {
    await fs.mkdir(dirname(target), { recursive: true });
    const written = await writeFileAtomic(target, result.text, { overwrite: false });
    if (written === 'exists') return fail(t('import.exists', o.lang, { path: shown(target) }));
  } catch (e) {
    return fail(t('cli.write-error', o.lang, { path: shown(target), detail: (e as NodeJS.ErrnoException).code ?? String(e) }));
  }
  o.out(t('import.written', o.lang, { path: o.file, out: shown(target), indicators: String(result.counts.indicators), narratives: String(result.counts.narratives), clauses: String(result.counts.clauses) }) + '\n');
  for (const p of result.problems) o.err(`  ${p.code}: ${problemLine(p, o.lang)}\n`);
  if (result.problems.length > 0) o.err(t('import.review', o.lang, { count: String(result.problems.length), out: shown(target) }) + '\n');
  return 0;
}
