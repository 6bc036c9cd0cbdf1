// The plan file's text, written by hand so it reads like plans/ha-noi/2025.yaml: long texts as
// folded scalars, one sentence per line (each checked to read back to the same string, else
// quoted), targets in flow style, and a comment wherever the import could not decide.

import { parse, stringify } from 'yaml';
import type { Target } from '../model/types.js';

/** A scalar on one line: plain when YAML reads it back as the same string, else quoted. */
export function scalar(s: string): string {
  return stringify(s, { lineWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' }).trimEnd();
}

/** A flow-map scalar (inside `{ … }`): quoted when it holds a flow indicator. */
function flowScalar(s: string): string {
  const plain = scalar(s);
  return /^[^"'][^,{}[\]]*$/u.test(plain) && !/[:#]\s|[:#]$/u.test(plain) ? plain : JSON.stringify(s);
}

/** `key: value` for a text: folded one sentence per line when long, else one line. */
export function textField(key: string, text: string, indent: string): string {
  if (text.length < 100) return `${indent}${key}: ${scalar(text)}`;
  const lines = text.split(/(?<=[.;]) (?=\S)/u);
  const block = `${indent}${key}: >-\n${lines.map((l) => `${indent}  ${l}`).join('\n')}`;
  try {
    const back = parse(`${key}: >-\n${lines.map((l) => `  ${l}`).join('\n')}\n`) as Record<string, unknown>;
    if (back[key] === text && lines.every((l) => !/^\s|\s$/u.test(l))) return block;
  } catch {
    // fall through to a quoted scalar
  }
  return `${indent}${key}: ${JSON.stringify(text)}`;
}

/** A target in flow style, its fields in the plans' order. */
export function targetFlow(t: Target): string {
  const fields: string[] = [`wording: ${flowScalar(t.wording ?? '')}`];
  if (t.kind !== undefined) fields.push(`kind: ${t.kind}`);
  else if (t.op !== undefined) fields.push('kind: level');
  if (t.op !== undefined) fields.push(`op: ${JSON.stringify(t.op)}`);
  for (const k of ['value', 'min', 'max'] as const) if (t[k] !== undefined) fields.push(`${k}: ${t[k]}`);
  if (t.unit !== undefined) fields.push(`unit: ${flowScalar(t.unit)}`);
  if (t.of !== undefined) fields.push(`of: ${flowScalar(t.of)}`);
  if (t.estimate) fields.push('estimate: true');
  if (t.average) fields.push('average: true');
  if (t.relativeTo !== undefined) fields.push(`relativeTo: ${typeof t.relativeTo === 'number' ? t.relativeTo : t.relativeTo}`);
  if (t.state !== undefined) fields.push(`state: ${flowScalar(t.state)}`);
  return `{ ${fields.join(', ')} }`;
}

/** A comment line (or lines): never breaks the YAML, whatever the text holds. */
export function comment(text: string, indent: string): string {
  return text
    .split(/\r\n|\r|\n/u)
    .map((l) => `${indent}# ${l.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/gu, ' ')}`.trimEnd())
    .join('\n');
}
