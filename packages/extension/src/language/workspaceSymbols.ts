// Workspace symbols (Ctrl+T, "#" in the quick open): every indicator of every plan, by id and
// Vietnamese name, with the plan's jurisdiction and year; found by its words with or without the
// Vietnamese marks ("toc do tang" finds "Tốc độ tăng").
import { visible } from '@kehoach/schema';
import { SymbolKind, type Location } from './lsp.js';
import { shortName, yearOf, type PlanFile, type PlanModels } from './planSet.js';

export interface WorkspaceSymbol {
  name: string;
  kind: typeof SymbolKind.Field | typeof SymbolKind.Number;
  location: Location;
  /** "ha-noi 2025" */
  containerName: string;
}

/** At most this many symbols are returned for one query. */
export const MAX_SYMBOLS = 1000;

/** Lowercase, without Vietnamese marks (đ as d): for matching what a person types. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

/** Whether every word of the query starts a word of the text, or is inside it (marks and case aside). */
export function matches(query: string, text: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const hay = fold(text);
  return words.every((w) => hay.includes(w));
}

export function workspaceSymbols(query: string, files: readonly PlanFile[], models: PlanModels): WorkspaceSymbol[] {
  const out: WorkspaceSymbol[] = [];
  for (const file of files) {
    const model = models.get(file);
    const year = yearOf(model);
    const jurisdiction = model.plan.raw.jurisdiction;
    const where = `${typeof jurisdiction?.id === 'string' ? visible(jurisdiction.id) : shortName(file.uri)}${year !== undefined ? ` ${year}` : ''}`;
    const symbol = (pointer: string, id: string, name: string, kind: WorkspaceSymbol['kind']) => {
      const span = model.sourceMap.get(`${pointer}/id`) ?? model.sourceMap.get(pointer);
      if (!span || out.length >= MAX_SYMBOLS) return;
      const label = `${id} — ${visible(name)}`;
      if (!matches(query, `${label} ${where}`)) return;
      out.push({ name: label, kind, containerName: where, location: { uri: file.uri, range: model.parsed.lines.range(span.value[0], span.value[1]) } });
    };
    for (const ind of model.plan.indicators) {
      symbol(ind.pointer, ind.id, ind.name, SymbolKind.Field);
      for (const p of ind.parts) symbol(p.pointer, p.ref, `${ind.name}: ${p.name}`, SymbolKind.Number);
    }
  }
  return out;
}
