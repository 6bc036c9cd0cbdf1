import { describe, expect, it } from 'vitest';
import { commentsOf, parseYaml } from '@kehoach/schema';
import { formatPlan } from './format.js';
import { applyEdits, repoPlanFiles } from './testing.js';

const format = (text: string) => applyEdits(text, formatPlan(text));

/** Untidy variants of a plan: trailing spaces on some lines, blank lines and spaces at the end, no final line break. */
function untidy(text: string, seed: number): string {
  let s = seed;
  const next = () => ((s = (s * 1103515245 + 12345) % 2 ** 31), s / 2 ** 31);
  // Not inside a block scalar (`key: >-` and its more indented lines): trailing spaces there are text.
  let block = -1;
  const lines = text.split('\n').map((l) => {
    const indent = l.search(/\S/);
    if (block >= 0 && (indent < 0 || indent > block)) return l;
    block = /:\s*[|>][-+0-9]*\s*$/.test(l) ? indent : -1;
    return next() < 0.2 ? l + ' '.repeat(1 + Math.floor(next() * 3)) + (next() < 0.3 ? '\t' : '') : l;
  });
  const body = lines.join('\n').replace(/\n+$/, '');
  return body + ['', '\n', '\n\n\n', '  \n \n'][Math.floor(next() * 4)]!;
}

/** Every top-level list written compact (`key:\n- item`, its lines two columns left): valid YAML, the same value. */
function compactLists(text: string): string {
  const lines = text.split('\n');
  let inList = false;
  return lines
    .map((l, i) => {
      if (/^\S/.test(l) && !l.startsWith('#')) inList = /^[^\s#][^:]*:\s*$/.test(l) && /^ {2}- /.test(lines[i + 1] ?? '');
      else if (inList && l.startsWith('  ')) return l.slice(2);
      return l;
    })
    .join('\n');
}

describe('formatter', () => {
  for (const { uri, text } of repoPlanFiles()) {
    const name = uri.replace('file:///repo/plans/', '');
    it(`${name}: already formatted (no edit), and untidy variants come back to it: twice = once, the same value, every comment kept`, () => {
      expect(formatPlan(text)).toEqual([]);
      for (const seed of [1, 2, 3, 4, 5]) {
        const messy = untidy(seed % 2 ? compactLists(text) : text, seed);
        if (seed % 2) expect(messy).not.toBe(untidy(text, seed));
        const once = format(messy);
        expect(once).toBe(text);
        expect(format(once)).toBe(once);
        expect(parseYaml(once).value).toEqual(parseYaml(messy).value);
        expect(commentsOf(once).map((c) => c.text)).toEqual(commentsOf(messy).map((c) => c.text));
      }
    });
  }

  it('keeps the trailing spaces that are text: inside a block scalar', () => {
    const text = 'schemaVersion: "1.0"\nnote: |\n  two spaces after this  \n  end\nyear: 2026   \n';
    const out = format(text);
    expect(out).toBe('schemaVersion: "1.0"\nnote: |\n  two spaces after this  \n  end\nyear: 2026\n');
    expect(parseYaml(out).value).toEqual(parseYaml(text).value);
  });

  it('keeps the file’s line ending (CRLF)', () => {
    expect(format('a: 1  \r\nb: 2')).toBe('a: 1\r\nb: 2\r\n');
  });

  it('refuses (no edits) on a file that does not parse', () => {
    expect(formatPlan('indicators:\n  - id: x   \n    name: [unclosed  \n')).toEqual([]);
    expect(formatPlan('a: 1\na: 2  \n')).toEqual([]); // a duplicate key is an error
  });
});

describe('formatter: indentation', () => {
  it('two spaces a level, a list under its key indented; a block scalar, a long text and comments move with their block', () => {
    const text = [
      'schemaVersion: "1.0"',
      'indicators:',
      '- id: a # first',
      '  name: Chỉ tiêu a',
      '  parts:',
      '      - id: p',
      '        note: |',
      '            two',
      '              lines',
      '      # about q',
      '      - id: q',
      '        text: a long text',
      '          that goes on',
      '  target: { wording: "1%",',
      '     value: 1 }',
      '',
    ].join('\n');
    const out = format(text);
    expect(out).toBe(
      [
        'schemaVersion: "1.0"',
        'indicators:',
        '  - id: a # first',
        '    name: Chỉ tiêu a',
        '    parts:',
        '      - id: p',
        '        note: |',
        '            two',
        '              lines',
        '      # about q',
        '      - id: q',
        '        text: a long text',
        '          that goes on',
        '    target: { wording: "1%",',
        '       value: 1 }',
        '',
      ].join('\n'),
    );
    expect(parseYaml(out).value).toEqual(parseYaml(text).value);
    expect(format(out)).toBe(out);
  });

  it('four-space plans come back to two (a block scalar’s text moves with its key, its own indentation kept)', () => {
    const text = 'schemaVersion: "1.0"\ndocument:\n    number: "1"\n    title: >-\n        Về kế hoạch\n        năm 2026\nyear: 2026\n';
    expect(format(text)).toBe('schemaVersion: "1.0"\ndocument:\n  number: "1"\n  title: >-\n      Về kế hoạch\n      năm 2026\nyear: 2026\n');
  });
});
