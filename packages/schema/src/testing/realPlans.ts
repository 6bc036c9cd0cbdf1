// Test helpers: the repository's real plans as fixtures, and positions found by text.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

export function planPath(name: string): string {
  return join(REPO_ROOT, 'plans', `${name}.yaml`);
}

export function readPlan(name: string): string {
  return readFileSync(planPath(name), 'utf8');
}

/** 0-based line and character of the first occurrence of `needle` (after `after`, if given). */
export function positionOf(text: string, needle: string, after?: string): { line: number; character: number } {
  const from = after ? text.indexOf(after) : 0;
  if (from < 0) throw new Error(`not found: ${after}`);
  const at = text.indexOf(needle, from);
  if (at < 0) throw new Error(`not found: ${needle}`);
  const before = text.slice(0, at);
  const line = before.split('\n').length - 1;
  return { line, character: at - (before.lastIndexOf('\n') + 1) };
}

/** Replaces exactly one occurrence (after `after`, if given); fails loudly otherwise. */
export function replaceOnce(text: string, from: string, to: string, after?: string): string {
  const start = after ? text.indexOf(after) : 0;
  const at = text.indexOf(from, start < 0 ? 0 : start);
  if (at < 0 || start < 0) throw new Error(`not found: ${from}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}
