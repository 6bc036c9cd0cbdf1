// The appendix: its heading, title and subtitle, then each numbered line an indicator
// ("1. Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP): 6,5% trở lên."). A line stating several
// targets ("…: 75%; Tỷ lệ lao động có bằng cấp, chứng chỉ: 55%.", "(1) …: 117 trường; (2) …")
// becomes parts. Each target is read by the grammar; one it cannot read is kept verbatim and
// marked (import-unread-target), never guessed.

import { parseTarget } from '../grammar/target.js';
import { toTarget } from '../grammar/meaning.js';
import type { Target } from '../model/types.js';
import { lookupIndicator, type CatalogueMatch } from './catalogueLookup.js';
import type { ImportProblem, Line } from './types.js';

export interface ImportedTarget {
  /** The structured target, or only the wording when the grammar could not read it. */
  target: Target;
  read: boolean;
}

export interface ImportedPart {
  id: string;
  label?: string;
  name: string;
  separator?: string;
  end?: string;
  target: ImportedTarget;
  unit?: string;
}

export interface ImportedIndicator {
  id: string;
  number: string;
  name: string;
  separator?: string;
  end?: string;
  nameInText?: false;
  unit?: string;
  catalogue?: CatalogueMatch;
  target?: ImportedTarget;
  parts?: ImportedPart[];
  /** The line as printed, for a comment when something could not be read. */
  line: Line;
}

export interface Appendix {
  heading: string;
  title?: string;
  subtitle?: string;
  indicators: ImportedIndicator[];
}

export const APPENDIX_HEADING = /^PHỤ LỤC\b/u;
const NUMBERED = /^(\d+\.)\s+(\S.*)$/u;
const PART_LABEL = /^(\((?:\d+|[ivxlc]+|[a-z])\))\s+(\S.*)$/u;

/** A target wording read by the grammar, or kept verbatim. */
export function readTarget(wording: string): ImportedTarget {
  const r = parseTarget(wording);
  if (!r.ok || r.warnings.length > 0) return { target: { wording }, read: false };
  return { target: toTarget(r.target, wording), read: true };
}

/** "name: target", or "name target" where a suffix of the text is a target ("Khu vực đô thị đạt 100%"). */
const MAX_TARGET = 200;

function nameAndTarget(text: string): { name: string; separator?: string; wording: string } | undefined {
  const colon = text.indexOf(': ');
  if (colon > 0) return { name: text.slice(0, colon), wording: text.slice(colon + 2) };
  // A target is short: only the last 200 characters are tried, so a long line costs linear time.
  const from = Math.max(0, text.length - MAX_TARGET);
  for (const w of text.slice(from).matchAll(/\s+/gu)) {
    w.index! += from;
    const wording = text.slice(w.index! + w[0].length);
    const r = parseTarget(wording);
    if (r.ok && r.warnings.length === 0) return { name: text.slice(0, w.index!), separator: w[0], wording };
  }
  return undefined;
}

/**
 * Splits an indicator's text into its pieces at "; " (before a piece that states its own target,
 * "…: 29 xã") and at ". " (before a new name or label), only where the piece before holds a
 * target: never inside a name.
 */
function pieces(body: string): Array<{ text: string; end: string }> {
  const out: Array<{ text: string; end: string }> = [];
  let last = 0;
  let colonSince = false; // a ": x" since the last cut: read segment by segment, never twice
  let scanned = 0;
  for (const m of body.matchAll(/(; |\. )(?=\S)/gu)) {
    colonSince ||= /:\s\S/u.test(body.slice(Math.max(last, scanned - 2), m.index!));
    scanned = m.index!;
    const holdsTarget = colonSince || PART_LABEL.test(body.slice(last, last + 12));
    if (!holdsTarget) continue;
    const after = body.slice(m.index! + m[1]!.length, m.index! + m[1]!.length + 2 * MAX_TARGET);
    const nextPiece = after.split(/; |\. /u)[0]!;
    const startsPiece = PART_LABEL.test(after) || (m[1] === '; ' ? /: \S/u.test(nextPiece) || nameAndTarget(nextPiece) !== undefined : /^\p{Lu}/u.test(after));
    if (!startsPiece) continue;
    out.push({ text: body.slice(last, m.index!), end: m[1]! });
    last = m.index! + m[1]!.length;
    colonSince = false;
    scanned = last;
  }
  out.push({ text: body.slice(last), end: '' });
  return out;
}

