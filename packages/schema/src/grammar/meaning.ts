// From a parsed target to the structured YAML fields, and the comparison of two targets'
// meanings (used to check a plan's fields against its wording).

import type { Target } from '../model/types.js';
import type { TargetAst } from './target.js';
import { foldUnit } from './text.js';

/** The structured fields of a target: wording, kind (omitted when level), op, numbers, unit, state. */
export function toTarget(ast: TargetAst, wording: string): Target {
  const t: Target = { wording };
  if (ast.kind !== undefined && ast.kind !== 'level') t.kind = ast.kind;
  if (ast.op !== undefined) t.op = ast.op;
  if (ast.value !== undefined) t.value = ast.value;
  if (ast.min !== undefined) t.min = ast.min;
  if (ast.max !== undefined) t.max = ast.max;
  if (ast.unit !== undefined) t.unit = ast.unit;
  if (ast.state !== undefined) t.state = ast.state;
  return t;
}

function sameNumber(a: number | undefined, b: number | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a === b) return true;
  const diff = Math.abs(a - b);
  return diff <= 1e-9 || diff <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

function foldState(s: string | undefined): string | undefined {
  return s === undefined ? undefined : s.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/**
 * Whether two targets mean the same: kind (missing = level), op, value/min/max (within
 * 1e-9), unit ignoring whitespace and case ("m 2 /người" ≡ "m2/người"; missing ≡ ""), and
 * state ignoring case and runs of whitespace. `wording` and `placeholder` are not compared.
 */
export function sameMeaning(a: Target, b: Target): boolean {
  return (
    (a.kind ?? 'level') === (b.kind ?? 'level') &&
    a.op === b.op &&
    sameNumber(a.value, b.value) &&
    sameNumber(a.min, b.min) &&
    sameNumber(a.max, b.max) &&
    foldUnit(a.unit) === foldUnit(b.unit) &&
    foldState(a.state) === foldState(b.state)
  );
}
