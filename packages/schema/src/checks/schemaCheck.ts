import type { ErrorObject } from 'ajv';
import { MAX_LISTED, tooManyProblems } from '../diagnostics/limit.js';
import { validate } from '../generated/validatePlan.js';
import type { Diagnostic, Range } from '../diagnostics/types.js';
import type { PlanModel } from '../model/model.js';
import { pointerSegments } from '../model/pointer.js';
import { closest } from '../diagnostics/suggest.js';

/**
 * JSON Schema check with ajv's standalone validator (compiled at build time), every error
 * mapped to the exact source range and rewritten as a message a drafter understands.
 */
export function checkSchema(model: PlanModel): Diagnostic[] {
  if (model.value === undefined) return [];
  validate(model.value);
  const raw = validate.errors ?? [];
  // Millions of errors (a 10 MB list of items that are not objects) are summarized only as far
  // as a hundred times what is listed; the rest are counted as they come.
  const head = raw.length > MAX_SUMMARIZED ? raw.slice(0, MAX_SUMMARIZED) : raw;
  const errors = summarize(head);
  const total = errors.length + (raw.length - head.length);
  // The first MAX_LISTED; the rest are counted (100.000 unknown keys took seconds to list).
  const listed = errors.slice(0, MAX_LISTED).map((e) => toDiagnostic(model, e));
  if (total > MAX_LISTED) listed.push(tooManyProblems(toDiagnostic(model, errors[Math.min(MAX_LISTED, errors.length - 1)]!).range, total - MAX_LISTED));
  return listed;
}

const MAX_SUMMARIZED = 100 * MAX_LISTED;

/**
 * Drops ajv's bookkeeping errors and folds each failed oneOf into one error. Linear in the
 * errors: the oneOf schema paths are few (the schema's), and a oneOf's branches are looked up
 * among the errors at its own instance path.
 */
function summarize(errors: ErrorObject[]): ErrorObject[] {
  const oneOfs = errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf');
  const oneOfPaths = [...new Set(oneOfs.map((e) => e.schemaPath + '/'))];
  // The errors at each instance path that has a failed oneOf: where its branches are.
  const atPath = new Map<string, ErrorObject[]>(oneOfs.map((e) => [e.instancePath, []]));
  for (const e of errors) atPath.get(e.instancePath)?.push(e);
  const kept: ErrorObject[] = [];
  for (const e of errors) {
    if (e.keyword === 'if') continue;
    if (e.keyword !== 'oneOf' && e.keyword !== 'anyOf' && oneOfPaths.some((p) => e.schemaPath.startsWith(p))) continue;
    if (e.keyword === 'oneOf' || e.keyword === 'anyOf') {
      const branches = atPath.get(e.instancePath)!.filter((b) => b.schemaPath.startsWith(e.schemaPath + '/'));
      const expected = new Set<string>();
      for (const b of branches) {
        if (b.keyword === 'enum') for (const v of (b.params as { allowedValues: unknown[] }).allowedValues) expected.add(JSON.stringify(v));
        else if (b.keyword === 'type') expected.add(String((b.params as { type: string }).type));
        else if (b.keyword === 'const') expected.add(JSON.stringify((b.params as { allowedValue: unknown }).allowedValue));
      }
      kept.push({ ...e, params: { ...e.params, expected: [...expected].join(', ') } });
      continue;
    }
    kept.push(e);
  }
  // The same problem reached through two schema paths is reported once (its parameters are
  // compared only where the path and keyword repeat).
  const firstAt = new Map<string, ErrorObject>();
  const keysAt = new Map<string, Set<string>>();
  return kept.filter((e) => {
    const at = `${e.instancePath}|${e.keyword}`;
    const first = firstAt.get(at);
    if (!first) {
      firstAt.set(at, e);
      return true;
    }
    let keys = keysAt.get(at);
    if (!keys) keysAt.set(at, (keys = new Set([JSON.stringify(first.params)])));
    const key = JSON.stringify(e.params);
    if (keys.has(key)) return false;
    keys.add(key);
    return true;
  });
}

