// Hover: on an indicator (id, name, target) the words the Council adopted, last year's target
// beside this year's and the source document; on a clause reference the clause; on a unit,
// comparator, kind or direction what it means. Vietnamese first, English beside.
import { achievementOf, markdownCode, memo, markdownText, renderIndicator, t, type IndicatorNode, type PartNode, type PlanView, type Source, type Target } from '@kehoach/schema';
import { baselineOf, type Analysis } from './analysis.js';
import type { Hover, Position } from './lsp.js';
import { locate, valueAt } from './locate.js';
import { clauseById, excerpt } from './planIndex.js';
import { bilingual, both, comparatorOf, directionOf, findUnit, kindOf, pair, sourceKindOf } from './terms.js';

export function doHover(a: Analysis, position: Position): Hover | undefined {
  const lines = a.model.parsed.lines;
  const at = locate(a.model, lines.offset(position));
  if (!at) return undefined;
  const plan = a.model.plan;
  const range = lines.range(...(at.on === 'key' && at.span.key ? at.span.key : at.span.value));
  const [top, index, field, sub] = at.path;
  const value = valueAt(a.model.value, at.path);
  const key = at.path[at.path.length - 1];

  // Vocabulary first: these mean the same wherever they stand.
  if (at.on === 'value' && typeof value === 'string') {
    if (key === 'unit') return { range, contents: md(unitText(value)) };
    const op = key === 'op' ? comparatorOf(value) : undefined;
    if (op) return { range, contents: md(`**${value}** · ${op.pattern}\n\n${both(op.description)}`) };
    const term = key === 'kind' ? kindOf(value) : key === 'direction' ? directionOf(value) : undefined;
    if (term) return { range, contents: md(`**${value}**\n\n${both(term.description)}`) };
  }

  if (at.on === 'value' && typeof value === 'string') {
    // A clause named outside the narrative targets: the theme's, the declared count's, where a truncated text breaks off.
    if (isClauseRef(at.path)) return clauseHover(plan, value, range);
    // An indicator named by another: what replaces a dropped one, what an amendment changes.
    if (isIndicatorRef(at.path)) {
      const ref = plan.resolve(value);
      return ref ? { range, contents: md(indicatorText(a, ref.indicator, ref.part)) } : undefined;
    }
  }

  if (top === 'indicators' && typeof index === 'number') {
    const at = plan.at(`/indicators/${index}`);
    if (at?.type !== 'indicator') return undefined;
    const indicator = at.node;
    const part = field === 'parts' && typeof sub === 'number' ? indicator.parts.find((p) => p.index === sub) : undefined;
    if (field === 'clauses' && typeof sub === 'number' && typeof value === 'string') return clauseHover(plan, value, range);
    return { range, contents: md(indicatorText(a, indicator, part)) };
  }

  if (top === 'narrativeTargets' && typeof index === 'number') {
    const at = plan.at(`/narrativeTargets/${index}`);
    if (at?.type !== 'narrative') return undefined;
    const n = at.node;
    if (field === 'indicator' && n.indicator !== undefined) {
      const ref = plan.resolve(n.indicator);
      return ref ? { range, contents: md(indicatorText(a, ref.indicator, ref.part)) } : undefined;
    }
    if (n.clause !== undefined) return clauseHover(plan, n.clause, range, n.text);
  }

  if (top === 'relations' && (field === 'total' || field === 'parts') && typeof value === 'string') {
    const ref = plan.resolve(value);
    if (ref) return { range, contents: md(indicatorText(a, ref.indicator, ref.part)) };
    const n = plan.narratives.find((t) => t.id === value);
    if (n) return clauseHover(plan, n.clause, range, n.text);
  }
  return undefined;
}

function md(value: string) {
  return { kind: 'markdown' as const, value };
}

type Path = ReadonlyArray<string | number>;

/** `theme.clause`, `declaredIndicatorCount.clause`, `document.truncated.at`: a clause id. */
export function isClauseRef(path: Path): boolean {
  const [top, a, b] = path;
  return ((top === 'theme' || top === 'declaredIndicatorCount') && a === 'clause' && path.length === 2) || (top === 'document' && a === 'truncated' && b === 'at');
}

/** `indicators[i].dropped.replacedBy`, `amendments[i].changes[j].indicator`: an indicator (or part) id. */
export function isIndicatorRef(path: Path): boolean {
  const [top, , field, sub, , key] = path;
  return (top === 'indicators' && field === 'dropped' && sub === 'replacedBy') || (top === 'amendments' && field === 'changes' && key === 'indicator');
}

