import { describe, expect, it } from 'vitest';
import { formatMessage } from '../diagnostics/localize.js';
import { analyze, DRAFT_2026, PLAN_2025, positionAfter, replaceOnce, withCode } from '../testing/fixtures.js';
import { formatLabel, parseLabel } from './labelSequence.js';
import type { TextEdit } from '../diagnostics/types.js';

/** Applies non-overlapping edits, last first. */
function applyFix(text: string, edits: TextEdit[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const off = (p: TextEdit['range']['start']) => starts[p.line]! + p.character;
  return [...edits].sort((a, b) => off(b.range.start) - off(a.range.start)).reduce((t, e) => t.slice(0, off(e.range.start)) + e.newText + t.slice(off(e.range.end)), text);
}

const DIRECTIVE = /^ *# kehoach-disable-next-line label-sequence -- .*\n/m;

describe('label-sequence', () => {
  it('the 2025 plan keeps its verbatim “2.”, “2.” with a documented suppression, so nothing is reported', () => {
    expect(PLAN_2025).toMatch(DIRECTIVE);
    expect(withCode(analyze(PLAN_2025), 'label-sequence')).toEqual([]);
    expect(withCode(analyze(DRAFT_2026), 'label-sequence')).toEqual([]);
  });

  it('without the suppression, Điều 1’s first item “2.” is flagged: position 1 needs “1.”', () => {
    const text = PLAN_2025.replace(DIRECTIVE, '');
    const ds = withCode(analyze(text), 'label-sequence');
    expect(ds.map((d) => [d.severity, d.range.start])).toEqual([['warning', positionAfter(text, '- id: art_1__item_1\n', '"2."')]]);
    expect(formatMessage(ds[0]!, 'vi')).toBe('Nhãn “2.” không đúng thứ tự: vị trí thứ 1 cần nhãn “1.”. Hãy đánh số lại; nếu văn bản được thông qua đánh số như vậy, hãy bỏ qua label-sequence kèm lý do.');
    expect(formatMessage(ds[0]!, 'en')).toBe('Label “2.” is out of sequence: position 1 should be labelled “1.”. Renumber; if the adopted text numbers it so, suppress label-sequence with a reason.');
    expect(ds[0]!.fix![0]!.newText).toBe('"1."');
  });

  it('an appendix number repeated: the second and the ones after it need renumbering', () => {
    const text = replaceOnce(PLAN_2025, 'number: "2."', 'number: "1."', '- id: grdp-per-capita\n');
    const ds = withCode(analyze(text), 'label-sequence');
    expect(ds.map((d) => [d.params.label, d.params.expected, d.range.start])).toEqual([['1.', '2.', positionAfter(text, '- id: grdp-per-capita\n', '"1."')]]);
  });

  it('part labels (i), (ii)… skip unlabelled parts; a dropped indicator is not numbered', () => {
    const text = replaceOnce(PLAN_2025, 'label: "(iii)"', 'label: "(iv)"');
    // (i), (ii), (iv), (iv): the third labelled part should read (iii); the unlabelled one between is skipped.
    expect(withCode(analyze(text), 'label-sequence').map((d) => [d.params.label, d.params.expected])).toEqual([['(iv)', '(iii)']]);
    const dropped = replaceOnce(
      DRAFT_2026,
      '  - id: cpi\n    number: "5."\n',
      '  - id: cpi\n    number: "5."\n    dropped: { reason: Theo dõi hằng quý. }\n',
    );
    const ds = withCode(analyze(dropped), 'label-sequence');
    expect(ds[0]!.params).toMatchObject({ label: '6.', expected: '5.' });
  });

  it('a removed item shifts every label after it: one warning, one fix that renumbers them all', () => {
    const dropped = replaceOnce(
      DRAFT_2026,
      '  - id: cpi\n    number: "5."\n',
      '  - id: cpi\n    number: "5."\n    dropped: { reason: Theo dõi hằng quý. }\n',
    );
    const ds = withCode(analyze(dropped), 'label-sequence');
    expect(ds).toHaveLength(1);
    expect(ds[0]!.params).toMatchObject({ label: '6.', expected: '5.', position: 5, more: 19 });
    expect(formatMessage(ds[0]!, 'vi')).toBe('Nhãn “6.” không đúng thứ tự: vị trí thứ 5 cần nhãn “5.”. 19 nhãn sau đó cũng cần đánh số lại. Hãy đánh số lại; nếu văn bản được thông qua đánh số như vậy, hãy bỏ qua label-sequence kèm lý do.');
    expect(formatMessage(ds[0]!, 'en')).toBe('Label “6.” is out of sequence: position 5 should be labelled “5.”. 19 later label(s) need renumbering too. Renumber; if the adopted text numbers it so, suppress label-sequence with a reason.');
    expect(ds[0]!.fix).toHaveLength(20);
    const fixed = applyFix(dropped, ds[0]!.fix!);
    expect(withCode(analyze(fixed), 'label-sequence')).toEqual([]);
    expect(fixed).toContain('number: "24."\n');
    expect(fixed).not.toContain('number: "25."');
  });

  it('checks each sibling list at every depth: “Điều 1.” → “I.” → “1.” → “1.1.” → “a)” → “-”', () => {
    // Tiền Giang 11/2011/NQ-HĐND prints “Điều 1.” → “I. MỤC TIÊU …” → “1. Mục tiêu”; other texts “1.1.”, “a)”, “-”.
    const plan = (labels: { roman: string[]; path: string[]; letters: string[] }) => `schemaVersion: "1.0"
jurisdiction: { id: tien-giang, name: Tỉnh Tiền Giang }
year: 2012
articles:
  - id: art_1
    label: "Điều 1."
    items:
${labels.roman.map((l, i) => `      - id: art_1__item_${i + 1}
        label: "${l}"`).join('\n')}
        items:
          - id: art_1__item_${labels.roman.length}__item_1
            label: "1."
            items:
${labels.path.map((l, i) => `              - id: art_1__item_${labels.roman.length}__item_1__item_${i + 1}
                label: "${l}"`).join('\n')}
                items:
${labels.letters.map((l, i) => `                  - { id: art_1__item_${labels.roman.length}__item_1__item_${labels.path.length}__item_${i + 1}, label: "${l}" }`).join('\n')}
                  - { id: art_1__item_${labels.roman.length}__item_1__item_${labels.path.length}__item_${labels.letters.length + 1}, label: "-" }
indicators: []
`;
    const uri = 'plans/tien-giang/2012.yaml';
    expect(withCode(analyze(plan({ roman: ['I.', 'II.'], path: ['1.1.', '1.2.'], letters: ['a)', 'b)'] }), uri), 'label-sequence')).toEqual([]);
    const wrong = withCode(analyze(plan({ roman: ['I.', 'III.'], path: ['1.1.', '1.3.'], letters: ['a)', 'c)'] }), uri), 'label-sequence');
    expect(wrong.map((d) => [d.params.label, d.params.expected])).toEqual([
      ['III.', 'II.'],
      ['1.3.', '1.2.'],
      ['c)', 'b)'],
    ]);
  });

  it('reads the numbering styles of the texts', () => {
    expect(parseLabel('Điều 3.')).toEqual({ style: 'article', n: 3, word: 'Điều' });
    expect(parseLabel('(ii)')).toEqual({ style: 'roman', n: 2 });
    expect(parseLabel('(12)')).toEqual({ style: 'paren', n: 12 });
    expect(parseLabel('b)')).toEqual({ style: 'letter', n: 2 });
    expect(parseLabel('Mục tiêu')).toBeUndefined();
    expect(parseLabel('1.2.')).toEqual({ style: 'path', n: 2, prefix: '1.' });
    expect(parseLabel('2.1.3.')).toEqual({ style: 'path', n: 3, prefix: '2.1.' });
    expect(parseLabel('IV.')).toEqual({ style: 'upper-roman', n: 4 });
    expect(parseLabel('-')).toBeUndefined();
    expect(formatLabel({ style: 'path', n: 1, prefix: '1.' }, '1.1.', 3)).toBe('1.3.');
    expect(formatLabel({ style: 'upper-roman', n: 1 }, 'I.', 2)).toBe('II.');
    expect(formatLabel({ style: 'article', n: 1, word: 'Điều' }, 'Điều 1.', 4)).toBe('Điều 4.');
  });
});
