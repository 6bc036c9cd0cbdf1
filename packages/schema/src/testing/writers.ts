// Test support for the writers (new-year, the quick fixes): what a writer's result must be, checked
// independently of the writer; plans in every YAML form a plan may take, made from the real plans
// with the yaml package's own emitter; LSP edits applied as an editor applies them.
import fc from 'fast-check';
import { Document, isMap, isPair, isScalar, Scalar, visit } from 'yaml';
import type { Position, TextEdit } from '../diagnostics/types.js';
import { commentsOf, lostComments } from '../edit/preserved.js';
import { textForm } from '../edit/textForm.js';
import { viewPlan } from '../model/planView.js';
import { LineMap } from '../parse/position.js';

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * What `kehoach new-year` must make of a plan's value (docs/reviewing.md, section 1), computed on
 * the plain value: next year, draft status, the baseline named (`baselines`, `amendments` and a
 * count no clause states gone), the document's metadata blanked or moved on a year (`sourceNote`
 * and `truncated` gone), every clause carried over, dropped and unconfirmed indicators left out,
 * every target a placeholder with last year's kept as previousTarget.
 */
export function expectedDraft(plan: unknown, baseline: string): unknown {
  const e = structuredClone(plan) as Json;
  const from = e.year as number;
  const to = from + 1;
  e.year = to;
  e.status = 'draft';
  e.baseline = baseline;
  delete e.baselines;
  delete e.amendments;
  if (!(isRecord(e.declaredIndicatorCount) && 'clause' in e.declaredIndicatorCount)) delete e.declaredIndicatorCount;
  const year = (s: string) => s.replace(new RegExp(`(?<!\\d)${from}(?!\\d)`, 'g'), String(to));
  const d = e.document;
  if (isRecord(d)) {
    const number = typeof d.number === 'string' ? d.number : undefined;
    const blank = number === undefined ? undefined : /^\d+/.test(number) ? number.replace(/^\d+/, '…') : '…';
    if (blank !== undefined) d.number = blank;
    const m = typeof d.date === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(d.date) : null;
    if (m) d.date = m[2] === '02' && m[3] === '29' ? `${Number(m[1]) + 1}-02-28` : `${Number(m[1]) + 1}-${m[2]}-${m[3]}`;
    if (typeof d.title === 'string') d.title = year(d.title);
    if (typeof d.session === 'string') d.session = d.session.replace(/\d+(?!.*\d)/, '…');
    if (isRecord(d.signature) && 'name' in d.signature) d.signature.name = '…';
    if (isRecord(d.appendix)) {
      const a = d.appendix;
      if (typeof a.title === 'string') a.title = year(a.title);
      if (typeof a.subtitle === 'string') {
        let s = a.subtitle;
        if (number !== undefined && blank !== undefined) s = s.split(number).join(blank);
        if (m) for (const printed of new Set([`${m[3]}/${m[2]}/${m[1]}`, `${Number(m[3])}/${Number(m[2])}/${m[1]}`])) s = s.split(printed).join(`…/…/${Number(m[1]) + 1}`);
        a.subtitle = s;
      }
    }
    delete d.sourceNote;
    delete d.truncated;
  }
  const at = (pointer: string) => pointer.split('/').slice(1).reduce<unknown>((o, k) => (o as Json)[k.replace(/~1/g, '/').replace(/~0/g, '~')], e);
  const view = viewPlan(plan);
  for (const c of view.clauses) {
    const node = at(c.pointer);
    if (isRecord(node) && 'id' in node) node.carriedOver = true;
  }
  const placeholder = (o: Json) => {
    delete o.results; // last year's results are last year's
    const t = o.target;
    if (t === undefined || (isRecord(t) && t.placeholder === true)) return;
    o.previousTarget = t;
    o.target = { placeholder: true };
  };
  const dropped = new Set(view.indicators.filter((i) => i.dropped || i.unconfirmed).map((i) => i.index));
  for (const ind of view.indicators) {
    if (ind.dropped || ind.unconfirmed) continue;
    const node = at(ind.pointer) as Json;
    placeholder(node);
    for (const part of ind.parts) placeholder(at(part.pointer) as Json);
  }
  if (Array.isArray(e.indicators)) e.indicators = e.indicators.filter((_, i) => !dropped.has(i));
  return e;
}

