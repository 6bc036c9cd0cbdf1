import { describe, expect, it } from 'vitest';
import { formatMessage } from './diagnostics/localize.js';
import type { Diagnostic } from './diagnostics/types.js';
import { analyzeBytes, analyzeText } from './engine.js';
import { MAX_FILE_BYTES } from './parse/readText.js';
import { positionOf, readPlan, replaceOnce } from './testing/realPlans.js';

const plan2025 = readPlan('ha-noi/2025');
const errorsOf = (ds: Diagnostic[]) => ds.filter((d) => d.severity === 'error');
const at = (d: Diagnostic | undefined) => d && { code: d.code, line: d.range.start.line, character: d.range.start.character };
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('the real 2025 plan', () => {
  it('has no schema or YAML errors', () => {
    expect(errorsOf(analyzeText(plan2025, 'plans/ha-noi/2025.yaml').diagnostics)).toEqual([]);
  });

  it('is accepted with a byte-order mark and CRLF line endings, at the same lines', () => {
    const crlf = '\uFEFF' + plan2025.replace(/\n/g, '\r\n');
    expect(errorsOf(analyzeBytes(utf8(crlf), 'crlf.yaml').diagnostics)).toEqual([]);
    const broken = crlf.replace('    direction: higher\r\n    change: increase', '    direction: upward\r\n    change: increase');
    const d = errorsOf(analyzeText(broken).diagnostics)[0];
    const expected = positionOf(plan2025, 'higher', 'id: grdp-growth');
    expect(at(d)).toEqual({ code: 'schema-enum', line: expected.line, character: expected.character });
  });
});

describe('bad input becomes a precise diagnostic', () => {
  it('YAML syntax error', () => {
    const text = replaceOnce(plan2025, 'name: Tốc độ tăng tổng sản phẩm', 'name: [Tốc độ tăng tổng sản phẩm');
    const d = analyzeText(text).diagnostics[0]!;
    expect(d.code).toBe('yaml-syntax');
    expect(d.severity).toBe('error');
    expect(formatMessage(d, 'vi')).toMatch(/^Lỗi cú pháp YAML/);
  });

  it('tab indentation', () => {
    const d = analyzeText('schemaVersion: "1.0"\njurisdiction:\n\tid: ha-noi\n').diagnostics.find((x) => x.code === 'yaml-tab-indent');
    expect(at(d)).toEqual({ code: 'yaml-tab-indent', line: 2, character: 0 });
  });

  it('duplicate key, at the second key', () => {
    const text = replaceOnce(plan2025, '    unit: "%"\n    direction: higher\n    change: increase', '    unit: "%"\n    unit: "%"\n    direction: higher\n    change: increase');
    const d = analyzeText(text).diagnostics.find((x) => x.code === 'yaml-duplicate-key');
    const first = positionOf(text, 'unit: "%"', 'id: grdp-growth');
    expect(at(d)).toEqual({ code: 'yaml-duplicate-key', line: first.line + 1, character: 4 });
    expect(formatMessage(d!, 'en')).toContain('“unit”');
  });

  it('unknown key, with the key the drafter meant', () => {
    const text = replaceOnce(plan2025, 'direction: higher', 'direcion: higher', 'id: grdp-growth');
    const d = errorsOf(analyzeText(text).diagnostics)[0];
    const p = positionOf(text, 'direcion');
    expect(at(d)).toEqual({ code: 'schema-unknown-key', ...p });
    expect(formatMessage(d!, 'vi')).toContain('Có phải ý bạn là “direction”?');
    expect(formatMessage(d!, 'en')).toContain('Did you mean “direction”?');
    expect(d!.range.end.character - d!.range.start.character).toBe('direcion'.length);
  });

  it('value of the wrong type, on the value', () => {
    const text = replaceOnce(plan2025, 'year: 2025', 'year: hai nghìn');
    const d = errorsOf(analyzeText(text).diagnostics)[0];
    expect(at(d)).toEqual({ code: 'schema-type', line: positionOf(text, 'year: hai').line, character: 6 });
    expect(formatMessage(d!, 'vi')).toBe('year phải là một số nguyên, không phải một chuỗi văn bản.');
  });

  it('missing required field, at the parent’s key or the list item’s first line', () => {
    const text = replaceOnce(plan2025, '    name: Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP)\n', '');
    const d = errorsOf(analyzeText(text).diagnostics)[0];
    const item = positionOf(text, 'id: grdp-growth');
    expect(at(d)).toEqual({ code: 'schema-required', ...item });
    expect(formatMessage(d!, 'en')).toBe('Missing required property “name” in indicators/grdp-growth.');

    const noOp = replaceOnce(plan2025, 'kind: level, op: ">=", value: 6.5', 'kind: level, value: 6.5', 'id: grdp-growth');
    const d2 = errorsOf(analyzeText(noOp).diagnostics)[0];
    expect(at(d2)).toEqual({ code: 'schema-required', ...positionOf(noOp, 'target:', 'id: grdp-growth') });
  });

  it('a oneOf failure is one readable message, not ajv’s', () => {
    const text = replaceOnce(plan2025, 'relativeTo: previous-year', 'relativeTo: last-year');
    const ds = errorsOf(analyzeText(text).diagnostics);
    expect(ds).toHaveLength(1);
    expect(ds[0]!.code).toBe('schema-one-of');
    expect(formatMessage(ds[0]!, 'en')).toContain('"previous-year", "start-of-year", integer');
    expect(formatMessage(ds[0]!, 'en')).not.toMatch(/must match/);
  });

  it('empty file', () => {
    for (const text of ['', '   \n\n', '# chỉ có chú thích\n']) {
      expect(at(analyzeText(text).diagnostics[0])).toEqual({ code: 'file-empty', line: 0, character: 0 });
    }
  });

  it('a file that is not UTF-8, at the bad byte', () => {
    const bytes = new Uint8Array([...utf8('schemaVersion: "1.0"\nyear: 20'), 0xff, ...utf8('25\n')]);
    const [d] = analyzeBytes(bytes, 'latin.yaml').diagnostics;
    expect(at(d)).toEqual({ code: 'file-not-utf8', line: 1, character: 8 });
    expect(formatMessage(d!, 'vi')).toContain('byte 0xFF không hợp lệ ở dòng 2, cột 9');
  });

  it('a binary file', () => {
    const [d] = analyzeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]), 'x.yaml').diagnostics;
    expect(d?.code).toBe('file-binary');
  });

  it('a file over the size limit is refused', () => {
    const [d] = analyzeBytes(new Uint8Array(MAX_FILE_BYTES + 1), 'big.yaml').diagnostics;
    expect(d?.code).toBe('file-too-large');
    expect(formatMessage(d!, 'vi')).toBe('Tệp quá lớn (10 MB); giới hạn cho một kế hoạch là 10 MB. Tệp không được đọc.');
  });

  it('an alias bomb ("billion laughs")', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) levels.push(`${'abcdefghi'[i]}: &${'abcdefghi'[i]} [${Array(9).fill('*' + 'abcdefghi'[i - 1]).join(',')}]`);
    const ds = analyzeText(levels.join('\n') + '\n').diagnostics;
    expect(ds.map((d) => d.code)).toEqual(['yaml-alias-limit']);
    expect(ds[0]!.range.start.line).toBe(1);
  });

  it('nesting thousands deep', () => {
    const deep = 'a: ' + '['.repeat(5000) + ']'.repeat(5000) + '\n';
    const ds = analyzeText(deep).diagnostics;
    expect(ds.map((d) => d.code)).toEqual(['yaml-too-deep']);
    const block = Array.from({ length: 3000 }, (_, i) => ' '.repeat(i) + 'a:').join('\n') + ' 1\n';
    expect(analyzeText(block).diagnostics.map((d) => d.code)).toContain('yaml-too-deep');
  });

  it('custom and JavaScript-looking tags are reported and never executed', () => {
    const text = replaceOnce(plan2025, 'year: 2025', 'year: !!js/function "function () { globalThis.pwned = true; return 2025 }"');
    const { diagnostics, model } = analyzeText(text);
    expect(diagnostics.map((d) => d.code)).toContain('yaml-unknown-tag');
    expect((globalThis as { pwned?: boolean }).pwned).toBeUndefined();
    expect(typeof (model.value as { year: unknown }).year).toBe('string');
  });

  it('several YAML documents in one file', () => {
    expect(analyzeText(plan2025 + '---\nyear: 2026\n').diagnostics.map((d) => d.code)).toContain('yaml-multiple-documents');
  });
});

