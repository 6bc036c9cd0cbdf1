// What changed in one field or one text, as the diff records it: a field by value (strings
// compared NFC, so a re-encoded file is no change), a text with its word diff.

import type { FieldChange, TextChange } from './types.js';
import { wordDiff } from './wordDiff.js';

/** Records `field` when its value differs; either side may be absent. */
export function pushField(out: FieldChange[], field: string, from: unknown, to: unknown): void {
  if (same(from, to)) return;
  out.push({ field, ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) });
}

/** A changed text, with its word diff when both sides have one; undefined when the same. */
export function textChange(from: string | undefined, to: string | undefined): TextChange | undefined {
  if (from === to) return undefined;
  const c: TextChange = { ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
  if (from !== undefined && to !== undefined) c.diff = wordDiff(from, to);
  return c;
}

/** A model node's own fields, for those the view does not type (they are compared as written). */
export function fieldsOf(node: { source: object }): Record<string, unknown> {
  return node.source as Record<string, unknown>;
}

function same(x: unknown, y: unknown): boolean {
  if (typeof x === 'string' && typeof y === 'string') return x.normalize('NFC') === y.normalize('NFC');
  return JSON.stringify(x) === JSON.stringify(y);
}

/** A string field the view does not type (an indicator's printed number, a part's label). */
export function stringField(node: { source: object }, key: string): string | undefined {
  const v = fieldsOf(node)[key];
  return typeof v === 'string' ? v : undefined;
}
