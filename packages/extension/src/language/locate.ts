// Where the cursor is, in terms of the plan: the deepest JSON pointer whose key or value
// contains the offset. Walks down the value, so it costs depth × log(list length).
import type { PlanModel, Span } from '@kehoach/schema';

export interface Located {
  pointer: string;
  /** Path segments of the pointer (array indices as numbers). */
  path: Array<string | number>;
  on: 'key' | 'value';
  span: Span;
}

const within = (r: [number, number] | undefined, offset: number) => !!r && r[0] <= offset && offset <= r[1];

export function locate(model: PlanModel, offset: number): Located | undefined {
  let value: unknown = model.value;
  let pointer = '';
  const path: Array<string | number> = [];
  let found: Located | undefined;
  for (let depth = 0; depth < 64; depth++) {
    let next: { segment: string | number; span: Span } | undefined;
    if (Array.isArray(value)) {
      // Items are in source order: binary search the one that starts at or before the offset.
      let lo = 0;
      let hi = value.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const span = model.sourceMap.get(`${pointer}/${mid}`);
        if (!span) break;
        if (span.value[0] > offset) hi = mid - 1;
        else if (span.value[1] < offset) lo = mid + 1;
        else {
          next = { segment: mid, span };
          break;
        }
      }
    } else if (value !== null && typeof value === 'object') {
      for (const key of Object.keys(value)) {
        const span = model.sourceMap.get(`${pointer}/${escape(key)}`);
        if (span && (within(span.key, offset) || within(span.value, offset))) {
          next = { segment: key, span };
          break;
        }
      }
    }
    if (!next) break;
    pointer = `${pointer}/${escape(String(next.segment))}`;
    path.push(next.segment);
    value = (value as Record<string | number, unknown>)[next.segment];
    const onKey = within(next.span.key, offset);
    found = { pointer, path: [...path], on: onKey ? 'key' : 'value', span: next.span };
    if (onKey) break;
  }
  return found;
}

function escape(s: string): string {
  return s.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The value at a path of the plan. */
export function valueAt(root: unknown, path: ReadonlyArray<string | number>): unknown {
  let v = root;
  for (const s of path) v = v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>)[s] : undefined;
  return v;
}
