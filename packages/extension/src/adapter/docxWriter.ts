// Loads the .docx writer (dist/docx.js, built beside the extension's bundle) on first use. The
// browser bundle has none: VS Code for the Web cannot load a second script, and carrying the
// `docx` library in its one bundle would grow it by half; there the command says to use the CLI.
import * as vscode from 'vscode';
import type { RenderedDocument } from '@kehoach/schema';

export type WriteDocx = (doc: RenderedDocument) => Promise<Uint8Array>;

/** Set by the bundler (scripts/bundles.mjs): true in the browser bundle. */
declare const KEHOACH_WEB: boolean | undefined;

let loaded: WriteDocx | undefined;

export function loadDocxWriter(context: vscode.ExtensionContext): WriteDocx | undefined {
  if (typeof KEHOACH_WEB !== 'undefined' && KEHOACH_WEB) return undefined;
  loaded ??= (require(vscode.Uri.joinPath(context.extensionUri, 'dist', 'docx.js').fsPath) as { writeDocx: WriteDocx }).writeDocx;
  return loaded;
}

export type ReadDocx = (bytes: Uint8Array, maxChars: number) => Promise<{ ok: true; text: string } | { ok: false; reason: 'encrypted' | 'corrupt'; detail: string }>;

let reader: ReadDocx | undefined;

/** The .docx reader of the import command (mammoth, in dist/docx.js): none in the browser bundle. */
export function loadDocxReader(context: vscode.ExtensionContext): ReadDocx | undefined {
  if (typeof KEHOACH_WEB !== 'undefined' && KEHOACH_WEB) return undefined;
  reader ??= (require(vscode.Uri.joinPath(context.extensionUri, 'dist', 'docx.js').fsPath) as { readDocx: ReadDocx }).readDocx;
  return reader;
}
