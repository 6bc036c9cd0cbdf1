// The file-access policy's rules as pure functions (no file system, so the editor's browser
// bundle applies them too): which files are read at all, and when a path lies inside a folder.
// src/io/fileAccess.ts applies them to the disk (the CLI, the CI scripts); the extension's
// adapter/workspaceFiles.ts to vscode.workspace.fs.

import { MAX_FILE_BYTES } from '../parse/readText.js';

/**
 * Why a file is not read. Errno codes pass through as they are (ENOENT, EACCES…); kehoach's own:
 * NOT_REGULAR (a FIFO, socket or device: reading one can block forever or never end),
 * BROKEN_LINK (a symbolic link to nothing), TOO_LARGE (over the limit, from its size alone),
 * OUTSIDE (outside the repository or workspace, or a symbolic link leading out of it).
 */
export type ReadRefusalReason = 'EISDIR' | 'NOT_REGULAR' | 'BROKEN_LINK' | 'TOO_LARGE' | 'OUTSIDE' | (string & {});

/** What a stat says, in the terms of the rule. */
export interface FileFacts {
  kind: 'file' | 'directory' | 'other';
  size: number;
}

/** Only a regular file of bounded size is read: anything else is refused from its stat, unread. */
export function readRefusal(facts: FileFacts, maxBytes = MAX_FILE_BYTES): ReadRefusalReason | undefined {
  if (facts.kind === 'directory') return 'EISDIR';
  if (facts.kind !== 'file') return 'NOT_REGULAR';
  if (facts.size > maxBytes) return 'TOO_LARGE';
  return undefined;
}

/**
 * Whether `path` is `root` or lies under it: whole segments compared ("/repo" does not contain
 * "/repository"), "/" and "\" alike, a trailing separator ignored. Both must already be
 * absolute and normalised (no "." or ".." segments): real paths, resolved URIs.
 */
export function isWithin(root: string, path: string): boolean {
  const r = root.replace(/\\/g, '/').replace(/\/+$/, '');
  const p = path.replace(/\\/g, '/');
  if (r === '') return p.startsWith('/'); // the file-system root holds every absolute path
  return p === r || p.startsWith(r + '/');
}
