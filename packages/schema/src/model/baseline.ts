// Which files are a plan's baselines (the previous year's plans: its own, and for a province
// formed by merging, every predecessor's), and loading them through a small workspace
// interface: the CLI implements it with the file system, the editor with its open documents
// and workspace files. Resolution is pure string work on paths or URIs.

import { parseYaml } from '../parse/parseYaml.js';
import { buildModel, type PlanModel } from './model.js';

/**
 * Synchronous access to plan files: the text at a path (or URI), undefined if none, or
 * `{ refused: 'outside' }` when the path leads outside what the workspace may read (the
 * repository, the editor's workspace; a symbolic link leading out of it): such a file is not
 * read, and a plan naming it is told so.
 */
export interface PlanWorkspace {
  readPlan(path: string): string | undefined | PlanFileRefused;
}

/** A file the workspace will not read for a plan (an object: no file's text can be mistaken for it). */
export interface PlanFileRefused {
  refused: 'outside';
}

export interface BaselineRef {
  /** Path (or URI) of the baseline, resolved against the plan's own path. */
  path: string;
  /** Named in the plan (`baseline: ./2025.yaml`, `baselines:`), rather than found by convention. */
  explicit: boolean;
  /** Where the plan names it (`/baseline`, `/baselines/1/path`); none for the convention. */
  pointer?: string;
  /** The predecessor, as `baselines:` declares it. */
  jurisdiction?: { id?: string; name?: string };
}

/** At most this many baselines are read (a merged province has two or three). */
export const MAX_BASELINES = 8;

/**
 * The plan's baselines: `baseline` when it names one, then each of `baselines` (a province
 * formed by merging: every predecessor's previous-year plan), each path once; when it names
 * none, by convention `<year-1>.yaml` beside the plan (`plans/<jurisdiction>/<year-1>.yaml`).
 */
export function baselineRefs(planPath: string, plan: unknown): BaselineRef[] {
  if (plan === null || typeof plan !== 'object' || Array.isArray(plan)) return [];
  const { baseline, baselines, year } = plan as { baseline?: unknown; baselines?: unknown; year?: unknown };
  const out: BaselineRef[] = [];
  const add = (ref: BaselineRef) => {
    if (out.length < MAX_BASELINES && !out.some((r) => samePath(r.path, ref.path))) out.push(ref);
  };
  if (typeof baseline === 'string' && baseline.trim() !== '') add({ path: resolvePath(planPath, baseline.trim()), explicit: true, pointer: '/baseline' });
  if (Array.isArray(baselines)) {
    baselines.forEach((b: unknown, i) => {
      if (b === null || typeof b !== 'object') return;
      const { path, jurisdiction } = b as { path?: unknown; jurisdiction?: unknown };
      if (typeof path !== 'string' || path.trim() === '') return;
      const j = jurisdiction !== null && typeof jurisdiction === 'object' ? (jurisdiction as { id?: unknown; name?: unknown }) : {};
      const declared = { ...(typeof j.id === 'string' ? { id: j.id } : {}), ...(typeof j.name === 'string' ? { name: j.name } : {}) };
      add({ path: resolvePath(planPath, path.trim()), explicit: true, pointer: `/baselines/${i}/path`, jurisdiction: declared });
    });
  }
  if (out.length === 0 && typeof year === 'number' && Number.isInteger(year)) out.push({ path: resolvePath(planPath, `./${year - 1}.yaml`), explicit: false });
  return out;
}

/** The first of the plan's baselines (its own previous year's plan, when it names one). */
export function baselineRef(planPath: string, plan: unknown): BaselineRef | undefined {
  return baselineRefs(planPath, plan)[0];
}

