// The catalog is one table, built statically: every key once, in its area, in both languages,
// each placeholder's filter known; t() needs no other module loaded (no registration).
import { describe, expect, it } from 'vitest';
import { AREAS, MESSAGES, t, MAX_PARAM_LENGTH, type MessageKey } from './index.js';

const FILTERS = new Set(['bytes', 'vi-suggest', 'en-suggest', 'vi-more', 'en-more', 'grammar']);
const AREA_PREFIX: Record<string, RegExp> = {
  diagnostics: /^[a-z0-9]+(-[a-z0-9]+)*$/,
  problems: /^[a-z0-9]+(-[a-z0-9]+)*\.[a-z0-9]+(-[a-z0-9]+)*$/,
  fix: /^fix\./,
  grammar: /^grammar\./,
  terms: /^(io|type|subject|pattern|yaml|op|ref-kind|result-stage|verdict|narrative-container|filter|mark)\./,
  cli: /^cli\./,
  diff: /^diff\./,
  editor: /^editor\./,
  history: /^history\./,
  writer: /^writer\./,
};
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)(?:\|([\w-]+))?\}/g)].map((m) => ({ name: m[1]!, filter: m[2] }));

describe('the message catalog', () => {
  it('defines every key once, in the area its name says', () => {
    const keys = Object.values(AREAS).flatMap((a) => Object.keys(a));
    expect(new Set(keys).size).toBe(keys.length);
    expect(Object.keys(MESSAGES).length).toBe(keys.length);
    for (const [area, table] of Object.entries(AREAS)) {
      for (const key of Object.keys(table)) expect(key, area).toMatch(AREA_PREFIX[area]!);
    }
  });

  it('keys a rule’s problem sentences by a code whose message is {problem|<code>}, and reaches every one', () => {
    const codes = new Set(Object.keys(AREAS.problems).map((k) => k.slice(0, k.indexOf('.'))));
    expect(codes.size).toBeGreaterThan(0);
    for (const code of codes) {
      const m = MESSAGES[code as MessageKey];
      expect(m, code).toEqual({ vi: `{problem|${code}}`, en: `{problem|${code}}` });
    }
    // A sentence reached through an area is filled once more: none may lead to another area.
    for (const [key, m] of Object.entries({ ...AREAS.problems, ...AREAS.terms })) {
      for (const { filter } of [...placeholders(m.vi), ...placeholders(m.en)]) expect(filter, key).toBeUndefined();
    }
  });

  it('has every message in Vietnamese and in English, with the same parameters', () => {
    // yaml-syntax also names yaml's own code in Vietnamese (its English detail already says it);
    // the English hover calls every adopted document a resolution.
    const differ = new Set(['yaml-syntax', 'editor.adopted-wording']);
    for (const [key, m] of Object.entries(MESSAGES)) {
      expect(m.vi.trim(), key).not.toBe('');
      expect(m.en.trim(), key).not.toBe('');
      if (differ.has(key)) continue;
      const names = (s: string) => [...new Set(placeholders(s).map((p) => p.name))].sort();
      expect(names(m.en), key).toEqual(names(m.vi));
    }
  });

  it('knows every filter its messages use: a computed one, or an area of words', () => {
    const areas = new Set(Object.keys(MESSAGES).map((k) => k.split('.')[0]));
    for (const [key, m] of Object.entries(MESSAGES)) {
      for (const { filter } of [...placeholders(m.vi), ...placeholders(m.en)]) {
        if (filter !== undefined) expect(FILTERS.has(filter) || areas.has(filter), `${key}: |${filter}`).toBe(true);
      }
    }
  });
});