function toDiagnostic(model: PlanModel, e: ErrorObject): Diagnostic {
  const path = displayPath(model.value, e.instancePath);
  const p = e.params as Record<string, unknown>;
  const base = { severity: 'error' as const };
  switch (e.keyword) {
    case 'required': {
      // A missing property points at its parent's key, where it should be added.
      const where = keyOrValueRange(model, e.instancePath, 'key');
      return { ...base, code: 'schema-required', range: where, params: { property: String(p.missingProperty), path: path || '/' } };
    }
    case 'additionalProperties': {
      const prop = String(p.additionalProperty);
      const pointer = `${e.instancePath}/${prop.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      const allowed = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      // Keys are short: allow a third of the length in edits ("direcion" → "direction").
      const suggestion = closest(prop, allowed, Math.max(2, Math.floor(prop.length / 3)));
      return {
        ...base,
        code: 'schema-unknown-key',
        range: keyOrValueRange(model, pointer, 'key'),
        params: { property: prop, path: path || '/', allowed: allowed.join(', '), suggestion: suggestion ?? '' },
      };
    }
    case 'type':
      return {
        ...base,
        code: 'schema-type',
        range: keyOrValueRange(model, e.instancePath, 'value'),
        params: { path, expected: String(p.type), actual: typeOf(e.data) },
      };
    case 'enum':
      return {
        ...base,
        code: 'schema-enum',
        range: keyOrValueRange(model, e.instancePath, 'value'),
        params: { path, value: shown(e.data), allowed: (p.allowedValues as unknown[]).map((v) => String(v)).join(', ') },
      };
    case 'const':
      return {
        ...base,
        code: 'schema-enum',
        range: keyOrValueRange(model, e.instancePath, 'value'),
        params: { path, value: shown(e.data), allowed: String(p.allowedValue) },
      };
    case 'pattern':
      return {
        ...base,
        code: 'schema-pattern',
        range: keyOrValueRange(model, e.instancePath, 'value'),
        params: { path, value: shown(e.data), pattern: String(p.pattern), form: patternForm(String(p.pattern)) },
      };
    case 'minLength':
    case 'minItems':
      return { ...base, code: 'schema-empty', range: keyOrValueRange(model, e.instancePath, 'value'), params: { path, limit: Number(p.limit) } };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return {
        ...base,
        code: 'schema-range',
        range: keyOrValueRange(model, e.instancePath, 'value'),
        params: { path, value: shown(e.data), comparison: String(p.comparison), limit: Number(p.limit) },
      };
    case 'maxItems':
      // A list too long (baselines: at most 8): its length against the limit.
      return {
        ...base,
        code: 'schema-range',
        range: keyOrValueRange(model, e.instancePath, 'key'),
        params: { path, value: Array.isArray(e.data) ? e.data.length : shown(e.data), comparison: '<=', limit: Number(p.limit) },
      };
    case 'oneOf':
    case 'anyOf':
      return {
        ...base,
        code: 'schema-one-of',
        range: keyOrValueRange(model, e.instancePath, 'value'),
        params: { path, value: shown(e.data), expected: String(p.expected) },
      };
    default:
      return {
        ...base,
        code: 'schema-invalid',
        range: keyOrValueRange(model, e.instancePath, 'value'),
        params: { path, keyword: e.keyword, detail: e.message ?? '' },
      };
  }
}

function keyOrValueRange(model: PlanModel, pointer: string, prefer: 'key' | 'value'): Range {
  const { pointer: found, span } = model.sourceMap.nearest(pointer);
  const lines = model.parsed.lines;
  // The root has no key: point at the first line rather than the whole file.
  if (found === '') return lines.lineRange(firstContentLine(model));
  const [s, e] = prefer === 'key' && span.key ? span.key : span.value;
  // A multi-line value (a block) is marked on its first line only, so the squiggle stays readable.
  const range = lines.range(s, e);
  if (range.end.line > range.start.line) {
    if (span.key) return lines.range(span.key[0], span.key[1]);
    // A list item without a key: its first line.
    const first = lines.lineRange(range.start.line);
    return { start: range.start, end: first.end };
  }
  return range;
}

function firstContentLine(model: PlanModel): number {
  const text = model.parsed.text;
  const lines = model.parsed.lines;
  for (let i = 0; i < lines.lineStarts.length; i++) {
    const start = lines.lineStarts[i]!;
    const line = text.slice(start, lines.lineStarts[i + 1] ?? text.length).replace(/^\uFEFF/, '').trim();
    if (line && !line.startsWith('#') && line !== '---') return i;
  }
  return 0;
}

/** "/indicators/3/target/op" → "indicators/cpi/target/op": items with an id are named by it. */
export function displayPath(value: unknown, pointer: string): string {
  let node: unknown = value;
  const out: string[] = [];
  for (const seg of pointerSegments(pointer)) {
    if (Array.isArray(node)) {
      const item: unknown = node[Number(seg)];
      const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
      out.push(typeof id === 'string' && id ? id : `[${Number(seg) + 1}]`);
      node = item;
    } else {
      out.push(seg);
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[seg] : undefined;
    }
  }
  return out.join('/');
}

const PATTERN_FORMS: Array<[RegExp, string]> = [
  [/^\^\[a-z0-9\]\+\(-\[a-z0-9\]\+\)\*\(\//, 'ref'],
  [/^\^\[a-z0-9\]\+\(-\[a-z0-9\]\+\)\*\$$/, 'id'],
  [/^\^\(\(art\|item\)_/, 'clause-id'],
  [/^\^\[A-Za-z0-9\]\+\(\[\._-\]/, 'source-id'],
  [/^\^https/, 'url'],
  [/^\^\[0-9\]\{4\}-/, 'date'],
  [/^\^1\\\./, 'schema-version'],
  [/ya\?ml/, 'yaml-path'],
];

function patternForm(pattern: string): string {
  for (const [re, form] of PATTERN_FORMS) if (re.test(pattern)) return form;
  return 'pattern';
}

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  // YAML's .nan and .inf are numbers to JavaScript, not to the schema: name them.
  if (typeof v === 'number') return Number.isNaN(v) ? 'nan' : !Number.isFinite(v) ? 'infinity' : Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

/** A value quoted in a message: a number stays a number (localized when filled), text is cut. */
function shown(v: unknown): string | number {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  const s = typeof v === 'string' ? v : JSON.stringify(v) ?? String(v);
  return s.length > 60 ? s.slice(0, 57) + '…' : s;
}
