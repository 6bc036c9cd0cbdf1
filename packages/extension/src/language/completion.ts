// Completion: keys allowed at the cursor (from the schema, described in Vietnamese and
// English), enum values, units, the target grammar's forms, clause and indicator ids where a
// reference is expected, last year's indicators with their whole skeleton, the shared catalogue's
// indicator ids, and snippets.
import { catalogue, markdownCodeBlock, markdownText, visible, vocabulary, yamlText, type Indicator, type PlanView } from '@kehoach/schema';
import type { Analysis } from './analysis.js';
import { cursorContext, type CursorContext } from './cursorContext.js';
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type CompletionList, type Position, type Range } from './lsp.js';
import { clauseInfo, excerpt } from './planIndex.js';
import { describe, enumValues, resolve, schemaAt } from './schemaNav.js';
import { comparatorOf, directionOf, kindOf, pair, type Bilingual } from './terms.js';

/** The target grammar's forms, as snippets for a `wording:` value: the vocabulary's. */
const TARGET_FORMS = [...vocabulary.COMPARATORS.flatMap((c) => c.snippets), ...vocabulary.KINDS.flatMap((k) => k.snippets)];
const UNIT_BY_TEXT = new Map<string, vocabulary.UnitEntry>(vocabulary.UNITS.map((u) => [u.text, u]));

export function doComplete(a: Analysis, position: Position): CompletionList {
  const lines = a.model.parsed.lines;
  const offset = lines.offset(position);
  const ctx = cursorContext(a.text, offset, lines.text === a.text ? lines.lineStarts : undefined);
  const range = lines.range(ctx.word.start, ctx.word.end);
  const items = ctx.mode === 'key' ? keyItems(a, ctx, range) : valueItems(a, ctx, range);
  return { isIncomplete: false, items };
}

function md(value: string) {
  return { kind: 'markdown' as const, value };
}

/** A completion item; its label and detail are plain text, shown with invisible characters visible. */
function item(label: string, kind: CompletionItem['kind'], range: Range, newText: string, extra: Partial<CompletionItem> = {}): CompletionItem {
  const out: CompletionItem = { label: visible(label), kind, textEdit: { range, newText }, insertTextFormat: InsertTextFormat.PlainText, ...extra };
  if (out.detail !== undefined) out.detail = visible(out.detail);
  return out;
}

/** Keys the mapping at the cursor may have and doesn't yet. */
function keyItems(a: Analysis, ctx: CursorContext, range: Range): CompletionItem[] {
  const out: CompletionItem[] = [];
  const node = schemaAt(ctx.path);
  const present = presentKeys(a.model.value, ctx.path);
  for (const [key, child] of Object.entries(node?.properties ?? {})) {
    if (present.has(key) && key !== ctx.word.text) continue;
    const c = resolve(child);
    const isBlock = c?.type === 'object' && key !== 'target' && key !== 'previousTarget' && key !== 'dropped';
    const isList = c?.type === 'array';
    const newText = ctx.flow ? `${key}: ` : isBlock ? `${key}:\n${' '.repeat(ctx.column + 2)}` : isList ? `${key}:\n${' '.repeat(ctx.column + 2)}- ` : `${key}: `;
    out.push(
      item(key, CompletionItemKind.Property, range, newText, {
        detail: pair((node?.required ?? []).includes(key) ? 'editor.required' : 'editor.optional'),
        documentation: md(describe(child)),
        sortText: `${(node?.required ?? []).includes(key) ? 0 : 1}${key}`,
      }),
    );
  }
  // A new item of the indicators list: last year's indicators not here yet, whole, and a snippet.
  if (ctx.path.length === 2 && ctx.path[0] === 'indicators' && (ctx.newItem || present.size === 0)) {
    out.push(...baselineIndicatorItems(a, ctx, range));
    out.push(snippet(pair('editor.new-indicator'), range, newIndicatorSnippet(ctx.column)));
  }
  if (ctx.path.length === 2 && ctx.path[0] === 'narrativeTargets' && (ctx.newItem || present.size === 0)) {
    out.push(snippet(pair('editor.new-narrative'), range, newNarrativeSnippet(ctx.column)));
  }
  return out;
}

