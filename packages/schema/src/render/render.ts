// Renders a plan back into the text of its resolution, line by line, in the order the
// adopted document prints it. Pure: no I/O. The render test compares the output with the
// source text (whitespace normalised), which proves the plan file is the whole text.

import { viewPlan, walkClauses, type ClauseNode } from '../model/planView.js';
import type { Indicator, IndicatorPart, Plan } from '../model/types.js';

/** "2024-12-10" → "ngày 10 tháng 12 năm 2024" (day and month without leading zeros, as printed). */
export function formatVietnameseDate(iso: string): string {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(iso);
  if (!m) throw new Error(`renderPlan: not an ISO date: ${iso}`);
  const [, year, month, day] = m;
  return `ngày ${Number(day)} tháng ${Number(month)} năm ${year}`;
}

/** `label heading` on one line (just the label when there is no heading). */
function labelLine(label: string, heading: string | undefined): string {
  return heading ? `${label} ${heading}` : label;
}

/** A clause's printed line: a paragraph's text, or an article's or item's label and heading. */
function clauseLine(c: ClauseNode): string {
  return c.label !== undefined ? labelLine(c.label, c.heading) : c.text;
}

function renderPart(part: IndicatorPart, index: number, count: number): string {
  const label = part.label ? `${part.label} ` : '';
  const wording = part.target.wording ?? '';
  const end = part.end ?? (index < count - 1 ? '; ' : '');
  return `${label}${part.name}${part.separator ?? ': '}${wording}${end}`;
}

/** One appendix line: `number name: wording.`, or the parts in turn for a multi-part indicator. */
export function renderIndicator(indicator: Indicator): string {
  const number = indicator.number ? `${indicator.number} ` : '';
  const name = indicator.nameInText === false ? '' : `${indicator.name}${indicator.separator ?? ': '}`;
  const parts = indicator.parts;
  const body = parts && parts.length > 0
    ? parts.map((p, i) => renderPart(p, i, parts.length)).join('')
    : (indicator.target?.wording ?? '');
  return `${number}${name}${body}${indicator.end ?? '.'}`;
}

/** The resolution's text from the plan, one printed line per line, ending with a newline. */
export function renderPlan(plan: Plan): string {
  const doc = plan.document;
  const lines: string[] = [];
  lines.push(`Số: ${doc.number}`);
  lines.push(`${doc.place}, ${formatVietnameseDate(doc.date)}`);
  lines.push(doc.type, doc.title, doc.issuer);
  if (doc.session) lines.push(doc.session);
  const view = viewPlan(plan);
  const roots = view.roots;
  const body = (kinds: ReadonlyArray<ClauseNode['kind']>) => walkClauses(roots.filter((c) => kinds.includes(c.kind)), (c) => void lines.push(clauseLine(c)));
  body(['preamble']);
  if (doc.enactingFormula) lines.push(doc.enactingFormula);
  body(['article']);
  body(['closing']);
  if (doc.recipientsHeading) lines.push(doc.recipientsHeading);
  for (const r of doc.recipients ?? []) lines.push(`- ${r}`);
  if (doc.signature) lines.push(doc.signature.title, doc.signature.name);
  if (doc.appendix) {
    lines.push(doc.appendix.heading);
    if (doc.appendix.title) lines.push(doc.appendix.title);
    if (doc.appendix.subtitle) lines.push(doc.appendix.subtitle);
  }
  // A dropped indicator keeps its block in the plan but is not printed in the resolution.
  for (const indicator of view.indicators) if (!indicator.dropped) lines.push(renderIndicator(indicator.source));
  if (doc.sourceNote) lines.push(doc.sourceNote);
  return lines.join('\n') + '\n';
}
