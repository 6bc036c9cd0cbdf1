// The clause tree at any depth, labels as printed: "Điều 1.", "I.", "1.", "1.1.", "a)", "-", "+".
// A label of a style already open closes the clauses below it (a sibling); a new style opens a
// child. A line without a label is a paragraph of the clause opened last.

import type { ImportProblem, Line } from './types.js';

export interface Clause {
  id: string;
  kind: 'article' | 'item';
  label: string;
  heading?: string;
  paragraphs: { id: string; text: string }[];
  items: Clause[];
}

type Style = 'article' | 'roman' | 'number' | 'decimal' | 'letter' | 'dash' | 'plus';

const LABELS: ReadonlyArray<[Style, RegExp]> = [
  ['article', /^(Điều\s+\d+[a-z]?\.?)(?:\s+(\S.*))?$/u],
  ['roman', /^([IVXLC]+\.)\s+(\S.*)$/u],
  ['decimal', /^(\d+(?:\.\d+)+\.?)\s+(\S.*)$/u],
  ['number', /^(\d+\.)(?:\s+(\S.*))?$/u],
  ['letter', /^([a-zđ]\))\s+(\S.*)$/u],
  ['dash', /^([-–])\s+(\S.*)$/u],
  ['plus', /^([+•])\s+(\S.*)$/u],
];

/** The label of a line, its style and the text after it (trimmed). */
export function labelOf(text: string): { style: Style; label: string; rest?: string } | undefined {
  for (const [style, re] of LABELS) {
    const m = re.exec(text);
    if (m) return { style, label: m[1]!, ...(m[2] !== undefined ? { rest: m[2].trim() } : {}) };
  }
  return undefined;
}

/** The top-level clauses of `lines` (articles, or items where the text has no "Điều"). */
export function readClauses(lines: readonly Line[], problems: ImportProblem[]): Clause[] {
  const roots: Clause[] = [];
  const stack: Array<{ style: Style; clause: Clause }> = [];
  for (const l of lines) {
    const lab = labelOf(l.text);
    if (!lab) {
      const top = stack[stack.length - 1];
      if (!top) {
        problems.push({ code: 'import-unread-line', line: l.line, text: l.text });
        continue;
      }
      top.clause.paragraphs.push({ id: `${top.clause.id}__para_${top.clause.paragraphs.length + 1}`, text: l.text });
      continue;
    }
    const at = lab.style === 'article' ? 0 : stack.findIndex((s) => s.style === lab.style);
    if (at >= 0) stack.length = at;
    const parent = stack[stack.length - 1]?.clause;
    const siblings = parent ? parent.items : roots;
    const kind = lab.style === 'article' ? 'article' : 'item';
    const id = parent ? `${parent.id}__item_${siblings.length + 1}` : `${kind === 'article' ? 'art' : 'item'}_${siblings.length + 1}`;
    const clause: Clause = { id, kind, label: lab.label, ...(lab.rest ? { heading: lab.rest } : {}), paragraphs: [], items: [] };
    siblings.push(clause);
    stack.push({ style: lab.style, clause });
  }
  return roots;
}

/** Every clause and paragraph, in reading order, with its id and text. */
export function clauseTexts(roots: readonly Clause[]): Array<{ id: string; text: string }> {
  const out: Array<{ id: string; text: string }> = [];
  const walk = (c: Clause) => {
    if (c.heading) out.push({ id: c.id, text: c.heading });
    for (const p of c.paragraphs) out.push(p);
    c.items.forEach(walk);
  };
  roots.forEach(walk);
  return out;
}
