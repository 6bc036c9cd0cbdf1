// Test fixtures: the real 2025 plan, and a 2026 draft made from it, mutated as TEXT so the
// lines and columns the rules report are the real ones. Used by the tests of both packages
// (`@kehoach/schema/testing`), never by production code.

import { readFileSync } from 'node:fs';
import type { Diagnostic, Position } from '../diagnostics/types.js';
import { analyzeText, type AnalyzeOptions } from '../engine.js';
import { buildModel, type PlanModel } from '../model/model.js';
import { parseYaml } from '../parse/parseYaml.js';
import { REPO_ROOT } from './realPlans.js';

export { REPO_ROOT };
export const PLAN_2025_URI = 'plans/ha-noi/2025.yaml';
export const PLAN_2026_URI = 'plans/ha-noi/2026.yaml';

/** The adopted 2025 plan, as on disk. */
export const PLAN_2025 = readFileSync(`${REPO_ROOT}plans/ha-noi/2025.yaml`, 'utf8');

/**
 * The 2025 plan standing alone (`baseline: null`): for tests that copy it into a folder without
 * its baseline, the 2024 plan, and expect nothing about baselines.
 */
export const PLAN_2025_STANDALONE = PLAN_2025.replace('\nbaseline: ./2024.yaml\n', '\nbaseline: null\n');

/** A model of a plan text (what the CLI loads as a baseline). */
export function modelOf(text: string, uri: string): PlanModel {
  return buildModel(uri, parseYaml(text));
}

export const BASELINE_2025: PlanModel = modelOf(PLAN_2025, PLAN_2025_URI);

/**
 * A 2026 draft as a drafter starts it: the 2025 file with its year, status, baseline,
 * date and titles moved on a year. Its indicators and targets are 2025's until edited.
 */
export const DRAFT_2026 = replaceAll(PLAN_2025, [
  ['year: 2025\nstatus: adopted\nbaseline: ./2024.yaml', 'year: 2026\nstatus: draft\nbaseline: ./2025.yaml'],
  ['date: "2024-12-10"', 'date: "2025-12-09"'],
  ['title: VỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2025', 'title: VỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2026'],
  ['title: CHỈ TIÊU PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2025', 'title: CHỈ TIÊU PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2026'],
]);

/** Replaces each `from` (which must occur exactly once) by `to`. */
export function replaceAll(text: string, pairs: Array<[string, string]>): string {
  let out = text;
  for (const [from, to] of pairs) out = replaceOnce(out, from, to);
  return out;
}

/**
 * Replaces the one occurrence of `from`; throws if it occurs zero or several times. With
 * `after`, replaces the first occurrence after the (unique) anchor instead.
 */
export function replaceOnce(text: string, from: string, to: string, after?: string): string {
  let i: number;
  if (after !== undefined) {
    const a = text.indexOf(after);
    if (a < 0 || text.indexOf(after, a + 1) >= 0) throw new Error(`fixture: anchor “${after}” not found once`);
    i = text.indexOf(from, a);
    if (i < 0) throw new Error(`fixture: “${from}” not found after “${after}”`);
  } else {
    i = text.indexOf(from);
    if (i < 0) throw new Error(`fixture: “${from}” not found`);
    if (text.indexOf(from, i + 1) >= 0) throw new Error(`fixture: “${from}” occurs more than once`);
  }
  return text.slice(0, i) + to + text.slice(i + from.length);
}

/**
 * The 0-based position of `needle` in text (its `nth` occurrence, 0-based), plus `delta`
 * characters: where a diagnostic is expected.
 */
export function positionOf(text: string, needle: string, delta = 0, nth = 0): Position {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`fixture: “${needle}” not found (${k})`);
  }
  const o = i + delta;
  const before = text.slice(0, o);
  const line = before.split('\n').length - 1;
  return { line, character: o - (before.lastIndexOf('\n') + 1) };
}

/** The position of the first `needle` after the (unique) `anchor`, plus `delta`. */
export function positionAfter(text: string, anchor: string, needle: string, delta = 0): Position {
  const a = text.indexOf(anchor);
  if (a < 0 || text.indexOf(anchor, a + 1) >= 0) throw new Error(`fixture: anchor “${anchor}” not found once`);
  const i = text.indexOf(needle, a);
  if (i < 0) throw new Error(`fixture: “${needle}” not found after “${anchor}”`);
  const before = text.slice(0, i + delta);
  const line = before.split('\n').length - 1;
  return { line, character: i + delta - (before.lastIndexOf('\n') + 1) };
}

export function analyze(text: string, uri = PLAN_2025_URI, options: AnalyzeOptions = {}): Diagnostic[] {
  return analyzeText(text, uri, options).diagnostics;
}

export function withCode(ds: Diagnostic[], code: string): Diagnostic[] {
  return ds.filter((d) => d.code === code);
}

export function starts(ds: Diagnostic[]): Position[] {
  return ds.map((d) => d.range.start);
}
