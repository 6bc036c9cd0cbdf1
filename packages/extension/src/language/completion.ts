// Completion: keys allowed at the cursor (from the schema, described in Vietnamese and
// English), enum values, units, the target grammar's forms, clause and indicator ids where a
// reference is expected, last year's indicators with their whole skeleton, the shared catalogue's
// indicator ids, and snippets.
import { catalogue, markdownCodeBlock, markdownText, t, targetFromWording, visible, vocabulary, yamlText, type Indicator, type MessageKey, type MessageParams, type PlanView } from '@kehoach/schema';
import { baselineOf, type Analysis } from './analysis.js';
import { cursorContext, type CursorContext } from './cursorContext.js';
import { CompletionItemKind, InsertTextFormat, InsertTextMode, type CompletionItem, type CompletionList, type Position, type Range } from './lsp.js';
import { clauseInfo, excerpt } from './planIndex.js';
import { describe, enumValues, resolve, schemaAt } from './schemaNav.js';
import { comparatorOf, directionOf, kindOf, pair, type Bilingual } from './terms.js';

/** The target grammar's forms, as snippets for a `wording:` value: the vocabulary's. */
const TARGET_FORMS = [...vocabulary.COMPARATORS.flatMap((c) => c.snippets), ...vocabulary.KINDS.flatMap((k) => k.snippets)];
const UNIT_BY_TEXT = new Map<string, vocabulary.UnitEntry>(vocabulary.UNITS.map((u) => [u.text, u]));

export function doComplete(a: Analysis, position: Position, triggerCharacter?: string): CompletionList {
  const lines = a.model.parsed.lines;
  const offset = lines.offset(position);
  // Typed " " opens the list only where a value or a new item is expected ("key: ", "- ").
  if (triggerCharacter === ' ' && !expectsValue(a.text, offset)) return { isIncomplete: false, items: [] };
  const ctx = cursorContext(a.text, offset, lines.text === a.text ? lines.lineStarts : undefined);
  const range = lines.range(ctx.word.start, ctx.word.end);
  const items = ctx.mode === 'key' ? keyItems(a, ctx, range) : valueItems(a, ctx, range);
  // Every inserted line carries its own indentation: the editor must not add the cursor line's again.
  for (const i of items) if (i.textEdit.newText.includes('\n')) i.insertTextMode = InsertTextMode.asIs;
  return { isIncomplete: false, items };
}