function valueItems(a: Analysis, ctx: CursorContext, range: Range): CompletionItem[] {
  const key = ctx.key!;
  const plan = a.model.plan;
  const year = plan.raw.year;
  const [top] = ctx.path;
  // Indicator ids: last year's indicators, each inserting its whole skeleton; then the catalogue's.
  if (key === 'id' && top === 'indicators' && ctx.path.length === 2) {
    const last = baselineIndicatorItems(a, ctx, range);
    return [...last, ...catalogueIndicatorItems(a, ctx, range, new Set(last.map((i) => i.label)))];
  }
  if (key === 'unit') return unitItems(a, range);
  if (key === 'wording') return TARGET_FORMS.map((f) => snippet(f.label, range, f.body, `${f.title.vi} — ${f.title.en}`));
  if (key === 'clause' || (top === 'indicators' && ctx.path[2] === 'clauses') || (top === 'document' && ctx.path[1] === 'truncated' && key === 'at')) return clauseItems(plan, range);
  if ((key === 'indicator' && (top === 'narrativeTargets' || top === 'amendments')) || (top === 'relations' && (key === 'total' || ctx.path[2] === 'parts')) || key === 'replacedBy')
    return referenceItems(plan, range, top === 'relations');
  if (key === 'baseline' && typeof year === 'number') return [item(`./${year - 1}.yaml`, CompletionItemKind.Reference, range, `./${year - 1}.yaml`)];
  const schema = schemaAt([...ctx.path, key]);
  return enumValues(schema).map((v) => {
    const s = String(v);
    const op = key === 'op' ? comparatorOf(s) : undefined;
    const term: Bilingual | undefined = op?.description ?? (key === 'kind' ? kindOf(s) : key === 'direction' ? directionOf(s) : undefined)?.description;
    return item(s, CompletionItemKind.EnumMember, range, key === 'op' ? JSON.stringify(s) : s, {
      ...(term ? { documentation: md(`${term.vi}\n\n*${term.en}*`) } : {}),
      ...(op ? { detail: op.pattern } : {}),
    });
  });
}

function snippet(label: string, range: Range, body: string, detail?: string): CompletionItem {
  return { label, kind: CompletionItemKind.Snippet, textEdit: { range, newText: body }, insertTextFormat: InsertTextFormat.Snippet, ...(detail ? { detail } : {}), sortText: `z${label}` };
}

function newIndicatorSnippet(column: number): string {
  const pad = ' '.repeat(column);
  return [
    'id: ${1:ma-chi-tieu}',
    `${pad}number: "\${2:26.}"`,
    `${pad}name: \${3:Tên chỉ tiêu}`,
    `${pad}unit: "\${4:%}"`,
    `${pad}direction: \${5|higher,lower,neutral|}`,
    `${pad}target: { wording: "\${6:từ 5% trở lên}", op: "\${7:>=}", value: \${8:5}, unit: "\${4:%}" }`,
  ].join('\n');
}

function newNarrativeSnippet(column: number): string {
  const pad = ' '.repeat(column);
  return [
    'id: ${1:ma-muc-tieu}',
    `${pad}clause: \${2:art_2__item_1__para_1}`,
    `${pad}text: \${3:Phấn đấu …}`,
    `${pad}target: { wording: "\${4:70%}", op: "\${5:=}", value: \${6:70}, unit: "\${7:%}" }`,
  ].join('\n');
}

/**
 * Last year's indicators that this plan doesn't have, each inserted whole with its target unset:
 * from every baseline (each predecessor of a merged province), each id once, the predecessor named.
 */
function baselineIndicatorItems(a: Analysis, ctx: CursorContext, range: Range): CompletionItem[] {
  const here = a.model.plan;
  const out: CompletionItem[] = [];
  const offered = new Set<string>();
  const several = a.baselines.length > 1;
  a.baselines.forEach((base, b) => base.plan.indicators.forEach((node, i) => {
    if (here.indicator(node.id) || node.dropped || node.unconfirmed || offered.has(node.id)) return;
    offered.add(node.id);
    const who = several && typeof base.plan.raw.jurisdiction?.name === 'string' ? ` — ${base.plan.raw.jurisdiction.name}` : '';
    const ind = node.source;
    const block = yamlText.indicatorItem(yamlText.draftIndicator(ind), ctx.column);
    // After "id: " only the rest is inserted; on a fresh "- " the whole block.
    const newText = ctx.mode === 'value' ? block.replace(/^id: /, '') : block;
    const last = node.target?.target.wording ?? node.parts.map((p) => p.target?.target.wording).join('; ');
    out.push(
      item(ind.id, CompletionItemKind.Reference, range, newText, {
        detail: `${ind.number ?? ''} ${ind.name}${who}`.trim(),
        // Last year's plan is anyone's pull request: its text reaches VS Code's Markdown encoded.
        documentation: md(`**${markdownText(`${ind.number ?? ''} ${ind.name}`)}**${markdownText(who)}\n\n${pair('editor.last-year', 'vi')}: **${markdownText(last || '—')}**\n\n${markdownCodeBlock(`- ${block}`, 'yaml')}`),
        sortText: `${b}${String(i).padStart(5, '0')}`,
        filterText: `${ind.id} ${ind.name}`,
      }),
    );
  }));
  return out;
}

/**
 * The shared catalogue's indicators (docs/catalogue.md) this plan has no id for yet, after last
 * year's: on an item with nothing but its id, the id with the catalogue's name, unit and
 * direction and the target left to set; beside other keys, the id alone.
 */
