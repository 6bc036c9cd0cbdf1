// The semantic diff as GitHub-flavoured Markdown: for pull-request comments and the job summary.
// Indicators as a table, clause changes as <del>/<ins> inside their text.

import type { Lang } from '../diagnostics/types.js';
import { markdownCode, markdownText } from '../output/encode.js';
import type { ClauseDiff, FieldChange, IndicatorDiff, NarrativeDiff, PartDiff, PlanDiff, TargetChange } from './types.js';
import { describeChange, elide, formatNumber, formatTarget, flagged, formatValue, kindWord, lastTarget, listChange, resultLines, resultText, sideTitle, statusWord, summaryLines } from './format.js';
import { byReason, clauseGist, foldClauses, foldNarratives, type ClauseMode, type Ids } from './fold.js';
import { t } from '../messages/index.js';
import type { WordDiff } from './wordDiff.js';

export interface MarkdownOptions {
  lang: Lang;
  /** Heading level of the title (default 3, so several files fit under one summary heading). */
  level?: number;
  context?: number;
  /** Clause and narrative-target changes folded (default) or each with its text; either way inside <details>. */
  clauses?: ClauseMode;
  /**
   * At most this many characters (UTF-16 code units, as GitHub counts a comment's body), cut
   * between lines with a line saying so; 0 or none: no limit. `kehoach diff` uses
   * COMMENT_LIMIT, below GitHub's 65.536 with room for what the CI adds around it.
   */
  maxChars?: number;
  /** The command that prints the whole diff, named in the truncation line. */
  fullCommand?: string;
}

/** Where markup (an id as code) goes into a sentence that is escaped as text: a private-use character, which the encoder leaves as it is. */
const SLOT = '\uE000';

/** GitHub's limit for a comment's body. */
export const GITHUB_COMMENT_LIMIT = 65_536;
/** What `kehoach diff --format markdown` stays under by default: the limit, less a margin. */
export const COMMENT_LIMIT = 60_000;

export function renderMarkdown(diff: PlanDiff, options: MarkdownOptions): string {
  const lines = markdownLines(diff, options);
  const text = lines.join('\n');
  if (!options.maxChars || text.length <= options.maxChars) return text;
  return fit(lines, options.maxChars, truncationNote(options, options.maxChars));
}

