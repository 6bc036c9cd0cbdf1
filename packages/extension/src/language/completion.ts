// Completion: keys allowed at the cursor (from the schema, described in Vietnamese and
// English), enum values, units, the target grammar's forms, clause and indicator ids where a
// reference is expected, last year's indicators with their whole skeleton, and snippets.
import { markdownCodeBlock, markdownText, visible, type PlanView } from '@kehoach/schema';
import type { Analysis } from './analysis.js';
import { cursorContext, type CursorContext } from './cursorContext.js';
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type CompletionList, type Position, type Range } from './lsp.js';
import { clauseInfo, excerpt } from './planIndex.js';
import { describe, enumValues, resolve, schemaAt } from './schemaNav.js';
import { COMPARATORS, DIRECTIONS, KINDS, UNITS } from './terms.js';
import { draftIndicator, indicatorItem, scalar } from './yamlText.js';

/** The target grammar's forms, as snippets for a `wording:` value. */
const TARGET_FORMS: Array<{ label: string; body: string; vi: string; en: string }> = [
  { label: 'từ … trở lên', body: 'từ ${1:6,5}${2:%} trở lên', vi: 'Từ mức này trở lên (≥)', en: 'At least (≥)' },
  { label: '… trở lên', body: '${1:6,5}${2:%} trở lên', vi: 'Từ mức này trở lên (≥)', en: 'At least (≥)' },
  { label: 'trên …', body: 'trên ${1:88}${2:%}', vi: 'Cao hơn (>)', en: 'More than (>)' },
  { label: 'dưới …', body: 'dưới ${1:4,5}${2:%}', vi: 'Thấp hơn (<)', en: 'Less than (<)' },
  { label: 'không quá …', body: 'không quá ${1:3}${2:%}', vi: 'Không vượt (≤)', en: 'At most (≤)' },
  { label: 'khoảng …', body: 'khoảng ${1:30}${2: sản phẩm}', vi: 'Khoảng (~)', en: 'About (~)' },
  { label: 'X-Y', body: '${1:95}-${2:100}${3:%}', vi: 'Khoảng từ X đến Y', en: 'Range X–Y' },
  { label: 'từ X đến Y', body: 'từ ${1:8} đến ${2:10}${3: m2/người}', vi: 'Khoảng từ X đến Y', en: 'Range X–Y' },
  { label: 'đạt …', body: 'đạt ${1:100}${2:%}', vi: 'Đạt đúng mức (=)', en: 'Reach exactly (=)' },
  { label: 'tăng …', body: 'tăng ${1:9-10}${2:%}', vi: 'Tăng so với mốc', en: 'Increase against a reference' },
  { label: 'giảm …', body: 'giảm ${1:0,15}${2:%}', vi: 'Giảm so với mốc', en: 'Decrease against a reference' },
  { label: 'Duy trì …', body: 'Duy trì ${1:không có hộ nghèo}', vi: 'Duy trì một trạng thái', en: 'Maintain a state' },
];

export function doComplete(a: Analysis, position: Position): CompletionList {
  const lines = a.model.parsed.lines;
  const offset = lines.offset(position);
  const ctx = cursorContext(a.text, offset);
  const range = lines.range(ctx.word.start, ctx.word.end);
  const items = ctx.mode === 'key' ? keyItems(a, ctx, range) : valueItems(a, ctx, range);
  return { isIncomplete: false, items };
}

function md(value: string) {
  return { kind: 'markdown' as const, value };
}

