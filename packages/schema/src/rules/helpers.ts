// What several rules share: mapping an offset inside a YAML scalar's value back to the
// source, and reading targets with the grammar (cached: a wording is parsed once however many
// rules look at it). The plan itself is walked by the model (model/planView.ts).

import type { Range, TextEdit } from '../diagnostics/types.js';
import { formatNumber, parseTarget, type ParseResult } from '../grammar/index.js';
import type { PlanModel } from '../model/model.js';
import type { Target } from '../model/types.js';
import { sharedAt, valueEdit } from '../edit/valueEdit.js';
import { quoted } from '../edit/yamlText.js';
export type { TargetSite } from '../model/planView.js';

export function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

export function list<T>(v: unknown): Array<T | undefined> {
  return Array.isArray(v) ? (v as Array<T | undefined>) : [];
}

export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
export const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** The target as it reads: its wording, else its meaning written the Vietnamese way. */
export function describeTarget(t: Target | undefined): string {
  if (!isObject(t)) return '—';
  if (typeof t.wording === 'string' && t.wording.trim() !== '') return t.wording;
  if (t.placeholder === true) return '…';
  if (t.unknown === true) return '?';
  const unit = typeof t.unit === 'string' ? (t.unit.startsWith('%') ? t.unit : ` ${t.unit}`) : '';
  const n = (v: unknown) => (typeof v === 'number' ? formatNumber(v) : '?');
  const op = t.op && t.op !== '=' && t.op !== 'range' ? `${t.op} ` : '';
  if (t.op === 'range' || (t.value === undefined && t.min !== undefined && t.max !== undefined)) return `${op}${n(t.min)}-${n(t.max)}${unit}`;
  if (t.op === undefined && typeof t.state === 'string') return t.state;
  return `${op}${n(t.value)}${unit}`;
}

// ---- reading wordings with the grammar ------------------------------------------------

const PARSE_CACHE = new Map<string, ParseResult>();
const PARSE_CACHE_MAX = 2000;

/** parseTarget, memoized: the same wording is read by several rules. */
export function parseWording(wording: string): ParseResult {
  let r = PARSE_CACHE.get(wording);
  if (!r) {
    r = parseTarget(wording);
    if (PARSE_CACHE.size >= PARSE_CACHE_MAX) PARSE_CACHE.clear();
    PARSE_CACHE.set(wording, r);
  }
  return r;
}

// ---- offsets inside a scalar -----------------------------------------------------------

/**
 * How a string scalar's value sits in the source: `base` is the source offset of the
 * value's first character when every value offset maps 1:1 (a plain scalar, or a quoted
 * one without escapes on one line); undefined when it does not (escapes, block scalars,
 * folded lines), and callers fall back to the whole value range.
 */
export interface ScalarSource {
  start: number;
  end: number;
  style: 'plain' | 'double' | 'single' | 'other';
  base?: number;
}

export function scalarSource(model: PlanModel, pointer: string, value: string): ScalarSource | undefined {
  const span = model.sourceMap.get(pointer);
  if (!span) return undefined;
  const [start, end] = span.value;
  const raw = model.parsed.text.slice(start, end);
  if (raw === value) return { start, end, style: 'plain', base: start };
  const q = raw[0];
  if ((q === '"' || q === "'") && raw.length >= 2 && raw[raw.length - 1] === q && raw.slice(1, -1) === value) {
    return { start, end, style: q === '"' ? 'double' : 'single', base: start + 1 };
  }
  return { start, end, style: q === '"' ? 'double' : q === "'" ? 'single' : 'other' };
}

/** The source range of value[from, to) of the string at pointer; the whole value when unmappable. */
export function rangeInScalar(model: PlanModel, pointer: string, value: string, from: number, to: number): Range | undefined {
  const src = scalarSource(model, pointer, value);
  if (!src) return undefined;
  const lines = model.parsed.lines;
  if (src.base === undefined) return lines.range(src.start, src.end);
  const a = Math.max(0, Math.min(from, value.length));
  const b = Math.max(a, Math.min(to, value.length));
  return lines.range(src.base + a, src.base + b);
}

/** YAML plain scalars may not hold these in a flow collection (or start with the indicators). */
const PLAIN_UNSAFE = /[,[\]{}#]|: |^[\s!&*?|>'"%@`-]|\s$/;
/** A plain scalar that reads as null, a boolean or a number in YAML's core schema, not as a string. */
const CORE_NON_STRING = /^(?:|~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;

/**
 * The edit that replaces value[from, to) by `replacement` in the source: a precise edit
 * inside the scalar where that keeps it valid, else the whole scalar rewritten double-quoted.
 */
export function editInScalar(
  model: PlanModel,
  pointer: string,
  value: string,
  from: number,
  to: number,
  replacement: string,
): TextEdit[] | undefined {
  const src = scalarSource(model, pointer, value);
  if (!src) return undefined;
  // A value an alias reuses: an edit here would change the other place too.
  if (sharedAt(model.parsed, src.start, src.end)) return undefined;
  const lines = model.parsed.lines;
  const next = value.slice(0, from) + replacement + value.slice(to);
  if (src.base !== undefined) {
    const range = lines.range(src.base + from, src.base + to);
    if (src.style === 'double') return [{ range, newText: replacement.replace(/[\\"]/g, (c) => `\\${c}`) }];
    if (src.style === 'single') return [{ range, newText: replacement.replace(/'/g, "''") }];
    if (src.style === 'plain' && !PLAIN_UNSAFE.test(next) && !CORE_NON_STRING.test(next) && !/^(---|\.\.\.)/.test(next)) return [{ range, newText: replacement }];
  }
  if (src.style === 'other' && !(model.parsed.text[src.start] === '"' || model.parsed.text[src.start] === "'")) {
    // A block scalar: rewriting it inline would change its layout; no certain fix.
    const raw = model.parsed.text.slice(src.start, src.end);
    if (/^[|>]/.test(raw)) return undefined;
  }
  const whole = valueEdit(model, pointer, quoted(next));
  return whole.ok ? [whole.edit] : undefined;
}

/** A JSON/YAML literal for a replacement value of a plain field (`op`, `value`, `unit`). */
export function yamlLiteral(v: string | number | boolean): string {
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return /^[\p{L}\p{N}][\p{L}\p{N} /]*$/u.test(v) && !/^(true|false|null|~|yes|no)$/i.test(v) && !/^\d/.test(v)
    ? v
    : JSON.stringify(v);
}

export { closest, editDistance } from '../diagnostics/suggest.js';
