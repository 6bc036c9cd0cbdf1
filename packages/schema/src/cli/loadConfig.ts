import { promises as fs } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { CONFIG_FILE, parseConfig, type KehoachConfig } from '../checks/config.js';
import { CATALOG } from '../diagnostics/catalog.js';
import { accessScope, readInScope, repositoryRoot } from '../io/fileAccess.js';
import type { Lang } from '../diagnostics/types.js';
import { RULE_BY_CODE } from '../rules/index.js';
import { t } from '../messages/index.js';

/**
 * kehoach.config.json in `cwd` or the nearest folder above it, up to the repository's root (the
 * git work tree; the working directory when there is none): the file-access policy's scope.
 */
export async function findConfig(cwd: string): Promise<string | undefined> {
  const root = repositoryRoot(cwd);
  let dir = resolve(cwd);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    try {
      await fs.lstat(candidate);
      return candidate; // whatever it is: reading it says what is wrong with it
    } catch {
      // not here; look further up
    }
    const up = dirname(dir);
    if (dir === root || up === dir) return undefined;
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
  // A regular file of bounded size, not through a link leading out of the repository (a JSON
  // error quotes the text it read).
  const read = readInScope(accessScope(cwd), path);
  if (!read.ok) {
    err(t('cli.read-error', lang, { path: shown, detail: read.reason }) + '\n');
    return { ok: false };
  }
  const text = new TextDecoder('utf-8').decode(read.bytes);
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
