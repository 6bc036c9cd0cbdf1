// Where a clause stands, as printed ("Điều 2, khoản 5, đoạn 11"): the model's clause tree
// (PlanView) read for people. Every lookup goes through the one model.
import { ancestorsOf, markdownText, t, type ClauseNode, type PlanView } from '@kehoach/schema';

export interface ClauseInfo {
  id: string;
  /** Where it stands, as printed: "Điều 2, khoản 5, đoạn 11". */
  place: { vi: string; en: string };
  text: string;
}

const strip = (label: string) => label.replace(/[.:]\s*$/, '').trim();

const ARTICLE_VI = new RegExp(`^${t('editor.article', 'vi')}`);
type PlaceKey = 'editor.place-preamble' | 'editor.place-closing' | 'editor.place-item' | 'editor.place-point' | 'editor.place-bullet' | 'editor.place-paragraph';
/** A step's words, from the catalog: labels repeat ("khoản 1", "đoạn 2"), so each is filled once. */
function place(key: PlaceKey, params: Record<string, string | number>): { vi: string; en: string } {
  const [value] = Object.values(params);
  const cacheKey = `${key}|${value}`;
  let words = PLACES.get(cacheKey);
  if (!words) {
    words = { vi: t(key, 'vi', params), en: t(key, 'en', params) };
    // Bounded: a label is the plan's text, and a hostile plan could print a thousand different ones.
    if (PLACES.size >= 1000) PLACES.clear();
    PLACES.set(cacheKey, words);
  }
  return words;
}
const PLACES = new Map<string, { vi: string; en: string }>();

/**
 * One step of a clause's place, named by its label as printed (the catalog's editor.place-*):
 * the article's label, "khoản 5" (also "1.1", "II"), "điểm a" for "a)", "gạch đầu dòng thứ 2"
 * for a bullet, "đoạn 2".
 */
function step(c: ClauseNode): { vi: string; en: string } {
  switch (c.kind) {
    case 'preamble':
      return place('editor.place-preamble', { n: c.position });
    case 'closing':
      return place('editor.place-closing', { n: c.position });
    case 'article': {
      const art = strip(c.label ?? '');
      return { vi: art, en: art.replace(ARTICLE_VI, t('editor.article', 'en')) };
    }
    case 'item': {
      const label = (c.label ?? '').trim();
      const letter = /^(\p{Ll})\)$/u.exec(label);
      if (letter) return place('editor.place-point', { point: letter[1]! });
      if (/^[-+–•*]$/.test(label)) return place('editor.place-bullet', { n: c.position });
      return place('editor.place-item', { item: strip(label) });
    }
    case 'paragraph':
      return place('editor.place-paragraph', { n: c.position });
  }
}

export function clauseInfo(c: ClauseNode): ClauseInfo {
  let info = INFO.get(c);
  if (!info) INFO.set(c, (info = placeOf(c)));
  return info;
}
/** A clause's place is read from its ancestors: once per parsed clause, not on every hover. */
const INFO = new WeakMap<ClauseNode, ClauseInfo>();

function placeOf(c: ClauseNode): ClauseInfo {
  const steps = [...ancestorsOf(c), c].map(step);
  return { id: c.id, place: { vi: steps.map((s) => s.vi).join(', '), en: steps.map((s) => s.en).join(', ') }, text: c.text };
}

/** The clause an id names, with its place; undefined when the plan has none. */
export function clauseById(plan: PlanView | undefined, id: string | undefined): ClauseInfo | undefined {
  const c = id === undefined ? undefined : plan?.clause(id);
  return c ? clauseInfo(c) : undefined;
}

/** A window of a long clause around the fragment, with the fragment in bold; Markdown, every text encoded (output/encode.ts). */
export function excerpt(text: string, fragment: string | undefined, width = 160): string {
  // A keystroke re-parses the plan, but its clauses' texts are the same: each window is cut once
  // (bounded: 500 windows of clauses up to 20.000 characters; a longer one is cut every time).
  if (text.length > 20_000) return cut(text, fragment, width);
  const key = fragment === undefined ? `${width}:-:${text}` : `${width}:${fragment.length}:${fragment}${text}`; // length-prefixed: no two pairs share a key
  let out = EXCERPTS.get(key);
  if (out === undefined) {
    out = cut(text, fragment, width);
    if (EXCERPTS.size >= 500) EXCERPTS.clear();
    EXCERPTS.set(key, out);
  }
  return out;
}
const EXCERPTS = new Map<string, string>();

function cut(text: string, fragment: string | undefined, width: number): string {
  const flat = text.replace(/\s+/g, ' ');
  const at = fragment ? flat.indexOf(fragment.replace(/\s+/g, ' ')) : -1;
  if (at < 0) return markdownText(flat.length > width * 2 ? flat.slice(0, width * 2) + '…' : flat, { lineStart: true });
  const f = fragment!.replace(/\s+/g, ' ');
  const start = Math.max(0, flat.lastIndexOf(' ', Math.max(0, at - width)) + 1);
  const endCut = flat.indexOf(' ', Math.min(flat.length, at + f.length + width));
  const end = endCut < 0 ? flat.length : endCut;
  return `${start > 0 ? '…' : ''}${markdownText(flat.slice(start, at), { lineStart: start === 0 })}**${markdownText(f)}**${markdownText(flat.slice(at + f.length, end))}${end < flat.length ? '…' : ''}`;
}
