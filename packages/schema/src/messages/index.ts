// The one message catalog and its one lookup function.
export { MESSAGES, AREAS, type MessageKey } from './catalog.js';
export { t, fill, isMessageKey, MAX_PARAM_LENGTH } from './t.js';
export type { DiagnosticCode } from './diagnostics.js';
export type { Lang, Message, MessageParams } from './types.js';
