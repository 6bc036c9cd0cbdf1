// The semantic diff as terminal text: coloured when asked (a TTY), plain otherwise, where word
// changes read as git's --word-diff does: [-removed-]{+added+}.

import type { Lang } from '../diagnostics/types.js';
import { encodeStrings, terminalText } from '../output/encode.js';
import type { ClauseDiff, FieldChange, IndicatorDiff, NarrativeDiff, PartDiff, PlanDiff, TargetChange } from './types.js';
import { describeChange, elide, flagged, formatTarget, formatValue, kindWord, lastTarget, listChange, resultLines, sideTitle, summaryLines } from './format.js';
import { byReason, clauseGist, foldClauses, foldNarratives, type ClauseMode, type Ids } from './fold.js';
import { t } from '../messages/index.js';
import type { WordDiff } from './wordDiff.js';

export interface TerminalOptions {
  lang: Lang;
  /** ANSI colours (a TTY); otherwise [-…-]{+…+} markers. */
  color?: boolean;
  /** Words of context around a change in a long text. */
  context?: number;
  /** Clause and narrative-target changes folded (default) or each with its text. */
  clauses?: ClauseMode;
}

const ANSI = { red: '\x1b[31m', green: '\x1b[32m', yellow: '\x1b[33m', cyan: '\x1b[36m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' };
type Paint = (style: keyof typeof ANSI, s: string) => string;

export function renderTerminal(plans: PlanDiff, options: TerminalOptions): string {
  const { lang } = options;
  // Every text of the plans, once, for the terminal: white space runs as one space, controls
  // and escape sequences made visible; the only escape sequences printed are the colours below.
  const diff = encodeStrings(plans, (s) => terminalText(s.replace(/\s+/g, ' ')));
  const paint: Paint = options.color ? (style, s) => (s ? `${ANSI[style]}${s}${ANSI.reset}` : s) : (_style, s) => s;
  const context = options.context ?? 8;
  const lines: string[] = [];
  const who = diff.to.jurisdictionName ?? diff.from.jurisdictionName ?? diff.to.jurisdiction ?? diff.from.jurisdiction ?? '';
  lines.push(paint('bold', t('diff.title', lang, { who, from: sideTitle(diff.from, lang), to: sideTitle(diff.to, lang) }).replace('  ', ' ')));
  if (diff.from.label || diff.to.label) {
    lines.push(paint('dim', `--- ${diff.from.label ?? '/dev/null'}`), paint('dim', `+++ ${diff.to.label ?? '/dev/null'}`));
  }
  if (!diff.hasChanges) {
    lines.push('', t('diff.no-changes', lang));
    return lines.join('\n') + '\n';
  }

  lines.push('', paint('bold', t('diff.summary', lang)));
  lines.push(...summaryLines(diff.summary, lang, diff.from.year).map((line) => '  ' + line));

  // Indicators first: what a reviewer reads the change for.
  const changed = diff.indicators.filter((d) => (d.status !== 'unchanged' || flagged(d)) && d.status !== 'unconfirmed');
  const unconfirmed = diff.indicators.filter((d) => d.status === 'unconfirmed');
  const unchanged = diff.indicators.filter((d) => d.status === 'unchanged' && !flagged(d));
  if (diff.indicators.length > 0) {
    lines.push('', paint('bold', `${t('diff.indicators', lang)} (${diff.indicators.length})`));
    for (const d of changed) lines.push(...indicator(d, lang, paint, context, diff.from.year));
    // The indicators a plan keeps unconfirmed share their reason: said once, one line each.
    for (const [reason, group] of byReason(unconfirmed)) {
      lines.push('  ' + paint('yellow', t('diff.unconfirmed-group', lang, { count: group.length, reason })));
      for (const d of group) lines.push(`      ${paint('yellow', '?')} ${paint('cyan', d.id)} — ${d.name}: ${lastTarget(d, lang)}`);
    }
    if (unchanged.length > 0) lines.push('  ' + paint('dim', t('diff.unchanged', lang, { count: unchanged.length, ids: unchanged.map((d) => d.id).join(', ') })));
  }

  if (diff.metadata.length > 0) {
    lines.push('', paint('bold', t('diff.metadata', lang)));
    for (const f of diff.metadata) lines.push(...field(f, lang, paint).map((l) => '  ' + l));
  }

  const full = options.clauses === 'full';
  const sum = diff.summary;
  if (diff.clauses.length > 0 || diff.carriedOver.marked.length > 0 || diff.carriedOver.cleared.length > 0) {
    lines.push('', paint('bold', t('diff.clauses', lang)) + (full ? '' : paint('dim', ` (${t('diff.clauses-hint', lang)})`)));
    if (full) for (const c of diff.clauses) lines.push(...clause(c, lang, paint, context));
    else for (const f of foldClauses(diff.clauses)) lines.push(foldedClause(f.clause, f.folded, lang, paint));
    if (diff.carriedOver.marked.length > 0) lines.push('  ' + paint('dim', t('diff.carried-marked', lang, { count: diff.carriedOver.marked.length })));
    if (diff.carriedOver.cleared.length > 0) {
      lines.push('  ' + t('diff.carried-cleared', lang, { count: diff.carriedOver.cleared.length, ids: diff.carriedOver.cleared.join(', ') }));
    }
  }

  if (diff.narrativeTargets.length > 0) {
    lines.push('', paint('bold', t('diff.narratives', lang)) + (full ? '' : paint('dim', ` (${t('diff.clauses-hint', lang)})`)));
    if (full) for (const n of diff.narrativeTargets) lines.push(...narrative(n, lang, paint, context));
    else {
      const folded = foldNarratives(diff.narrativeTargets);
      for (const n of folded.changed) lines.push(...narrative(n, lang, paint, context));
      if (folded.added.shown.length > 0) lines.push(`  ${mark('added', paint)} ${t('diff.ids-added', lang, { count: sum.narrativeTargets.added, ids: ids(folded.added, lang) })}`);
      if (folded.removed.shown.length > 0) lines.push(`  ${mark('removed', paint)} ${t('diff.ids-removed', lang, { count: sum.narrativeTargets.removed, ids: ids(folded.removed, lang) })}`);
    }
  }

  if (diff.relations.length > 0) {
    lines.push('', paint('bold', t('diff.relations', lang)));
    for (const r of diff.relations) {
      lines.push(`  ${mark(r.status, paint)} ${r.id}`);
      for (const f of r.fields) lines.push(...field(f, lang, paint).map((l) => '      ' + l));
    }
  }
  return lines.join('\n') + '\n';
}

