import { exportPlan } from '../export/exportPlan.js';
import { terminalLines } from '../output/encode.js';
import { renderPlan } from '../render/render.js';
import { loadValidPlan } from './loadPlan.js';
import type { Lang } from '../diagnostics/types.js';

interface CommandIo {
  cwd: string;
  lang: Lang;
  out: (s: string) => void;
  err: (s: string) => void;
}

/** `kehoach render FILE`: the resolution's text, rebuilt from the plan. */
export async function renderCommand(file: string, io: CommandIo): Promise<number> {
  const loaded = await loadValidPlan(file, io);
  if (!loaded.ok) return loaded.exit;
  io.out(terminalLines(renderPlan(loaded.plan)));
  return 0;
}

/** `kehoach export FILE --format json`: the normalised plan (docs/export.md). */
export async function exportCommand(file: string, io: CommandIo): Promise<number> {
  const loaded = await loadValidPlan(file, io);
  if (!loaded.ok) return loaded.exit;
  io.out(JSON.stringify(exportPlan(loaded.plan), null, 2) + '\n');
  return 0;
}