/** `ref` relative to the directory of `from`, with "." and ".." segments folded; "/" or "\" as `from` uses. */
export function resolvePath(from: string, ref: string): string {
  if (/^([a-z][a-z0-9+.-]*:|[\\/])/i.test(ref)) return ref; // absolute path, drive letter or URI
  const sep = from.includes('/') || !from.includes('\\') ? '/' : '\\';
  const cut = Math.max(from.lastIndexOf('/'), from.lastIndexOf('\\'));
  const segments = cut >= 0 ? from.slice(0, cut).split(/[\\/]/) : [];
  for (const s of ref.split(/[\\/]/)) {
    if (s === '.' || s === '') continue;
    const last = segments[segments.length - 1];
    if (s !== '..') segments.push(s);
    // ".." removes a named segment; at a root ("", "C:", "file:") there is nothing above; a
    // relative path keeps its leading "..".
    else if (last === undefined || last === '..') segments.push(s);
    else if (last !== '' && !last.endsWith(':')) segments.pop();
  }
  return segments.join(sep);
}

export type BaselineLookup =
  | { kind: 'found'; ref: BaselineRef; model: PlanModel }
  /** Named explicitly but not there (or unreadable): worth an error. */
  | { kind: 'not-found'; ref: BaselineRef }
  /** Outside the repository or workspace (named so, or a link leading out): not read, worth an error. */
  | { kind: 'outside'; ref: BaselineRef }
  /** No baseline: none named and none by convention. */
  | { kind: 'none' };

/** Finds and loads every baseline of the plan at `planPath` through the workspace, in order. */
export function lookupBaselines(planPath: string, plan: unknown, workspace: PlanWorkspace): BaselineLookup[] {
  return baselineRefs(planPath, plan).map((ref) => lookup(planPath, ref, workspace));
}

/**
 * The plans further back: the baselines of each of `models` (the baselines of a plan), then
 * theirs, `years` levels deep; each path once, none of `models` again, at most `max` plans. For
 * the history the editor's hover (one year further) and history view (every year) show.
 */
export function lookupEarlier(models: readonly PlanModel[], workspace: PlanWorkspace, years = 1, max = MAX_BASELINES): PlanModel[] {
  const out: PlanModel[] = [];
  let level: readonly PlanModel[] = models;
  for (let depth = 0; depth < years && level.length > 0 && out.length < max; depth++) {
    const next: PlanModel[] = [];
    for (const m of level) {
      for (const found of lookupBaselines(m.uri, m.value, workspace)) {
        if (found.kind !== 'found' || out.length >= max) continue;
        if ([...models, ...out].some((o) => samePath(o.uri, found.model.uri))) continue;
        out.push(found.model);
        next.push(found.model);
      }
    }
    level = next;
  }
  return out;
}

/** Finds and loads the (first) baseline of the plan at `planPath` through the workspace. */
export function lookupBaseline(planPath: string, plan: unknown, workspace: PlanWorkspace): BaselineLookup {
  const ref = baselineRef(planPath, plan);
  return ref ? lookup(planPath, ref, workspace) : { kind: 'none' };
}

function lookup(planPath: string, ref: BaselineRef, workspace: PlanWorkspace): BaselineLookup {
  if (samePath(ref.path, planPath)) return { kind: 'none' };
  const text = workspace.readPlan(ref.path);
  if (typeof text === 'object') return { kind: 'outside', ref };
  if (text === undefined) return ref.explicit ? { kind: 'not-found', ref } : { kind: 'none' };
  return { kind: 'found', ref, model: modelOf(workspace, ref.path, text) };
}

/**
 * A baseline read once per workspace and text: in a repository many plans may name one plan (every
 * plan of a merged province names each predecessor), and `kehoach validate` parsed it for each.
 * A changed text is parsed anew; the models are not changed by anyone who reads them.
 */
const MODELS = new WeakMap<PlanWorkspace, Map<string, { text: string; model: PlanModel }>>();
function modelOf(workspace: PlanWorkspace, path: string, text: string): PlanModel {
  let byPath = MODELS.get(workspace);
  if (!byPath) MODELS.set(workspace, (byPath = new Map()));
  const cached = byPath.get(path);
  if (cached && cached.text === text) return cached.model;
  const model = buildModel(path, parseYaml(text));
  byPath.set(path, { text, model });
  return model;
}

function samePath(a: string, b: string): boolean {
  return a.replace(/\\/g, '/').replace(/^\.\//, '') === b.replace(/\\/g, '/').replace(/^\.\//, '');
}