// Every text of a plan reaches the hover's Markdown through these (output/encode.ts in the
// engine): VS Code renders images and links, and a plan comes from anyone's pull request.
const text = (v: unknown) => markdownText(String(v ?? '?'));
const code = (v: unknown) => markdownCode(String(v ?? '?'));

function unitText(unit: string): string {
  const entry = findUnit(unit);
  return `**${text(unit)}**\n\n${both(entry ? entry.description : bilingual('editor.unit-as-written'))}`;
}

function clauseHover(plan: PlanView, id: string | undefined, range: Hover['range'], fragment?: string): Hover | undefined {
  const c = clauseById(plan, id);
  if (!c) return undefined;
  return { range, contents: md(`**${text(c.place.vi)}** · ${code(c.id)}  \n*${text(c.place.en)}*\n\n> ${excerpt(c.text, fragment, 400)}`) };
}

/** "6,5% trở lên", or what stands in for an unset target. */
function targetText(t: Target | undefined): string {
  if (!t) return '—';
  if (t.placeholder) return `*${pair('editor.not-set')}*`;
  if (t.unknown) return `*${pair('editor.unknown')}*${sourceText(t)}`;
  return t.wording ? `**${text(t.wording)}**${sourceText(t)}` : '—';
}

/** “ · theo báo chí (S2) / from the press”: a target (or result) not worded by the adopted text says where it comes from. */
function sourceText(target: { source?: Source }): string {
  const source = target.source;
  const kind = source ? sourceKindOf(String(source.kind)) : undefined;
  if (!kind) return '';
  // The source's ref is the plan's own text (anyone's pull request): encoded like the rest.
  const ref = typeof source!.ref === 'string' ? ` (${text(source!.ref)})` : '';
  return ` · *${text(t('editor.from-source', 'vi', { kind: kind.name.vi }))}${ref} / ${text(t('editor.from-source', 'en', { kind: kind.name.en }))}*`;
}

/** The latest result (the final figure, else the estimate), with its stage and source; "—" when none. */
function resultText(node: IndicatorNode | PartNode | undefined): string {
  const latest = node?.results?.latest;
  if (!latest) return '—';
  const wording = typeof latest.result.wording === 'string' ? latest.result.wording : '?';
  return `**${text(wording)}** (${pair(`result-stage.${latest.stage}`)})${sourceText(latest.result)}`;
}

/** Met, not met, met in part, or cannot be judged; "—" while no result is known. */
function verdictText(node: IndicatorNode | PartNode | undefined): string {
  if (!node) return '—';
  const a = achievementOf(node);
  return a.verdict === 'unknown' && a.reason === 'no-result' ? '—' : pair(`verdict.${a.verdict}`);
}

/** "NGHỊ QUYẾT" → "Nghị quyết": lower-casing Vietnamese is slow, and every plan prints one of a few types. */
const sentenceCase = memo((type: string) => type.toLowerCase().replace(/^./, (c) => c.toUpperCase()), 100, 100);

function viDate(iso: string | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return m ? `${m[3]}/${m[2]}/${m[1]}` : (iso ?? '');
}

/** Cards already written for the latest analysis hovered: the mouse resting on a word asks again and again. */
let cardsOf: Analysis | undefined;
let cards = new Map<IndicatorNode | PartNode, string>();

/** The indicator's card: targets of both years and the adopted wording, with its clauses. */
function indicatorText(a: Analysis, indicatorNode: IndicatorNode, partNode: PartNode | undefined): string {
  if (cardsOf !== a) {
    cardsOf = a;
    cards = new Map();
  }
  const byNode = cards;
  const node = partNode ?? indicatorNode;
  let card = byNode.get(node);
  if (card === undefined) byNode.set(node, (card = writeCard(a, indicatorNode, partNode)));
  return card;
}