/** LSP edits applied as an editor applies them: all against the original text, from the end. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = new LineMap(text);
  const off = (p: Position) => lines.offset(p);
  return [...edits]
    .map((e, k) => ({ e, k }))
    .sort((a, b) => off(b.e.range.start) - off(a.e.range.start) || b.k - a.k)
    .reduce((t, { e }) => t.slice(0, off(e.range.start)) + e.newText + t.slice(off(e.range.end)), text);
}

/**
 * What a writer's result must keep of its input's form: the byte-order mark, the one kind of line
 * ending, and every comment (but those inside `removed`, ranges of the input). The problems, or [].
 */
export function formProblems(before: string, after: string, removed: ReadonlyArray<readonly [number, number]> = []): string[] {
  const out: string[] = [];
  const a = textForm(before);
  const b = textForm(after);
  if (a.bom !== b.bom) out.push(`byte-order mark ${a.bom ? 'lost' : 'added'}`);
  if (b.mixed && !a.mixed) out.push('line endings mixed');
  else if (!a.mixed && /[\r\n]/.test(before) && a.eol !== b.eol) out.push(`line ending ${JSON.stringify(a.eol)} became ${JSON.stringify(b.eol)}`);
  // yaml reads a lone CR as no line break: compare comments of the text with LF there (same offsets).
  const strip = (s: string) => (s.charCodeAt(0) === 0xfeff ? s.slice(1) : s).replace(/\r(?!\n)/g, '\n');
  for (const c of lostComments(strip(before), strip(after), removed.map(([s, e]) => [s - (a.bom ? 1 : 0), e - (a.bom ? 1 : 0)] as const))) {
    out.push(`comment lost: ${c.text}`);
  }
  return out;
}

export { commentsOf };

// ---- plans in every form ------------------------------------------------------------------

/** How one generated plan is written. */
export interface PlanForm {
  /** Which collections are flow style: none, some (at random depths), every one (the whole document). */
  flow: 'none' | 'some' | 'all';
  eol: '\n' | '\r\n' | '\r';
  bom: boolean;
  /** `---` before the document, `...` after it. */
  markers: boolean;
  /** Comments before keys, after values, inside flow collections, at the top and the end. */
  comments: boolean;
  /** Scalars written plain, quoted, folded or literal, and long ones across lines. */
  scalars: boolean;
  /**
   * Anchors and aliases: `values` shares units, directions and kinds (nothing a writer edits);
   * `clause` shares the first preamble paragraph (`x-copy: *clause0`), which new-year must mark.
   */
  aliases: 'none' | 'values' | 'clause';
  seed: number;
}

export const planForm: fc.Arbitrary<PlanForm> = fc.record({
  flow: fc.constantFrom('none', 'some', 'all'),
  eol: fc.constantFrom('\n', '\r\n', '\r'),
  bom: fc.boolean(),
  markers: fc.boolean(),
  comments: fc.boolean(),
  scalars: fc.boolean(),
  aliases: fc.constantFrom('none', 'values', 'clause'),
  seed: fc.nat(),
}) as fc.Arbitrary<PlanForm>;

/** A small deterministic random source, so a form's text follows from its seed. */
function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 0x100000000;
  };
}

const COMMENTS = ['# ghi chú / note', '# kehoach-disable-next-line label-sequence -- giữ nguyên văn', '# TODO: kiểm tra lại, {a: [b]}', '#', '# "quoted", \'single\' & *not-an-alias', '# ---'];

