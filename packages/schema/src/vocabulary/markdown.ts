// The vocabulary as Markdown tables: the generated section of docs/plan-format.md (a test keeps
// the page in step with the data).

import type { ComparatorEntry } from './comparators.js';
import { COMPARATORS } from './comparators.js';
import { DIRECTIONS } from './directions.js';
import { KINDS } from './kinds.js';
import { SOURCE_KINDS } from './sources.js';
import { UNITS } from './units.js';

const quote = (s: string) => `“${s}”`;
const code = (s: string) => `\`${s}\``;
const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;

function table(head: readonly string[], rows: ReadonlyArray<readonly string[]>): string[] {
  return [row(head), row(head.map(() => '---')), ...rows.map(row)];
}

/** "trên …", "… trở lên", "khoảng X-Y": every way the resolutions print the comparator. */
function printed(c: ComparatorEntry): string {
  const forms = [
    ...c.pattern.split(' / '),
    ...c.snippets.map((s) => s.label),
    ...c.phrases.flatMap((p) => (p.at === 'after' ? [`… ${p.text}`] : p.range ? [`${p.text} …`, `${p.text} X-Y`] : [`${p.text} …`])),
  ];
  return [...new Set(forms)].map(quote).join(', ');
}

export function vocabularyMarkdown(): string {
  return [
    '### Comparators (`op`)',
    '',
    ...table(
      ['`op`', 'sign', 'tiếng Việt', 'English', 'printed as'],
      COMPARATORS.map((c) => [code(c.op), c.symbol, c.name.vi, c.name.en, printed(c)]),
    ),
    '',
    '### Kinds (`kind`)',
    '',
    ...table(
      ['`kind`', 'tiếng Việt', 'English', 'printed as', 'meaning'],
      KINDS.map((k) => [code(k.kind), k.name.vi, k.name.en, k.words.length ? k.words.map((w) => quote(`${w} …`)).join(', ') : '—', `${k.description.vi} ${k.description.en}`]),
    ),
    '',
    '### Directions (`direction`)',
    '',
    ...table(
      ['`direction`', 'tiếng Việt', 'English', 'meaning'],
      DIRECTIONS.map((d) => [code(d.direction), d.name.vi, d.name.en, `${d.description.vi} ${d.description.en}`]),
    ),
    '',
    '### Units (`unit`)',
    '',
    ...table(
      ['`unit`', 'tiếng Việt', 'English', 'meaning'],
      UNITS.map((u) => [code(u.text) + (u.attached ? ` (no space: “20${u.text}”)` : ''), u.name.vi, u.name.en, `${u.description.vi} ${u.description.en}`]),
    ),
    '',
    '### Sources (`source.kind`)',
    '',
    ...table(
      ['`kind`', 'tiếng Việt', 'English', 'meaning'],
      SOURCE_KINDS.map((s) => [code(s.kind), s.name.vi, s.name.en, `${s.description.vi} ${s.description.en}`]),
    ),
  ].join('\n');
}