function ids(list: Ids, lang: Lang): string {
  return list.shown.join(', ') + (list.more > 0 ? ' ' + t('diff.and-more', lang, { count: list.more }) : '');
}

function foldedClause(c: ClauseDiff, folded: number, lang: Lang, paint: Paint): string {
  const head = `  ${mark(c.status, paint)} ${paint('cyan', c.id)} (${kindWord(c.kind, lang)})`;
  if (c.status === 'changed') {
    const label = c.label ? ` ${c.label.from ?? ''} → ${c.label.to ?? ''};` : '';
    const counts = [c.heading?.diff, c.text?.diff].filter((x): x is WordDiff => x !== undefined);
    const deleted = counts.reduce((n, d) => n + d.deleted, 0);
    const inserted = counts.reduce((n, d) => n + d.inserted, 0);
    const words = counts.length > 0 ? ' ' + t('diff.word-counts', lang, { deleted, inserted }) : '';
    return `${head}:${label}${words}`;
  }
  const style = c.status === 'added' ? 'green' : 'red';
  return `${head} ${paint(style, clauseGist(c))}${folded > 0 ? ' ' + paint('dim', t('diff.folded', lang, { count: folded })) : ''}`;
}

function mark(status: string, paint: Paint, change?: TargetChange): string {
  if (status === 'added') return paint('green', '+');
  if (status === 'removed') return paint('red', '−');
  if (status === 'dropped') return paint('red', '✕');
  if (status === 'restored') return paint('green', '↺');
  if (change?.verdict === 'raised') return paint(change.ambition === 'less' ? 'red' : 'green', '▲');
  if (change?.verdict === 'lowered') return paint(change.ambition === 'less' ? 'red' : 'green', '▼');
  if (change?.verdict === 'unset' || change?.verdict === 'not-known') return paint('yellow', '?');
  return paint('yellow', '~');
}

