// Renders a plan back into the text of its resolution, line by line, in the order the
// adopted document prints it. Pure: no I/O. The render test compares the output with the
// source text (whitespace normalised), which proves the plan file is the whole text.
//
// Render never drops a value. What is not the adopted text's own words is printed in square
// brackets, so that it cannot pass for the adopted wording: a target known only from a source
// ("[nguồn: báo chí, S2]"), a target not known ("[chưa biết]"), where a truncated source text
// breaks off ("[…]"), and the adjusting resolutions with the targets they change.

import { targetStatus, viewPlan, walkClauses, type ClauseNode } from '../model/planView.js';
import type { Amendment, Indicator, IndicatorPart, Plan, Target } from '../model/types.js';
import { SOURCE_KIND } from '../vocabulary/index.js';

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

/**
 * A target as printed: its wording, with where it comes from when that is not the adopted
 * text ("tăng 11% [nguồn: báo chí, S2]"); "[chưa biết]" for an unknown target, "…" for a
 * draft's placeholder.
 */
export function renderTarget(target: Target | undefined): string {
  if (!target) return '';
  const status = targetStatus(target);
  let text = status === 'placeholder' ? '…' : status === 'unknown' ? '[chưa biết]' : (target.wording ?? '…');
  const source = target.source;
  const kind = source && typeof source === 'object' ? SOURCE_KIND[source.kind] : undefined;
  if (kind) text += ` [nguồn: ${kind.name.vi}${typeof source!.ref === 'string' ? `, ${source!.ref}` : ''}]`;
  return text;
}

function renderPart(part: IndicatorPart, index: number, count: number): string {
  const label = part.label ? `${part.label} ` : '';
  const end = part.end ?? (index < count - 1 ? '; ' : '');
  return `${label}${part.name}${part.separator ?? ': '}${renderTarget(part.target)}${end}`;
}

/**
 * One appendix line: `number name: wording.`; the parts in turn for a multi-part indicator;
 * both, joined by `partsIntro` (", trong đó: "), when it has a total target and parts.
 */
export function renderIndicator(indicator: Indicator): string {
  const number = indicator.number ? `${indicator.number} ` : '';
  const name = indicator.nameInText === false ? '' : `${indicator.name}${indicator.separator ?? ': '}`;
  const parts = indicator.parts ?? [];
  const own = indicator.target ? renderTarget(indicator.target) : '';
  const listed = parts.map((p, i) => renderPart(p, i, parts.length)).join('');
  const body = own && listed ? `${own}${indicator.partsIntro ?? ', trong đó: '}${listed}` : own || listed;
  return `${number}${name}${body}${indicator.end ?? '.'}`;
}

/** "[Điều chỉnh: Nghị quyết số 01/NQ-HĐND ngày 13 tháng 7 năm 2018]", then "- name: to (trước: from)". */
function renderAmendment(a: Amendment, nameOf: (ref: string) => string): string[] {
  const doc = a.document;
  const date = /^\d{4}-\d{1,2}-\d{1,2}$/.test(doc.date) ? ` ${formatVietnameseDate(doc.date)}` : '';
  const lines = [`[Điều chỉnh: Nghị quyết số ${doc.number}${date}${doc.title ? ` ${doc.title}` : ''}]`];
  for (const c of a.changes ?? []) {
    const before = c.from ? ` (trước: ${renderTarget(c.from)})` : '';
    lines.push(`- ${nameOf(c.indicator)}: ${renderTarget(c.to)}${before}`);
  }
  return lines;
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
  // Where a truncated source text breaks off: after that clause, else after the body.
  const cut = doc.truncated ? (doc.truncated.at ?? '') : undefined;
  let cutShown = false;
  const body = (kinds: ReadonlyArray<ClauseNode['kind']>) =>
    walkClauses(roots.filter((c) => kinds.includes(c.kind)), (c) => {
      lines.push(clauseLine(c));
      if (cut !== undefined && c.id === cut) {
        lines.push('[…]');
        cutShown = true;
      }
    });
  body(['preamble']);
  if (doc.enactingFormula) lines.push(doc.enactingFormula);
  body(['article', 'item']);
  if (cut !== undefined && !cutShown) lines.push('[…]');
  body(['closing']);
  if (doc.recipientsHeading) lines.push(doc.recipientsHeading);
  for (const r of doc.recipients ?? []) lines.push(`- ${r}`);
  if (doc.signature) lines.push(doc.signature.title, doc.signature.name);
  if (doc.appendix) {
    lines.push(doc.appendix.heading);
    if (doc.appendix.title) lines.push(doc.appendix.title);
    if (doc.appendix.subtitle) lines.push(doc.appendix.subtitle);
  }
  // A dropped (or unconfirmed) indicator keeps its block in the plan but is not printed in the resolution.
  for (const indicator of view.indicators) if (!indicator.dropped && !indicator.unconfirmed) lines.push(renderIndicator(indicator.source));
  const nameOf = (ref: string) => {
    const r = view.resolve(ref);
    return r ? (r.part ? `${r.indicator.name} — ${r.part.name}` : r.indicator.name) : ref;
  };
  for (const a of view.amendments) lines.push(...renderAmendment(a.source, nameOf));
  if (doc.sourceNote) lines.push(doc.sourceNote);
  return lines.join('\n') + '\n';
}
