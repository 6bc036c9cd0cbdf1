// The drafter's settings: the language of every message (kehoach.language) and the severity
// overrides (kehoach.rules, merged over the workspace folder's kehoach.config.json), and the
// adapter's own messages through vscode.l10n.
import * as vscode from 'vscode';
import type { KehoachConfig, Lang } from '@kehoach/schema';
import VI from '../../l10n/bundle.l10n.vi.json';

export const SECTION = 'kehoach';
const CONFIG_FILE = 'kehoach.config.json';
type RuleSetting = 'error' | 'warning' | 'info' | 'hint' | 'off';
const SETTINGS: readonly string[] = ['error', 'warning', 'info', 'hint', 'off'];

/**
 * kehoach.language: "vi", "en", or "auto" (the default): Vietnamese unless the drafter chose
 * English ("en"). VS Code's display language says nothing: it is English for nearly every
 * drafter (there is no Vietnamese language pack), so following it showed English to all.
 */
export function chosenLang(): Lang {
  const s = vscode.workspace.getConfiguration(SECTION).get<string>('language', 'auto');
  return s === 'en' ? 'en' : 'vi';
}

const fill = (s: string, args: Array<string | number>) => s.replace(/\{(\d+)\}/g, (m, i: string) => (args[Number(i)] !== undefined ? String(args[Number(i)]) : m));

/**
 * The adapter's own words (prompts, notifications), English source strings translated by
 * l10n/bundle.l10n.vi.json. vscode.l10n follows VS Code's display language; when kehoach.language
 * asks for the other language, the same bundle is applied here, so the drafter reads one language.
 */
export function msg(message: string, ...args: Array<string | number>): string {
  const lang = chosenLang();
  const ui = vscode.env.language.toLowerCase();
  if (lang === 'vi' && !ui.startsWith('vi')) return fill((VI as Record<string, string>)[message] ?? message, args);
  if (lang === 'en' && ui.startsWith('vi')) return fill(message, args);
  return vscode.l10n.t(message, ...args);
}

/** kehoach.config.json of each workspace folder (read through workspace.fs), and kehoach.rules over it. */
export class RuleSettings {
  private readonly fromFile = new Map<string, KehoachConfig>();
  private merged = new Map<string, KehoachConfig>();
  /** Problems met reading the files or the setting, for the output channel. */
  readonly problems: string[] = [];

  constructor(
    private readonly parse: (text: string) => { config: KehoachConfig; problems: Array<{ kind: string; code?: string; value?: string; detail?: string }> },
    /** The file-access policy's reader (workspaceFiles.ts): a regular file of bounded size, no link. */
    private readonly read: (uri: vscode.Uri) => Promise<Uint8Array | 'outside' | undefined>,
  ) {}

  /** Reads every folder's kehoach.config.json. */
  async load(): Promise<void> {
    this.fromFile.clear();
    this.merged.clear();
    this.problems.length = 0;
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const uri = vscode.Uri.joinPath(folder.uri, CONFIG_FILE);
      const bytes = await this.read(uri);
      if (bytes === 'outside') this.problems.push(`${uri.toString(true)}: a symbolic link, not read (liên kết tượng trưng, không đọc)`);
      if (bytes === undefined || bytes === 'outside') continue; // no config file (or none readable): defaults
      const { config, problems } = this.parse(new TextDecoder().decode(bytes));
      for (const p of problems) this.problems.push(`${uri.toString(true)}: ${p.kind}${p.code ? ` ${p.code}` : ''}${p.value ? ` = ${p.value}` : ''}${p.detail ? `: ${p.detail}` : ''}`);
      this.fromFile.set(folder.uri.toString(), config);
    }
  }

  /** The overrides for a document's folder: kehoach.rules (the setting) over kehoach.config.json. */
  configFor(folder: vscode.WorkspaceFolder | undefined): KehoachConfig {
    const key = folder?.uri.toString() ?? '';
    const cached = this.merged.get(key);
    if (cached) return cached;
    const setting = vscode.workspace.getConfiguration(SECTION, folder?.uri).get<Record<string, unknown>>('rules', {});
    const rules: Record<string, RuleSetting> = { ...(this.fromFile.get(key)?.rules ?? {}) };
    for (const [code, value] of Object.entries(setting ?? {})) {
      if (typeof value === 'string' && SETTINGS.includes(value)) rules[code] = value as RuleSetting;
      else this.problems.push(`kehoach.rules: ${code} = ${JSON.stringify(value)}`);
    }
    const config = { rules };
    this.merged.set(key, config);
    return config;
  }

  /** Forget the merged settings (kehoach.rules changed). */
  reset(): void {
    this.merged.clear();
  }
}
