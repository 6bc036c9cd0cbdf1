// The one lookup: t(key, lang, params) fills a catalog message's placeholders.
//   {name}         the parameter; a number is written the Vietnamese way in Vietnamese
//   {name|area}    the catalog's entry area.<value> (io.EACCES, op.>=…, period-mismatch.both),
//                  its own placeholders filled from the same params; else the value itself
//   {name|grammar} the grammar's message grammar.<value>
//   {name|grammar-expected} “ Cần: …” (grammar.expected) where the issue lists what it expected, else nothing
//   {name|bytes}   a size in KB or MB;  {name|vi-suggest} {name|en-suggest} {name|vi-more}
//   {name|en-more} the filter.* sentence in that language, or nothing when the value is empty or 0

import { formatNumberVi, plainDigits } from '../diagnostics/numbers.js';
import { visible } from '../output/encode.js';
import { MESSAGES, type MessageKey } from './catalog.js';
import type { Lang, MessageParams } from './types.js';

/** The message in the language asked for, its placeholders filled from `params`. */
export function t(key: MessageKey, lang: Lang, params: MessageParams = {}): string {
  return fill(MESSAGES[key][lang], params, lang);
}

/** Whether a string (a code read from a worker, a config file) is a key of the catalog. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(MESSAGES, key);
}

/** A parameter longer than this (a 1 MB line quoted back) is cut, so that a message stays a message. */
export const MAX_PARAM_LENGTH = 500;

/** The filters computed here; any other filter names an area of the catalog. */
const COMPUTED = new Set(['bytes', 'vi-suggest', 'en-suggest', 'vi-more', 'en-more', 'grammar', 'grammar-expected']);

export function fill(template: string, params: MessageParams, lang: Lang): string {
  // A parameter is the plan's text (a key, a wording, a file name): its control, bidi and
  // zero-width characters are shown, never echoed raw, in every channel. A nested entry is
  // filled by fill() again, so its own parameters are encoded the same way.
  if (!template.includes('{')) return template; // most labels: nothing to fill
  return template.replace(/\{(\w+)(?:\|([\w-]+))?\}/g, (_, name: string, filter: string | undefined) => entry(name, filter) ?? clip(visible(param(name, filter))));

  /**
   * `{name|area}`: the catalog's entry area.<value> (a word, or a rule's sentence for the
   * problem found), filled from the same params; not cut as a whole, its params are cut inside.
   */
  function entry(name: string, filter: string | undefined): string | undefined {
    const v = params[name];
    if (filter === undefined || v === undefined || COMPUTED.has(filter)) return undefined;
    const key = `${filter}.${v}`;
    return isMessageKey(key) ? fill(MESSAGES[key][lang], params, lang) : undefined;
  }

  function param(name: string, filter: string | undefined): string {
    const v = params[name];
    if (v === undefined) return '';
    if (!filter) return typeof v === 'number' ? (lang === 'vi' ? formatNumberVi(v) : plainDigits(v)) : String(v);
    switch (filter) {
      case 'bytes':
        return bytes(Number(v), lang);
      case 'vi-suggest':
      case 'en-suggest':
        return v ? t('filter.suggest', filter === 'vi-suggest' ? 'vi' : 'en', { value: v }) : '';
      case 'vi-more':
      case 'en-more':
        return Number(v) > 0 ? t('filter.more', filter === 'vi-more' ? 'vi' : 'en', { value: Number(v) }) : '';
      case 'grammar':
        return grammar(String(v));
      case 'grammar-expected':
        // Before the sentence that says what to do, so that the message still ends with it.
        return v ? ` ${t('grammar.expected', lang, params)}` : '';
      default:
        return String(v); // an area without this word (entry() found none): the value itself
    }
  }

  /** The grammar's message for an issue code (its template places the forms it expected). */
  function grammar(code: string): string {
    const key = `grammar.${code}`;
    return isMessageKey(key) ? fill(MESSAGES[key][lang], params, lang) : code;
  }
}

function clip(s: string): string {
  if (s.length <= MAX_PARAM_LENGTH) return s;
  const cut = /[\uD800-\uDBFF]/.test(s[MAX_PARAM_LENGTH - 1]!) ? MAX_PARAM_LENGTH - 1 : MAX_PARAM_LENGTH;
  return s.slice(0, cut) + '…';
}

function bytes(n: number, lang: Lang): string {
  const mb = n / (1024 * 1024);
  if (mb >= 1) return `${lang === 'vi' ? formatNumberVi(Math.round(mb * 10) / 10) : (Math.round(mb * 10) / 10).toString()} MB`;
  const kb = n / 1024;
  return `${lang === 'vi' ? formatNumberVi(Math.round(kb * 10) / 10) : (Math.round(kb * 10) / 10).toString()} KB`;
}
