// Writing small pieces of YAML by hand, as text edits: nothing else in the file is touched, so
// every comment and value the drafter wrote stays as it was. Each value is written so that it
// reads back as exactly the same value in the context it goes to (block or flow); the writers'
// property test (src/edit/writers.test.ts) checks that on random strings.
import type { Indicator, IndicatorPart, Target } from '../model/types.js';

const RESERVED = /^(true|false|null|yes|no|on|off|~)$/i;
/** Characters a plain scalar may not hold, or that a double-quoted one writes as escapes. */
const UNPRINTABLE = /[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\p{Cs}]/u;

/** A scalar for block context: plain when that reads back as the same string, else double-quoted. */
export function scalar(v: unknown): string {
  if (typeof v !== 'string') return nonString(v);
  const plainSafe =
    v !== '' &&
    !RESERVED.test(v) &&
    !/^[-?:,[\]{}#&*!|>'"%@`\s]/.test(v) &&
    !/[:#]\s|\s$|:$|\s#/.test(v) &&
    !/^[+-]?(\d|\.\d|\.inf|\.nan)/i.test(v) &&
    !/^(---|\.\.\.)/.test(v) &&
    !UNPRINTABLE.test(v) &&
    !/[\n\r\t]/.test(v);
  return plainSafe ? v : quoted(v);
}

/** A scalar inside a flow collection (`{ … }`, `[ … ]`), where "," and brackets also need quotes. */
export function flowScalar(v: unknown): string {
  if (typeof v !== 'string') return nonString(v);
  return /[,[\]{}]/.test(v) ? quoted(v) : scalar(v);
}

/** A double-quoted YAML string: JSON's escapes are YAML's; the characters YAML wants escaped are. */
export function quoted(s: string): string {
  return JSON.stringify(s).replace(/[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function nonString(v: unknown): string {
  if (typeof v === 'number') {
    if (Number.isNaN(v)) return '.nan';
    if (!Number.isFinite(v)) return v > 0 ? '.inf' : '-.inf';
    return Object.is(v, -0) ? '-0.0' : String(v);
  }
  if (typeof v === 'boolean') return String(v);
  if (v === null || v === undefined) return 'null';
  return flowValue(v);
}

/** Any plain value on one line, in flow style: `{ a: 1, b: [x, "y, z"] }`. */
export function flowValue(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(flowValue).join(', ')}]`;
  if (v !== null && typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
    return entries.length === 0 ? '{}' : `{ ${entries.map(([k, x]) => `${flowScalar(k)}: ${flowValue(x)}`).join(', ')} }`;
  }
  return flowScalar(v);
}

const TARGET_ORDER: string[] = ['placeholder', 'wording', 'kind', 'op', 'value', 'min', 'max', 'unit', 'state'];

/** `{ wording: "6,5% trở lên", kind: level, op: ">=", value: 6.5, unit: "%" }` on one line. */
export function flowTarget(t: Target): string {
  const keys = ordered(t as Record<string, unknown>, TARGET_ORDER);
  const parts = keys.map((k) => {
    const v = (t as Record<string, unknown>)[k];
    return `${flowScalar(k)}: ${k === 'op' && typeof v === 'string' ? quoted(v) : flowValue(v)}`;
  });
  return parts.length === 0 ? '{}' : `{ ${parts.join(', ')} }`;
}

/** How this year's draft starts an indicator carried from last year: its target not set yet. */
export function draftIndicator(last: Indicator): Indicator {
  // Last year's results are last year's: the draft has none yet.
  const draftPart = (p: IndicatorPart): IndicatorPart => {
    const { target, previousTarget: _ignored, results: _results, ...rest } = p;
    return { ...rest, target: { placeholder: true }, previousTarget: target };
  };
  const { target, previousTarget: _ignored, parts, dropped: _dropped, results: _results, ...rest } = last;
  return {
    ...rest,
    ...(parts ? { parts: parts.map(draftPart) } : { target: { placeholder: true }, ...(target ? { previousTarget: target } : {}) }),
  };
}

const KEY_ORDER = ['id', 'number', 'label', 'name', 'unit', 'direction', 'change', 'relativeTo', 'nameInText', 'separator', 'end', 'target', 'previousTarget', 'parts', 'clauses', 'dropped', 'note'];

/** The keys of `o` with a value, the known ones in `order` first, then the rest as they come. */
function ordered(o: Record<string, unknown>, order: string[]): string[] {
  const keys = Object.keys(o).filter((k) => o[k] !== undefined);
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  return keys.map((k, i) => [k, i] as const).sort((a, b) => rank(a[0]) - rank(b[0]) || a[1] - b[1]).map(([k]) => k);
}

function fieldText(key: string, v: unknown): string {
  if ((key === 'target' || key === 'previousTarget') && v !== null && typeof v === 'object' && !Array.isArray(v)) return flowTarget(v as Target);
  if (key === 'number' && typeof v === 'string') return quoted(v);
  return v !== null && typeof v === 'object' ? flowValue(v) : scalar(v);
}

/**
 * An indicator as a block sequence item, its first line starting at the dash, every other line
 * indented to `column` (where its keys stand), lines joined by `eol`. Targets stay on one line each.
 */
export function indicatorItem(ind: Indicator, column: number, eol = '\n'): string {
  const pad = ' '.repeat(column);
  const lines: string[] = [];
  const record = ind as unknown as Record<string, unknown>;
  for (const key of ordered(record, KEY_ORDER)) {
    const v = record[key];
    if (key === 'parts' && Array.isArray(v) && v.length > 0 && v.every((p) => p !== null && typeof p === 'object' && !Array.isArray(p))) {
      lines.push('parts:');
      for (const p of v as Array<Record<string, unknown>>) {
        const partKeys = ordered(p, KEY_ORDER);
        if (partKeys.length === 0) lines.push('  - {}');
        partKeys.forEach((k, i) => lines.push(`${i === 0 ? '  - ' : '    '}${scalar(k)}: ${fieldText(k, p[k])}`));
      }
    } else lines.push(`${scalar(key)}: ${fieldText(key, v)}`);
  }
  return lines.map((l, i) => (i === 0 ? l : pad + l)).join(eol);
}

/** An indicator as one flow mapping, for a flow sequence `indicators: [ … ]`. */
export function flowIndicator(ind: Indicator): string {
  const record = ind as unknown as Record<string, unknown>;
  const keys = ordered(record, KEY_ORDER);
  if (keys.length === 0) return '{}';
  const part = (p: unknown) => {
    if (p === null || typeof p !== 'object' || Array.isArray(p)) return flowValue(p);
    const r = p as Record<string, unknown>;
    const ks = ordered(r, KEY_ORDER);
    return ks.length === 0 ? '{}' : `{ ${ks.map((k) => `${flowScalar(k)}: ${flowField(k, r[k])}`).join(', ')} }`;
  };
  const flowField = (k: string, v: unknown) =>
    (k === 'target' || k === 'previousTarget') && v !== null && typeof v === 'object' && !Array.isArray(v) ? flowTarget(v as Target) : k === 'number' && typeof v === 'string' ? quoted(v) : flowValue(v);
  return `{ ${keys.map((k) => `${flowScalar(k)}: ${k === 'parts' && Array.isArray(record[k]) ? `[${(record[k] as unknown[]).map(part).join(', ')}]` : flowField(k, record[k])}`).join(', ')} }`;
}
