// Hover: on an indicator (id, name, target) the words the Council adopted, last year's target
// beside this year's and the source document; on a clause reference the clause; on a unit,
// comparator, kind or direction what it means. Vietnamese first, English beside.
import { renderIndicator, type Indicator, type IndicatorPart, type Plan, type Target } from '@kehoach/schema';
import type { Analysis } from './analysis.js';
import type { Hover, Position } from './lsp.js';
import { locate, valueAt } from './locate.js';
import { clausesOf, excerpt, findIndicator, mdText, planOf, restatementsOf } from './planIndex.js';
import { both, COMPARATORS, DIRECTIONS, KINDS, UNITS } from './terms.js';

export function doHover(a: Analysis, position: Position): Hover | undefined {
  const lines = a.model.parsed.lines;
  const at = locate(a.model, lines.offset(position));
  if (!at) return undefined;
  const plan = planOf(a.model);
  const range = lines.range(...(at.on === 'key' && at.span.key ? at.span.key : at.span.value));
  const [top, index, field, sub] = at.path;
  const value = valueAt(a.model.value, at.path);
  const key = at.path[at.path.length - 1];

  // Vocabulary first: these mean the same wherever they stand.
  if (at.on === 'value' && typeof value === 'string') {
    if (key === 'unit') return { range, contents: md(unitText(value)) };
    if (key === 'op' && COMPARATORS[value]) return { range, contents: md(`**${value}** · ${COMPARATORS[value]!.phrase}\n\n${both(COMPARATORS[value]!)}`) };
    if (key === 'kind' && KINDS[value]) return { range, contents: md(`**${value}**\n\n${both(KINDS[value]!)}`) };
    if (key === 'direction' && DIRECTIONS[value]) return { range, contents: md(`**${value}**\n\n${both(DIRECTIONS[value]!)}`) };
  }

  if (top === 'indicators' && typeof index === 'number') {
    const indicator = plan?.indicators?.[index];
    if (!indicator || typeof indicator.id !== 'string') return undefined;
    const part = field === 'parts' && typeof sub === 'number' ? indicator.parts?.[sub] : undefined;
    if (field === 'clauses' && typeof sub === 'number' && typeof value === 'string') return clauseHover(plan, value, range);
    return { range, contents: md(indicatorText(a, indicator, part)) };
  }

  if (top === 'narrativeTargets' && typeof index === 'number') {
    const n = plan?.narrativeTargets?.[index];
    if (!n) return undefined;
    if (field === 'indicator' && typeof n.indicator === 'string') {
      const ref = findIndicator(plan, n.indicator);
      return ref ? { range, contents: md(indicatorText(a, ref.indicator, ref.part)) } : undefined;
    }
    if (typeof n.clause === 'string') return clauseHover(plan, n.clause, range, n.text);
  }

  if (top === 'relations' && (field === 'total' || field === 'parts') && typeof value === 'string') {
    const ref = findIndicator(plan, value);
    if (ref) return { range, contents: md(indicatorText(a, ref.indicator, ref.part)) };
    const n = plan?.narrativeTargets?.find((t) => t?.id === value);
    if (n) return clauseHover(plan, n.clause, range, n.text);
  }
  return undefined;
}

function md(value: string) {
  return { kind: 'markdown' as const, value };
}

function unitText(unit: string): string {
  const t = UNITS[unit.replace(/\s+/g, ' ').trim()] ?? UNITS[unit.replace(/\s+/g, '')];
  return t ? `**${mdText(unit)}**\n\n${both(t)}` : `**${mdText(unit)}**\n\nĐơn vị như viết trong nghị quyết.  \n*The unit as the resolution writes it.*`;
}

function clauseHover(plan: Partial<Plan> | undefined, id: string, range: Hover['range'], fragment?: string): Hover | undefined {
  const c = clausesOf(plan).get(id);
  if (!c) return undefined;
  return { range, contents: md(`**${c.place.vi}** · \`${c.id}\`  \n*${c.place.en}*\n\n> ${excerpt(c.text, fragment, 400)}`) };
}

