// Lookups over one plan's value: clauses by id with their printed place, indicators and
// parts by reference, the narrative targets that restate an indicator.
import type { Article, Indicator, IndicatorPart, NarrativeTarget, Plan, PlanModel } from '@kehoach/schema';

export interface ClauseInfo {
  id: string;
  /** Where it stands, as printed: "Điều 2, khoản 5, đoạn 11". */
  place: { vi: string; en: string };
  text: string;
}

export function planOf(model: PlanModel | undefined): Partial<Plan> | undefined {
  const v = model?.value;
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Partial<Plan>) : undefined;
}

const strip = (label: string) => label.replace(/[.:]\s*$/, '').trim();

/** Every clause of the plan, by id. */
export function clausesOf(plan: Partial<Plan> | undefined): Map<string, ClauseInfo> {
  const out = new Map<string, ClauseInfo>();
  if (!plan) return out;
  const arr = <T>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);
  for (const [k, p] of arr<{ id: string; text: string }>(plan.document?.legalBases).entries())
    out.set(p.id, { id: p.id, place: { vi: `Phần căn cứ, đoạn ${k + 1}`, en: `Preamble, paragraph ${k + 1}` }, text: p.text });
  for (const a of arr<Article>(plan.articles)) {
    if (!a || typeof a.id !== 'string') continue;
    const art = strip(a.label ?? '');
    out.set(a.id, { id: a.id, place: { vi: art, en: art.replace(/^Điều/, 'Article') }, text: a.heading ?? '' });
    for (const [k, p] of arr<{ id: string; text: string }>(a.paragraphs).entries())
      out.set(p.id, { id: p.id, place: { vi: `${art}, đoạn ${k + 1}`, en: `${art.replace(/^Điều/, 'Article')}, paragraph ${k + 1}` }, text: p.text });
    for (const it of arr<NonNullable<Article['items']>[number]>(a.items)) {
      if (!it || typeof it.id !== 'string') continue;
      const item = strip(it.label ?? '');
      out.set(it.id, { id: it.id, place: { vi: `${art}, khoản ${item}`, en: `${art.replace(/^Điều/, 'Article')}, item ${item}` }, text: it.heading ?? '' });
      for (const [k, p] of arr<{ id: string; text: string }>(it.paragraphs).entries())
        out.set(p.id, {
          id: p.id,
          place: { vi: `${art}, khoản ${item}, đoạn ${k + 1}`, en: `${art.replace(/^Điều/, 'Article')}, item ${item}, paragraph ${k + 1}` },
          text: p.text,
        });
    }
  }
  for (const [k, p] of arr<{ id: string; text: string }>(plan.document?.closing).entries())
    out.set(p.id, { id: p.id, place: { vi: `Phần kết, đoạn ${k + 1}`, en: `Closing, paragraph ${k + 1}` }, text: p.text });
  return out;
}

export interface IndicatorRef {
  indicator: Indicator;
  part?: IndicatorPart;
  index: number;
}

/** `grdp-growth` or `clean-water/urban` → the indicator (and part). */
export function findIndicator(plan: Partial<Plan> | undefined, ref: string): IndicatorRef | undefined {
  const [id, partId] = ref.split('/');
  const list = Array.isArray(plan?.indicators) ? plan!.indicators : [];
  const index = list.findIndex((i) => i && i.id === id);
  if (index < 0) return undefined;
  const indicator = list[index]!;
  if (partId === undefined) return { indicator, index };
  const part = (indicator.parts ?? []).find((p) => p && p.id === partId);
  return part ? { indicator, part, index } : undefined;
}

/** The narrative targets that restate this indicator (or one of its parts). */
export function restatementsOf(plan: Partial<Plan> | undefined, id: string): NarrativeTarget[] {
  const list = Array.isArray(plan?.narrativeTargets) ? plan!.narrativeTargets : [];
  return list.filter((n) => n && typeof n.indicator === 'string' && (n.indicator === id || n.indicator.startsWith(id + '/')));
}

/**
 * Verbatim text inside Markdown: the characters Markdown would read as markup are escaped, and
 * at the start of a block (`block`), a leading "5." or "-" that would make a list.
 */
export function mdText(s: string, block = false): string {
  const escaped = s.replace(/[\\`*_[\]<>|~#]/g, '\\$&');
  return block ? escaped.replace(/^(\s*)(\d+)([.)])/, '$1$2\\$3').replace(/^(\s*)([-+=])/, '$1\\$2') : escaped;
}

/** A window of a long clause around the fragment, with the fragment in bold; Markdown, escaped. */
export function excerpt(text: string, fragment: string | undefined, width = 160): string {
  const flat = text.replace(/\s+/g, ' ');
  const at = fragment ? flat.indexOf(fragment.replace(/\s+/g, ' ')) : -1;
  if (at < 0) return mdText(flat.length > width * 2 ? flat.slice(0, width * 2) + '…' : flat, true);
  const f = fragment!.replace(/\s+/g, ' ');
  const start = Math.max(0, flat.lastIndexOf(' ', Math.max(0, at - width)) + 1);
  const endCut = flat.indexOf(' ', Math.min(flat.length, at + f.length + width));
  const end = endCut < 0 ? flat.length : endCut;
  return `${start > 0 ? '…' : ''}${mdText(flat.slice(start, at), start === 0)}**${mdText(f)}**${mdText(flat.slice(at + f.length, end))}${end < flat.length ? '…' : ''}`;
}
