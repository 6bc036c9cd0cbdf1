// A file as a plan's `baseline:` names it: relative to the plan that refers to it. The inverse
// of model/baseline.ts's resolvePath, on the same kinds of strings: paths ("/", "\", a drive
// letter) and URIs (the editor's), so that the CLI and the editor write the same reference.

/**
 * `to` relative to the file `from`: "./2025.yaml", "../ha-noi/2025.yaml". A URI's segments are
 * decoded (the reference is a path, as a drafter writes it). When the two share no root (another
 * drive, scheme or host), `to` itself.
 */
export function relativeRef(from: string, to: string): string {
  const a = split(from);
  const b = split(to);
  if (a.root.toLowerCase() !== b.root.toLowerCase()) return to;
  const dir = a.segments.slice(0, -1);
  let i = 0;
  while (i < dir.length && i < b.segments.length - 1 && dir[i] === b.segments[i]) i++;
  const rest = b.segments.slice(i).join('/');
  return i === dir.length ? `./${rest}` : '../'.repeat(dir.length - i) + rest;
}

function split(s: string): { root: string; segments: string[] } {
  const uri = /^([a-z][a-z0-9+.-]+:\/\/[^/?#]*)([^?#]*)/i.exec(s);
  const root = uri ? uri[1]! : /^(?:[a-z]:)?[\\/]?/i.exec(s)![0].replace(/\\/g, '/');
  const path = uri ? uri[2]! : s.slice(root.length);
  const segments: string[] = [];
  for (const raw of path.split(uri ? '/' : /[\\/]/)) {
    const seg = uri ? decode(raw) : raw;
    if (seg === '' || seg === '.') continue;
    if (seg === '..' && segments.length > 0 && segments[segments.length - 1] !== '..') segments.pop();
    else segments.push(seg);
  }
  return { root, segments };
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // a stray "%": the text as it is
  }
}
