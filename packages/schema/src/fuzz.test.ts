// Fuzzing the engine with random edits of the real plans (src/testing/fuzzEdits.ts): nothing
// throws, every diagnostic's range lies inside the document, results are deterministic, and
// what analyzes clean renders, exports, diffs and scaffolds without throwing.
// Bounded here (300 runs per property, FUZZ_RUNS to change); `npm run fuzz` runs long.
// A failure prints its seed: FUZZ_SEED=<seed> npx vitest run src/fuzz.test.ts replays it.
// Speed: a hang shows as this file's timeout; the bench measures speed, not these tests.
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from './diagnostics/types.js';
import { formatMessage } from './diagnostics/localize.js';
import { isMessageKey } from './messages/index.js';
import { diffPlans } from './diff/diffPlans.js';
import { analyzeBytes, analyzeText } from './engine.js';
import { exportPlan } from './export/exportPlan.js';
import { excessiveNesting } from './parse/guard.js';
import type { Plan } from './model/types.js';
import { renderPlan } from './render/render.js';
import { buildDocument } from './render/document.js';
import { writeHtml } from './render/writeHtml.js';
import { ScaffoldError, scaffoldNewYear } from './scaffold/newYear.js';
import { editedBytes, editedText, fuzzParameters, rangeProblem, textLines } from './testing/fuzzEdits.js';
import { REPO_ROOT } from './testing/realPlans.js';

/** Every plan in the repository: plans/<jurisdiction>/<year>.yaml. */
function realPlans(): string[] {
  const root = join(REPO_ROOT, 'plans');
  const out: string[] = [];
  for (const j of readdirSync(root, { withFileTypes: true }))
    if (j.isDirectory())
      for (const f of readdirSync(join(root, j.name)).sort()) if (/^\d{4}\.ya?ml$/.test(f)) out.push(readFileSync(join(root, j.name, f), 'utf8'));
  return out;
}

const PLANS = realPlans();
const ORIGINALS = PLANS.map((t) => analyzeText(t).model.value as Plan);
const params = fuzzParameters(300);
const TIMEOUT = Math.max(10 * 60_000, params.numRuns * 2_000); // a hang guard, not a speed assertion

/** The first way the diagnostics are wrong for this text, or undefined. */
function diagnosticsProblem(text: string, ds: readonly Diagnostic[]): string | undefined {
  const lines = textLines(text);
  for (const d of ds) {
    const where = rangeProblem(text, d.range, lines);
    if (where) return `${d.code}: ${where}`;
    if (!['error', 'warning', 'info', 'hint'].includes(d.severity)) return `${d.code}: severity ${d.severity}`;
    if (!isMessageKey(d.code)) return `${d.code}: no message`;
    for (const lang of ['vi', 'en'] as const) {
      const m = formatMessage(d, lang);
      // A placeholder left unfilled; an invisible character shown as \u{2028} is not one.
      if (!m.trim() || /(?<!\\u)\{\w+(\|[\w-]+)?\}|undefined|\[object Object\]/.test(m)) return `${d.code}: bad ${lang} message “${m}”`;
    }
    for (const e of d.fix ?? []) {
      const fixWhere = rangeProblem(text, e.range, lines);
      if (fixWhere) return `${d.code}: fix ${fixWhere}`;
    }
  }
  return undefined;
}

describe('fuzz: random edits of the real plans through the engine', () => {
  it('real plans to edit', () => {
    expect(PLANS.length).toBeGreaterThanOrEqual(1);
  });

  it(
    'analyzeText never throws, keeps every range inside the document, and is deterministic',
    () => {
      fc.assert(
        fc.property(editedText(PLANS), ({ text }) => {
          // Edits of real plans never come near the nesting guard: it must not refuse them.
          expect(excessiveNesting(text)).toBe(-1);
          const first = analyzeText(text, 'plans/ha-noi/fuzz.yaml');
          const problem = diagnosticsProblem(text, first.diagnostics);
          if (problem) throw new Error(problem);
          const again = analyzeText(text, 'plans/ha-noi/fuzz.yaml');
          expect(again.diagnostics).toEqual(first.diagnostics);
        }),
        params,
      );
    },
    TIMEOUT,
  );

  it(
    'analyzeBytes never throws on byte-level damage (invalid UTF-8, NUL, BOM) and keeps ranges inside',
    () => {
      fc.assert(
        fc.property(editedBytes(PLANS), (bytes) => {
          const { diagnostics } = analyzeBytes(bytes, 'fuzz.yaml');
          // A refused file reports against what could be decoded: check against the lossy text.
          const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
          for (const d of diagnostics) {
            if (d.code === 'file-binary' || d.code === 'file-not-utf8') {
              expect(d.range.start.line).toBeLessThan(textLines(text).length);
              continue;
            }
            const problem = diagnosticsProblem(new TextDecoder('utf-8').decode(bytes), [d]);
            if (problem) throw new Error(problem);
          }
        }),
        params,
      );
    },
    TIMEOUT,
  );

  it(
    'what analyzes clean renders, exports, diffs, and scaffolds next year keeping every comment',
    () => {
      let clean = 0;
      fc.assert(
        fc.property(editedText(PLANS, 2), ({ source, text }) => {
          const { model, diagnostics } = analyzeText(text, 'plans/ha-noi/fuzz.yaml');
          if (diagnostics.some((d) => d.severity === 'error')) return;
          clean++;
          const plan = model.value as Plan;
          expect(typeof renderPlan(plan)).toBe('string');
          expect(writeHtml(buildDocument(plan))).toMatch(/<\/html>\n$/);
          expect(() => JSON.stringify(exportPlan(plan))).not.toThrow();
          expect(diffPlans(ORIGINALS[source]!, plan)).toBeTruthy();
          let draft;
          try {
            draft = scaffoldNewYear(text, { baseline: './fuzz.yaml' });
          } catch (e) {
            if (!(e instanceof ScaffoldError)) throw e;
            return;
          }
          // Nothing lost: every comment line of the baseline is in the draft (as often).
          const left = new Map<string, number>();
          for (const l of draft.text.split(/\r?\n|\r/)) if (/^\s*#/.test(l)) left.set(l.trim(), (left.get(l.trim()) ?? 0) + 1);
          for (const l of text.split(/\r?\n|\r/)) {
            if (!/^\s*#/.test(l)) continue;
            const n = left.get(l.trim()) ?? 0;
            if (n === 0) throw new Error(`comment lost by new-year: ${l}`);
            left.set(l.trim(), n - 1);
          }
        }),
        params,
      );
      // Most single edits land in comments, text or values and leave a valid plan.
      expect(clean).toBeGreaterThan(0);
    },
    TIMEOUT,
  );
});