function catalogueIndicatorItems(a: Analysis, ctx: CursorContext, range: Range, offered: ReadonlySet<string>): CompletionItem[] {
  const whole = [...presentKeys(a.model.value, ctx.path)].every((k) => k === 'id');
  const out: CompletionItem[] = [];
  catalogue.CATALOGUE.forEach((e, i) => {
    if (offered.has(e.id) || a.model.entities.has(e.id)) return;
    const ind: Indicator = {
      id: e.id,
      name: e.name.vi,
      ...(e.unit ? { unit: e.unit } : {}),
      direction: e.direction,
      ...(e.change ? { change: e.change.kind, relativeTo: e.change.relativeTo } : {}),
      target: { placeholder: true },
    };
    const block = yamlText.indicatorItem(ind, ctx.column);
    const unit = e.unit ?? (e.otherUnits ?? []).join(', ');
    const national = e.national ? `\n\n${e.national.code ? `${e.national.code}. ` : ''}${e.national.name}` : '';
    out.push(
      item(e.id, CompletionItemKind.Value, range, whole ? block.replace(/^id: /, '') : e.id, {
        detail: `${e.name.vi}${unit ? ` (${unit})` : ''}`,
        documentation: md(`**${markdownText(e.name.vi)}** — *${markdownText(e.name.en)}*\n\n${pair('editor.catalogue-entry', 'vi')}${markdownText(national)}${whole ? `\n\n${markdownCodeBlock(`- ${block}`, 'yaml')}` : ''}`),
        sortText: `y${String(i).padStart(4, '0')}`,
        // Typed without accents ("che phu rung") it is found all the same.
        filterText: `${e.id} ${e.name.vi} ${catalogue.nameKey(e.name.vi)}`,
      }),
    );
  });
  return out;
}

/** Units used by a plan's indicators, with their counts: once per parsed plan (a long list is walked once). */
const unitsByModel = new WeakMap<object, Map<string, number>>();
function unitsOf(model: Analysis['model'] | undefined): Map<string, number> {
  if (!model) return new Map();
  let used = unitsByModel.get(model);
  if (used) return used;
  used = new Map<string, number>();
  for (const i of model.plan.indicators) {
    for (const u of [i.unit, i.target?.target.unit, ...i.parts.map((x) => x.source.unit ?? x.target?.target.unit)])
      if (typeof u === 'string' && u) used.set(u, (used.get(u) ?? 0) + 1);
  }
  unitsByModel.set(model, used);
  return used;
}

function unitItems(a: Analysis, range: Range): CompletionItem[] {
  const used = new Map(unitsOf(a.model));
  for (const base of a.baselines) for (const [u, n] of unitsOf(base)) used.set(u, (used.get(u) ?? 0) + n);
  const units = new Set([...used.keys(), ...UNIT_BY_TEXT.keys()]);
  return [...units].map((u) => {
    const t = UNIT_BY_TEXT.get(u)?.description;
    return item(u, CompletionItemKind.Unit, range, yamlText.scalar(u), {
      ...(t ? { documentation: md(`${t.vi}\n\n*${t.en}*`) } : {}),
      sortText: `${used.has(u) ? 0 : 1}${String(1e6 - (used.get(u) ?? 0)).padStart(7, '0')}${u}`,
    });
  });
}

function clauseItems(plan: PlanView, range: Range): CompletionItem[] {
  const seen = new Set<string>();
  const clauses = plan.clauses.filter((c) => c.id !== '' && !seen.has(c.id) && seen.add(c.id));
  return clauses.map(clauseInfo).map((c, i) =>
    item(c.id, CompletionItemKind.Reference, range, c.id, {
      detail: c.place.vi,
      documentation: md(`**${markdownText(c.place.vi)}** — *${markdownText(c.place.en)}*\n\n> ${excerpt(c.text, undefined, 200)}`),
      sortText: String(i).padStart(5, '0'),
    }),
  );
}

function referenceItems(plan: PlanView, range: Range, withNarrative: boolean): CompletionItem[] {
  const out: CompletionItem[] = [];
  for (const ind of plan.indicators) {
    const number = ind.source.number ?? '';
    out.push(item(ind.id, CompletionItemKind.Reference, range, ind.id, { detail: `${number} ${ind.name}`.trim() }));
    for (const p of ind.parts) out.push(item(p.ref, CompletionItemKind.Reference, range, p.ref, { detail: `${number} ${p.name}`.trim() }));
  }
  if (withNarrative) for (const n of plan.narratives) out.push(item(n.id, CompletionItemKind.Reference, range, n.id, { detail: n.text }));
  return out;
}

function presentKeys(root: unknown, path: ReadonlyArray<string | number>): Set<string> {
  let v = root;
  for (const s of path) v = v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>)[s] : undefined;
  return new Set(v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.keys(v) : []);
}