function indicator(d: IndicatorDiff, lang: Lang, paint: Paint, context: number, year: number | undefined): string[] {
  const number = d.number.to ?? d.number.from;
  const head = `  ${mark(d.status, paint, d.target?.verdict === 'set' && d.sincePrevious ? d.sincePrevious : d.target)} ${number ? number + ' ' : ''}${paint('cyan', d.id)} — ${d.name}`;
  const out = [head];
  const pad = '      ';
  if (d.status === 'dropped') {
    out.push(pad + paint('red', t('diff.dropped-reason', lang, { reason: d.droppedReason ?? '' })));
    if (d.replacedBy) out.push(pad + t('diff.replaced-by', lang, { id: paint('cyan', d.replacedBy) }));
    out.push(pad + `${t('diff.target', lang)}: ${lastTarget(d, lang)} → ${t('diff.status-dropped', lang)}`);
  }
  if (d.status === 'restored') out.push(pad + t('diff.restored', lang));
  if (d.status === 'removed') out.push(pad + paint('red', t('diff.missing-no-reason', lang)));
  if (d.status === 'added') out.push(pad + paint('green', t('diff.added-indicator', lang)));
  if (d.replaces) out.push(pad + t('diff.replaces', lang, { ids: d.replaces.map((id) => paint('cyan', id)).join(', ') }));
  if (d.nameDiff) out.push(pad + `${t('diff.name', lang)}: ${words(d.nameDiff, paint, context)}`);
  for (const f of d.fields) out.push(...field(f, lang, paint).map((l) => pad + l));
  if (d.status === 'dropped') return out; // last year's target is said above
  if (d.target) out.push(pad + targetLine(t('diff.target', lang), d.target, lang, paint, context, d.sincePrevious, d.previousTarget));
  out.push(...resultLines(d.lastResult, year, lang).map((l, i) => pad + (i === 0 ? paint('dim', l) : paint('yellow', l))));
  for (const p of d.parts) out.push(...part(p, lang, paint, context, year));
  return out;
}

function part(p: PartDiff, lang: Lang, paint: Paint, context: number, year: number | undefined): string[] {
  const pad = '      ';
  const label = `${p.label ? p.label + ' ' : ''}${paint('cyan', p.id)} — ${p.name}`;
  if (p.status === 'unchanged' && !p.lastResult?.newTarget) return [];
  const out: string[] = [];
  if (p.target) out.push(pad + `${mark(p.status, paint, p.target.verdict === 'set' && p.sincePrevious ? p.sincePrevious : p.target)} ` + targetLine(label, p.target, lang, paint, context, p.sincePrevious, p.previousTarget));
  else out.push(pad + `${mark(p.status, paint)} ${label}`);
  if (p.nameDiff) out.push(pad + '    ' + `${t('diff.name', lang)}: ${words(p.nameDiff, paint, context)}`);
  for (const f of p.fields) out.push(...field(f, lang, paint).map((l) => pad + '    ' + l));
  out.push(...resultLines(p.lastResult, year, lang).map((l, i) => pad + '    ' + (i === 0 ? paint('dim', l) : paint('yellow', l))));
  return out;
}

function targetLine(label: string, c: TargetChange, lang: Lang, paint: Paint, context: number, since?: TargetChange, previous?: unknown): string {
  const from = c.verdict === 'added' ? '' : formatTarget(c.from, lang) + ' → ';
  const to = c.verdict === 'removed' ? t('diff.none', lang) : formatTarget(c.to, lang);
  const style = c.ambition === 'more' ? 'green' : c.ambition === 'less' ? 'red' : c.verdict === 'unchanged' ? 'dim' : 'yellow';
  // "→ chưa đặt" / "→ chưa biết" says it all for a placeholder or an unknown target.
  const verdict = c.verdict === 'unset' || c.verdict === 'not-known' ? '' : ' ' + paint(style, `(${describeChange(c, lang)})`);
  let line = `${label}: ${from}${to}${verdict}`;
  if (since) line += ' ' + paint(since.ambition === 'less' ? 'red' : since.ambition === 'more' ? 'green' : 'dim', `[${t('diff.previous-ref', lang, { target: formatTarget(since.from, lang) })}: ${describeChange(since, lang)}]`);
  else if (c.verdict === 'unchanged' && previous) line += ' ' + paint('dim', `[${t('diff.previous-ref', lang, { target: formatTarget(previous as never, lang) })}]`);
  if (c.wording && c.verdict === 'reworded') line += `\n          ${t('diff.wording', lang)}: ${words(c.wording, paint, context)}`;
  return line;
}

