// Nothing lost by quick fixes (the engine's `fix` edits, which the editor applies): on random
// damage to the 2025 plan's targets and labels, applying any fix offered changes only the lines
// it covers, keeps every comment, keeps the YAML readable, and makes its diagnostic go away.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic, TextEdit } from './diagnostics/types.js';
import { analyzeText } from './engine.js';
import { LineMap } from './parse/position.js';
import { fuzzParameters } from './testing/fuzzEdits.js';
import { readPlan } from './testing/realPlans.js';

const plan2025 = readPlan('ha-noi/2025');

/** Applies edits as the editor does (all against the original text). */
function applyFix(text: string, edits: TextEdit[]): string {
  const lines = new LineMap(text);
  let out = text;
  for (const e of [...edits].sort((a, b) => lines.offset(b.range.start) - lines.offset(a.range.start))) {
    out = out.slice(0, lines.offset(e.range.start)) + e.newText + out.slice(lines.offset(e.range.end));
  }
  return out;
}

/** Damage a drafter does to a wording or a label, at the n-th place it applies. */
const DAMAGE: Array<[RegExp, (m: string) => string]> = [
  [/(?<=wording: "?[^"\n,}]*?\d),(?=\d)/g, () => '.'], // 6,5 → 6.5
  [/(?<=wording: "?[^"\n,}]*?\d)%/g, () => ' %'], // 20% → 20 %
  [/(?<=wording: ")(?=[^"\n])/g, () => ' '], // a leading space
  [/(?<=wording: "?[^"\n,}]*?)trở lên/g, () => 'trở xuống'],
  [/(?<=wording: "?)dưới/g, () => 'trên'],
  [/(?<=number: ")\d+/g, (m) => String(Number(m) + 1)], // a label out of sequence
  [/(?<=wording: "?[^"\n,}]*?\d)\.(?=\d{3})/g, () => ','], // 4.670 → 4,670
];

function damage(text: string, kind: number, nth: number): string | undefined {
  const [re, f] = DAMAGE[kind % DAMAGE.length]!;
  const all = [...text.matchAll(re)];
  if (all.length === 0) return undefined;
  const m = all[nth % all.length]!;
  return text.slice(0, m.index) + f(m[0]) + text.slice(m.index! + m[0].length);
}

const lineList = (t: string) => t.split(/\r\n|\r|\n/);
const comments = (t: string) => lineList(t).filter((l) => /^\s*#/.test(l));

describe('quick fixes lose nothing', () => {
  it('each fix changes only its lines, keeps every comment and the YAML, and removes its diagnostic', () => {
    let fixes = 0;
    const codes = new Set<string>();
    fc.assert(
      fc.property(fc.array(fc.record({ kind: fc.nat(), nth: fc.nat() }), { minLength: 1, maxLength: 3 }), (damages) => {
        let text = plan2025;
        for (const d of damages) text = damage(text, d.kind, d.nth) ?? text;
        const found = analyzeText(text, 'plans/ha-noi/2025.yaml').diagnostics.filter((d): d is Diagnostic & { fix: TextEdit[] } => !!d.fix?.length);
        for (const d of found) {
          fixes++;
          codes.add(d.code);
          const fixed = applyFix(text, d.fix);
          // Only the lines the edits cover differ: the same lines before and after them.
          const first = Math.min(...d.fix.map((e) => e.range.start.line));
          const last = Math.max(...d.fix.map((e) => e.range.end.line));
          const before = lineList(text);
          const after = lineList(fixed);
          const added = after.length - before.length;
          expect(after.slice(0, first)).toEqual(before.slice(0, first));
          expect(after.slice(last + 1 + added)).toEqual(before.slice(last + 1));
          expect(comments(fixed)).toEqual(comments(text));
          const again = analyzeText(fixed, 'plans/ha-noi/2025.yaml').diagnostics;
          expect(again.filter((x) => x.code.startsWith('yaml-')).map((x) => x.code)).toEqual([]);
          expect(again.some((x) => x.code === d.code && x.range.start.line === d.range.start.line && x.range.start.character === d.range.start.character)).toBe(false);
        }
      }),
      fuzzParameters(300),
    );
    expect(fixes).toBeGreaterThan(0);
    // The damage reaches several rules' fixes (number-convention, target-spacing, comparator-wording, label-sequence).
    expect(codes.size).toBeGreaterThanOrEqual(3);
  }, 10 * 60_000);
});