function markdownLines(diff: PlanDiff, options: MarkdownOptions): string[] {
  const { lang } = options;
  const h = '#'.repeat(options.level ?? 3);
  const sub = '#'.repeat(Math.min(6, (options.level ?? 3) + 1));
  const context = options.context ?? 12;
  const full = options.clauses === 'full';
  const out: string[] = [];
  const who = diff.to.jurisdictionName ?? diff.from.jurisdictionName ?? diff.to.jurisdiction ?? diff.from.jurisdiction ?? '';
  out.push(`${h} ${esc(t('diff.title', lang, { who, from: sideTitle(diff.from, lang), to: sideTitle(diff.to, lang) }).replace('  ', ' '))}`, '');
  if (diff.from.label || diff.to.label) out.push(`${code(diff.from.label ?? '/dev/null')} → ${code(diff.to.label ?? '/dev/null')}`, '');
  if (!diff.hasChanges) {
    out.push(t('diff.no-changes', lang), '');
    return out;
  }
  out.push(...summaryLines(diff.summary, lang, diff.from.year).map((line) => `- ${esc(line)}`), '');

  // Indicators first: what a reviewer reads the change for.
  const changed = diff.indicators.filter((d) => (d.status !== 'unchanged' || flagged(d)) && d.status !== 'unconfirmed');
  const unconfirmed = diff.indicators.filter((d) => d.status === 'unconfirmed');
  const unchanged = diff.indicators.filter((d) => d.status === 'unchanged' && !flagged(d));
  if (diff.indicators.length > 0) {
    out.push(`${sub} ${t('diff.indicators', lang)} (${diff.indicators.length})`, '');
    if (changed.length > 0) {
      // Two revisions of one year: "Trước" / "Sau" rather than the same title twice.
      const [before, after] = sideTitle(diff.from, lang) === sideTitle(diff.to, lang) ? [t('diff.col-before', lang), t('diff.col-after', lang)] : [sideTitle(diff.from, lang), sideTitle(diff.to, lang)];
      // The old year's results, when it records any: N's target, N's result, N+1's target.
      const results = diff.summary.indicators.results > 0 ? { year: diff.from.year } : undefined;
      const resultHead = results ? ` ${esc(t('diff.col-result', lang, { year: String(results.year ?? '?') }))} |` : '';
      out.push(`| | ${t('diff.col-id', lang)} | ${t('diff.col-indicator', lang)} | ${esc(before)} |${resultHead} ${esc(after)} | ${t('diff.col-change', lang)} |`, `|---|---|---|---|${results ? '---|' : ''}---|---|`);
      for (const d of changed) out.push(...indicatorRows(d, lang, context, results));
      out.push('');
    }
    // The indicators a plan keeps unconfirmed share their reason: said once, one line each.
    for (const [reason, group] of byReason(unconfirmed)) {
      out.push(`❔ ${esc(t('diff.unconfirmed-group', lang, { count: group.length, reason }))}`, '');
      for (const d of group) out.push(`- ${code(d.id)} ${cell(d.name)}: ${cell(lastTarget(d, lang))}`);
      out.push('');
    }
    if (unchanged.length > 0) out.push(esc(t('diff.unchanged', lang, { count: unchanged.length, ids: '' })) + unchanged.map((d) => code(d.id)).join(', '), '');
  }

  if (diff.metadata.length > 0) {
    out.push(`${sub} ${t('diff.metadata', lang)}`, '');
    for (const f of diff.metadata) out.push(...metadataItem(f, lang));
    out.push('');
  }

  if (diff.clauses.length > 0 || diff.carriedOver.marked.length + diff.carriedOver.cleared.length > 0) {
    const c = diff.summary.clauses;
    out.push(`${sub} ${t('diff.clauses', lang)}`, '');
    out.push('<details>', `<summary>${esc(t('diff.summary-clauses', lang, { changed: c.changed, added: c.added, removed: c.removed, unchanged: c.unchanged, carried: c.carriedOver }))}${full ? '' : ` (${esc(t('diff.clauses-hint', lang))})`}</summary>`, '');
    if (full) for (const c of diff.clauses) out.push(clauseItem(c, lang, context));
    else for (const f of foldClauses(diff.clauses)) out.push(foldedClause(f.clause, f.folded, lang));
    if (diff.carriedOver.marked.length > 0) out.push(`- ${esc(t('diff.carried-marked', lang, { count: diff.carriedOver.marked.length }))}`);
    if (diff.carriedOver.cleared.length > 0) out.push(`- ${esc(t('diff.carried-cleared', lang, { count: diff.carriedOver.cleared.length, ids: diff.carriedOver.cleared.join(', ') }))}`);
    out.push('', '</details>', '');
  }

  if (diff.narrativeTargets.length > 0) {
    const n = diff.summary.narrativeTargets;
    out.push(`${sub} ${t('diff.narratives', lang)}`, '');
    out.push('<details>', `<summary>${esc(t('diff.summary-narratives', lang, { changed: n.changed, added: n.added, removed: n.removed, unchanged: n.unchanged }))}${full ? '' : ` (${esc(t('diff.clauses-hint', lang))})`}</summary>`, '');
    if (full) for (const x of diff.narrativeTargets) out.push(narrativeItem(x, lang, context));
    else {
      const folded = foldNarratives(diff.narrativeTargets);
      for (const x of folded.changed) out.push(narrativeItem(x, lang, context));
      if (folded.added.shown.length > 0) out.push(`- ${icon('added')} ${idList('diff.ids-added', n.added, folded.added, lang)}`);
      if (folded.removed.shown.length > 0) out.push(`- ${icon('removed')} ${idList('diff.ids-removed', n.removed, folded.removed, lang)}`);
    }
    out.push('', '</details>', '');
  }

  if (diff.relations.length > 0) {
    out.push(`${sub} ${t('diff.relations', lang)}`, '');
    for (const r of diff.relations) {
      const fields = r.fields.map((f) => `${f.field}: ${cell(formatValue(f.from, lang))} → ${cell(formatValue(f.to, lang))}`).join('; ');
      out.push(`- ${icon(r.status)} ${code(r.id)}${fields ? ': ' + fields : ''}`);
    }
    out.push('');
  }
  return out;
}