function writeCard(a: Analysis, indicatorNode: IndicatorNode, partNode: PartNode | undefined): string {
  const view = a.model.plan;
  const plan = view.raw;
  const indicator = indicatorNode.source;
  const part = partNode?.source;
  const ref = partNode ? partNode.ref : indicatorNode.id;
  const out: string[] = [];
  const title = part ? `${indicator.number ?? ''} ${indicatorNode.name} — ${part.label ? part.label + ' ' : ''}${partNode!.name}` : `${indicator.number ?? ''} ${indicatorNode.name}`;
  out.push(`### ${text(title.trim())}`);
  const unit = partNode ? partNode.unit : indicatorNode.unit;
  const direction = partNode ? partNode.direction : indicatorNode.direction;
  const facts = [code(ref)];
  if (unit) facts.push(`${pair('editor.unit')}: ${text(unit)}`);
  const better = direction ? directionOf(direction)?.description : undefined;
  if (better) facts.push(`${better.vi.replace(/ \(.*\)\.$|\.$/, '')} / ${better.en.replace(/\.$/, '')}`);
  out.push(facts.join(' · '));
  if (indicatorNode.dropped) {
    const by = indicatorNode.replacedBy !== undefined ? `  \n${pair('editor.replaced-by', 'both')}: ${code(indicatorNode.replacedBy)}` : '';
    out.push(`**${pair('editor.dropped', 'both')}:** ${text(indicator.dropped?.reason ?? '')}${by}`);
  }
  if (indicatorNode.unconfirmed) out.push(`**${pair('editor.unconfirmed', 'both')}:** ${text(indicator.unconfirmed?.reason ?? '')}`);

  // This year's target and result beside the two years before (each predecessor of a merged
  // province is a baseline: the first that has the indicator speaks for its year).
  const own = partNode ?? indicatorNode;
  const thisYear: Target | undefined = own.target?.target;
  const last = baselineOf(a, ref);
  const baselineView = last?.model.plan ?? a.baseline?.plan;
  const baseRef = last?.resolved;
  const baseNode = baseRef ? (baseRef.part ?? baseRef.indicator) : undefined;
  const lastYearTarget = (baseNode ? baseNode.target?.target : undefined) ?? own.target?.previous;
  const row = (year: string, target: Target | undefined, node: IndicatorNode | PartNode | undefined) => `| ${year} | ${targetText(target)} | ${resultText(node)} | ${verdictText(node)} |`;
  const rows = [
    `| ${pair('editor.year')} | ${pair('editor.target')} | ${pair('editor.result')} | ${pair('editor.achievement')} |`,
    `|---|---|---|---|`,
    row(`${text(plan.year)}${plan.status === 'draft' ? ` (${pair('editor.draft')})` : ''}`, thisYear, own),
  ];
  const named = (m: { plan: PlanView }) => (a.baselines.length > 1 ? ` (${text(m.plan.raw.jurisdiction?.name ?? '')})` : '');
  if (lastYearTarget) rows.push(row(`${typeof plan.year === 'number' ? plan.year - 1 : pair('editor.last-year')}${last ? named(last.model) : ''}`, lastYearTarget, baseNode));
  // Two years back: read on first hover, through the same workspace as the baselines.
  for (const m of a.earlier?.() ?? []) {
    const r = m.plan.resolve(ref);
    const node = r ? (r.part ?? r.indicator) : undefined;
    if (!node?.target) continue;
    rows.push(row(`${text(m.plan.raw.year ?? '?')}${named(m)}`, node.target.target, node));
    break;
  }
  out.push(rows.join('\n'));

  // The words the Council adopted: this plan's if adopted, otherwise the baseline's (unless that
  // is a draft too: nothing was adopted).
  const adopted = plan.status === 'draft' ? (baselineView?.raw.status === 'draft' ? undefined : baselineView) : view;
  const adoptedRef = adopted === view ? { indicator: indicatorNode, part: partNode } : adopted?.resolve(ref);
  if (adopted && adoptedRef) {
    const doc = adopted.raw.document;
    const type = typeof doc?.type === 'string' ? sentenceCase(doc.type) : t('editor.resolution', 'vi');
    const number = String(doc?.number ?? '?');
    // The catalog's words around the document's own (its type, number and date), all as text.
    out.push(`**${text(t('editor.adopted-wording', 'vi', { type, number, date: viDate(doc?.date) }))}**  \n*${text(t('editor.adopted-wording', 'en', { number, date: String(doc?.date ?? '?') }))}*`);
    const quotes: string[] = [];
    const adoptedIndicator = adoptedRef.indicator.source;
    if (!adoptedRef.indicator.dropped) {
      const item = bilingual('editor.appendix-item', { number: String(adoptedIndicator.number ?? '?') });
      quotes.push(`- ${text(item.vi)} / *${text(item.en)}*\n  > ${markdownText(renderIndicator(adoptedIndicator), { lineStart: true })}`);
    }
    for (const n of adopted.restatements(ref)) {
      const c = clauseById(adopted, n.clause);
      if (!c) continue;
      quotes.push(`- ${text(c.place.vi)} · ${code(c.id)} / *${text(c.place.en)}*\n  > ${excerpt(c.text, n.text)}`);
    }
    const cited: unknown[] = Array.isArray(adoptedIndicator.clauses) ? adoptedIndicator.clauses : [];
    for (const id of cited) {
      const c = typeof id === 'string' ? clauseById(adopted, id) : undefined;
      if (c) quotes.push(`- ${text(c.place.vi)} · ${code(c.id)} / *${text(c.place.en)}*\n  > ${excerpt(c.text, undefined)}`);
    }
    out.push(quotes.join('\n'));
  }
  return out.join('\n\n');
}

