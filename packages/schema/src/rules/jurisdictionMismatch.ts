import { baselineRefs } from '../model/baseline.js';
import { isObject } from './helpers.js';
import type { Rule } from './rule.js';

/**
 * `jurisdiction.id` is the folder the plan sits in (`plans/<id>/<year>.yaml`): a file copied
 * from another province and not moved on is caught. For a province formed by merging, each
 * `baselines` entry's declared predecessor must be the jurisdiction of the plan it points to.
 */
export const jurisdictionMismatch: Rule = {
  code: 'jurisdiction-mismatch',
  severity: 'error',
  check(ctx) {
    const raw = ctx.plan.raw;
    const id = isObject(raw.jurisdiction) && typeof raw.jurisdiction.id === 'string' ? raw.jurisdiction.id : undefined;
    const folder = folderOf(ctx.model.uri);
    if (id !== undefined && folder !== undefined && folder !== id) {
      ctx.reportAt('/jurisdiction/id', { problem: 'folder', id, folder });
    }
    const refs = baselineRefs(ctx.model.uri, raw);
    for (const base of ctx.baselines) {
      const ref = refs.find((r) => r.path === base.uri);
      const declared = ref?.jurisdiction?.id;
      const actual = base.plan.raw.jurisdiction?.id;
      if (!ref?.pointer || declared === undefined || typeof actual !== 'string' || declared === actual) continue;
      const at = ref.pointer.replace(/\/path$/, '/jurisdiction/id');
      ctx.reportAt(at, { problem: 'baseline', id: declared, found: actual, path: base.uri });
    }
  },
};

/** `ha-noi` for ".../plans/ha-noi/2025.yaml" (or a deeper file under it); none outside a plans/ folder. */
function folderOf(uri: string): string | undefined {
  const segments = uri.split(/[\\/]/);
  const at = segments.lastIndexOf('plans');
  if (at < 0 || at + 2 >= segments.length) return undefined;
  try {
    return decodeURIComponent(segments[at + 1]!);
  } catch {
    return segments[at + 1];
  }
}

