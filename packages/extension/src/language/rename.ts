// Renaming an indicator id: its `id:` and every reference to it (references.ts) in this plan and
// in the later years' plans of its family — the plans that read this one as their baseline, and
// theirs. Earlier years are the adopted record and stay as they are. Every value is written by
// the engine's writer (setScalar: that value's characters and nothing else, comments and layout
// kept); where a writer refuses one file, nothing is renamed and the drafter is told why.
import { refusalText, setScalar, t, type Lang, type PlanModel, type TextEdit } from '@kehoach/schema';
import type { Analysis } from './analysis.js';
import type { Position, Range, WorkspaceEdit } from './lsp.js';
import { family, shortName, yearOf, type PlanFile, type PlanModels } from './planSet.js';
import { idSites, indicatorIdAt } from './references.js';

/** The schema's id: lowercase ASCII words joined by hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export type RenameResult = { ok: true; edit: WorkspaceEdit } | { ok: false; message: string };

/** The id under the cursor, to rename; a message when the position holds none. */
export function prepareRename(a: Analysis, position: Position, lang: Lang): { range: Range; placeholder: string } | { message: string } {
  const at = indicatorIdAt(a, position);
  return at ? { range: at.range, placeholder: at.id } : { message: t('editor.rename-not-indicator', lang) };
}

/** The plans a rename from `a` writes: this one, then its family's plans of a later year. */
export function renamedPlans(a: Analysis, files: readonly PlanFile[], models: PlanModels): PlanModel[] {
  const year = yearOf(a.model);
  const all = [a.model, ...files.filter((f) => f.uri !== a.uri).map((f) => models.get(f))];
  return family(a.uri, all).filter((m) => m === a.model || (year !== undefined && (yearOf(m) ?? -Infinity) > year));
}

export function renameIndicator(a: Analysis, position: Position, newName: string, files: readonly PlanFile[], models: PlanModels, lang: Lang): RenameResult {
  const at = indicatorIdAt(a, position);
  if (!at) return { ok: false, message: t('editor.rename-not-indicator', lang) };
  const to = newName.trim();
  if (!ID_PATTERN.test(to)) return { ok: false, message: t('editor.rename-invalid-id', lang, { id: to }) };
  const changes: Record<string, TextEdit[]> = {};
  if (to === at.id) return { ok: true, edit: { changes } };
  for (const model of renamedPlans(a, files, models)) {
    // A plan whose YAML does not read cleanly may name the id where no one can see it: refused.
    if (model.parsed.value === undefined || model.parsed.diagnostics.some((d) => d.severity === 'error')) {
      return { ok: false, message: t('editor.rename-refused', lang, { file: shortName(model.uri), reason: refusalText({ key: 'writer.yaml-errors', params: {} }, lang) }) };
    }
    const sites = idSites(model, at.id);
    if (sites.length === 0) continue;
    // Two indicators with one id would merge: refused (a part keeps its own ids, under the indicator's).
    if (model.plan.indicator(to)) return { ok: false, message: t('editor.rename-exists', lang, { id: to, file: shortName(model.uri) }) };
    const edits: TextEdit[] = [];
    for (const s of sites) {
      const r = setScalar(model, s.pointer, to + s.value.slice(at.id.length));
      if (!r.ok) return { ok: false, message: t('editor.rename-refused', lang, { file: shortName(model.uri), reason: refusalText(r.refusal, lang) }) };
      edits.push(...r.edits);
    }
    changes[model.uri] = edits;
  }
  return { ok: true, edit: { changes } };
}
