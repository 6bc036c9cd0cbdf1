// The semantic diff as GitHub-flavoured Markdown: for pull-request comments and the job summary.
// Indicators as a table, clause changes as <del>/<ins> inside their text.

import type { Lang } from '../diagnostics/types.js';
import { markdownCode, markdownText } from '../output/encode.js';
import type { ClauseDiff, IndicatorDiff, NarrativeDiff, PartDiff, PlanDiff, TargetChange } from './types.js';
import { describeChange, elide, formatTarget, formatValue, kindWord, sideTitle, statusWord, summaryLines } from './format.js';
import { t } from '../messages/index.js';
import type { WordDiff } from './wordDiff.js';

export interface MarkdownOptions {
  lang: Lang;
  /** Heading level of the title (default 3, so several files fit under one summary heading). */
  level?: number;
  context?: number;
}

export function renderMarkdown(diff: PlanDiff, options: MarkdownOptions): string {
  const { lang } = options;
  const h = '#'.repeat(options.level ?? 3);
  const sub = '#'.repeat(Math.min(6, (options.level ?? 3) + 1));
  const context = options.context ?? 12;
  const out: string[] = [];
  const who = diff.to.jurisdictionName ?? diff.from.jurisdictionName ?? diff.to.jurisdiction ?? diff.from.jurisdiction ?? '';
  out.push(`${h} ${esc(t('diff.title', lang, { who, from: sideTitle(diff.from, lang), to: sideTitle(diff.to, lang) }).replace('  ', ' '))}`, '');
  if (diff.from.label || diff.to.label) out.push(`${code(diff.from.label ?? '/dev/null')} → ${code(diff.to.label ?? '/dev/null')}`, '');
  if (!diff.hasChanges) {
    out.push(t('diff.no-changes', lang), '');
    return out.join('\n');
  }
  out.push(...summaryLines(diff.summary, lang).map((line) => `- ${esc(line)}`), '');

  if (diff.metadata.length > 0) {
    out.push(`${sub} ${t('diff.metadata', lang)}`, '');
    for (const f of diff.metadata) out.push(`- ${code(f.field)}: ${cell(formatValue(f.from, lang))} → ${cell(formatValue(f.to, lang))}`);
    out.push('');
  }

  const changed = diff.indicators.filter((d) => d.status !== 'unchanged');
  const unchanged = diff.indicators.filter((d) => d.status === 'unchanged');
  if (diff.indicators.length > 0) {
    out.push(`${sub} ${t('diff.indicators', lang)} (${diff.indicators.length})`, '');
    if (changed.length > 0) {
      // Two revisions of one year: "Trước" / "Sau" rather than the same title twice.
      const [before, after] = sideTitle(diff.from, lang) === sideTitle(diff.to, lang) ? [t('diff.col-before', lang), t('diff.col-after', lang)] : [sideTitle(diff.from, lang), sideTitle(diff.to, lang)];
      out.push(`| | ${t('diff.col-id', lang)} | ${t('diff.col-indicator', lang)} | ${esc(before)} | ${esc(after)} | ${t('diff.col-change', lang)} |`, '|---|---|---|---|---|---|');
      for (const d of changed) out.push(...indicatorRows(d, lang, context));
      out.push('');
    }
    if (unchanged.length > 0) out.push(esc(t('diff.unchanged', lang, { count: unchanged.length, ids: '' })) + unchanged.map((d) => code(d.id)).join(', '), '');
  }

  if (diff.clauses.length > 0 || diff.carriedOver.marked.length + diff.carriedOver.cleared.length > 0) {
    out.push(`${sub} ${t('diff.clauses', lang)}`, '');
    for (const c of diff.clauses) out.push(clauseItem(c, lang, context));
    if (diff.carriedOver.marked.length > 0) out.push(`- ${esc(t('diff.carried-marked', lang, { count: diff.carriedOver.marked.length }))}`);
    if (diff.carriedOver.cleared.length > 0) out.push(`- ${esc(t('diff.carried-cleared', lang, { count: diff.carriedOver.cleared.length, ids: diff.carriedOver.cleared.join(', ') }))}`);
    out.push('');
  }

  if (diff.narrativeTargets.length > 0) {
    out.push(`${sub} ${t('diff.narratives', lang)}`, '');
    for (const n of diff.narrativeTargets) out.push(narrativeItem(n, lang, context));
    out.push('');
  }

  if (diff.relations.length > 0) {
    out.push(`${sub} ${t('diff.relations', lang)}`, '');
    for (const r of diff.relations) {
      const fields = r.fields.map((f) => `${f.field}: ${cell(formatValue(f.from, lang))} → ${cell(formatValue(f.to, lang))}`).join('; ');
      out.push(`- ${icon(r.status)} ${code(r.id)}${fields ? ': ' + fields : ''}`);
    }
    out.push('');
  }
  return out.join('\n');
}

