import { promises as fs } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { analyzeText } from '../engine.js';
import { exportPlan } from '../export/exportPlan.js';
import { t } from '../messages/index.js';
import type { Plan } from '../model/types.js';
import { describeMarks, prepareDocument, type RenderFormat } from '../render/prepare.js';
import { writeHtml } from '../render/writeHtml.js';
import { writeText } from '../render/writeText.js';
import { stylish } from './formats/stylish.js';
import { loadValidPlan } from './loadPlan.js';
import { readPlanSource, refusalMessage } from './planSource.js';
import { writeFileAtomic } from './writeAtomic.js';
import { refuseWriteTarget } from './writeTarget.js';
import type { Lang } from '../diagnostics/types.js';

interface CommandIo {
  cwd: string;
  lang: Lang;
  out: (s: string) => void;
  err: (s: string) => void;
}

export interface RenderOptions extends CommandIo {
  file: string;
  format: RenderFormat;
  /** Where to write; a .docx goes beside the plan (`2025.yaml` → `2025.docx`) when not given. */
  outPath?: string;
  force: boolean;
  /** Render an adopted plan whose document still has marks (and let the readiness errors pass). */
  allowDraft: boolean;
}

/**
 * `kehoach render FILE [--format text|html|docx] [--out PATH] [--force] [--allow-draft]`: the
 * resolution as a document (render/document.ts), printed or written. Exit 1 when the plan has
 * errors or, adopted, is not ready to be the document signed; 2 on a read or write problem.
 */
export async function renderCommand(o: RenderOptions): Promise<number> {
  const path = resolve(o.cwd, o.file);
  const shown = (p: string) => relative(o.cwd, p) || p;
  const read = await readPlanSource(o.file, { cwd: o.cwd });
  if (!read.ok) {
    o.err(refusalMessage(o.file, read.refusal, o.lang) + '\n');
    return 2;
  }
  const { model, diagnostics } = analyzeText(read.text, path);
  const prepared = prepareDocument(model.value as Plan, diagnostics, { format: o.format, allowDraft: o.allowDraft });
  if (!prepared.ok && prepared.problem === 'errors') {
    o.err(stylish([{ file: shown(path), diagnostics: prepared.errors }], o.lang));
    o.err(t('cli.not-valid-plan', o.lang, { path: shown(path), count: prepared.errors.length }) + '\n');
    return 1;
  }
  if (!prepared.ok) {
    o.err(t('cli.render-not-ready', o.lang, { path: shown(path), marks: describeMarks(prepared.marks, o.lang) }) + '\n');
    return 1;
  }
  const doc = prepared.document;
  // The .docx writer (and the `docx` library) is loaded only here: `validate` does not pay for it.
  const content = o.format === 'docx' ? await (await import('../render/writeDocx.js')).writeDocx(doc) : o.format === 'html' ? writeHtml(doc) : writeText(doc);
  const target = o.outPath !== undefined ? resolve(o.cwd, o.outPath) : o.format === 'docx' ? path.replace(/\.ya?ml$/i, '') + '.docx' : undefined;
  if (target === undefined) {
    o.out(content as string);
    return 0;
  }
  const refusedWrite = await refuseWriteTarget(o, o.file, target, o.outPath !== undefined, shown);
  if (refusedWrite !== undefined) return refusedWrite;
  try {
    await fs.mkdir(dirname(target), { recursive: true });
    if ((await writeFileAtomic(target, content, { overwrite: o.force })) === 'exists') {
      o.err(t('cli.exists-no-force', o.lang, { path: shown(target) }) + '\n');
      return 2;
    }
  } catch (e) {
    o.err(t('cli.write-error', o.lang, { path: shown(target), detail: (e as NodeJS.ErrnoException).code ?? String(e) }) + '\n');
    return 2;
  }
  o.out(t('cli.render-written', o.lang, { path: shown(target), size: typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength }) + '\n');
  return 0;
}

/** `kehoach export FILE --format json`: the normalised plan (docs/export.md). */
export async function exportCommand(file: string, io: CommandIo): Promise<number> {
  const loaded = await loadValidPlan(file, io);
  if (!loaded.ok) return loaded.exit;
  io.out(JSON.stringify(exportPlan(loaded.plan), null, 2) + '\n');
  return 0;
}