/** `value` written as YAML in `form`: the text a writer gets, and the value it must read back as. */
export function writePlan(value: unknown, form: PlanForm): string {
  const rnd = random(form.seed);
  const doc = new Document(value, { version: '1.2' });
  const comment = () => ` ${COMMENTS[Math.floor(rnd() * COMMENTS.length)]!.replace(/^# ?/, '')}`;
  let n = 0;
  const shared = new Map<string, Scalar>();
  // What new-year leaves out (a dropped or unconfirmed indicator, sourceNote, truncated, baselines,
  // amendments, a count no clause states) goes with what is inside it: no comment or anchor there.
  const LEFT_OUT = new Set(['baselines', 'amendments', 'declaredIndicatorCount', 'sourceNote', 'truncated']);
  const dropped = (path: readonly unknown[], node?: unknown) =>
    [...path, node].some((n) => (isMap(n) && (n.has('dropped') || n.has('unconfirmed'))) || (isPair(n) && isScalar(n.key) && LEFT_OUT.has(String(n.key.value))));
  visit(doc, {
    Map(_, node, path) {
      if (form.flow === 'all' || (form.flow === 'some' && rnd() < 0.3)) node.flow = true;
      if (dropped(path, node)) return;
      if (form.comments && rnd() < 0.1) node.commentBefore = comment();
      if (form.comments && rnd() < 0.1) node.comment = comment();
    },
    Seq(_, node) {
      if (form.flow === 'all' || (form.flow === 'some' && rnd() < 0.3)) node.flow = true;
      if (form.comments && rnd() < 0.1) node.commentBefore = comment();
    },
    Pair(_, pair, path) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const inDropped = dropped(path, pair);
      if (form.comments && !inDropped && isScalar(pair.key) && rnd() < 0.08) (pair.key as Scalar).commentBefore = comment();
      const v = pair.value;
      if (!isScalar(v)) return;
      if (form.comments && !inDropped && rnd() < 0.08) v.comment = comment();
      if (form.scalars && typeof v.value === 'string') {
        const r = rnd();
        // yaml writes a block scalar of spaces that does not read back: those stay quoted.
        const block = v.value.trim() === v.value && v.value !== '';
        v.type = r < 0.4 ? undefined : r < 0.6 || !block ? Scalar.QUOTE_DOUBLE : r < 0.75 ? Scalar.QUOTE_SINGLE : r < 0.9 ? Scalar.BLOCK_FOLDED : Scalar.BLOCK_LITERAL;
      }
      if (form.aliases === 'values' && !inDropped && (key === 'unit' || key === 'direction' || key === 'kind') && typeof v.value === 'string') {
        const first = shared.get(`${key}:${v.value}`);
        if (first) pair.value = doc.createAlias(first, first.anchor);
        else {
          v.anchor = `${key}${n++}`;
          shared.set(`${key}:${v.value}`, v);
        }
      }
    },
  });
  if (form.aliases === 'clause') {
    const clause = doc.getIn(['document', 'legalBases', 0], true);
    if (isMap(clause)) doc.set('x-copy', doc.createAlias(clause, 'clause0'));
  }
  if (form.comments) {
    doc.commentBefore = comment();
    doc.comment = comment();
  }
  let text = doc.toString({ lineWidth: form.scalars ? 40 + Math.floor(rnd() * 60) : 0, minContentWidth: 10, directives: form.markers });
  if (form.markers) text += '...\n';
  if (form.eol !== '\n') text = text.replace(/\n/g, form.eol);
  return (form.bom ? '\uFEFF' : '') + text;
}

/** A smaller plan from a real one: some articles, some indicators (random, by seed), the rest whole. */
export function samplePlan(plan: unknown, seed: number, options: { indicators?: number; articles?: number } = {}): Json {
  const rnd = random(seed + 1);
  const p = structuredClone(plan) as Json;
  const pick = <T>(list: T[], n: number) => {
    if (list.length <= n) return list;
    const start = Math.floor(rnd() * (list.length - n + 1));
    return list.slice(start, start + n);
  };
  if (Array.isArray(p.indicators)) p.indicators = pick(p.indicators, options.indicators ?? 4);
  if (Array.isArray(p.articles)) {
    p.articles = pick(p.articles, options.articles ?? 1).map((a) => {
      if (isRecord(a) && Array.isArray(a.items)) a.items = pick(a.items, 2);
      return a;
    });
  }
  // Narrative targets and relations name clauses and indicators the sample may have left out.
  delete p.narrativeTargets;
  delete p.relations;
  return p;
}