function icon(status: string, change?: TargetChange): string {
  if (status === 'added') return '➕';
  if (status === 'removed') return '➖';
  if (status === 'dropped') return '✖️';
  if (status === 'restored') return '↩️';
  if (change?.verdict === 'raised') return '🔺';
  if (change?.verdict === 'lowered') return '🔻';
  if (change?.verdict === 'unset' || change?.verdict === 'not-known') return '❔';
  return '✏️';
}

function changeCell(c: TargetChange | undefined, lang: Lang, since?: TargetChange): string {
  if (!c) return '';
  let s = describeChange(c, lang);
  if (c.ambition === 'more' || c.ambition === 'less') s = `**${s}**`;
  if (since) s += ` (${esc(t('diff.previous-ref', lang, { target: formatTarget(since.from, lang) }))}: ${describeChange(since, lang)})`;
  return s;
}

function indicatorRows(d: IndicatorDiff, lang: Lang, context: number): string[] {
  const rows: string[] = [];
  const notes: string[] = [];
  if (d.status === 'dropped') notes.push(esc(t('diff.dropped-reason', lang, { reason: d.droppedReason ?? '' })));
  if (d.status === 'restored') notes.push(esc(t('diff.restored', lang)));
  if (d.status === 'removed') notes.push(`**${esc(t('diff.missing-no-reason', lang))}**`);
  if (d.status === 'added') notes.push(esc(t('diff.added-indicator', lang)));
  if (d.nameDiff) notes.push(`${t('diff.name', lang)}: ${words(d.nameDiff, context)}`);
  for (const f of d.fields) notes.push(`${f.field}: ${cell(formatValue(f.from, lang))} → ${cell(formatValue(f.to, lang))}`);
  if (d.target?.wording && d.target.verdict === 'reworded') notes.push(`${t('diff.wording', lang)}: ${words(d.target.wording, context)}`);
  // A dropped indicator's target no longer matters.
  const target = d.status === 'dropped' ? undefined : d.target;
  const change = [changeCell(target, lang, d.sincePrevious), ...notes].filter(Boolean).join('<br>');
  const name = cell(d.name);
  const number = d.number.to ?? d.number.from;
  rows.push(
    `| ${icon(d.status, target?.verdict === 'set' && d.sincePrevious ? d.sincePrevious : target)} | ${code(d.id, true)} | ${number ? esc(number) + ' ' : ''}${name} | ${target ? cell(fromText(target, lang)) : ''} | ${target ? cell(toText(target, lang)) : ''} | ${change || (d.parts.length > 0 ? '' : esc(statusWord(d.status, lang)))} |`,
  );
  if (d.status !== 'dropped') for (const p of d.parts) if (p.status !== 'unchanged') rows.push(partRow(d, p, lang, context));
  return rows;
}

function partRow(d: IndicatorDiff, p: PartDiff, lang: Lang, context: number): string {
  const notes: string[] = [];
  if (p.status === 'added' || p.status === 'removed') notes.push(esc(statusWord(p.status, lang)));
  if (p.nameDiff) notes.push(`${t('diff.name', lang)}: ${words(p.nameDiff, context)}`);
  for (const f of p.fields) notes.push(`${f.field}: ${cell(formatValue(f.from, lang))} → ${cell(formatValue(f.to, lang))}`);
  const change = [changeCell(p.target, lang, p.sincePrevious), ...notes].filter(Boolean).join('<br>');
  return `| ${icon(p.status, p.target?.verdict === 'set' && p.sincePrevious ? p.sincePrevious : p.target)} | ${code(`${d.id}/${p.id}`, true)} | ↳ ${p.label ? esc(p.label) + ' ' : ''}${cell(p.name)} | ${p.target ? cell(fromText(p.target, lang)) : ''} | ${p.target ? cell(toText(p.target, lang)) : ''} | ${change} |`;
}

