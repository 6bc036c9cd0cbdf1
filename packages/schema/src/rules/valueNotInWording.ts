// A wording the grammar cannot read whole is reported by malformed-target, and an adopted text
// that words a target in a way the grammar does not know keeps it verbatim with that code
// suppressed. Its structured numbers are still checked here, under a code of their own (a
// suppression silences one code on one line): each of value, min and max must be one of the
// numbers the wording writes, so a value changed from 30 to 3 does not pass unseen.

import { scanNumber } from '../grammar/index.js';
import { isDigit, isLetter } from '../grammar/text.js';
import { num, parseWording } from './helpers.js';
import type { Rule } from './rule.js';

export const valueNotInWording: Rule = {
  code: 'value-not-in-wording',
  severity: 'error',
  check(ctx) {
    for (const site of ctx.plan.targets) {
      const wording = site.target.wording;
      if (typeof wording !== 'string' || site.status !== 'set') continue;
      if (parseWording(wording).ok) continue;
      const written = numbersIn(wording);
      for (const field of ['value', 'min', 'max'] as const) {
        const v = num(site.target[field]);
        if (v === undefined || written.values.some((w) => close(w, v))) continue;
        const numbers = written.texts.length > 0 ? written.texts.map((t) => `“${t}”`).join(', ') : '—';
        ctx.reportAt(`${site.pointer}/${field}`, { wording, field, actual: v, numbers });
      }
    }
  },
};

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * The numbers a wording writes, each as written and in every reading the number scanner
 * allows ("4,670" is 4,67 or, meant as thousands, 4.670). Linear in the wording's length.
 */
export function numbersIn(wording: string): { texts: string[]; values: number[] } {
  const texts: string[] = [];
  const values: number[] = [];
  let i = 0;
  while (i < wording.length) {
    if (!isDigit(wording[i]) || isDigit(wording[i - 1]) || isLetter(wording[i - 1])) {
      i++;
      continue;
    }
    const r = scanNumber(wording, i);
    if (r === null) {
      i++;
      continue;
    }
    if (!r.ok) {
      i = Math.max(i + 1, r.error.end);
      continue;
    }
    const n = r.number;
    texts.push(n.text);
    values.push(n.value);
    const alt = n.warning?.code === 'number-ambiguous' ? n.warning.fix?.replacement : undefined;
    if (alt !== undefined) values.push(Number(alt.replace(/\./g, '')));
    i = Math.max(i + 1, n.end);
  }
  return { texts, values };
}
