// The CLI's one way of reading a plan: a path on disk, a git revision (`REV:path`) or `/dev/null`
// (an empty side of a diff). Every command goes through it (validate, render, export, diff,
// new-year, and the baselines the rules read), so every command refuses the same inputs the same
// way: files are read by the file-access policy (io/fileAccess.ts: only a regular file is opened,
// its size checked before a byte is read; a baseline only inside the repository), and their
// bytes are decoded by the engine's decodePlanBytes.

import { execFile, type ExecFileException } from 'node:child_process';
import { resolve } from 'node:path';
import { formatMessage } from '../diagnostics/localize.js';
import type { Diagnostic, Lang } from '../diagnostics/types.js';
import { readInScope, readRegularFile, type AccessScope, type FileRead } from '../io/fileAccess.js';
import { decodePlanBytes, MAX_FILE_BYTES, tooLarge } from '../parse/readText.js';
import { t } from '../messages/index.js';

/**
 * Why a source was not read. `io`: the file system or git said no (an errno code, NOT_REGULAR,
 * BROKEN_LINK); `text`: read (or sized) but not a plan's text: too large, binary, not UTF-8.
 */
export type Refusal =
  | { kind: 'io'; detail: string }
  | { kind: 'git'; detail: string; reason?: 'missing' | 'ambiguous' }
  | { kind: 'text'; diagnostic: Diagnostic };

export type BytesRead = { ok: true; bytes: Uint8Array } | { ok: false; refusal: Refusal };
export type TextRead = { ok: true; text: string; bom?: boolean } | { ok: false; refusal: Refusal };
/** A source read: its text, or null for `/dev/null` (nothing: an added or deleted plan). */
/** `bom`: the file started with a byte-order mark, which `text` no longer has (writers put it back). */
export type SourceRead<T = string | null> = { ok: true; text: T; label: string; bom?: boolean } | { ok: false; label: string; refusal: Refusal };

/**
 * The bytes of the plan file at `path`, as the file-access policy reads a file
 * (io/fileAccess.ts: a regular file, its size checked before a byte is read, never more read).
 */
export function readPlanBytes(path: string): BytesRead {
  return fromFileRead(readRegularFile(path));
}

/** A read of the file-access policy as the CLI's refusal: the size limit as the engine's diagnostic. */
export function fromFileRead(read: FileRead): BytesRead {
  if (read.ok) return read;
  if (read.reason === 'TOO_LARGE') return { ok: false, refusal: { kind: 'text', diagnostic: tooLarge(read.size ?? MAX_FILE_BYTES + 1) } };
  return io(read.reason);
}

/** The plan file's text: readPlanBytes, then the engine's decoding (binary and non-UTF-8 refused). */
export function readPlanText(path: string): TextRead {
  const read = readPlanBytes(path);
  return read.ok ? decode(read.bytes) : read;
}

/**
 * A plan that another plan names (its baseline): read only where it leads inside the scope
 * (the repository, the paths named on the command line); `OUTSIDE` otherwise, unread.
 */
export function readPlanTextInScope(scope: AccessScope, path: string): TextRead {
  const read = fromFileRead(readInScope(scope, path));
  return read.ok ? decode(read.bytes) : read;
}

export interface SourceOptions {
  cwd: string;
  /** `/dev/null` reads as nothing (a side of a diff) rather than as the device it is. */
  devNull?: boolean;
  /** `REV:path` is read from git when no file of that name exists. */
  git?: boolean;
}

/** A plan named on the command line: a path (relative to `cwd`), or, where allowed, `/dev/null` or `REV:path`. */
export async function readPlanSource(spec: string, o: SourceOptions & { devNull: true }): Promise<SourceRead>;
export async function readPlanSource(spec: string, o: SourceOptions & { devNull?: false }): Promise<SourceRead<string>>;
export async function readPlanSource(spec: string, o: SourceOptions): Promise<SourceRead> {
  if (o.devNull && spec === '/dev/null') return { ok: true, text: null, label: spec };
  const onDisk = readPlanText(resolve(o.cwd, spec));
  if (onDisk.ok) return { ok: true, text: onDisk.text, label: spec, ...(onDisk.bom ? { bom: true } : {}) };
  const missing = onDisk.refusal.kind === 'io' && (onDisk.refusal.detail === 'ENOENT' || onDisk.refusal.detail === 'ENOTDIR');
  if (o.git && missing && /^[^:]*:./.test(spec)) {
    const fromGit = await readGitBlob(spec, o.cwd);
    return fromGit.ok ? { ok: true, text: fromGit.text, label: spec } : { ok: false, label: spec, refusal: fromGit.refusal };
  }
  return { ok: false, label: spec, refusal: onDisk.refusal };
}

