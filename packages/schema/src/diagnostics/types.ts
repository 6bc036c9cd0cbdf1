// LSP-shaped values, so the CLI and the editor share them without conversion.

import type { DiagnosticCode, Lang, MessageParams } from '../messages/index.js';

export type { DiagnosticCode, Lang, MessageParams };

/** 0-based line and UTF-16 character, as in the Language Server Protocol. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** A text edit that fixes a diagnostic. */
export interface TextEdit {
  range: Range;
  newText: string;
}

/** What the engine reports: a code and parameters; text is localized at the edge. */
export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  range: Range;
  params: MessageParams;
  /** Edits that fix it, when the fix is certain (offered as a quick fix). */
  fix?: TextEdit[];
}