/**
 * The lines that fit in `max` characters with the note: cut between lines (a table keeps its
 * head and whole rows), an open <details> closed, the note last.
 */
function fit(lines: readonly string[], max: number, note: string): string {
  const room = max - note.length - 64; // 64: closing tags and blank lines
  const kept: string[] = [];
  let used = 0;
  let open = 0;
  for (const line of lines) {
    if (used + line.length + 1 > room) break;
    kept.push(line);
    used += line.length + 1;
    if (line === '<details>') open++;
    if (line === '</details>') open--;
  }
  // A table cut short needs a blank line before the note, or the note becomes a row.
  kept.push('');
  for (; open > 0; open--) kept.push('</details>', '');
  kept.push(note, '');
  const out = kept.join('\n');
  return out.length <= max ? out : note.slice(0, max);
}

function truncationNote(options: MarkdownOptions, limit: number): string {
  const command = code(options.fullCommand ?? 'kehoach diff OLD NEW --format markdown --clauses full --max-chars 0');
  const say = (lang: Lang) => esc(t('diff.truncated', lang, { limit: formatNumber(limit, lang), command: SLOT })).replace(SLOT, command);
  return `> ${say('vi')}\n>\n> *${say('en')}*`;
}

function idList(key: 'diff.ids-added' | 'diff.ids-removed', count: number, ids: Ids, lang: Lang): string {
  const list = ids.shown.map((id) => code(id)).join(', ');
  return esc(t(key, lang, { count, ids: SLOT })).replace(SLOT, list) + (ids.more > 0 ? ' ' + esc(t('diff.and-more', lang, { count: ids.more })) : '');
}

function foldedClause(c: ClauseDiff, folded: number, lang: Lang): string {
  const head = `- ${icon(c.status)} ${code(c.id)} (${kindWord(c.kind, lang)}, ${t(`diff.clause-${c.status}`, lang)})`;
  if (c.status === 'changed') {
    const label = c.label ? ` ${t('diff.label', lang)}: ${cell(c.label.from ?? '')} → ${cell(c.label.to ?? '')};` : '';
    const diffs = [c.heading?.diff, c.text?.diff].filter((x): x is WordDiff => x !== undefined);
    const deleted = diffs.reduce((n, d) => n + d.deleted, 0);
    const inserted = diffs.reduce((n, d) => n + d.inserted, 0);
    return `${head}:${label}${diffs.length > 0 ? ' ' + esc(t('diff.word-counts', lang, { deleted, inserted })) : ''}`;
  }
  const gist = clauseGist(c);
  return `${head}${gist ? ': ' + cell(gist) : ''}${folded > 0 ? ' ' + esc(t('diff.folded', lang, { count: folded })) : ''}`;
}