describe('t()', () => {
  it('fills a rule’s message with the vocabulary’s words, without loading the rules', () => {
    expect(t('comparator-wording', 'vi', { wording: '6,5% trở lên', expected: '>=', op: '<' })).toBe(
      'Chỉ tiêu “6,5% trở lên” có nghĩa là lớn hơn hoặc bằng (≥, “trở lên”), nhưng op ghi “<” (nhỏ hơn (<, “dưới”)).',
    );
    expect(t('comparator-wording', 'en', { wording: '95-100%', expected: 'range', op: '~' })).toBe(
      'The target “95-100%” means a range (range), but op says “~” (about (~)).',
    );
  });

  it('renders an area’s word, or the value itself when the area has none', () => {
    expect(t('file-unreadable', 'vi', { detail: 'EACCES' })).toBe('Không đọc được tệp: không có quyền đọc (EACCES).');
    expect(t('file-unreadable', 'en', { detail: 'EWHATEVER' })).toBe('Cannot read the file: EWHATEVER.');
    expect(t('file-unreadable', 'en', { detail: 'constructor' })).toBe('Cannot read the file: constructor.');
  });

  it('renders the grammar’s message with what it expected, and the computed filters', () => {
    expect(t('malformed-target', 'en', { wording: 'trên', issue: 'expected-number', after: 'trên', found: '', expected: '“số”' })).toBe(
      'The target “trên” cannot be read: Missing a number after “trên”. Expected: “số”.',
    );
    expect(t('file-too-large', 'vi', { size: 12_345_678, limit: 10_485_760 })).toBe(
      'Tệp quá lớn (11,8 MB); giới hạn cho một kế hoạch là 10 MB. Tệp không được đọc.',
    );
    expect(t('unknown-reference', 'vi', { ref: 'cpl', kind: 'indicator', suggestion: 'cpi' })).toBe(
      '“cpl” không phải là chỉ tiêu hay thành phần chỉ tiêu có trong kế hoạch. Có phải ý bạn là “cpi”?',
    );
    expect(t('unknown-reference', 'en', { ref: 'x', kind: 'clause', suggestion: '' })).toBe('“x” is not a clause defined in this plan.');
    expect(t('label-sequence', 'vi', { label: '2.', position: 1, expected: '1.', more: 1200 })).toContain(' 1.200 nhãn sau đó');
  });

  it('fills the sentence for the problem found from the same params, numbers the Vietnamese way', () => {
    expect(t('indicator-count', 'vi', { problem: 'more', declared: 1025, listed: 1026 })).toBe(
      'Văn bản công bố 1.025 chỉ tiêu chủ yếu nhưng danh sách có 1.026 chỉ tiêu (không kể chỉ tiêu đã bỏ). Hãy kiểm tra danh sách indicators hoặc sửa declaredIndicatorCount theo văn bản.',
    );
    expect(t('period-mismatch', 'en', { problem: 'order', period: '2030-2026' })).toBe('Period 2030-2026 starts after it ends. Fix period: { from, to }.');
    // A long parameter is cut inside the sentence; the sentence itself is not cut.
    const long = t('period-mismatch', 'en', { problem: 'file', found: 'x'.repeat(10_000), period: '2026-2030', expected: '2026-2030.yaml' });
    expect(long).toMatch(/^The file name x+… does not match the period 2026-2030\. Name the file 2026-2030\.yaml\.$/);
    expect(t('period-mismatch', 'en', { problem: 'no-such-problem' })).toBe('no-such-problem');
  });

  it('writes numbers the Vietnamese way in Vietnamese, and cuts a huge parameter', () => {
    expect(t('cli.summary-problems', 'vi', { errors: 1234, warnings: 0.5, files: 2 })).toBe('✖ 1.234 lỗi, 0,5 cảnh báo trong 2 tệp.');
    expect(t('cli.summary-problems', 'en', { errors: 1234, warnings: 0.5, files: 2 })).toBe('✖ 1234 error(s), 0.5 warning(s) in 2 file(s).');
    const huge = t('cli.not-found', 'en', { path: 'x'.repeat(10_000) });
    expect(huge.length).toBeLessThan(MAX_PARAM_LENGTH + 40);
  });

  it('accepts only catalog keys (a type error otherwise)', () => {
    // @ts-expect-error: not a key of the catalog
    const key: MessageKey = 'cli.no-such-message';
    expect(MESSAGES[key]).toBeUndefined();
  });
});
