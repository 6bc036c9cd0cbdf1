// Where a clause stands, as printed ("Điều 2, khoản 5, đoạn 11"): the model's clause tree
// (PlanView) read for people. Every lookup goes through the one model.
import { ancestorsOf, markdownText, type ClauseNode, type PlanView } from '@kehoach/schema';

export interface ClauseInfo {
  id: string;
  /** Where it stands, as printed: "Điều 2, khoản 5, đoạn 11". */
  place: { vi: string; en: string };
  text: string;
}

const strip = (label: string) => label.replace(/[.:]\s*$/, '').trim();

/** One step of a clause's place: the article's label, "khoản 5", "đoạn 2". */
function step(c: ClauseNode): { vi: string; en: string } {
  switch (c.kind) {
    case 'preamble':
      return { vi: `Phần căn cứ, đoạn ${c.position}`, en: `Preamble, paragraph ${c.position}` };
    case 'closing':
      return { vi: `Phần kết, đoạn ${c.position}`, en: `Closing, paragraph ${c.position}` };
    case 'article': {
      const art = strip(c.label ?? '');
      return { vi: art, en: art.replace(/^Điều/, 'Article') };
    }
    case 'item':
      return { vi: `khoản ${strip(c.label ?? '')}`, en: `item ${strip(c.label ?? '')}` };
    case 'paragraph':
      return { vi: `đoạn ${c.position}`, en: `paragraph ${c.position}` };
  }
}

export function clauseInfo(c: ClauseNode): ClauseInfo {
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
  const flat = text.replace(/\s+/g, ' ');
  const at = fragment ? flat.indexOf(fragment.replace(/\s+/g, ' ')) : -1;
  if (at < 0) return markdownText(flat.length > width * 2 ? flat.slice(0, width * 2) + '…' : flat, { lineStart: true });
  const f = fragment!.replace(/\s+/g, ' ');
  const start = Math.max(0, flat.lastIndexOf(' ', Math.max(0, at - width)) + 1);
  const endCut = flat.indexOf(' ', Math.min(flat.length, at + f.length + width));
  const end = endCut < 0 ? flat.length : endCut;
  return `${start > 0 ? '…' : ''}${markdownText(flat.slice(start, at), { lineStart: start === 0 })}**${markdownText(f)}**${markdownText(flat.slice(at + f.length, end))}${end < flat.length ? '…' : ''}`;
}
