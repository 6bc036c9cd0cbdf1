// The catalogue and the list of provinces as Markdown tables: the generated section of
// docs/catalogue.md (a test keeps the page in step with the data; `npm run docs:catalogue`).
import { DIRECTION } from '../vocabulary/directions.js';
import { CATALOGUE, type CatalogueGroup } from './indicators.js';
import { PROVINCES } from './provinces.js';

const code = (s: string) => `\`${s}\``;
const quote = (s: string) => `“${s}”`;
const cell = (s: string) => s.replace(/\|/g, '\\|');
const row = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;

function table(head: readonly string[], rows: ReadonlyArray<readonly string[]>): string[] {
  return [row(head), row(head.map(() => '---')), ...rows.map(row)];
}

const GROUPS: ReadonlyArray<[CatalogueGroup, string]> = [
  ['economy', 'Kinh tế / Economy'],
  ['society', 'Xã hội / Society'],
  ['environment', 'Môi trường, hạ tầng / Environment and infrastructure'],
];

export function catalogueMarkdown(): string {
  const out: string[] = [];
  for (const [group, title] of GROUPS) {
    out.push(`### ${title}`, '');
    const rows = CATALOGUE.filter((e) => e.group === group).map((e) => [
      [code(e.id), ...(e.aliases ?? []).map((a) => `${code(a)} (alias)`)].join('<br>'),
      `${e.name.vi}<br>*${e.name.en}*`,
      e.variants.map(quote).join(', '),
      [e.unit, ...(e.otherUnits ?? [])].filter((u): u is string => u !== undefined).map(quote).join(', '),
      `${DIRECTION[e.direction].name.vi}${e.change ? ` (${e.change.kind === 'increase' ? 'mức tăng' : 'mức giảm'} so với ${e.change.relativeTo === 'previous-year' ? 'năm trước' : 'đầu năm'})` : ''}`,
      e.national ? `${e.national.code ? `${e.national.code}. ` : ''}${e.national.name}${e.national.note ? ` — ${e.national.note.vi}` : ''}` : '',
    ]);
    out.push(...table(['id', 'tên / name', 'tên khác các tỉnh in / printed variants', 'đơn vị / unit', 'chiều tốt hơn / better', 'chỉ tiêu thống kê quốc gia / national indicator'], rows), '');
  }
  out.push('### Tỉnh, thành phố / Provinces and cities', '');
  out.push(
    ...table(
      ['id', 'tên / name', 'hợp thành từ / formed from'],
      PROVINCES.map((p) => [code(p.id), p.name, p.predecessors.map((x) => `${x.name} (${code(x.id)})`).join(', ') || '— (giữ nguyên / unchanged)']),
    ),
  );
  return out.join('\n');
}
