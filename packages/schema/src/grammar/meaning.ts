// From a parsed target to the structured YAML fields, and the comparison of two targets'
// meanings (used to check a plan's fields against its wording).

import type { Target } from '../model/types.js';
import { unitFactor } from '../vocabulary/index.js';
import type { TargetAst } from './target.js';

/**
 * The structured fields of a target: wording, kind (omitted when level), op, numbers, unit,
 * share base, estimate, average, reference and state.
 */
export function toTarget(ast: TargetAst, wording: string): Target {
  const t: Target = { wording };
  if (ast.kind !== undefined && ast.kind !== 'level') t.kind = ast.kind;
  if (ast.op !== undefined) t.op = ast.op;
  if (ast.value !== undefined) t.value = ast.value;
  if (ast.min !== undefined) t.min = ast.min;
  if (ast.max !== undefined) t.max = ast.max;
  if (ast.unit !== undefined) t.unit = ast.unit;
  if (ast.of !== undefined) t.of = ast.of;
  if (ast.estimate === true) t.estimate = true;
  if (ast.average === true) t.average = true;
  if (ast.relativeTo !== undefined) t.relativeTo = ast.relativeTo;
  if (ast.state !== undefined) t.state = ast.state;
  return t;
}

export function sameNumber(a: number | undefined, b: number | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a === b) return true;
  const diff = Math.abs(a - b);
  return diff <= 1e-9 || diff <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

function foldState(s: string | undefined): string | undefined {
  return s === undefined ? undefined : s.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

const scaled = (v: number | undefined, factor: number) => (v === undefined ? undefined : v * factor);

/**
 * Whether two targets mean the same: kind (missing = level), op, value/min/max (within 1e-9)
 * in units the vocabulary's algebra reads as one ("730 nghìn tỷ đồng" = "730.000 tỷ đồng",
 * "tỉ" = "tỷ", "m 2 /người" = "m2/người"; missing ≡ ""), the share's base, estimate, average, reference,
 * and state ignoring case and runs of whitespace. `wording` and `placeholder` are not compared.
 */
export function sameMeaning(a: Target, b: Target): boolean {
  const factor = unitFactor(a.unit, b.unit);
  return (
    factor !== undefined &&
    (a.kind ?? 'level') === (b.kind ?? 'level') &&
    a.op === b.op &&
    sameNumber(scaled(a.value, factor), b.value) &&
    sameNumber(scaled(a.min, factor), b.min) &&
    sameNumber(scaled(a.max, factor), b.max) &&
    a.of === b.of &&
    (a.estimate === true) === (b.estimate === true) &&
    (a.average === true) === (b.average === true) &&
    a.relativeTo === b.relativeTo &&
    foldState(a.state) === foldState(b.state)
  );
}
