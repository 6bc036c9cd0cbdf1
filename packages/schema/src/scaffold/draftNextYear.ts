// Next year's draft as one use case, for the CLI (`kehoach new-year`) and the editor's command
// ("Kế hoạch: Tạo kế hoạch năm sau"): everything but the I/O. Text and its path or URI in; the
// draft's text, where it goes, what it carries and what to tell the drafter out. The callers
// read the plan, ask before replacing a file, and write the draft atomically.

import { checkSchema } from '../checks/schemaCheck.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { analyzeText } from '../engine.js';
import { resolvePath } from '../model/baseline.js';
import { buildModel, type PlanModel } from '../model/model.js';
import { parseYaml } from '../parse/parseYaml.js';
import { ScaffoldError, scaffoldNewYear, type NewYearDraft } from './newYear.js';
import { relativeRef } from './relativeRef.js';
import type { WriterRefusal } from '../edit/refusal.js';

export interface DraftNextYearOptions {
  /** Where the draft goes (a path or URI, as the plan's); default `<year+1>.yaml` beside the plan. */
  target?: string;
  /**
   * The caller's own check of the text (the editor's: its settings, the plan's own baseline).
   * Without it, the engine checks the text alone.
   */
  analysis?: { model: PlanModel; diagnostics: readonly Diagnostic[] };
  /**
   * The plan file starts with a byte-order mark that `text` no longer has (a reader or an editor
   * took it off): the draft gets one too. A BOM still in `text` is kept without this.
   */
  bom?: boolean;
}

/** Worth telling the drafter; the draft is made all the same. */
export type DraftNote =
  /** The plan is itself a draft (status: draft): the new one carries targets nobody adopted. */
  | { code: 'baseline-is-draft' }
  /** Indicators the plan had already dropped, with a reason: not carried again. */
  | { code: 'skipped-dropped'; ids: string[] }
  /** Indicators the plan kept unconfirmed (no source named them): not carried, not known to be in it. */
  | { code: 'skipped-unconfirmed'; ids: string[] };

export interface NextYearDraft extends NewYearDraft {
  /** Where to write it: `options.target`, or `<year+1>.yaml` beside the plan. */
  target: string;
  /** The draft's `baseline:`, the plan relative to the target ("./2025.yaml"). */
  baseline: string;
  notes: DraftNote[];
}

/** Why there is no draft. */
export type DraftProblem =
  /** The plan has errors: the draft would inherit them. */
  | { code: 'baseline-invalid'; errors: Diagnostic[] }
  /** Not a plan the scaffold can work on (no map, no integer year). */
  | { code: 'not-a-plan'; reason: Exclude<ScaffoldError['code'], 'refused'>; detail: string }
  /** A YAML form the scaffold cannot edit without changing what it should not: nothing made. */
  | { code: 'refused'; refusal: WriterRefusal }
  /** The scaffold made a draft that fails the schema: a defect of kehoach, never written. */
  | { code: 'draft-invalid'; target: string; errors: Diagnostic[] };

export type DraftOutcome = { ok: true; draft: NextYearDraft } | { ok: false; problem: DraftProblem };

/** This year's plan (text, path or URI) → next year's draft, or why not. Pure. */
export function draftNextYear(text: string, uri: string, options: DraftNextYearOptions = {}): DraftOutcome {
  const analysis = options.analysis ?? analyzeText(text, uri);
  const errors = analysis.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) return { ok: false, problem: { code: 'baseline-invalid', errors } };
  const plan = analysis.model.value as { year?: unknown; status?: unknown } | null;
  const year = plan?.year;
  if (typeof year !== 'number' || !Number.isInteger(year)) return { ok: false, problem: { code: 'not-a-plan', reason: 'no-year', detail: 'no integer `year`' } };

  const target = options.target ?? resolvePath(uri, `./${year + 1}.yaml`);
  const baseline = relativeRef(target, uri);
  let scaffolded: NewYearDraft;
  try {
    scaffolded = scaffoldNewYear(options.bom && !text.startsWith('\uFEFF') ? '\uFEFF' + text : text, { baseline });
  } catch (e) {
    if (!(e instanceof ScaffoldError)) throw e;
    if (e.refusal) return { ok: false, problem: { code: 'refused', refusal: e.refusal } };
    return { ok: false, problem: { code: 'not-a-plan', reason: e.code === 'refused' ? 'yaml' : e.code, detail: e.message } };
  }
  // The draft must pass the schema before anyone writes it (its unset targets are warnings, later).
  const model = buildModel(target, parseYaml(scaffolded.text));
  const invalid = [...model.parsed.diagnostics, ...checkSchema(model)].filter((d) => d.severity === 'error');
  if (invalid.length > 0) return { ok: false, problem: { code: 'draft-invalid', target, errors: invalid } };

  const notes: DraftNote[] = [];
  if (plan?.status === 'draft') notes.push({ code: 'baseline-is-draft' });
  if (scaffolded.skippedDropped.length > 0) notes.push({ code: 'skipped-dropped', ids: scaffolded.skippedDropped });
  if (scaffolded.skippedUnconfirmed.length > 0) notes.push({ code: 'skipped-unconfirmed', ids: scaffolded.skippedUnconfirmed });
  return { ok: true, draft: { ...scaffolded, target, baseline, notes } };
}
