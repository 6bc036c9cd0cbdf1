// Which documents are plans, decided without parsing so that the adapter can ask on every open
// and every keystroke: a YAML file under a `plans/` folder, or any YAML file whose first 2 KB
// declare the plan's `schemaVersion` beside a `jurisdiction:` or `indicators:` key. Pure and
// light: the adapter imports it at activation, before the engine is loaded.

/** `…/plans/<anything>.yaml` or `.yml` (a URI path or a file path). */
export function isPlanPath(path: string): boolean {
  return /(^|[\\/])plans[\\/](.+[\\/])?[^\\/]+\.ya?ml$/i.test(path);
}

const SNIFF_BYTES = 2048;

/** At most this many plan files are read for one cross-file feature (references, rename, symbols): bounded cost on any workspace. */
export const MAX_PLAN_FILES = 2000;

/** The start of a YAML text that declares a plan: top-level `schemaVersion:` and `jurisdiction:` or `indicators:`. */
export function declaresPlan(text: string): boolean {
  const head = text.slice(0, SNIFF_BYTES);
  return /^schemaVersion\s*:/m.test(head) && /^(jurisdiction|indicators)\s*:/m.test(head);
}

export function isPlanDocument(doc: { path: string; languageId?: string; text: () => string }): boolean {
  if (doc.languageId !== undefined && doc.languageId !== 'yaml') return false;
  return isPlanPath(doc.path) || declaresPlan(doc.text());
}

/**
 * Where the plan's baseline should be, read from its first lines without parsing (`baseline:`,
 * else `year:` − 1 beside it, as the engine's baselineRef decides), so that the adapter can start
 * reading it while the engine loads. A hint only: the engine's own lookup is the authority.
 */
export function baselineHint(uri: string, text: string): string | undefined {
  const head = text.slice(0, 4096);
  const named = /^baseline:[ \t]*(?:"([^"\n]+)"|'([^'\n]+)'|([^\s#'"][^#\n]*?))[ \t]*(?:#.*)?$/m.exec(head);
  const ref = named ? (named[1] ?? named[2] ?? named[3])!.trim() : undefined;
  if (ref && ref !== 'null' && ref !== '~') return /^[a-z][a-z0-9+.-]*:|^\//i.test(ref) ? undefined : join(uri, ref);
  const year = /^year:[ \t]*(\d{4})[ \t]*(?:#.*)?$/m.exec(head);
  return year ? join(uri, `./${Number(year[1]) - 1}.yaml`) : undefined;
}

/** `ref` ("./2025.yaml", "../x/2025.yaml") against the folder of `uri`. */
function join(uri: string, ref: string): string {
  const segments = uri.split('/');
  segments.pop();
  for (const s of ref.split('/')) {
    if (s === '.' || s === '') continue;
    if (s === '..' && segments.length > 3) segments.pop();
    else if (s !== '..') segments.push(s);
  }
  return segments.join('/');
}
