import { promises as fs } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { CONFIG_FILE, parseConfig, type KehoachConfig } from '../checks/config.js';
import { CATALOG } from '../diagnostics/catalog.js';
import type { Lang } from '../diagnostics/types.js';
import { RULE_BY_CODE } from '../rules/index.js';
import { t } from '../messages/index.js';

/** kehoach.config.json in `cwd` or the nearest directory above it (the repository root). */
export async function findConfig(cwd: string): Promise<string | undefined> {
  let dir = cwd;
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    try {
      if ((await fs.stat(candidate)).isFile()) return candidate;
    } catch {
      // not here; look further up
    }
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

export type LoadedConfig = { ok: true; config?: KehoachConfig; path?: string } | { ok: false };

/**
 * Finds and reads the config. A file that cannot be used (not JSON, wrong shape, a setting
 * other than error/warning/info/hint/off) is a usage error; an unknown code only a warning.
 */
export async function loadConfig(cwd: string, lang: Lang, err: (s: string) => void): Promise<LoadedConfig> {
  const path = await findConfig(cwd);
  if (!path) return { ok: true };
  const shown = relative(cwd, path) || path;
  let text: string;
  try {
    text = await fs.readFile(path, 'utf8');
  } catch (e) {
    err(t('cli.read-error', lang, { path: shown, detail: (e as NodeJS.ErrnoException).code ?? String(e) }) + '\n');
    return { ok: false };
  }
  const known = new Set([...Object.keys(CATALOG), ...RULE_BY_CODE.keys()]);
  const { config, problems } = parseConfig(text, known);
  let fatal = false;
  for (const p of problems) {
    if (p.kind === 'json') err(t('cli.config-bad-json', lang, { path: shown, detail: p.detail }) + '\n');
    else if (p.kind === 'shape') err(t('cli.config-bad-shape', lang, { path: shown }) + '\n');
    else if (p.kind === 'setting') err(t('cli.config-bad-setting', lang, { path: shown, code: p.code, value: p.value }) + '\n');
    else err(t('cli.config-unknown-code', lang, { path: shown, code: p.code }) + '\n');
    if (p.kind !== 'unknown-code') fatal = true;
  }
  return fatal ? { ok: false } : { ok: true, config, path };
}
