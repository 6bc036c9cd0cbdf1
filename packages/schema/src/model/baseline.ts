// Which file is a plan's baseline (the previous year's plan), and loading it through a small
// workspace interface: the CLI implements it with the file system, the editor with its open
// documents and workspace files. Resolution is pure string work on paths or URIs.

import { parseYaml } from '../parse/parseYaml.js';
import { buildModel, type PlanModel } from './model.js';

/** Synchronous access to plan files: the text at a path (or URI), or undefined if none. */
export interface PlanWorkspace {
  readPlan(path: string): string | undefined;
}

export interface BaselineRef {
  /** Path (or URI) of the baseline, resolved against the plan's own path. */
  path: string;
  /** Named in the plan (`baseline: ./2025.yaml`), rather than found by convention. */
  explicit: boolean;
}

/**
 * The plan's `baseline` when it names one; otherwise, by convention, `<year-1>.yaml` beside
 * the plan (`plans/<jurisdiction>/<year-1>.yaml`). Undefined when neither applies.
 */
export function baselineRef(planPath: string, plan: unknown): BaselineRef | undefined {
  if (plan === null || typeof plan !== 'object' || Array.isArray(plan)) return undefined;
  const { baseline, year } = plan as { baseline?: unknown; year?: unknown };
  if (typeof baseline === 'string' && baseline.trim() !== '') return { path: resolvePath(planPath, baseline.trim()), explicit: true };
  if (typeof year === 'number' && Number.isInteger(year)) return { path: resolvePath(planPath, `./${year - 1}.yaml`), explicit: false };
  return undefined;
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
  /** No baseline: none named and none by convention. */
  | { kind: 'none' };

/** Finds and loads the baseline of the plan at `planPath` through the workspace. */
export function lookupBaseline(planPath: string, plan: unknown, workspace: PlanWorkspace): BaselineLookup {
  const ref = baselineRef(planPath, plan);
  if (!ref || samePath(ref.path, planPath)) return { kind: 'none' };
  const text = workspace.readPlan(ref.path);
  if (text === undefined) return ref.explicit ? { kind: 'not-found', ref } : { kind: 'none' };
  return { kind: 'found', ref, model: buildModel(ref.path, parseYaml(text)) };
}

function samePath(a: string, b: string): boolean {
  return a.replace(/\\/g, '/').replace(/^\.\//, '') === b.replace(/\\/g, '/').replace(/^\.\//, '');
}