/** A metadata field: one line; a list, one nested line per item that went or came. */
function metadataItem(f: FieldChange, lang: Lang): string[] {
  const list = listChange(f, lang);
  if (!list) return [`- ${code(f.field)}: ${cell(formatValue(f.from, lang))} → ${cell(formatValue(f.to, lang))}`];
  return [`- ${code(f.field)}:`, ...list.removed.map((x) => `  - ➖ <del>${cell(x)}</del>`), ...list.added.map((x) => `  - ➕ <ins>${cell(x)}</ins>`)];
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

function indicatorRows(d: IndicatorDiff, lang: Lang, context: number, results?: { year: number | undefined }): string[] {
  const rows: string[] = [];
  const notes: string[] = [];
  if (d.status === 'dropped') notes.push(esc(t('diff.dropped-reason', lang, { reason: d.droppedReason ?? '' })));
  if (d.replacedBy) notes.push(esc(t('diff.replaced-by', lang, { id: SLOT })).replace(SLOT, code(d.replacedBy, true)));
  if (d.status === 'restored') notes.push(esc(t('diff.restored', lang)));
  if (d.status === 'removed') notes.push(`**${esc(t('diff.missing-no-reason', lang))}**`);
  if (d.status === 'added') notes.push(esc(t('diff.added-indicator', lang)));
  if (d.replaces) notes.push(esc(t('diff.replaces', lang, { ids: SLOT })).replace(SLOT, d.replaces.map((id) => code(id, true)).join(', ')));
  if (d.nameDiff) notes.push(`${t('diff.name', lang)}: ${words(d.nameDiff, context)}`);
  for (const f of d.fields) notes.push(`${f.field}: ${cell(formatValue(f.from, lang))} → ${cell(formatValue(f.to, lang))}`);
  if (d.target?.wording && d.target.verdict === 'reworded') notes.push(`${t('diff.wording', lang)}: ${words(d.target.wording, context)}`);
  if (d.lastResult?.newTarget) notes.push(`**${esc(resultLines(d.lastResult, results?.year, lang)[1]!)}**`);
  // A dropped indicator's target no longer matters.
  const target = d.status === 'dropped' ? undefined : d.target;
  const change = [changeCell(target, lang, d.sincePrevious), ...notes].filter(Boolean).join('<br>');
  const name = cell(d.name);
  const number = d.number.to ?? d.number.from;
  // A dropped indicator: last year's target, and "bỏ" where this year's would be.
  const [fromCell, toCell] = d.status === 'dropped' ? [cell(lastTarget(d, lang)), esc(statusWord('dropped', lang))] : [target ? cell(fromText(target, lang)) : '', target ? cell(toText(target, lang)) : ''];
  rows.push(
    `| ${icon(d.status, target?.verdict === 'set' && d.sincePrevious ? d.sincePrevious : target)} | ${code(d.id, true)} | ${number ? esc(number) + ' ' : ''}${name} | ${fromCell} |${results ? ` ${d.lastResult ? cell(resultText(d.lastResult, lang)) : ''} |` : ''} ${toCell} | ${change || (d.parts.length > 0 ? '' : esc(statusWord(d.status, lang)))} |`,
  );
  if (d.status !== 'dropped') for (const p of d.parts) if (p.status !== 'unchanged' || p.lastResult?.newTarget) rows.push(partRow(d, p, lang, context, results));
  return rows;
}

function partRow(d: IndicatorDiff, p: PartDiff, lang: Lang, context: number, results?: { year: number | undefined }): string {
  const notes: string[] = [];
  if (p.status === 'added' || p.status === 'removed') notes.push(esc(statusWord(p.status, lang)));
  if (p.nameDiff) notes.push(`${t('diff.name', lang)}: ${words(p.nameDiff, context)}`);
  for (const f of p.fields) notes.push(`${f.field}: ${cell(formatValue(f.from, lang))} → ${cell(formatValue(f.to, lang))}`);
  if (p.lastResult?.newTarget) notes.push(`**${esc(resultLines(p.lastResult, results?.year, lang)[1]!)}**`);
  const change = [changeCell(p.target, lang, p.sincePrevious), ...notes].filter(Boolean).join('<br>');
  return `| ${icon(p.status, p.target?.verdict === 'set' && p.sincePrevious ? p.sincePrevious : p.target)} | ${code(`${d.id}/${p.id}`, true)} | ↳ ${p.label ? esc(p.label) + ' ' : ''}${cell(p.name)} | ${p.target ? cell(fromText(p.target, lang)) : ''} |${results ? ` ${p.lastResult ? cell(resultText(p.lastResult, lang)) : ''} |` : ''} ${p.target ? cell(toText(p.target, lang)) : ''} | ${change} |`;
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
