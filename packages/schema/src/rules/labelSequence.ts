import { childPointer } from '../model/pointer.js';
import type { ClauseNode } from '../model/planView.js';
import type { Rule, RuleContext } from './rule.js';
import type { TextEdit } from '../diagnostics/types.js';
import { valueEdit } from '../edit/valueEdit.js';

/**
 * Printed labels out of sequence or duplicated: articles ("Điều 1."), their items ("1.") and
 * the items of items at any depth ("1.1.", "a)", "I."), the appendix numbers ("1.") and part
 * labels ("(1)", "(i)"). Bullets ("-", "+") are not numbers and are not checked. Each label is checked against
 * its position among the labelled siblings, in the numbering style of the first one, so
 * "2., 2." flags the first item (which should read "1."). One diagnostic per list, on the
 * first label out of place: an inserted or removed item shifts every label after it, and one
 * warning with one fix that renumbers them all says that better than twenty. Dropped
 * indicators are not printed and not counted.
 */
export const labelSequence: Rule = {
  code: 'label-sequence',
  severity: 'warning',
  check(ctx) {
    const { plan } = ctx;
    // Each list of labelled siblings: the roots (articles, or a text's top-level items), then each clause's labelled children.
    const labelled = (cs: ClauseNode[]) => cs.filter((c) => c.kind === 'article' || c.kind === 'item').map((c) => ({ label: c.label, pointer: childPointer(c.pointer, 'label') }));
    checkList(ctx, labelled(plan.roots));
    for (const c of plan.clauses) if (c.children.length > 0) checkList(ctx, labelled(c.children));
    checkList(ctx, plan.indicators.filter((ind) => !ind.dropped).map((ind) => ({ label: ind.source.number, pointer: childPointer(ind.pointer, 'number') })));
    for (const ind of plan.indicators) checkList(ctx, ind.parts.map((p) => ({ label: p.source.label, pointer: childPointer(p.pointer, 'label') })));
  },
};

interface Parsed {
  style: 'dot' | 'paren' | 'roman' | 'upper-roman' | 'article' | 'letter' | 'path';
  n: number;
  /** For "Điều N.", the word as written ("Điều"). */
  word?: string;
  /** For "1.2.", what comes before the last number ("1."): siblings share it. */
  prefix?: string;
}

const BULLET = /^\s*[-+–•*]\s*$/;
const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv', 'xvi', 'xvii', 'xviii', 'xix', 'xx'];
const LETTERS = 'abcdđefghiklmnopqrstuvxy';

/** Reads a label: "1.", "1.2.", "I.", "(1)", "(ii)", "Điều 3.", "a)". Unknown shapes are not checked. */
export function parseLabel(label: string): Parsed | undefined {
  const t = label.trim();
  let m = /^(\d{1,4})\.$/.exec(t);
  if (m) return { style: 'dot', n: Number(m[1]) };
  m = /^((?:\d{1,4}\.){1,5})(\d{1,4})\.?$/.exec(t);
  if (m) return { style: 'path', n: Number(m[2]), prefix: m[1]! };
  m = /^([IVX]{1,5})\.$/.exec(t);
  if (m && ROMAN.includes(m[1]!.toLowerCase())) return { style: 'upper-roman', n: ROMAN.indexOf(m[1]!.toLowerCase()) + 1 };
  m = /^\((\d{1,4})\)$/.exec(t);
  if (m) return { style: 'paren', n: Number(m[1]) };
  m = /^\(([ivx]{1,5})\)$/.exec(t);
  if (m && ROMAN.includes(m[1]!)) return { style: 'roman', n: ROMAN.indexOf(m[1]!) + 1 };
  m = /^(\p{L}+)\s+(\d{1,4})\.?$/u.exec(t);
  if (m) return { style: 'article', n: Number(m[2]), word: m[1]! };
  m = /^(\p{Ll})\)$/u.exec(t);
  if (m && LETTERS.includes(m[1]!)) return { style: 'letter', n: LETTERS.indexOf(m[1]!) + 1 };
  return undefined;
}

/** The label at position n (1-based) in the style of `like`, written as `like` is. */
export function formatLabel(like: Parsed, original: string, n: number): string | undefined {
  switch (like.style) {
    case 'dot':
      return `${n}.`;
    case 'paren':
      return `(${n})`;
    case 'roman':
      return n <= ROMAN.length ? `(${ROMAN[n - 1]})` : undefined;
    case 'upper-roman':
      return n <= ROMAN.length ? `${ROMAN[n - 1]!.toUpperCase()}.` : undefined;
    case 'path':
      return `${like.prefix}${n}${original.trim().endsWith('.') ? '.' : ''}`;
    case 'letter':
      return n <= LETTERS.length ? `${LETTERS[n - 1]})` : undefined;
    case 'article':
      return `${like.word} ${n}${original.trim().endsWith('.') ? '.' : ''}`;
  }
}

function checkList(ctx: RuleContext, entries: Array<{ label: unknown; pointer: string }>): void {
  // A bullet ("-", "+", "•") is not a number: not checked, not counted.
  const labelled = entries.filter((e): e is { label: string; pointer: string } => typeof e.label === 'string' && e.label.trim() !== '' && !BULLET.test(e.label));
  const first = labelled[0] && parseLabel(labelled[0].label);
  if (!first) return;
  const wrong: Array<{ e: { label: string; pointer: string }; position: number; expected: string }> = [];
  labelled.forEach((e, k) => {
    const parsed = parseLabel(e.label);
    const position = k + 1;
    const same = parsed?.style === first.style && parsed.prefix === first.prefix;
    if (same && parsed.n === position) return;
    const expected = formatLabel(same ? parsed : first, e.label, position);
    if (expected !== undefined) wrong.push({ e, position, expected });
  });
  const head = wrong[0];
  if (!head) return;
  // One fix renumbers every label of the list that is out of place.
  // None when one of them cannot be written in place (an alias reuses it): half a renumbering is no fix.
  const edits = wrong.map(({ e, expected }) => valueEdit(ctx.model, e.pointer, JSON.stringify(expected)));
  const fix = edits.every((r) => r.ok) ? edits.map((r) => (r as { edit: TextEdit }).edit) : [];
  ctx.reportAt(head.e.pointer, { label: head.e.label, position: head.position, expected: head.expected, more: wrong.length - 1 }, fix.length ? { fix } : {});
}
