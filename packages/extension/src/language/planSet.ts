// The workspace's plans as one set, for the features that read more than one file (references,
// rename, workspace symbols, what is left to set): each file parsed once per text into the
// engine's model, and a jurisdiction's "family" — the plans of its folder and of every folder
// linked to it by a `baseline`/`baselines` (a province formed by merging, and its predecessors).
import { baselineRefs, buildModel, parseYaml, visible, type PlanModel } from '@kehoach/schema';

export interface PlanFile {
  uri: string;
  text: string;
}

export { MAX_PLAN_FILES } from './planFiles.js';

export const folderOf = (uri: string) => uri.slice(0, uri.lastIndexOf('/'));
export const baseNameOf = (uri: string) => uri.slice(uri.lastIndexOf('/') + 1);

/** The plan's year, when it states one; else its file's name says it (`2026.yaml`, even when the YAML does not read). */
export function yearOf(model: PlanModel): number | undefined {
  const y = model.plan.raw.year;
  if (typeof y === 'number' && Number.isInteger(y)) return y;
  const named = /(?:^|\/)(\d{4})\.ya?ml$/i.exec(model.uri);
  return named ? Number(named[1]) : undefined;
}

/** "ha-noi/2025.yaml": a file as a person names it (its folder and name), invisible characters shown. */
export function shortName(uri: string): string {
  return visible(`${decoded(baseNameOf(folderOf(uri)))}/${decoded(baseNameOf(uri))}`);
}

/** A URI segment decoded; as it is when it is not valid percent-encoding. */
function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Models of plan texts, each parsed once per text (the last text of each URI is kept). */
export class PlanModels {
  private readonly byUri = new Map<string, { text: string; model: PlanModel }>();

  get(file: PlanFile): PlanModel {
    const cached = this.byUri.get(file.uri);
    if (cached && cached.text === file.text) return cached.model;
    const model = buildModel(file.uri, parseYaml(file.text));
    this.byUri.set(file.uri, { text: file.text, model });
    return model;
  }

  /** Forgets files no longer in the set. */
  keepOnly(uris: ReadonlySet<string>): void {
    for (const uri of this.byUri.keys()) if (!uris.has(uri)) this.byUri.delete(uri);
  }
}

/**
 * The plans of `uri`'s family, `uri`'s own model first: its folder's plans, and those of every
 * folder joined to it through a baseline link, either way (a successor naming a predecessor's
 * plan, or the predecessor named).
 */
export function family(uri: string, models: readonly PlanModel[]): PlanModel[] {
  const links = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    if (!links.has(a)) links.set(a, new Set());
    links.get(a)!.add(b);
  };
  for (const m of models) {
    const from = folderOf(m.uri);
    link(from, from);
    for (const ref of baselineRefs(m.uri, m.value)) {
      const to = folderOf(ref.path);
      link(from, to);
      link(to, from);
    }
  }
  const seen = new Set<string>([folderOf(uri)]);
  const queue = [folderOf(uri)];
  while (queue.length) for (const next of links.get(queue.pop()!) ?? []) if (!seen.has(next)) seen.add(next), queue.push(next);
  const own = models.find((m) => m.uri === uri);
  return [...(own ? [own] : []), ...models.filter((m) => m.uri !== uri && seen.has(folderOf(m.uri)))];
}