function fromText(c: TargetChange, lang: Lang): string {
  return c.verdict === 'added' ? t('diff.none', lang) : formatTarget(c.from, lang);
}

function toText(c: TargetChange, lang: Lang): string {
  return c.verdict === 'removed' ? t('diff.none', lang) : formatTarget(c.to, lang);
}

function clauseItem(c: ClauseDiff, lang: Lang, context: number): string {
  const head = `- ${icon(c.status)} ${code(c.id)} (${kindWord(c.kind, lang)}, ${t(`diff.clause-${c.status}`, lang)})`;
  const parts: string[] = [];
  if (c.status === 'changed') {
    if (c.label) parts.push(`${t('diff.label', lang)}: ${cell(c.label.from ?? '')} → ${cell(c.label.to ?? '')}`);
    if (c.heading) parts.push(`${t('diff.heading', lang)}: ${textChange(c.heading, lang, context)}`);
    if (c.text) parts.push(textChange(c.text, lang, context));
  } else {
    const side = c.status === 'added' ? 'to' : 'from';
    const first = [c.label?.[side], c.heading?.[side]].filter(Boolean).join(' ');
    const text = c.text?.[side];
    const wrap = (s: string) => (c.status === 'added' ? `<ins>${cell(s)}</ins>` : `<del>${cell(s)}</del>`);
    if (first) parts.push(wrap(first));
    if (text) parts.push(wrap(text));
  }
  return [head, ...parts.map((p) => `  ${p}`)].join('<br>\n');
}

function textChange(c: { from?: string; to?: string; diff?: WordDiff }, lang: Lang, context: number): string {
  if (!c.diff) return cell(c.to ?? c.from ?? '', true);
  if (c.diff.whitespaceOnly) return esc(t('diff.whitespace-only', lang));
  return words(c.diff, context);
}

function narrativeItem(n: NarrativeDiff, lang: Lang, context: number): string {
  const where = [n.clause.to ?? n.clause.from, n.indicator].filter(Boolean).map((x) => code(x!)).join(' → ');
  const parts: string[] = [];
  if (n.status === 'changed') {
    if (n.text) parts.push(textChange(n.text, lang, context));
    if (n.target) parts.push(`${cell(formatTarget(n.target.from, lang))} → ${cell(formatTarget(n.target.to, lang))} (${changeCell(n.target, lang)})`);
    for (const f of n.fields) parts.push(`${f.field}: ${cell(formatValue(f.from, lang))} → ${cell(formatValue(f.to, lang))}`);
  } else {
    const text = n.status === 'added' ? n.text?.to : n.text?.from;
    const target = n.status === 'added' ? n.target?.to : n.target?.from;
    parts.push(`${cell(text ?? '')}${target ? ': ' + cell(formatTarget(target, lang)) : ''}`);
  }
  return `- ${icon(n.status, n.target)} ${code(n.id)}${where ? ` (${where})` : ''}: ${parts.join('; ')}`;
}

/** A word diff as HTML inline marks, long unchanged stretches elided. */
function words(d: WordDiff, context: number): string {
  let previous = '';
  return elide(d.chunks, context)
    .map((c, i) => {
      const text = cell(c.text, i === 0);
      const after = previous;
      previous = c.op;
      if (c.op === 'equal') return text;
      const lead = /^\s/.test(text) && after !== 'delete' ? ' ' : '';
      return lead + (c.op === 'delete' ? `<del>${text.trimStart()}</del>` : `<ins>${text.trimStart()}</ins>`);
    })
    .join('')
    .trim();
}

// Every text of a plan reaches the Markdown through these (output/encode.ts): verbatim text on
// one line, no markup of its own; ids and paths as inline code.
function cell(s: string, lineStart = false): string {
  return markdownText(s.replace(/\s+/g, ' '), { lineStart });
}

function esc(s: string): string {
  return cell(s);
}

function code(s: string, table = false): string {
  return markdownCode(s, { table });
}
