// JSON pointers (RFC 6901) into the plan: the one builder, so an id or key holding "/" or "~"
// can never point somewhere else.
import { pointerEscape } from '../parse/spans.js';

/** `/indicators/3` + `target` → `/indicators/3/target`. */
export function childPointer(pointer: string, ...segments: Array<string | number>): string {
  let out = pointer;
  for (const s of segments) out += `/${pointerEscape(s)}`;
  return out;
}

/** The pointer of a path from the root: `pointerOf('indicators', 3, 'target')`. */
export function pointerOf(...segments: Array<string | number>): string {
  return childPointer('', ...segments);
}

/** `/indicators/3/target` → `['indicators', '3', 'target']`, unescaped. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
