// The verbatim wording, read by the grammar, against the structured fields beside it. The
// wording is what the Council adopted, so it wins: the fix rewrites the field.

import type { TextEdit } from '../diagnostics/types.js';
import { normalizeUnitSpacing, type TargetAst } from '../grammar/index.js';
import type { Target } from '../model/types.js';
import { parseWording, str, yamlLiteral, type TargetSite } from './helpers.js';
import type { Rule, RuleContext } from './rule.js';
import { sameUnit } from './targetConsistency.js';

/** A comparator that contradicts the wording: "6,5% trở lên" (≥) with `op: "<"`. */
export const comparatorWording: Rule = {
  code: 'comparator-wording',
  severity: 'error',
  check(ctx) {
    forParsed(ctx, (site, wording, ast) => {
      const op = site.target.op;
      if (ast.op === undefined || typeof op !== 'string' || op === ast.op) return;
      const pointer = `${site.pointer}/op`;
      ctx.reportAt(pointer, { wording, op, expected: ast.op }, withFix(ctx, pointer, JSON.stringify(ast.op)));
    });
  },
};

/** Any other field the wording contradicts: kind, value, min, max, unit, state. */
export const wordingMismatch: Rule = {
  code: 'wording-mismatch',
  severity: 'error',
  check(ctx) {
    forParsed(ctx, (site, wording, ast) => {
      for (const d of differences(site.target, ast)) {
        const pointer = `${site.pointer}/${d.field}`;
        const present = ctx.model.sourceMap.get(pointer) !== undefined;
        const literal = d.expected === undefined ? undefined : yamlLiteral(d.expected);
        const options = present && literal !== undefined ? withFix(ctx, pointer, literal) : {};
        ctx.reportAt(pointer, { wording, field: d.field, expected: show(d.expected), actual: show(d.actual) }, options);
      }
    });
  },
};

function show(v: string | number | undefined): string | number {
  return v === undefined ? '—' : typeof v === 'number' ? v : `“${v}”`;
}

function withFix(ctx: RuleContext, pointer: string, newText: string): { fix?: TextEdit[] } {
  const span = ctx.model.sourceMap.get(pointer);
  return span ? { fix: [{ range: ctx.model.parsed.lines.range(span.value[0], span.value[1]), newText }] } : {};
}

function forParsed(ctx: RuleContext, f: (site: TargetSite, wording: string, ast: TargetAst) => void): void {
  for (const site of ctx.plan.targets) {
    const wording = site.target.wording;
    if (typeof wording !== 'string' || site.status !== 'set') continue;
    const r = parseWording(wording);
    if (r.ok) f(site, wording, r.target);
  }
}

interface Difference {
  field: 'kind' | 'value' | 'min' | 'max' | 'unit' | 'state';
  expected: string | number | undefined;
  actual: string | number | undefined;
}

function sameNumber(a: number | undefined, b: number | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

const foldState = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();

/** The fields of `t` that the wording's reading `ast` contradicts (op is comparator-wording's). */
export function differences(t: Target, ast: TargetAst): Difference[] {
  const out: Difference[] = [];
  const kind = str(t.kind) ?? 'level';
  if (kind !== ast.kind) out.push({ field: 'kind', expected: ast.kind, actual: kind });
  // A "Duy trì …" state without a quantity: only the state can disagree. A range read
  // where the fields hold one value (or the reverse) is comparator-wording's to report.
  const shapeDiffers = ast.op !== undefined && typeof t.op === 'string' && (t.op === 'range') !== (ast.op === 'range');
  if (ast.op !== undefined) {
    if (!shapeDiffers) for (const field of ['value', 'min', 'max'] as const) {
      const a = typeof t[field] === 'number' ? t[field] : undefined;
      if (!sameNumber(a, ast[field])) out.push({ field, expected: ast[field], actual: a });
    }
    const unit = str(t.unit);
    const written = ast.unit === undefined ? undefined : normalizeUnitSpacing(ast.unit);
    if (!sameUnit(unit ?? '', written ?? '')) out.push({ field: 'unit', expected: written, actual: unit });
  }
  const state = str(t.state);
  if (state !== undefined && ast.state !== undefined && foldState(state) !== foldState(ast.state)) {
    out.push({ field: 'state', expected: ast.state, actual: state });
  }
  return out;
}
