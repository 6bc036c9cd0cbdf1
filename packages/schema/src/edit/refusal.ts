// What a writer returns: its edits, or why it left the plan as it was. A refusal names a
// writer.* message of the catalog (Vietnamese and English) and its parameters.
import type { TextEdit } from '../diagnostics/types.js';
import { t } from '../messages/index.js';
import type { Lang, MessageParams } from '../messages/types.js';
import type { WRITER_MESSAGES } from '../messages/writer.js';

export type WriterRefusalKey = keyof typeof WRITER_MESSAGES;

export interface WriterRefusal {
  key: WriterRefusalKey;
  params: MessageParams;
}

export type WriteResult = { ok: true; edits: TextEdit[] } | { ok: false; refusal: WriterRefusal };

export const refused = (key: WriterRefusalKey, params: MessageParams = {}): { ok: false; refusal: WriterRefusal } => ({ ok: false, refusal: { key, params } });

/** Why, in the language asked for. */
export function refusalText(r: WriterRefusal, lang: Lang): string {
  return t(r.key, lang, r.params);
}
