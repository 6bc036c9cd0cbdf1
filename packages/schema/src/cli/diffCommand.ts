import { execFile } from 'node:child_process';
import { checkSchema } from '../checks/schemaCheck.js';
import type { Lang } from '../diagnostics/types.js';
import { diffPlans } from '../diff/diffPlans.js';
import type { PlanDiff } from '../diff/types.js';
import { COMMENT_LIMIT, renderMarkdown } from '../diff/renderMarkdown.js';
import type { ClauseMode } from '../diff/fold.js';
import { renderTerminal } from '../diff/renderTerminal.js';
import { buildModel } from '../model/model.js';
import type { Plan } from '../model/types.js';
import { terminalLines, terminalText } from '../output/encode.js';
import { MAX_FILE_BYTES } from '../parse/readText.js';
import { parseYaml } from '../parse/parseYaml.js';
import { t } from '../messages/index.js';
import { readPlanSource, refusalMessage } from './planSource.js';

export const DIFF_FORMATS = ['terminal', 'markdown', 'json'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export interface DiffOptions {
  /** OLD NEW, or git's seven (or nine) arguments with gitDriver. */
  args: string[];
  format: DiffFormat;
  /** Clause and narrative-target changes folded (default) or in full. */
  clauses?: ClauseMode;
  /** Markdown: at most this many characters (default COMMENT_LIMIT; 0: no limit). */
  maxChars?: number;
  exitCode: boolean;
  gitDriver: boolean;
  color: 'always' | 'never' | 'auto';
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
  lang: Lang;
  out: (s: string) => void;
  err: (s: string) => void;
}

type Side = { ok: true; text: string | null; label: string } | { ok: false; message: string };

/**
 * `kehoach diff OLD NEW`: the semantic diff of two plans. Each side is a path, `/dev/null`, or
 * a git revision and path (`origin/main:plans/ha-noi/2026.yaml`), each read by planSource.ts.
 * Exit status: 0, or 1 with --exit-code when they differ; 2 on a usage or read error.
 *
 * `--git-driver` is git's external diff calling convention (diff.kehoach.command):
 * `path old-file old-hex old-mode new-file new-hex new-mode` (and, for a rename, the new path
 * and git's rename message). It always exits 0, as git requires, and falls back to git's own
 * diff when a side is not a readable plan.
 */
export async function diffCommand(o: DiffOptions): Promise<number> {
  if (o.gitDriver) return gitDriver(o);
  if (o.args.length !== 2) {
    o.err(t('cli.diff-need-two', o.lang) + '\n');
    return 2;
  }
  const [oldSpec, newSpec] = o.args as [string, string];
  const sides = await Promise.all([readSide(oldSpec, o), readSide(newSpec, o)]);
  for (const s of sides) if (!s.ok) {
    o.err(s.message + '\n');
    return 2;
  }
  const [a, b] = sides as Array<Extract<Side, { ok: true }>>;
  const plans = [toPlan(a!, o), toPlan(b!, o)];
  for (const p of plans) if (!p.ok) {
    o.err(p.message + '\n');
    return 2;
  }
  const diff = diffPlans((plans[0] as { plan: Plan | null }).plan, (plans[1] as { plan: Plan | null }).plan);
  diff.from.label = a!.label;
  diff.to.label = b!.label;
  o.out(render(diff, o, useColor(o)));
  return o.exitCode && diff.hasChanges ? 1 : 0;
}

async function gitDriver(o: DiffOptions): Promise<number> {
  const args = o.args;
  if (args.length === 1) {
    o.out(t('cli.diff-unmerged', o.lang, { path: args[0]! }) + '\n');
    return 0;
  }
  if (args.length !== 7 && args.length !== 9) {
    o.err(t('cli.diff-driver-args', o.lang, { count: args.length }) + '\n');
    return 2;
  }
  const path = args[0]!;
  const newPath = args.length === 9 ? args[7]! : path;
  const oldFile = args[1]!;
  const newFile = args[4]!;
  const aLabel = oldFile === '/dev/null' ? '/dev/null' : `a/${path}`;
  const bLabel = newFile === '/dev/null' ? '/dev/null' : `b/${newPath}`;
  o.out(terminalText(`diff --kehoach a/${path} b/${newPath}`) + '\n');
  const sides = [await readSide(oldFile, o, { label: aLabel, git: false }), await readSide(newFile, o, { label: bLabel, git: false })];
  const plans = sides.map((s) => (s.ok ? toPlan(s, o, true) : s));
  if (plans.some((p) => !p.ok)) {
    for (const p of plans) if (!p.ok) o.out(`# kehoach: ${p.message}\n`);
    o.out(terminalLines(await gitTextDiff(oldFile, newFile, o.cwd)));
    return 0;
  }
  const diff = diffPlans((plans[0] as { plan: Plan | null }).plan, (plans[1] as { plan: Plan | null }).plan);
  diff.from.label = aLabel;
  diff.to.label = bLabel;
  // git pipes to its pager when it talks to a terminal (and then sets GIT_PAGER_IN_USE).
  const color = o.color === 'always' || (o.color === 'auto' && !o.env.NO_COLOR && (o.env.GIT_PAGER_IN_USE === 'true' || o.isTTY));
  o.out(render(diff, { ...o, format: o.format === 'terminal' ? 'terminal' : o.format }, color));
  return 0;
}

function render(diff: PlanDiff, o: Pick<DiffOptions, 'format' | 'lang' | 'clauses' | 'maxChars' | 'args'>, color: boolean): string {
  if (o.format === 'json') return JSON.stringify(diff, null, 2) + '\n';
  const clauses = o.clauses ?? 'summary';
  if (o.format === 'markdown') {
    // The command that prints it all, for the truncation line (the sides as given).
    const sides = o.args.length === 2 ? o.args.map(shellWord).join(' ') : 'OLD NEW';
    return renderMarkdown(diff, { lang: o.lang, clauses, maxChars: o.maxChars ?? COMMENT_LIMIT, fullCommand: `kehoach diff ${sides} --format markdown --clauses full --max-chars 0` });
  }
  return renderTerminal(diff, { lang: o.lang, color, clauses });
}

/** A word for a POSIX shell, quoted when it needs to be (shown, never run). */
function shellWord(s: string): string {
  return /^[\w@%+=:,./~^-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

function useColor(o: DiffOptions): boolean {
  if (o.format !== 'terminal' || o.color === 'never') return false;
  if (o.color === 'always') return true;
  if (o.env.NO_COLOR) return false;
  if (o.env.FORCE_COLOR && o.env.FORCE_COLOR !== '0') return true;
  return o.isTTY;
}

/** A side of the diff: a path on disk, /dev/null, or (from the command line) REV:path read from git. */
async function readSide(spec: string, o: Pick<DiffOptions, 'lang' | 'cwd'>, from: { label: string; git: boolean } = { label: spec, git: true }): Promise<Side> {
  const { label } = from;
  const read = await readPlanSource(spec, { cwd: o.cwd, devNull: true, git: from.git });
  return read.ok ? { ok: true, text: read.text, label } : { ok: false, message: refusalMessage(label, read.refusal, o.lang) };
}

/** Parses a side; schema problems are reported on stderr but do not stop the diff. */
function toPlan(side: Extract<Side, { ok: true }>, o: Pick<DiffOptions, 'lang' | 'err'>, quiet = false): { ok: true; plan: Plan | null } | { ok: false; message: string } {
  if (side.text === null) return { ok: true, plan: null };
  const parsed = parseYaml(side.text);
  const value = parsed.value;
  if (value === undefined || value === null || typeof value !== 'object' || Array.isArray(value)) {
    const first = parsed.diagnostics[0];
    const detail = first ? `${first.range.start.line + 1}:${first.range.start.character + 1} ${String(first.params.detail ?? first.code)}` : 'not a map';
    return { ok: false, message: t('cli.diff-not-a-plan', o.lang, { path: side.label, detail }) };
  }
  if (!quiet) {
    const errors = checkSchema(buildModel(side.label, parsed)).filter((d) => d.severity === 'error').length;
    if (errors > 0) o.err(t('cli.diff-schema-errors', o.lang, { path: side.label, count: errors }) + '\n');
  }
  return { ok: true, plan: value as Plan };
}

/** git's own diff of the two files, for a side that is not a readable plan. */
function gitTextDiff(oldFile: string, newFile: string, cwd: string): Promise<string> {
  return new Promise((done) => {
    execFile('git', ['diff', '--no-index', '--no-ext-diff', '--', oldFile, newFile], { cwd, maxBuffer: 4 * MAX_FILE_BYTES }, (_error, stdout) => done(String(stdout ?? '')));
  });
}
