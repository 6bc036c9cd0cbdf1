// Writing small pieces of YAML by hand, as text edits: nothing else in the file is touched,
// so every comment and value the drafter wrote stays as it was.
import type { Indicator, IndicatorPart, Target } from '@kehoach/schema';

const RESERVED = /^(true|false|null|yes|no|on|off|~)$/i;

/** A scalar for block context: plain when that reads back as the same string, else JSON-quoted. */
export function scalar(v: string | number | boolean): string {
  if (typeof v !== 'string') return String(v);
  const plainSafe =
    v !== '' &&
    !RESERVED.test(v) &&
    !/^[-?:,[\]{}#&*!|>'"%@`\s]/.test(v) &&
    !/[:#]\s|\s$|:$|\s#/.test(v) &&
    !/^[+-]?(\d|\.\d|\.inf|\.nan)/i.test(v) &&
    !/[\n\r\t]/.test(v);
  return plainSafe ? v : JSON.stringify(v);
}

/** A scalar inside a flow mapping `{ … }`, where "," and brackets also need quotes. */
export function flowScalar(v: string | number | boolean): string {
  if (typeof v !== 'string') return String(v);
  return /[,[\]{}]/.test(v) ? JSON.stringify(v) : scalar(v);
}

/** `{ wording: "6,5% trở lên", kind: level, op: ">=", value: 6.5, unit: "%" }` on one line. */
export function flowTarget(t: Target): string {
  const order: Array<keyof Target> = ['placeholder', 'wording', 'kind', 'op', 'value', 'min', 'max', 'unit', 'state'];
  const parts = order.filter((k) => t[k] !== undefined).map((k) => `${k}: ${k === 'op' ? JSON.stringify(t[k]) : flowScalar(t[k] as string)}`);
  return `{ ${parts.join(', ')} }`;
}

/** How this year's draft starts an indicator carried from last year: its target not set yet. */
export function draftIndicator(last: Indicator): Indicator {
  const draftPart = (p: IndicatorPart): IndicatorPart => {
    const { target, previousTarget: _ignored, ...rest } = p;
    return { ...rest, target: { placeholder: true }, previousTarget: target };
  };
  const { target, previousTarget: _ignored, parts, dropped: _dropped, ...rest } = last;
  return {
    ...rest,
    ...(parts ? { parts: parts.map(draftPart) } : { target: { placeholder: true }, ...(target ? { previousTarget: target } : {}) }),
  };
}

const KEY_ORDER = ['id', 'number', 'name', 'unit', 'direction', 'change', 'relativeTo', 'nameInText', 'separator', 'end', 'target', 'previousTarget', 'parts', 'clauses', 'dropped', 'note'];

/**
 * An indicator as a sequence item, its first line starting at the dash, every other line
 * indented to `column` (where its keys stand). Targets stay on one line each.
 */
export function indicatorItem(ind: Indicator, column: number): string {
  const pad = ' '.repeat(column);
  const lines: string[] = [];
  const keys = Object.keys(ind).sort((a, b) => KEY_ORDER.indexOf(a) - KEY_ORDER.indexOf(b));
  for (const key of keys) {
    const v = (ind as unknown as Record<string, unknown>)[key];
    if (v === undefined) continue;
    if (key === 'target' || key === 'previousTarget') lines.push(`${key}: ${flowTarget(v as Target)}`);
    else if (key === 'dropped') lines.push(`dropped: { reason: ${flowScalar((v as { reason: string }).reason)} }`);
    else if (key === 'clauses') lines.push(`clauses: [${(v as string[]).join(', ')}]`);
    else if (key === 'parts') {
      lines.push('parts:');
      for (const p of v as IndicatorPart[]) {
        const partKeys = Object.keys(p).sort((a, b) => KEY_ORDER.indexOf(a) - KEY_ORDER.indexOf(b));
        partKeys.forEach((k, i) => {
          const pv = (p as unknown as Record<string, unknown>)[k];
          const text = k === 'target' || k === 'previousTarget' ? flowTarget(pv as Target) : scalar(pv as string);
          lines.push(`${i === 0 ? '  - ' : '    '}${k}: ${text}`);
        });
      }
    } else lines.push(`${key}: ${key === 'number' ? JSON.stringify(v) : scalar(v as string)}`);
  }
  return lines.map((l, i) => (i === 0 ? l : pad + l)).join('\n');
}