describe('a baseline outside the repository is not read (baseline-outside)', () => {
  const draft = readPlan('ha-noi/2026');
  const refusing = { readPlan: (p: string) => (p === 'plans/ha-noi/2025.yaml' ? plan2025 : { refused: 'outside' as const }) };

  it('at the baseline value: a path out of the repository, an absolute path', () => {
    for (const path of ['../../../../etc/passwd', '/etc/passwd']) {
      const text = replaceOnce(draft, 'baseline: ./2025.yaml', `baseline: ${path}`);
      const ds = analyzeText(text, 'plans/ha-noi/2026.yaml', { workspace: refusing }).diagnostics.filter((d) => d.code.startsWith('baseline-'));
      expect(ds.map(at)).toEqual([{ code: 'baseline-outside', ...positionOf(text, path, 'baseline:') }]);
      expect(formatMessage(ds[0]!, 'en')).toMatch(/^The baseline plan “(\.\.\/\.\.)?\/etc\/passwd” was not read: the path leads outside the repository/);
      expect(formatMessage(ds[0]!, 'vi')).toMatch(/^Không đọc kế hoạch năm gốc .* ra ngoài kho lưu trữ/);
    }
  });

  it('a baseline found by convention that leads out (a link): at the year it comes from', () => {
    const text = replaceOnce(draft, 'baseline: ./2025.yaml', 'baseline: null');
    const ds = analyzeText(text, 'plans/ha-noi/2026.yaml', { workspace: { readPlan: () => ({ refused: 'outside' as const }) } }).diagnostics;
    expect(ds.filter((d) => d.code.startsWith('baseline-')).map(at)).toEqual([{ code: 'baseline-outside', ...positionOf(text, '2026', 'year:') }]);
  });

  it('inside, it is read and compared as before', () => {
    const ds = analyzeText(draft, 'plans/ha-noi/2026.yaml', { workspace: refusing }).diagnostics;
    expect(ds.filter((d) => d.code.startsWith('baseline-'))).toEqual([]);
  });
});