/** The cursor follows "key: " or a list item's "- ", nothing else typed since. */
export function expectsValue(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /(?:^|[^\s:]):[ ]$|^\s*-[ ]$/.test(text.slice(lineStart, offset));
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
  // Read from the text: mid-edit the mapping often does not parse, and the model has none of it.
  const present = ctx.flow ? presentKeys(a.model.value, ctx.path) : siblingKeys(a.text, a.model.parsed.lines.offset(range.start), ctx.column);
  for (const [key, child] of Object.entries(node?.properties ?? {})) {
    if (present.has(key) && key !== ctx.word.text) continue;
    const c = resolve(child);
    const isBlock = c?.type === 'object' && key !== 'target' && key !== 'previousTarget' && key !== 'dropped';
    const isList = c?.type === 'array';
    const listSnippet = !ctx.flow && isList ? listKeySnippet(a, key, ctx.column) : undefined;
    const newText = ctx.flow ? `${key}: ` : isBlock ? `${key}:\n${' '.repeat(ctx.column + 2)}` : isList ? `${key}:\n${' '.repeat(ctx.column + 2)}- ` : `${key}: `;
    out.push(
      item(key, CompletionItemKind.Property, range, newText, {
        detail: pair((node?.required ?? []).includes(key) ? 'editor.required' : 'editor.optional'),
        documentation: md(describe(child)),
        sortText: `${(node?.required ?? []).includes(key) ? 0 : 1}${key}`,
        ...(listSnippet ? { textEdit: { range, newText: listSnippet }, insertTextFormat: InsertTextFormat.Snippet } : {}),
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
  if (key === 'target' && !ctx.flow && (top === 'indicators' || top === 'narrativeTargets')) return targetItems(a, ctx);
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

/** A list key with its first item, so that what is inserted parses: a part's skeleton, a clause of this plan. */
function listKeySnippet(a: Analysis, key: string, column: number): string | undefined {
  const item = ' '.repeat(column + 2);
  const inner = ' '.repeat(column + 4);
  if (key === 'parts') return `parts:\n${item}- id: \${1:phan-1}\n${inner}name: \${2:Tên thành phần}\n${inner}target: { placeholder: true }`;
  if (key === 'clauses') {
    const ids = [...new Set(a.model.plan.clauses.map((c) => c.id).filter((id) => /^[\w.-]+$/.test(id)))].slice(0, 200);
    return `clauses:\n${item}- ${ids.length ? `\${1|${ids.join(',')}|}` : '${1:art_1}'}`;
  }
  return undefined;
}

/** A message in Vietnamese, then English. */
const both = (key: MessageKey, params: MessageParams) => `${t(key, 'vi', params)} — ${t(key, 'en', params)}`;

/**
 * After `target: `: the structured target of the wording typed there (the grammar reads it),
 * last year's target, or "not set yet"; each replaces the whole value, to the end of the line.
 */
function targetItems(a: Analysis, ctx: CursorContext): CompletionItem[] {
  const text = a.text;
  const offset = ctx.word.end;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd < 0) lineEnd = text.length;
  const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
  const colon = /^\s*(?:-\s+)?target:[ \t]*/.exec(line);
  if (!colon) return [];
  const start = lineStart + colon[0].length;
  const typed = line.slice(colon[0].length).replace(/\s+#.*$/, '').trimEnd();
  const range = a.model.parsed.lines.range(start, start + typed.length);
  const out: CompletionItem[] = [];
  if (typed && !/^[{[]/.test(typed)) {
    const wording = typed.replace(/^"(.*)"$|^'(.*)'$/, '$1$2');
    const target = targetFromWording(wording);
    if (target) {
      const flow = yamlText.flowTarget(target);
      out.push(item(flow, CompletionItemKind.Value, range, flow, { detail: both('editor.fill-target', { wording, target: flow }), filterText: typed, preselect: true, sortText: '0' }));
    }
    return out;
  }
  const id = siblingKeys(text, start, ctx.column).get('id');
  const ref = ctx.path[2] === 'parts' ? undefined : id;
  const last = ref !== undefined && ctx.path[0] === 'indicators' ? baselineOf(a, ref)?.resolved.targets[0]?.target : undefined;
  if (last && typeof last.wording === 'string' && !last.placeholder) {
    const flow = yamlText.flowTarget(last);
    out.push(item(flow, CompletionItemKind.Value, range, flow, { detail: both('editor.keep-last-target', { wording: last.wording }), filterText: typed || flow, sortText: '0' }));
  }
  out.push(item('{ placeholder: true }', CompletionItemKind.Value, range, '{ placeholder: true }', { detail: pair('editor.target-placeholder'), filterText: typed || '{ placeholder: true }', sortText: '1' }));
  return out;
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
  for (const e of catalogueEntries(ctx.column, whole)) {
    if (offered.has(e.key) || a.model.entities.has(e.key)) continue;
    // Label and detail were made visible once, with the rest (as item() does).
    out.push({ label: e.id, kind: CompletionItemKind.Value, textEdit: { range, newText: e.newText }, insertTextFormat: InsertTextFormat.PlainText, detail: e.detail, documentation: md(e.documentation), sortText: e.sortText, filterText: e.filterText });
  }
  return out;
}

interface CatalogueItem { key: string; id: string; newText: string; detail: string; documentation: string; sortText: string; filterText: string }
/** The catalogue's items depend only on the indentation and the form: built once per pair, not per keystroke. */
const catalogueItemsCache = new Map<string, CatalogueItem[]>();
function catalogueEntries(column: number, whole: boolean): CatalogueItem[] {
  const key = `${column}|${whole}`;
  const cached = catalogueItemsCache.get(key);
  if (cached) return cached;
  const built = catalogue.CATALOGUE.map((e, i): CatalogueItem => {
    const ind: Indicator = {
      id: e.id,
      name: e.name.vi,
      ...(e.unit ? { unit: e.unit } : {}),
      direction: e.direction,
      ...(e.change ? { change: e.change.kind, relativeTo: e.change.relativeTo } : {}),
      target: { placeholder: true },
    };
    const block = yamlText.indicatorItem(ind, column);
    const unit = e.unit ?? (e.otherUnits ?? []).join(', ');
    const national = e.national ? `\n\n${e.national.code ? `${e.national.code}. ` : ''}${e.national.name}` : '';
    return {
      key: e.id,
      id: visible(e.id),
      newText: whole ? block.replace(/^id: /, '') : e.id,
      detail: visible(`${e.name.vi}${unit ? ` (${unit})` : ''}`),
      documentation: `**${markdownText(e.name.vi)}** — *${markdownText(e.name.en)}*\n\n${pair('editor.catalogue-entry', 'vi')}${markdownText(national)}${whole ? `\n\n${markdownCodeBlock(`- ${block}`, 'yaml')}` : ''}`,
      sortText: `y${String(i).padStart(4, '0')}`,
      // Typed without accents ("che phu rung") it is found all the same.
      filterText: `${e.id} ${e.name.vi} ${catalogue.nameKey(e.name.vi)}`,
    };
  });
  // Columns are few in practice; the bound keeps a hostile file's deep indentation from growing it.
  if (catalogueItemsCache.size >= 64) catalogueItemsCache.clear();
  catalogueItemsCache.set(key, built);
  return built;
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

/**
 * Keys of the block mapping whose keys stand at `column`, on the lines around `offset` (its own
 * line left out): up to the line that starts it ("- id: …" or a shallower key) and down to its end.
 */
export function siblingKeys(text: string, offset: number, column: number): Map<string, string> {
  const out = new Map<string, string>();
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd < 0) lineEnd = text.length;
  const KEY = /^( *)(- +)?([^\s#'"{[\]-][^:#\r\n]*?|"[^"\r\n]*"|'[^'\r\n]*'):(?:[ \t]+(.*?))?\r?$/;
  const add = (m: RegExpExecArray) => out.set(m[3]!.replace(/^["']|["']$/g, ''), (m[4] ?? '').replace(/\s+#.*$/, '').trim().replace(/^"(.*)"$|^'(.*)'$/, '$1$2'));
  // Up: siblings, then the item's first line (its dash before `column`) or a shallower line ends it;
  // none when the cursor's own line starts the item.
  const ownItem = /^ *- +/.exec(text.slice(lineStart, lineEnd));
  for (let end = ownItem && ownItem[0].length === column ? 0 : lineStart - 1; end > 0; ) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    end = start - 1;
    const indent = line.length - line.trimStart().length;
    if (line.trim() === '' || line.trimStart().startsWith('#') || indent > column) continue;
    const m = KEY.exec(line);
    const keyColumn = indent + (m?.[2]?.length ?? 0);
    if (m && keyColumn === column) add(m);
    if (indent < column || keyColumn !== column || m?.[2]) break;
  }
  // Down: siblings until a shallower line or the next item.
  for (let start = lineEnd + 1; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    start = end + 1;
    const indent = line.length - line.trimStart().length;
    if (line.trim() === '' || line.trimStart().startsWith('#') || indent > column) continue;
    if (indent < column) break;
    const m = KEY.exec(line);
    if (!m || m[2]) break;
    add(m);
  }
  return out;
}

function presentKeys(root: unknown, path: ReadonlyArray<string | number>): ReadonlySet<string> {
  let v = root;
  for (const s of path) v = v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>)[s] : undefined;
  return new Set(v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.keys(v) : []);
}
