// The legal bases ("Căn cứ …", "Xét …"), up to the enacting formula ("QUYẾT NGHỊ:"), each line
// a paragraph of the preamble.

import { FORMULA } from './header.js';
import type { Line } from './types.js';

export interface Preamble {
  bases: { id: string; text: string }[];
  formula?: string;
}

export function readLegalBases(lines: readonly Line[], start: number): { preamble: Preamble; next: number } {
  const bases: Preamble['bases'] = [];
  let i = start;
  for (; i < lines.length; i++) {
    const s = lines[i]!.text;
    if (FORMULA.test(s)) return { preamble: { bases, formula: s }, next: i + 1 };
    if (/^Điều\s+\d/u.test(s) || /^\d+\.\s/u.test(s)) break;
    bases.push({ id: `preamble__para_${bases.length + 1}`, text: s });
  }
  return { preamble: { bases }, next: i };
}
