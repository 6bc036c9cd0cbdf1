// The vocabulary as Markdown tables: the generated section of docs/plan-format.md (a test keeps
// the page in step with the data).

import type { ComparatorEntry } from './comparators.js';
import { COMPARATORS } from './comparators.js';
import { DIRECTIONS } from './directions.js';
import { KINDS, QUALIFIERS } from './kinds.js';
import { SOURCE_KINDS } from './sources.js';
import { SCALES, SHARE_BASES, SHARE_WHY, SHARE_WORDS, UNITS, UNIT_SAME_THINGS, UNIT_SPELLINGS } from './units.js';

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
      KINDS.map((k) => [code(k.kind), k.name.vi, k.name.en, kindPrinted(k.words, k.markers), `${k.description.vi} ${k.description.en}`]),
    ),
    '',
    '### Qualifiers',
    '',
    ...table(
      ['field', 'tiếng Việt', 'English', 'printed as', 'meaning'],
      QUALIFIERS.map((q) => [code(q.field), q.name.vi, q.name.en, q.words.map((w) => quote(`${w} …`)).join(', '), `${q.description.vi} ${q.description.en}`]),
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
    '### Equal units',
    '',
    'Units are compared as a small algebra (`readUnit`, `unitFactor` in `vocabulary/units.ts`): scale words multiply,',
    'other spellings and other words for the same counted thing read as one, and the base of a share is kept apart.',
    'Two targets whose units differ only so compare by value (the diff says raised or lowered, not “unit changed”).',
    `${SCALE_WHY.vi} ${SCALE_WHY.en}`,
    '',
    ...table(
      ['written', 'equal to', 'why'],
      [
        ...SCALES.map((x) => [code(`${x.text} …`), `× ${thousands(x.factor)}`, `${x.name.vi}. ${x.name.en}.`]),
        ...UNIT_SPELLINGS.map((e) => [code(e.written), code(e.same), `${e.why.vi} ${e.why.en}`]),
        ...UNIT_SAME_THINGS.map((e) => [code(e.written), code(e.same), `${e.why.vi} ${e.why.en}`]),
        [
          SHARE_BASES.flatMap((b) => [`% ${b.text}`, `%/${b.text}`, ...SHARE_WORDS.map((w) => `% ${w} ${b.text}`)]).map(code).join(', '),
          `${code('%')} with ${SHARE_BASES.map((b) => code(`of: ${b.text}`)).join(' / ')}`,
          `${SHARE_WHY.vi} ${SHARE_WHY.en} (${SHARE_BASES.map((b) => `${b.text}: ${b.name.vi}, ${b.name.en}`).join('; ')}.)`,
        ],
      ],
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

const SCALE_WHY = {
  vi: 'Các từ chỉ cấp số nhân với nhau (“nghìn tỷ” = × 1.000.000.000.000): “730 nghìn tỷ đồng” = “730.000 tỷ đồng”; một từ chỉ cấp số đứng một mình (“hơn 16 triệu”) đếm theo đơn vị của chỉ tiêu.',
  en: 'Scale words multiply (“nghìn tỷ” = × 10¹²): “730 nghìn tỷ đồng” = “730.000 tỷ đồng”; a scale word alone (“hơn 16 triệu”) counts in the indicator’s unit.',
};

/** 1000 → "1.000": the Vietnamese grouping. */
function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** “đạt …”, “tăng …”; a state's markers, said without a number. */
function kindPrinted(words: readonly string[], markers: readonly string[] | undefined): string {
  if (words.length) return words.map((w) => quote(`${w} …`)).join(', ');
  if (markers?.length) return `${markers.map(quote).join(', ')} (no number)`;
  return '—';
}
