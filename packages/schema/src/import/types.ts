// What the import finds and what it could not decide. Pure data: no I/O.

/** A problem of the import, for the drafter: its own code, the line of the input it is about. */
export interface ImportProblem {
  code: ImportCode;
  /** 1-based line of the normalised input, when the problem is about one line. */
  line?: number;
  /** The text concerned, verbatim. */
  text?: string;
}

/** The import's own codes (docs/rules/<code>.md; messages `<code>` in messages/importer.ts). */
export const IMPORT_CODES = [
  'import-not-resolution',
  'import-unread-line',
  'import-unread-target',
  'import-type-from-number',
  'import-truncated',
  'import-site-metadata',
] as const;
export type ImportCode = (typeof IMPORT_CODES)[number];

/** One line of the normalised text: its words, and the 1-based line of the input it starts on. */
export interface Line {
  text: string;
  line: number;
}
