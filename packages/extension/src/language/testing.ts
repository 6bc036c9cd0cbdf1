// Test helpers of the language features: an in-memory workspace over the repository's real
// plans (shared with the engine's tests through @kehoach/schema/testing), positions by text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLAN_2025, readPlan, REPO_ROOT } from '@kehoach/schema/testing';
import { getLanguageService, type LanguageService } from './languageService.js';
import type { Position } from './lsp.js';

export const REPO = REPO_ROOT;
export const PLAN_2024_URI = 'file:///repo/plans/ha-noi/2024.yaml';
export const PLAN_2025_URI = 'file:///repo/plans/ha-noi/2025.yaml';
export const DRAFT_URI = 'file:///repo/plans/ha-noi/2026.yaml';
export const plan2025 = PLAN_2025;

/** A 2026 draft made from the 2025 text: next year, baseline set, targets kept. */
export function draftFrom2025(edit: (text: string) => string = (t) => t): string {
  const t = plan2025
    .replace('year: 2025\nstatus: adopted\nbaseline: ./2024.yaml', 'year: 2026\nstatus: draft\nbaseline: ./2025.yaml')
    .replace('date: "2024-12-10"', 'date: "2025-12-10"')
    .replace(/XÃ HỘI NĂM 2025$/gm, 'XÃ HỘI NĂM 2026');
  return edit(t);
}

export function service(files: Record<string, string> = {}, lang: 'vi' | 'en' = 'vi'): LanguageService {
  const all: Record<string, string> = { [PLAN_2024_URI]: readPlan('ha-noi/2024'), [PLAN_2025_URI]: plan2025, ...files };
  return getLanguageService({ readPlan: (uri) => all[uri] }, () => ({ lang, docsBase: 'https://kehoach.dev/rules/' }));
}

export const doc = (uri: string, text: string) => ({ uri, getText: () => text });

/** The position of `needle` (its first character, plus `delta`), after `after` if given. */
export function pos(text: string, needle: string, after?: string, delta = 0): Position {
  const from = after ? text.indexOf(after) : 0;
  const at = text.indexOf(needle, from);
  if (from < 0 || at < 0) throw new Error(`not found: ${needle}`);
  const before = text.slice(0, at + delta);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - (before.lastIndexOf('\n') + 1) };
}

/** Applies LSP text edits (non-overlapping) to a text. */
export function applyEdits(text: string, edits: Array<{ range: { start: Position; end: Position }; newText: string }>): string {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const off = (p: Position) => (lineStarts[p.line] ?? text.length) + p.character;
  return [...edits]
    .sort((a, b) => off(b.range.start) - off(a.range.start))
    .reduce((t, e) => t.slice(0, off(e.range.start)) + e.newText + t.slice(off(e.range.end)), text);
}

/** Every plan of the repository (plans/<jurisdiction>/<year>.yaml), as the workspace's files under file:///repo. */
export function repoPlanFiles(replace: Record<string, string> = {}): Array<{ uri: string; text: string }> {
  const out: Array<{ uri: string; text: string }> = [];
  for (const dir of readdirSync(join(REPO, 'plans'), { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const name of readdirSync(join(REPO, 'plans', dir.name)).filter((n) => n.endsWith('.yaml')).sort()) {
      const uri = `file:///repo/plans/${dir.name}/${name}`;
      out.push({ uri, text: replace[uri] ?? readFileSync(join(REPO, 'plans', dir.name, name), 'utf8') });
    }
  }
  return out;
}