function readIndicator(line: Line, index: number, problems: ImportProblem[]): ImportedIndicator {
  const m = NUMBERED.exec(line.text)!;
  const number = m[1]!;
  let body = m[2]!;
  let end: string | undefined;
  if (body.endsWith('.')) body = body.slice(0, -1);
  else end = '';
  const ps = pieces(body);
  const unread = (wording: string) => problems.push({ code: 'import-unread-target', line: line.line, text: wording });
  const base = (name: string): ImportedIndicator => {
    const catalogue = lookupIndicator(name);
    return { id: catalogue?.id ?? `chi-tieu-${index + 1}`, number, name, line, ...(end !== undefined ? { end } : {}), ...(catalogue ? { catalogue } : {}) };
  };
  if (ps.length === 1) {
    const nt = nameAndTarget(body);
    if (!nt) {
      unread(body);
      return { ...base(body), separator: '', target: { target: { wording: '…' }, read: false } };
    }
    const target = readTarget(nt.wording);
    if (!target.read) unread(nt.wording);
    return { ...base(nt.name), ...(nt.separator !== undefined ? { separator: nt.separator } : {}), target, ...unitOf([target]) };
  }
  // Several targets: an indicator name before the first part's label ("Trường …: (1) số …: 117 trường"), or the parts alone.
  let indicatorName: string | undefined;
  const first = ps[0]!;
  const colon = first.text.indexOf(': ');
  const afterColon = colon > 0 ? first.text.slice(colon + 2) : '';
  if (colon > 0 && (PART_LABEL.test(afterColon) || afterColon.includes(': ') || (!readTarget(afterColon).read && nameAndTarget(afterColon) !== undefined))) {
    indicatorName = first.text.slice(0, colon);
    first.text = first.text.slice(colon + 2);
  }
  const parts: ImportedPart[] = [];
  for (const [k, p] of ps.entries()) {
    const lm = PART_LABEL.exec(p.text);
    const text = lm ? lm[2]! : p.text;
    const nt = nameAndTarget(text);
    const target = nt ? readTarget(nt.wording) : { target: { wording: text }, read: false };
    if (!target.read) unread(nt?.wording ?? text);
    const last = k === ps.length - 1;
    const end = last ? (p.end === '' ? undefined : p.end) : p.end === '; ' ? undefined : p.end;
    parts.push({
      id: `part-${k + 1}`,
      ...(lm ? { label: lm[1]! } : {}),
      name: nt?.name ?? text,
      ...(nt?.separator !== undefined ? { separator: nt.separator } : {}),
      ...(end !== undefined ? { end } : {}),
      target,
    });
  }
  const units = new Set(parts.map((p) => p.target.target.unit));
  const shared = units.size === 1 ? [...units][0] : undefined;
  if (shared === undefined) for (const p of parts) if (p.target.target.unit) p.unit = p.target.target.unit;
  const ind = indicatorName !== undefined ? base(indicatorName) : { ...base(parts[0]!.name), nameInText: false as const };
  return { ...ind, parts, ...(shared ? { unit: shared } : {}) };
}

const unitOf = (ts: ImportedTarget[]) => (ts[0]?.target.unit ? { unit: ts[0].target.unit } : {});

/** Reads the appendix from its heading line on; `rest` holds the lines it could not place. */
export function readAppendix(lines: readonly Line[], problems: ImportProblem[]): { appendix: Appendix; rest: Line[] } {
  const used = new Set<string>();
  const appendix: Appendix = { heading: lines[0]!.text, indicators: [] };
  let i = 1;
  if (i < lines.length && !NUMBERED.test(lines[i]!.text) && !lines[i]!.text.startsWith('(') && /^[\p{Lu}\d\s,.\-–]+$/u.test(lines[i]!.text)) appendix.title = lines[i++]!.text;
  if (i < lines.length && lines[i]!.text.startsWith('(')) appendix.subtitle = lines[i++]!.text;
  const rest: Line[] = [];
  for (; i < lines.length; i++) {
    const l = lines[i]!;
    if (!NUMBERED.test(l.text)) {
      rest.push(l);
      continue;
    }
    const ind = readIndicator(l, appendix.indicators.length, problems);
    // Two lines naming one catalogue measure: the second keeps a numbered id.
    if (used.has(ind.id)) ind.id = `chi-tieu-${appendix.indicators.length + 1}`;
    used.add(ind.id);
    appendix.indicators.push(ind);
  }
  return { appendix, rest };
}
