// Provenance and links on the real 2025 plan: a target known only from the press cites its source
// (checked against sources), an unknown target is never value-checked, a dropped indicator names
// what replaces it, and the year's theme quotes its clause.
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../diagnostics/localize.js';
import { analyze, PLAN_2025, positionAfter, replaceOnce, withCode } from '../testing/fixtures.js';

const CPI = 'target: { wording: "dưới 4,5%", kind: level, op: "<", value: 4.5, unit: "%" }';
// The 2025 plan lists the sources of its results (R1): S2 is added to that list.
const SOURCES = '\nsources:\n  - { id: S2, title: Hà Nội xác định 26 chỉ tiêu chủ yếu phát triển kinh tế - xã hội năm 2026, url: "https://thanglong.chinhphu.vn/", publisher: thanglong.chinhphu.vn, date: "2025-11-26", lang: vi }\n';
const withSources = (text: string) => replaceOnce(text, '\nsources:\n', SOURCES);
const errors = (text: string) => analyze(text).filter((d) => d.severity === 'error');

describe('provenance', () => {
  it('a target from the press cites an entry of sources', () => {
    const text = withSources(replaceOnce(PLAN_2025, CPI, 'target: { wording: "dưới 4,5%", kind: level, op: "<", value: 4.5, unit: "%", source: { kind: press, ref: S2 } }', '  - id: cpi\n'));
    expect(errors(text)).toEqual([]);
    const wrong = text.replace('ref: S2 }', 'ref: S3 }');
    const ds = withCode(analyze(wrong), 'unknown-reference');
    expect(ds.map((d) => d.range.start)).toEqual([positionAfter(wrong, 'kind: press, ref: S3', 'S3')]);
    expect(formatMessage(ds[0]!, 'vi')).toBe('“S3” không phải là nguồn trong sources có trong kế hoạch. Có phải ý bạn là “S2”?');
  });

  it('an unknown target is not value-checked: whatever else it holds, no target rule reports it', () => {
    const text = replaceOnce(PLAN_2025, CPI, 'target: { unknown: true, wording: "dứơi 4.5 %", op: ">", value: 400, unit: tỷ đồng }', '  - id: cpi\n');
    expect(errors(text)).toEqual([]);
    expect(analyze(text).filter((d) => d.range.start.line === positionAfter(text, '- id: cpi', 'unknown').line)).toEqual([]);
  });

  it('a dropped indicator names the one that replaces it; an unknown name is reported', () => {
    const block = '  - id: investment-growth\n    number: "3."\n    name: Tốc độ tăng vốn đầu tư thực hiện\n';
    const text = replaceOnce(PLAN_2025, block, block + '    dropped: { reason: Thay bằng giá trị vốn đầu tư., replacedBy: grdp-per-capita }\n');
    expect(withCode(analyze(text), 'unknown-reference')).toEqual([]);
    const wrong = text.replace('replacedBy: grdp-per-capita', 'replacedBy: investment');
    expect(withCode(analyze(wrong), 'unknown-reference').map((d) => [d.params.ref, d.params.kind])).toEqual([['investment', 'indicator-only']]);
  });

  it('the year’s theme quotes its clause (Hà Nội 2025: “Kỷ cương, trách nhiệm, hành động, sáng tạo và phát triển”)', () => {
    const theme = (text: string, clause: string) => PLAN_2025.replace(/^theme: .*$/m, `theme: { text: "${text}", clause: ${clause} }`);
    expect(errors(theme('Kỷ cương, trách nhiệm, hành động, sáng tạo và phát triển', 'art_1__item_1__para_2'))).toEqual([]);
    expect(withCode(analyze(theme('Kỷ cương, trách nhiệm, hành động, sáng tạo và phát triển', 'art_1__item_2')), 'narrative-not-in-clause').map((d) => d.params.id)).toEqual(['theme']);
    expect(withCode(analyze(theme('Kỷ cương', 'art_9')), 'unknown-reference').map((d) => d.params.ref)).toEqual(['art_9']);
  });

  it('a truncated text names the clause where it breaks off', () => {
    const text = replaceOnce(PLAN_2025, '  sourceNote:', '  truncated: { note: Thiếu Phụ lục., at: art_3__itm_3 }\n  sourceNote:');
    expect(withCode(analyze(text), 'unknown-reference').map((d) => [d.params.ref, d.params.suggestion])).toEqual([['art_3__itm_3', 'art_3__item_3']]);
  });
});