/** "6,5% trở lên", or what stands in for an unset target. */
function targetText(t: Target | undefined): string {
  if (!t) return '—';
  if (t.placeholder) return '*chưa đặt / not set*';
  return t.wording ? `**${mdText(t.wording)}**` : '—';
}

function viDate(iso: string | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return m ? `${m[3]}/${m[2]}/${m[1]}` : (iso ?? '');
}

/** The indicator's card: targets of both years and the adopted wording, with its clauses. */
function indicatorText(a: Analysis, indicator: Indicator, part: IndicatorPart | undefined): string {
  const plan = planOf(a.model)!;
  const baselinePlan = planOf(a.baseline);
  const ref = part ? `${indicator.id}/${part.id}` : indicator.id;
  const out: string[] = [];
  const title = part ? `${indicator.number ?? ''} ${indicator.name} — ${part.label ? part.label + ' ' : ''}${part.name}` : `${indicator.number ?? ''} ${indicator.name}`;
  out.push(`### ${mdText(title.trim())}`);
  const unit = part?.unit ?? indicator.unit;
  const direction = part?.direction ?? indicator.direction;
  const facts = [`\`${ref}\``];
  if (unit) facts.push(`đơn vị / unit: ${mdText(unit)}`);
  if (direction && DIRECTIONS[direction]) facts.push(`${DIRECTIONS[direction]!.vi.replace(/ \(.*\)\.$|\.$/, '')} / ${DIRECTIONS[direction]!.en.replace(/\.$/, '')}`);
  out.push(facts.join(' · '));
  if (indicator.dropped) out.push(`**Đã bỏ / Dropped:** ${mdText(indicator.dropped.reason)}`);

  // This year's target beside last year's.
  const thisYear = part ? part.target : indicator.target;
  const baseRef = baselinePlan ? findIndicator(baselinePlan, ref) : undefined;
  const lastYearTarget = (baseRef ? (baseRef.part ? baseRef.part.target : baseRef.indicator.target) : undefined) ?? (part ? part.previousTarget : indicator.previousTarget);
  const rows = [`| Năm / Year | Chỉ tiêu / Target |`, `|---|---|`, `| ${plan.year ?? '?'}${plan.status === 'draft' ? ' (dự thảo / draft)' : ''} | ${targetText(thisYear)} |`];
  if (lastYearTarget) rows.push(`| ${typeof plan.year === 'number' ? plan.year - 1 : 'năm trước / last year'} | ${targetText(lastYearTarget)} |`);
  out.push(rows.join('\n'));

  // The words the Council adopted: this plan's if adopted, otherwise the baseline's.
  const adopted = plan.status === 'draft' ? baselinePlan : plan;
  const adoptedRef = adopted === plan ? { indicator, part } : adopted ? findIndicator(adopted, ref) : undefined;
  if (adopted && adoptedRef) {
    const doc = adopted.document;
    out.push(`**Nguyên văn ${doc?.type ? doc.type.toLowerCase().replace(/^./, (c) => c.toUpperCase()) : 'Nghị quyết'} số ${doc?.number ?? '?'} ngày ${viDate(doc?.date)}**  \n*Adopted wording, resolution ${doc?.number ?? '?'} of ${doc?.date ?? '?'}*`);
    const quotes: string[] = [];
    if (!adoptedRef.indicator.dropped) {
      quotes.push(`- Phụ lục, mục ${adoptedRef.indicator.number ?? '?'} / *Appendix, item ${adoptedRef.indicator.number ?? '?'}*\n  > ${mdText(renderIndicator(adoptedRef.indicator), true)}`);
    }
    const clauses = clausesOf(adopted);
    for (const n of restatementsOf(adopted, part ? ref : indicator.id)) {
      const c = clauses.get(n.clause);
      if (!c) continue;
      quotes.push(`- ${c.place.vi} · \`${c.id}\` / *${c.place.en}*\n  > ${excerpt(c.text, n.text)}`);
    }
    for (const id of adoptedRef.indicator.clauses ?? []) {
      const c = clauses.get(id);
      if (c) quotes.push(`- ${c.place.vi} · \`${c.id}\` / *${c.place.en}*\n  > ${excerpt(c.text, undefined)}`);
    }
    out.push(quotes.join('\n'));
  }
  return out.join('\n\n');
}