/** What to tell a person about a source that was not read (the command then exits 2). */
export function refusalMessage(label: string, refusal: Refusal, lang: Lang): string {
  if (refusal.kind === 'io') return t('cli.read-error', lang, { path: label, detail: refusal.detail });
  if (refusal.kind === 'git') return t(refusal.reason ? `cli.git-${refusal.reason}` : 'cli.git-show-failed', lang, { spec: label, detail: refusal.detail });
  // The engine's own words: size and limit, the NUL byte's offset, the bad byte's line and column.
  return t('cli.not-plan-text', lang, { path: label, detail: formatMessage(refusal.diagnostic, lang) });
}

/** The same refusal as the one diagnostic `kehoach validate` reports for the file. */
export function refusalDiagnostic(refusal: Refusal): Diagnostic {
  if (refusal.kind === 'text') return refusal.diagnostic;
  return {
    code: 'file-unreadable',
    severity: 'error',
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    params: { detail: refusal.detail },
  };
}

function decode(bytes: Uint8Array): TextRead {
  const d = decodePlanBytes(bytes);
  return d.ok ? d : { ok: false, refusal: { kind: 'text', diagnostic: d.diagnostic } };
}

const io = (detail: string): { ok: false; refusal: Refusal } => ({ ok: false, refusal: { kind: 'io', detail } });

/**
 * `REV:path` from git, without a shell: its type and size first (`git cat-file --batch-check`),
 * so that a tree or an oversized blob is refused unread, then the blob by its object id (the
 * same content, whatever the ref does meanwhile), its output capped at the size limit.
 */
async function readGitBlob(spec: string, cwd: string): Promise<TextRead> {
  let query = spec;
  if (/[\r\n]/.test(spec)) {
    // A path with a line break (a file a pull request named so) cannot be a line of
    // --batch-check's input: its object id first, from the command line.
    const oid = await run(['rev-parse', '--verify', '--quiet', '--end-of-options', spec], cwd, 4096);
    if (!oid.ok || !/^[0-9a-f]+\n?$/.test(oid.stdout.toString('utf8'))) return git('missing', 'missing');
    query = oid.stdout.toString('utf8').trim();
  }
  const check = await run(['cat-file', '--batch-check=%(objectname) %(objecttype) %(objectsize)'], cwd, 4096, `${query}\n`);
  if (!check.ok) return git(check.detail);
  const [oid, type, size] = check.stdout.toString('utf8').trim().split(' ');
  if (type === 'ambiguous') return git(type, type);
  if (type === 'missing' || !oid || size === undefined) return git('missing', 'missing');
  if (type !== 'blob') return io(type === 'tree' ? 'EISDIR' : 'NOT_REGULAR');
  if (Number(size) > MAX_FILE_BYTES) return { ok: false, refusal: { kind: 'text', diagnostic: tooLarge(Number(size)) } };
  const blob = await run(['cat-file', 'blob', oid], cwd, MAX_FILE_BYTES);
  return blob.ok ? decode(blob.stdout) : git(blob.detail);
}

const git = (detail: string, reason?: 'missing' | 'ambiguous'): TextRead => ({ ok: false, refusal: { kind: 'git', detail, ...(reason ? { reason } : {}) } });

function run(args: string[], cwd: string, maxBuffer: number, input?: string): Promise<{ ok: true; stdout: Buffer } | { ok: false; detail: string }> {
  return new Promise((done) => {
    const child = execFile('git', args, { cwd, encoding: 'buffer', maxBuffer }, (error: ExecFileException | null, stdout: Buffer, stderr: Buffer) => {
      if (!error) return done({ ok: true, stdout });
      const said = stderr?.toString('utf8').trim().split('\n')[0] ?? '';
      done({ ok: false, detail: said || (error.code === 'ENOENT' ? 'git not found (ENOENT)' : error.message) });
    });
    child.stdin?.on('error', () => undefined); // git gone before reading its input: its exit says why
    child.stdin?.end(input ?? '');
  });
}
