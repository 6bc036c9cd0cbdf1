// The one message catalog: every text a person reads, Vietnamese and English side by side,
// built statically from the areas' tables (no registration, nothing depends on import order).
// Diagnostic codes are keys as they are, and <code>.<problem> the sentences of a rule whose
// message depends on the problem found; every other key names its area: fix.*, grammar.*,
// io.*/type.*/…/op.* (words inside messages), cli.*, diff.*, editor.*, history.*, writer.* (why a writer
// left a plan as it was).

import { CLI_MESSAGES } from './cli.js';
import { DIAGNOSTIC_MESSAGES, DIAGNOSTIC_PROBLEMS, FIX_TITLES } from './diagnostics.js';
import { DIFF_MESSAGES } from './diff.js';
import { EDITOR_MESSAGES } from './editor.js';
import { GRAMMAR_MESSAGES } from './grammar.js';
import { HISTORY_MESSAGES } from './history.js';
import { TERM_MESSAGES } from './terms.js';
import { WRITER_MESSAGES } from './writer.js';
import type { Message } from './types.js';

/** The areas, each its own table; a test checks that no key is defined twice. */
export const AREAS = {
  diagnostics: DIAGNOSTIC_MESSAGES,
  problems: DIAGNOSTIC_PROBLEMS,
  fix: FIX_TITLES,
  grammar: GRAMMAR_MESSAGES,
  terms: TERM_MESSAGES,
  cli: CLI_MESSAGES,
  diff: DIFF_MESSAGES,
  editor: EDITOR_MESSAGES,
  history: HISTORY_MESSAGES,
  writer: WRITER_MESSAGES,
} as const;

export const MESSAGES = {
  ...DIAGNOSTIC_MESSAGES,
  ...DIAGNOSTIC_PROBLEMS,
  ...FIX_TITLES,
  ...GRAMMAR_MESSAGES,
  ...TERM_MESSAGES,
  ...CLI_MESSAGES,
  ...DIFF_MESSAGES,
  ...EDITOR_MESSAGES,
  ...HISTORY_MESSAGES,
  ...WRITER_MESSAGES,
} satisfies Record<string, Message>;

/** Every message's key: a misspelt key is a type error. */
export type MessageKey = keyof typeof MESSAGES;
