import { parseArgs } from 'node:util';
import type { Lang } from '../diagnostics/types.js';
import type { DiffFormat } from './diffCommand.js';
import type { ClauseMode } from '../diff/fold.js';
import type { HistoryFormat } from './historyCommand.js';
import { detectLang } from './lang.js';
import { t } from '../messages/index.js';
import type { RenderFormat } from '../render/prepare.js';
import { FORMATTERS, validateCommand } from './validateCommand.js';

export interface Io {
  argv: string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  out: (s: string) => void;
  err: (s: string) => void;
  /** Whether stdout is a terminal (colours for `diff`). */
  isTTY?: boolean;
}

/** The `kehoach` command line; returns the exit status instead of exiting, for tests. */
export async function runCli(io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: io.argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        lang: { type: 'string' },
        'max-warnings': { type: 'string' },
        force: { type: 'boolean' },
        'allow-draft': { type: 'boolean' },
        out: { type: 'string' },
        'exit-code': { type: 'boolean' },
        'git-driver': { type: 'boolean' },
        color: { type: 'string' },
        jurisdiction: { type: 'string' },
        year: { type: 'string' },
        clauses: { type: 'string' },
        'max-chars': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    const lang = detectLang(undefined, io.env) ?? 'vi';
    io.err(t('cli.bad-option', lang, { detail: (e as Error).message }) + '\n\n' + t('cli.usage', lang) + '\n');
    return 2;
  }
  const { values, positionals } = parsed;
  const lang = detectLang(values.lang, io.env);
  if (!lang) {
    io.err(t('cli.bad-lang', 'vi', { value: String(values.lang) }) + '\n' + t('cli.bad-lang', 'en', { value: String(values.lang) }) + '\n');
    return 2;
  }
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    (values.help ? io.out : io.err)(t('cli.usage', lang) + '\n');
    return values.help ? 0 : 2;
  }
  try {
    switch (command) {
      case 'validate':
        return await validate(io, lang, rest, values);
      case 'render':
      case 'export': {
        if (rest.length !== 1) {
          io.err(t('cli.need-file', lang, { command }) + '\n');
          return 2;
        }
        // Each command's code is loaded when it runs: `validate`, the most frequent, starts without the others'.
        const { exportCommand, renderCommand } = await import('./renderCommand.js');
        if (command === 'render') {
          const { RENDER_FORMATS } = await import('../render/prepare.js');
          const format = values.format ?? 'text';
          if (!(RENDER_FORMATS as readonly string[]).includes(format)) {
            io.err(t('cli.bad-format', lang, { value: format, allowed: RENDER_FORMATS.join(', ') }) + '\n');
            return 2;
          }
          return await renderCommand({
            file: rest[0]!,
            format: format as RenderFormat,
            ...(values.out !== undefined ? { outPath: values.out } : {}),
            force: values.force === true,
            allowDraft: values['allow-draft'] === true,
            cwd: io.cwd,
            lang,
            out: io.out,
            err: io.err,
          });
        }
        if ((values.format ?? 'json') !== 'json') {
          io.err(t('cli.bad-format', lang, { value: String(values.format), allowed: 'json' }) + '\n');
          return 2;
        }
        return await exportCommand(rest[0]!, { ...io, lang });
      }
      case 'import':
        if (rest.length !== 1) {
          io.err(t('cli.need-file', lang, { command }) + '\n');
          return 2;
        }
        const { importCommand } = await import('./importCommand.js');
        return await importCommand({
          file: rest[0]!,
          ...(values.out !== undefined ? { outPath: values.out } : {}),
          ...(values.jurisdiction !== undefined ? { jurisdiction: values.jurisdiction } : {}),
          ...(values.year !== undefined ? { year: values.year } : {}),
          cwd: io.cwd,
          lang,
          out: io.out,
          err: io.err,
        });
      case 'new-year':
        if (rest.length !== 1) {
          io.err(t('cli.need-file', lang, { command }) + '\n');
          return 2;
        }
        const { newYearCommand } = await import('./newYearCommand.js');
        return await newYearCommand({ file: rest[0]!, ...(values.out ? { outPath: values.out } : {}), force: values.force === true, cwd: io.cwd, lang, out: io.out, err: io.err });
      case 'init':
        if (rest.length !== 2) {
          io.err(t('cli.init-need-args', lang) + '\n');
          return 2;
        }
        const { initCommand } = await import('./initCommand.js');
        return await initCommand({ jurisdiction: rest[0]!, year: rest[1]!, ...(values.out !== undefined ? { outPath: values.out } : {}), cwd: io.cwd, lang, out: io.out, err: io.err });
      case 'diff': {
        const [{ DIFF_FORMATS, diffCommand }, { CLAUSE_MODES }] = await Promise.all([import('./diffCommand.js'), import('../diff/fold.js')]);
        const format = values.format ?? 'terminal';
        if (!(DIFF_FORMATS as readonly string[]).includes(format)) {
          io.err(t('cli.bad-format', lang, { value: format, allowed: DIFF_FORMATS.join(', ') }) + '\n');
          return 2;
        }
        const color = values.color ?? 'auto';
        if (color !== 'auto' && color !== 'always' && color !== 'never') {
          io.err(t('cli.bad-color', lang, { value: color }) + '\n');
          return 2;
        }
        const clauses = values.clauses ?? 'summary';
        if (!(CLAUSE_MODES as readonly string[]).includes(clauses)) {
          io.err(t('cli.bad-clauses', lang, { value: clauses, allowed: CLAUSE_MODES.join(', ') }) + '\n');
          return 2;
        }
        const maxChars = values['max-chars'] === undefined ? undefined : /^\d{1,9}$/.test(values['max-chars']) ? Number(values['max-chars']) : NaN;
        if (Number.isNaN(maxChars)) {
          io.err(t('cli.bad-max-chars', lang, { value: String(values['max-chars']) }) + '\n');
          return 2;
        }
        return await diffCommand({
          args: rest,
          format: format as DiffFormat,
          clauses: clauses as ClauseMode,
          ...(maxChars !== undefined ? { maxChars } : {}),
          exitCode: values['exit-code'] === true,
          gitDriver: values['git-driver'] === true,
          color,
          isTTY: io.isTTY === true,
          env: io.env,
          cwd: io.cwd,
          lang,
          out: io.out,
          err: io.err,
        });
      }
      case 'history': {
        const { HISTORY_FORMATS, historyCommand } = await import('./historyCommand.js');
        const format = values.format ?? 'terminal';
        if (!(HISTORY_FORMATS as readonly string[]).includes(format)) {
          io.err(t('cli.bad-format', lang, { value: format, allowed: HISTORY_FORMATS.join(', ') }) + '\n');
          return 2;
        }
        return await historyCommand({ args: rest, format: format as HistoryFormat, cwd: io.cwd, lang, out: io.out, err: io.err });
      }
      case 'git-setup': {
        const { gitSetupCommand } = await import('./gitSetupCommand.js');
        return await gitSetupCommand({ cwd: io.cwd, lang, out: io.out, err: io.err });
      }
      default:
        io.err(t('cli.unknown-command', lang, { command }) + '\n\n' + t('cli.usage', lang) + '\n');
        return 2;
    }
  } catch (e) {
    if (io.env.KEHOACH_DEBUG) io.err(String((e as Error).stack) + '\n');
    io.err(t('cli.internal', lang, { detail: e instanceof Error ? e.message : String(e) }) + '\n');
    return 2;
  }
}

async function validate(io: Io, lang: Lang, paths: string[], values: { format?: string; 'max-warnings'?: string }) {
  const format = values.format ?? 'stylish';
  if (!FORMATTERS[format]) {
    io.err(t('cli.bad-format', lang, { value: format, allowed: Object.keys(FORMATTERS).join(', ') }) + '\n');
    return 2;
  }
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!/^\d+$/.test(values['max-warnings'])) {
      io.err(t('cli.bad-max-warnings', lang, { value: values['max-warnings'] }) + '\n');
      return 2;
    }
  }
  return validateCommand({ paths, format, lang, maxWarnings, cwd: io.cwd, out: io.out, err: io.err });
}
