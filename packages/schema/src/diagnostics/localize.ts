import { CATALOG, TERMS } from './catalog.js';
import type { Diagnostic, Lang, MessageParams } from './types.js';
import { formatNumberVi, plainDigits } from './numbers.js';
import { visible } from '../output/encode.js';

export type MessageTable = Record<string, { vi: string; en: string }>;

const extraTables: MessageTable[] = [];

/** Lets the grammar and the rules add their messages without the catalog importing them. */
export function registerMessages(table: MessageTable): void {
  extraTables.push(table);
}

const extraTerms: Record<string, Record<string, { vi: string; en: string }>> = {};

/** Adds localized names for a `{param|filter}` placeholder (as the catalog's TERMS do). */
export function registerTerms(filter: string, table: Record<string, { vi: string; en: string }>): void {
  extraTerms[filter] = { ...(extraTerms[filter] ?? {}), ...table };
}

export type MessageFilter = (value: string | number, lang: Lang, params: MessageParams) => string;
const filters = new Map<string, MessageFilter>();

/** Adds a `{param|name}` filter that renders a parameter itself (e.g. a nested message). */
export function registerFilter(name: string, filter: MessageFilter): void {
  filters.set(name, filter);
}

export function messageTemplate(code: string, lang: Lang): string | undefined {
  const own = CATALOG[code];
  if (own) return own[lang];
  for (const t of extraTables) if (t[code]) return t[code]![lang];
  return undefined;
}

/** The diagnostic's text in the language asked for. */
export function formatMessage(d: Pick<Diagnostic, 'code' | 'params'>, lang: Lang): string {
  const template = messageTemplate(d.code, lang) ?? `${d.code}: ${JSON.stringify(d.params)}`;
  return fill(template, d.params, lang);
}

/** A parameter longer than this (a 1 MB line quoted back) is cut, so that a message stays a message. */
export const MAX_PARAM_LENGTH = 500;

export function fill(template: string, params: MessageParams, lang: Lang): string {
  // A parameter is the plan's text (a key, a wording, a file name): its control, bidi and
  // zero-width characters are shown, never echoed raw, in every channel.
  return template.replace(/\{(\w+)(?:\|([\w-]+))?\}/g, (_, name: string, filter: string | undefined) => clip(visible(param(name, filter))));

  function param(name: string, filter: string | undefined): string {
    const v = params[name];
    if (v === undefined) return '';
    if (!filter) return typeof v === 'number' ? (lang === 'vi' ? formatNumberVi(v) : plainDigits(v)) : String(v);
    if (filter === 'bytes') return bytes(Number(v), lang);
    if (filter === 'vi-suggest') return v ? ` Có phải ý bạn là “${v}”?` : '';
    if (filter === 'en-suggest') return v ? ` Did you mean “${v}”?` : '';
    if (filter === 'vi-more') return Number(v) > 0 ? ` ${formatNumberVi(Number(v))} nhãn sau đó cũng cần đánh số lại.` : '';
    if (filter === 'en-more') return Number(v) > 0 ? ` ${v} later label(s) need renumbering too.` : '';
    const custom = filters.get(filter);
    if (custom) return custom(v, lang, params);
    const term = TERMS[filter]?.[String(v)] ?? extraTerms[filter]?.[String(v)];
    return term ? term[lang] : String(v);
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
