// The body of the resolution restates about twenty appendix indicators ("Phấn đấu kiểm soát
// chỉ số giá tiêu dùng dưới 4,5%"). Each such narrative target links to its indicator and to
// its clause; a change on one side only is caught either way:
// - narrative-mismatch: the narrative target's meaning differs from its indicator's target;
// - narrative-not-in-clause: the clause (or the narrative's text) was edited and no longer
//   says what the narrative target quotes.

import { childPointer } from '../model/pointer.js';
import { memo } from '../util/memo.js';
import type { Target } from '../model/types.js';
import { unitFactor } from '../vocabulary/index.js';
import { describeTarget, num, str } from './helpers.js';
import type { Rule } from './rule.js';
import { unitWithBase } from './targetConsistency.js';

export const narrativeMismatch: Rule = {
  code: 'narrative-mismatch',
  severity: 'error',
  check(ctx) {
    for (const n of ctx.plan.narratives) {
      if (n.indicator === undefined || !n.target || n.target.status !== 'set') continue;
      const resolved = ctx.plan.resolve(n.indicator);
      if (!resolved || resolved.indicator.dropped || resolved.indicator.unconfirmed) continue;
      const change = resolved.indicator.change;
      const mine = normalize(n.target.target, change);
      for (const other of resolved.targets) {
        if (other.status !== 'set') continue;
        if (agree(mine, normalize(other.target, change))) continue;
        const wordingAt = childPointer(n.target.pointer, 'wording');
        const at = ctx.model.sourceMap.get(wordingAt) ? wordingAt : n.target.pointer;
        ctx.reportAt(at, { id: n.id, wording: describeTarget(n.target.target), indicator: other.id, target: describeTarget(other.target) });
        break;
      }
    }
  },
};

interface Meaning {
  kind: string;
  op: unknown;
  value?: number;
  min?: number;
  max?: number;
  unit: string;
  relativeTo?: unknown;
}

/**
 * The meaning to compare: "tăng từ 6,5% trở lên" restating an indicator that measures an
 * increase is the level 6,5% of that increase; "Duy trì không có hộ nghèo" is the level 0.
 */
function normalize(t: Target, change: unknown): Meaning {
  let kind = str(t.kind) ?? 'level';
  if ((kind === 'increase' || kind === 'decrease') && kind === change) kind = 'level';
  if (kind === 'maintain' && t.op !== undefined) kind = 'level';
  const m: Meaning = { kind, op: t.op, unit: unitWithBase(t) ?? '' };
  if (t.relativeTo !== undefined) m.relativeTo = t.relativeTo;
  for (const f of ['value', 'min', 'max'] as const) {
    const v = num(t[f]);
    if (v !== undefined) m[f] = v;
  }
  return m;
}

function sameNumber(a: number | undefined, b: number | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

const scaled = (v: number | undefined, factor: number) => (v === undefined ? undefined : v * factor);

/**
 * The same target: kind, op and numbers in units the vocabulary's algebra reads as one — the
 * body may count at another scale or in other words than the appendix ("730 nghìn tỷ đồng" for
 * "730.000 tỷ đồng", "4.670 căn" for "4.670 nhà ở"). A reference year stated on both must agree.
 */
function agree(a: Meaning, b: Meaning): boolean {
  if (a.kind !== b.kind || a.op !== b.op) return false;
  if (a.relativeTo !== undefined && b.relativeTo !== undefined && a.relativeTo !== b.relativeTo) return false;
  const factor = unitFactor(a.unit, b.unit);
  if (factor === undefined) return false;
  return sameNumber(scaled(a.value, factor), b.value) && sameNumber(scaled(a.min, factor), b.min) && sameNumber(scaled(a.max, factor), b.max);
}

/** Whether a narrative target restates an indicator's target, as this rule judges it (the import links by it). */
export function restates(narrative: Target, target: Target, change: unknown): boolean {
  return agree(normalize(narrative, change), normalize(target, change));
}

export const narrativeNotInClause: Rule = {
  code: 'narrative-not-in-clause',
  severity: 'error',
  check(ctx) {
    // Many targets quote the same long clause: fold each text once (this was most of the rules' time).
    const folded = new Map<string, string>();
    const fold = (s: string) => {
      let f = folded.get(s);
      if (f === undefined) folded.set(s, (f = foldedAcrossChecks(s)));
      return f;
    };
    for (const n of ctx.plan.narratives) {
      if (typeof n.source.text !== 'string') continue;
      const clause = n.clause !== undefined ? ctx.plan.clause(n.clause) : undefined;
      if (clause && clause.text !== '' && ctx.model.entities.get(n.clause!)?.kind === 'clause') {
        if (!fold(clause.text).includes(fold(n.text))) {
          ctx.reportAt(childPointer(n.pointer, 'text'), { fragment: n.text, container: 'clause', in: n.clause!, id: n.id });
          continue;
        }
      }
      const wording = n.target?.target.wording;
      if (typeof wording === 'string' && !fold(n.text).includes(fold(wording))) {
        ctx.reportAt(childPointer(n.pointer, 'target', 'wording'), { fragment: wording, container: 'text', in: n.id, id: n.id });
      }
    }
    // The year's theme quotes its clause the same way.
    const theme = ctx.plan.raw.theme;
    if (theme !== null && typeof theme === 'object' && typeof theme.text === 'string' && typeof theme.clause === 'string') {
      const clause = ctx.plan.clause(theme.clause);
      if (clause && clause.text !== '' && !fold(clause.text).includes(fold(theme.text))) {
        ctx.reportAt('/theme/text', { fragment: theme.text, container: 'clause', in: theme.clause, id: 'theme' });
      }
    }
  },
};

/**
 * The clauses' texts are the same from one keystroke to the next: folded once, not on every check
 * (bounded: 2.000 texts of up to 20.000 characters; a longer one is folded once per check).
 */
const foldedAcrossChecks = memo((s: string) => foldText(s), 2000, 20_000);

/** NFC with runs of whitespace as one space: layout may change, words and numbers may not. */
function foldText(s: string): string {
  return s.normalize('NFC').replace(WHITESPACE_RUN, ' ').trim();
}

/**
 * The runs of whitespace (\s) other than a single space: what /\s+/g would change, without
 * matching (and rebuilding the string at) every single space between words.
 */
const WHITESPACE_RUN = /[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]\s*| \s+/g;
