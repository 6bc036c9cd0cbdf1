// In-file suppressions, so a verbatim defect of an adopted text can stay without noise:
//
//   # kehoach-disable-next-line label-sequence -- Nghị quyết gốc đánh số hai khoản là “2.”.
//   label: "2."
//
// The directive silences the named codes on the next line that is not blank or a comment.
// The reason after " -- " is required: without it the directive is itself an error and
// silences nothing. A directive that silences nothing is a warning, so stale ones go away.

import type { Diagnostic, Range } from '../diagnostics/types.js';
import type { SourceMap } from '../model/sourceMap.js';
import type { LineMap } from '../parse/position.js';

export const DIRECTIVE = 'kehoach-disable-next-line';

export interface SuppressionDirective {
  /** The comment's range (from "#" to the end of the line). */
  range: Range;
  /** Each code named, with its range. */
  codes: Array<{ code: string; range: Range }>;
  reason: string;
  /** 0-based line the directive applies to; undefined when nothing follows it. */
  targetLine: number | undefined;
}

/**
 * Finds the directives: whole-line comments only, never text inside a scalar (a block
 * scalar may contain a line that starts with "#"). `scalarRanges` are the source ranges of
 * the document's scalars; see `scalarRangesOf`.
 */
export function findDirectives(text: string, lines: LineMap, scalarRanges: ReadonlyArray<readonly [number, number]>): SuppressionDirective[] {
  if (!text.includes(DIRECTIVE)) return [];
  const out: SuppressionDirective[] = [];
  const starts = lines.lineStarts;
  const lineText = (l: number) => text.slice(starts[l], l + 1 < starts.length ? starts[l + 1] : text.length).replace(/\r?\n$|\r$/, '');
  const inScalar = scalarLookup(scalarRanges);
  const isComment = (l: number) => /^\s*#/.test(lineText(l)) && !inScalar(starts[l]! + lineText(l).indexOf('#'));

  // Only the lines that mention the directive are read as directives: found by search, not by
  // reading every line of a 10.000-indicator plan on each keystroke.
  const found: Array<{ line: number; directive: Omit<SuppressionDirective, 'targetLine'> }> = [];
  for (let at = text.indexOf(DIRECTIVE); at >= 0; ) {
    const l = lines.position(at).line;
    const next = l + 1 < starts.length ? starts[l + 1]! : text.length;
    at = text.indexOf(DIRECTIVE, next);
    const t = lineText(l);
    const m = /^(\s*)#\s*kehoach-disable-next-line(?![\w-])(.*)$/.exec(t);
    if (!m) continue;
    const hash = starts[l]! + m[1]!.length;
    if (inScalar(hash)) continue;
    const rest = m[2]!;
    const restStart = starts[l]! + t.length - rest.length;
    const sep = /\s--(\s|$)/.exec(rest);
    const codePart = sep ? rest.slice(0, sep.index) : rest;
    const reason = sep ? rest.slice(sep.index + sep[0].length).trim() : '';
    const codes: SuppressionDirective['codes'] = [];
    for (const cm of codePart.matchAll(/[^\s,]+/g)) {
      const s = restStart + cm.index!;
      codes.push({ code: cm[0], range: lines.range(s, s + cm[0].length) });
    }
    found.push({ line: l, directive: { range: lines.range(hash, starts[l]! + t.length), codes, reason } });
  }

  // Each directive applies to the next line that is neither blank nor a comment. From the last
  // directive back, each scan stops at the next directive (whose line is known already), so
  // every line is read at most once (a run of 20.000 directives used to walk the run 20.000 times).
  const targets = new Map<number, number | undefined>();
  for (let i = found.length - 1; i >= 0; i--) {
    let target: number | undefined;
    for (let k = found[i]!.line + 1; k < starts.length; k++) {
      if (targets.has(k)) {
        target = targets.get(k);
        break;
      }
      if (!(lineText(k).trim() === '' || isComment(k))) {
        target = k;
        break;
      }
    }
    targets.set(found[i]!.line, target);
  }
  for (const { line, directive } of found) out.push({ ...directive, targetLine: targets.get(line) });
  return out;
}

/** Whether an offset is inside one of the ranges: a binary search over them, sorted once. */
function scalarLookup(ranges: ReadonlyArray<readonly [number, number]>): (offset: number) => boolean {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  // The furthest end up to each range, so overlapping or nested ranges are found too.
  const reach: number[] = [];
  let far = -Infinity;
  for (const [, e] of sorted) reach.push((far = Math.max(far, e)));
  return (offset) => {
    let lo = 0;
    let hi = sorted.length - 1;
    let last = -1; // the last range starting at or before offset
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]![0] <= offset) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (last < 0 || reach[last]! <= offset) return false;
    // Some range up to `last` reaches past offset: find one that contains it.
    for (let k = last; k >= 0 && reach[k]! > offset; k--) if (sorted[k]![1] > offset) return true;
    return false;
  };
}

/** The directives of a text (nothing to do, and nothing walked, when there are none). */
export function directivesIn(text: string, lines: LineMap, sourceMap: SourceMap): SuppressionDirective[] {
  if (!text.includes(DIRECTIVE)) return [];
  return findDirectives(text, lines, scalarRangesOf(sourceMap));
}

/**
 * The source ranges of the document's leaves (scalars, empty collections): where a line
 * starting with "#" is text, not a comment. Collections are not leaves: comments sit there.
 */
export function scalarRangesOf(sourceMap: SourceMap): Array<[number, number]> {
  return sourceMap.leafRanges();
}

/**
 * Removes the diagnostics the directives silence and adds the directives' own: a missing
 * reason (error; the directive then silences nothing), no code named (error), and a code
 * that silenced nothing although it was checked (warning). Suppression diagnostics cannot
 * themselves be suppressed.
 */
export function applySuppressions(
  diagnostics: Diagnostic[],
  directives: SuppressionDirective[],
  /** Whether a code was checked at all this time (a cross-file rule without its baseline was not). */
  checked: (code: string) => boolean = () => true,
): Diagnostic[] {
  if (directives.length === 0) return diagnostics;
  // The diagnostics by code and line, once (each directive used to filter them all).
  const byCodeLine = new Map<string, Diagnostic[]>();
  for (const x of diagnostics) {
    const key = `${x.range.start.line}\u0000${x.code}`;
    const list = byCodeLine.get(key);
    if (list) list.push(x);
    else byCodeLine.set(key, [x]);
  }
  const silenced = new Set<Diagnostic>();
  const own: Diagnostic[] = [];
  for (const d of directives) {
    if (d.codes.length === 0) {
      own.push({ code: 'suppression-invalid', severity: 'error', range: d.range, params: {} });
      continue;
    }
    if (d.reason === '') {
      own.push({ code: 'suppression-without-reason', severity: 'error', range: d.range, params: { codes: d.codes.map((c) => c.code).join(', ') } });
      continue;
    }
    for (const c of d.codes) {
      const hits = d.targetLine === undefined ? [] : (byCodeLine.get(`${d.targetLine}\u0000${c.code}`) ?? []);
      if (hits.length === 0 && checked(c.code)) {
        own.push({
          code: 'unused-suppression',
          severity: 'warning',
          range: c.range,
          params: { code: c.code, line: d.targetLine === undefined ? '—' : String(d.targetLine + 1) },
        });
      }
      for (const h of hits) silenced.add(h);
    }
  }
  return [...diagnostics.filter((x) => !silenced.has(x)), ...own];
}