/** A completion item; its label and detail are plain text, shown with invisible characters visible. */
function item(label: string, kind: number, range: Range, newText: string, extra: Partial<CompletionItem> = {}): CompletionItem {
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
        detail: (node?.required ?? []).includes(key) ? 'bắt buộc / required' : 'tùy chọn / optional',
        documentation: md(describe(child)),
        sortText: `${(node?.required ?? []).includes(key) ? 0 : 1}${key}`,
      }),
    );
  }
  // A new item of the indicators list: last year's indicators not here yet, whole, and a snippet.
  if (ctx.path.length === 2 && ctx.path[0] === 'indicators' && (ctx.newItem || present.size === 0)) {
    out.push(...baselineIndicatorItems(a, ctx, range));
    out.push(snippet('Chỉ tiêu mới / New indicator', range, newIndicatorSnippet(ctx.column)));
  }
  if (ctx.path.length === 2 && ctx.path[0] === 'narrativeTargets' && (ctx.newItem || present.size === 0)) {
    out.push(snippet('Mục tiêu trong văn bản / Narrative target', range, newNarrativeSnippet(ctx.column)));
  }
  return out;
}

function valueItems(a: Analysis, ctx: CursorContext, range: Range): CompletionItem[] {
  const key = ctx.key!;
  const plan = a.model.plan;
  const year = plan.raw.year;
  const [top] = ctx.path;
  // Indicator ids: last year's indicators, each inserting its whole skeleton.
  if (key === 'id' && top === 'indicators' && ctx.path.length === 2) return baselineIndicatorItems(a, ctx, range);
  if (key === 'unit') return unitItems(a, range);
  if (key === 'wording') return TARGET_FORMS.map((f) => snippet(f.label, range, f.body, `${f.vi} — ${f.en}`));
  if (key === 'clause' || (top === 'indicators' && ctx.path[2] === 'clauses')) return clauseItems(plan, range);
  if ((key === 'indicator' && top === 'narrativeTargets') || (top === 'relations' && (key === 'total' || ctx.path[2] === 'parts')))
    return referenceItems(plan, range, top === 'relations');
  if (key === 'baseline' && typeof year === 'number') return [item(`./${year - 1}.yaml`, CompletionItemKind.Reference, range, `./${year - 1}.yaml`)];
  const schema = schemaAt([...ctx.path, key]);
  return enumValues(schema).map((v) => {
    const s = String(v);
    const term = key === 'op' ? COMPARATORS[s] : key === 'kind' ? KINDS[s] : key === 'direction' ? DIRECTIONS[s] : undefined;
    return item(s, CompletionItemKind.EnumMember, range, key === 'op' ? JSON.stringify(s) : s, {
      ...(term ? { documentation: md(`${term.vi}\n\n*${term.en}*`) } : {}),
      ...(key === 'op' && term ? { detail: (term as { phrase?: string }).phrase ?? '' } : {}),
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

/** Last year's indicators that this plan doesn't have, each inserted whole with its target unset. */
function baselineIndicatorItems(a: Analysis, ctx: CursorContext, range: Range): CompletionItem[] {
  const here = a.model.plan;
  const out: CompletionItem[] = [];
  (a.baseline?.plan.indicators ?? []).forEach((node, i) => {
    if (here.indicator(node.id) || node.dropped) return;
    const ind = node.source;
    const block = indicatorItem(draftIndicator(ind), ctx.column);
    // After "id: " only the rest is inserted; on a fresh "- " the whole block.
    const newText = ctx.mode === 'value' ? block.replace(/^id: /, '') : block;
    const last = node.target?.target.wording ?? node.parts.map((p) => p.target?.target.wording).join('; ');
    out.push(
      item(ind.id, CompletionItemKind.Reference, range, newText, {
        detail: `${ind.number ?? ''} ${ind.name}`.trim(),
        // Last year's plan is anyone's pull request: its text reaches VS Code's Markdown encoded.
        documentation: md(`**${markdownText(`${ind.number ?? ''} ${ind.name}`)}**\n\nNăm trước / last year: **${markdownText(last || '—')}**\n\n${markdownCodeBlock(`- ${block}`, 'yaml')}`),
        sortText: String(i).padStart(5, '0'),
        filterText: `${ind.id} ${ind.name}`,
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
  for (const [u, n] of unitsOf(a.baseline)) used.set(u, (used.get(u) ?? 0) + n);
  const units = new Set([...used.keys(), ...Object.keys(UNITS)]);
  return [...units].map((u) => {
    const t = UNITS[u];
    return item(u, CompletionItemKind.Unit, range, scalar(u), {
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