function clause(c: ClauseDiff, lang: Lang, paint: Paint, context: number): string[] {
  const pad = '      ';
  const out = [`  ${mark(c.status, paint)} ${paint('cyan', c.id)} (${kindWord(c.kind, lang)})`];
  if (c.status === 'changed') {
    if (c.label) out.push(pad + `${t('diff.label', lang)}: ${c.label.from ?? ''} → ${c.label.to ?? ''}`);
    if (c.heading) out.push(pad + `${t('diff.heading', lang)}: ${textChange(c.heading, lang, paint, context)}`);
    if (c.text) out.push(pad + textChange(c.text, lang, paint, context));
  } else {
    const side = c.status === 'added' ? 'to' : 'from';
    const style = c.status === 'added' ? 'green' : 'red';
    const label = c.label?.[side];
    const heading = c.heading?.[side];
    const text = c.text?.[side];
    const first = [label, heading].filter(Boolean).join(' ');
    if (first) out.push(pad + paint(style, first));
    if (text) out.push(pad + paint(style, text));
  }
  return out;
}

function textChange(c: { from?: string; to?: string; diff?: WordDiff }, lang: Lang, paint: Paint, context: number): string {
  if (!c.diff) return c.to ?? c.from ?? '';
  if (c.diff.whitespaceOnly) return paint('dim', t('diff.whitespace-only', lang));
  return words(c.diff, paint, context);
}

function narrative(n: NarrativeDiff, lang: Lang, paint: Paint, context: number): string[] {
  const pad = '      ';
  const where = [n.clause.to ?? n.clause.from, n.indicator].filter(Boolean).join(' → ');
  const out = [`  ${mark(n.status, paint, n.target)} ${paint('cyan', n.id)}${where ? ` (${where})` : ''}`];
  if (n.status === 'changed') {
    if (n.text) out.push(pad + textChange(n.text, lang, paint, context));
    if (n.target) out.push(pad + targetLine(t('diff.target', lang), n.target, lang, paint, context));
    for (const f of n.fields) out.push(...field(f, lang, paint).map((l) => pad + l));
  } else {
    const text = n.status === 'added' ? n.text?.to : n.text?.from;
    const target = n.status === 'added' ? n.target?.to : n.target?.from;
    out.push(pad + paint(n.status === 'added' ? 'green' : 'red', `${text ?? ''}${target ? `: ${formatTarget(target, lang)}` : ''}`));
  }
  return out;
}

/** A field's change on one line; a list's, one line per item that went (−) or came (+). */
function field(f: FieldChange, lang: Lang, paint: Paint): string[] {
  const list = listChange(f, lang);
  if (!list) return [`${f.field}: ${paint('red', formatValue(f.from, lang))} → ${paint('green', formatValue(f.to, lang))}`];
  return [`${f.field}:`, ...list.removed.map((x) => `    ${paint('red', '−')} ${paint('red', x)}`), ...list.added.map((x) => `    ${paint('green', '+')} ${paint('green', x)}`)];
}

/** A word diff on one line, long unchanged stretches elided. */
export function words(d: WordDiff, paint: Paint, context: number): string {
  const colored = paint('red', 'x') !== 'x';
  let previous = '';
  return elide(d.chunks, context)
    .map((c) => {
      const text = c.text.replace(/\s+/g, ' ');
      const after = previous;
      previous = c.op;
      if (c.op === 'equal') return text;
      // "[-old-]{+new+}" side by side, as git --word-diff prints a replacement.
      const lead = /^\s/.test(text) && after !== 'delete' ? ' ' : '';
      const body = text.trimStart();
      if (colored) return lead + paint(c.op === 'delete' ? 'red' : 'green', c.op === 'delete' ? `\x1b[9m${body}` : body);
      return lead + (c.op === 'delete' ? `[-${body}-]` : `{+${body}+}`);
    })
    .join('')
    .trim();
}
