import type { Bilingual } from '../vocabulary/index.js';

/** A message in Vietnamese and English: a template with `{param}` and `{param|area}` placeholders. */
export type Message = Bilingual;

export type Lang = 'vi' | 'en';

export type MessageParams = Record<string, string | number>;
