// Severity overrides, from one file at the repository root, `kehoach.config.json`:
//
//   { "rules": { "label-sequence": "error", "target-spacing": "off" } }
//
// Pure: the CLI finds and reads the file, the extension passes the same object; both hand
// it to `analyzeText`, which applies it after suppressions.

import type { Diagnostic, Severity } from '../diagnostics/types.js';

export type RuleSetting = Severity | 'off';

export interface KehoachConfig {
  rules?: Record<string, RuleSetting>;
}

export const CONFIG_FILE = 'kehoach.config.json';

const SETTINGS: readonly RuleSetting[] = ['error', 'warning', 'info', 'hint', 'off'];

export type ConfigProblem =
  | { kind: 'json'; detail: string }
  | { kind: 'shape' }
  | { kind: 'setting'; code: string; value: string }
  | { kind: 'unknown-code'; code: string };

/**
 * Reads a config file's text. Unusable settings are dropped and reported; an unknown code
 * (a typo, or a rule of a newer version) is reported but kept, harmlessly.
 */
export function parseConfig(text: string, knownCodes?: ReadonlySet<string>): { config: KehoachConfig; problems: ConfigProblem[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { config: {}, problems: [{ kind: 'json', detail: e instanceof Error ? e.message : String(e) }] };
  }
  const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
  if (!isObj(raw) || (raw.rules !== undefined && !isObj(raw.rules))) return { config: {}, problems: [{ kind: 'shape' }] };
  const problems: ConfigProblem[] = [];
  const rules: Record<string, RuleSetting> = {};
  for (const [code, value] of Object.entries((raw.rules ?? {}) as Record<string, unknown>)) {
    if (typeof value !== 'string' || !SETTINGS.includes(value as RuleSetting)) {
      problems.push({ kind: 'setting', code, value: JSON.stringify(value) });
      continue;
    }
    if (knownCodes && !knownCodes.has(code)) problems.push({ kind: 'unknown-code', code });
    rules[code] = value as RuleSetting;
  }
  return { config: { rules }, problems };
}

/** Applies the overrides: a new severity, or "off" to drop the code's diagnostics. */
export function applyConfig(diagnostics: Diagnostic[], config: KehoachConfig | undefined): Diagnostic[] {
  const rules = config?.rules;
  if (!rules || Object.keys(rules).length === 0) return diagnostics;
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const setting = Object.prototype.hasOwnProperty.call(rules, d.code) ? rules[d.code] : undefined;
    if (setting === 'off') continue;
    out.push(setting && setting !== d.severity ? { ...d, severity: setting } : d);
  }
  return out;
}
