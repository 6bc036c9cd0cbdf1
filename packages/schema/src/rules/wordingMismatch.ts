// The verbatim wording, read by the grammar, against the structured fields beside it. The
// wording is what the Council adopted, so it wins: the fix rewrites the field.

import type { TextEdit } from '../diagnostics/types.js';
import { normalizeUnitSpacing, type TargetAst } from '../grammar/index.js';
import type { Target } from '../model/types.js';
import { sameUnit } from '../vocabulary/index.js';
import { parseWording, str, yamlLiteral, type TargetSite } from './helpers.js';
import type { Rule, RuleContext } from './rule.js';
import { valueEdit } from '../edit/valueEdit.js';

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

/**
 * A number the wording contradicts: value, min, max. A code of its own, as the comparator's is:
 * a suppression silences one code on one line, and a flow-style target (`target: { wording: …,
 * value: … }`) is one line, so suppressing wording-mismatch there (for a unit or a kind the text
 * words its own way) must not switch off the check of its numbers (30 changed to 3).
 */
export const valueWording: Rule = {
  code: 'value-wording',
  severity: 'error',
  check(ctx) {
    reportDifferences(ctx, (field) => NUMBER_FIELDS.has(field));
  },
};

/**
 * Any other field the wording contradicts: kind, unit, the share's base, the estimate and
 * average qualifiers, the reference year, state.
 */
export const wordingMismatch: Rule = {
  code: 'wording-mismatch',
  severity: 'error',
  check(ctx) {
    reportDifferences(ctx, (field) => !NUMBER_FIELDS.has(field));
  },
};

const NUMBER_FIELDS: ReadonlySet<Difference['field']> = new Set(['value', 'min', 'max']);

function reportDifferences(ctx: RuleContext, which: (field: Difference['field']) => boolean): void {
  forParsed(ctx, (site, wording, ast) => {
    for (const d of differences(site.target, ast)) {
      if (!which(d.field)) continue;
      const pointer = `${site.pointer}/${d.field}`;
      const present = ctx.model.sourceMap.get(pointer) !== undefined;
      const literal = d.expected === undefined ? undefined : yamlLiteral(d.expected);
      const options = present && literal !== undefined ? withFix(ctx, pointer, literal) : {};
      ctx.reportAt(pointer, { wording, field: d.field, expected: show(d.expected), actual: show(d.actual) }, options);
    }
  });
}

function show(v: string | number | boolean | undefined): string | number {
  return v === undefined ? '—' : typeof v === 'number' ? v : typeof v === 'boolean' ? String(v) : `“${v}”`;
}

function withFix(ctx: RuleContext, pointer: string, newText: string): { fix?: TextEdit[] } {
  // The value's own range (a block scalar keeps its line break); none where an alias reuses it.
  const r = valueEdit(ctx.model, pointer, newText);
  return r.ok ? { fix: [r.edit] } : {};
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
  field: 'kind' | 'value' | 'min' | 'max' | 'unit' | 'of' | 'estimate' | 'average' | 'relativeTo' | 'state';
  expected: string | number | boolean | undefined;
  actual: string | number | boolean | undefined;
}

function sameNumber(a: number | undefined, b: number | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

const foldState = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();

/** Bounds and no value: a range, plain ("95-100%") or qualified ("khoảng 30-35"). */
const rangeShaped = (t: { value?: unknown; min?: unknown; max?: unknown }) =>
  typeof t.min === 'number' && typeof t.max === 'number' && typeof t.value !== 'number';

/** The fields of `t` that the wording's reading `ast` contradicts (op is comparator-wording's). */
export function differences(t: Target, ast: TargetAst): Difference[] {
  const out: Difference[] = [];
  const kind = str(t.kind) ?? 'level';
  if (kind !== ast.kind) out.push({ field: 'kind', expected: ast.kind, actual: kind });
  // A state without a quantity: only the state can disagree. A range read where the fields
  // hold one value (or the reverse) under another op is comparator-wording's to report.
  const shapeDiffers = ast.op !== undefined && typeof t.op === 'string' && t.op !== ast.op && rangeShaped(t) !== rangeShaped(ast);
  if (ast.op !== undefined) {
    if (!shapeDiffers) for (const field of ['value', 'min', 'max'] as const) {
      const a = typeof t[field] === 'number' ? t[field] : undefined;
      if (!sameNumber(a, ast[field])) out.push({ field, expected: ast[field], actual: a });
    }
    const unit = str(t.unit);
    const written = ast.unit === undefined ? undefined : normalizeUnitSpacing(ast.unit);
    // A wording without a unit leaves it to the field (unit-missing checks there is one);
    // a unit written is the field's, read by the vocabulary's algebra ("tỉ" = "tỷ", "m²" = "m2").
    if (written !== undefined && !sameUnit(unit ?? '', written)) out.push({ field: 'unit', expected: written, actual: unit });
    const of = str(t.of);
    if (of !== ast.of) out.push({ field: 'of', expected: ast.of, actual: of });
    const relativeTo = typeof t.relativeTo === 'number' || typeof t.relativeTo === 'string' ? t.relativeTo : undefined;
    if (relativeTo !== ast.relativeTo) out.push({ field: 'relativeTo', expected: ast.relativeTo, actual: relativeTo });
  }
  for (const field of ['estimate', 'average'] as const) {
    const actual = t[field] === true;
    if (actual !== (ast[field] === true)) out.push({ field, expected: ast[field] === true ? true : undefined, actual: actual ? true : undefined });
  }
  if (ast.op === undefined) {
    // A state said without a number ("giải ngân toàn bộ"): a number in the fields is invented.
    for (const field of ['value', 'min', 'max'] as const) {
      if (typeof t[field] === 'number') out.push({ field, expected: undefined, actual: t[field] });
    }
  }
  const state = str(t.state);
  if (state !== undefined && ast.state !== undefined && foldState(state) !== foldState(ast.state)) {
    out.push({ field: 'state', expected: ast.state, actual: state });
  }
  if (ast.kind === 'state' && state === undefined) out.push({ field: 'state', expected: ast.state, actual: undefined });
  return out;
}
