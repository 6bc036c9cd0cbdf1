// new-year on every YAML form a plan may take (issue 13): the 2025 plan rewritten in flow style,
// with CRLF or CR line endings and a byte-order mark, comments inside flow collections, multi-line
// scalars, document markers and anchors. Each draft is checked against what the draft must be,
// computed on the plain value (testing/writers.ts), and against the file's form: its line ending,
// its BOM, every comment. Where the scaffold cannot edit a form safely, it refuses, and says why.
import { describe, expect, it } from 'vitest';
import { isMap, isSeq, parse, parseDocument, stringify } from 'yaml';
import { t } from '../messages/index.js';
import { readPlan, replaceOnce } from '../testing/realPlans.js';
import { expectedDraft, formProblems } from '../testing/writers.js';
import { ScaffoldError, scaffoldNewYear } from './newYear.js';

const text2025 = readPlan('ha-noi/2025');
const plan2025 = parse(text2025) as { indicators: Array<Record<string, unknown>>; document: Record<string, unknown> };
const lfDraft = scaffoldNewYear(text2025, { baseline: './2025.yaml' }).text;

/** The draft of `text`, checked: the value it must have, the form it must keep. */
function draftOf(text: string, removed: Array<[number, number]> = []): string {
  const draft = scaffoldNewYear(text, { baseline: './2025.yaml' }).text;
  const lf = (s: string) => s.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  expect(parse(lf(draft))).toEqual(expectedDraft(parse(lf(text)), './2025.yaml'));
  expect(formProblems(text, draft, removed)).toEqual([]);
  return draft;
}

function refusal(text: string): string {
  try {
    scaffoldNewYear(text, { baseline: './2025.yaml' });
  } catch (e) {
    if (e instanceof ScaffoldError && e.refusal) return t(e.refusal.key, 'en', e.refusal.params);
    throw e;
  }
  throw new Error('not refused');
}

describe('new-year keeps the file’s line endings and byte-order mark', () => {
  it('a CRLF copy with a BOM: the same draft, CRLF throughout, the BOM kept', () => {
    const draft = draftOf('\uFEFF' + text2025.replace(/\n/g, '\r\n'));
    expect(draft).toBe('\uFEFF' + lfDraft.replace(/\n/g, '\r\n'));
  });

  it('a copy with lone CR line breaks: CR throughout', () => {
    expect(scaffoldNewYear(text2025.replace(/\n/g, '\r'), { baseline: './2025.yaml' }).text).toBe(lfDraft.replace(/\n/g, '\r'));
  });

  it('a file that mixes line endings is refused: there is no one form to keep', () => {
    const mixed = text2025.replace(/\n/g, '\r\n').replace('\r\nyear: 2025', '\nyear: 2025');
    expect(refusal(mixed)).toBe('the file mixes line endings (LF, CRLF, CR); use one kind for the whole file, then try again.');
  });
});

describe('new-year edits flow collections in flow style', () => {
  it('the whole 2025 plan as flow collections, wrapped at 80 columns', () => {
    const flow = stringify(plan2025, { collectionStyle: 'flow', lineWidth: 80 });
    draftOf(flow);
  });

  it('the whole 2025 plan as one flow mapping on one line', () => {
    const flow = stringify(plan2025, { collectionStyle: 'flow', lineWidth: 0 });
    expect(flow.split('\n').filter(Boolean)).toHaveLength(1);
    const draft = draftOf(flow);
    expect(draft).toContain('year: 2026, status: draft, baseline: ./2025.yaml,');
  });

  it('sourceNote in a flow mapping, sharing its line with every other pair: only sourceNote goes', () => {
    const doc = parseDocument(text2025);
    const map = doc.get('document', true);
    if (isMap(map)) map.flow = true;
    const text = doc.toString({ lineWidth: 0 });
    expect(text).toMatch(/, sourceNote: "Nguồn tra cứu: vanban.phaplyvn.com" \}/);
    const draft = draftOf(text);
    expect(draft).toContain('signature: { title: CHỦ TỊCH, name: … }');
    expect(draft).not.toContain('sourceNote');
  });

  it('a dropped indicator in a flow sequence, sharing its line with the next: only it is left out', () => {
    const value = structuredClone(plan2025);
    value.indicators = value.indicators.slice(0, 3);
    value.indicators[1]!.dropped = { reason: 'gộp / merged' };
    const doc = parseDocument(stringify(value));
    const list = doc.get('indicators', true);
    if (isSeq(list)) list.flow = true;
    const text = doc.toString({ lineWidth: 0 });
    expect(text).toMatch(/dropped: \{ reason: gộp \/ merged \} \}, \{ id: /);
    const draft = draftOf(text);
    const ids = value.indicators.map((i) => i.id);
    expect((parse(draft) as typeof plan2025).indicators.map((i) => i.id)).toEqual([ids[0], ids[2]]);
  });

  it('the date of a flow mapping: no comment that would swallow the pairs after it on its line', () => {
    const flow = stringify(plan2025, { collectionStyle: 'flow', lineWidth: 0 });
    expect(draftOf(flow)).toMatch(/date: "2025-12-10", type: NGHỊ QUYẾT/);
  });
});

describe('new-year keeps every comment', () => {
  it('the comments above the item after a dropped indicator, and after its dash, stay where they are', () => {
    const text = replaceOnce(
      text2025,
      '  - id: cpi\n',
      '    # (thụt như khóa / indented as the keys)\n  # Chỉ số giá: theo Nghị quyết / CPI as adopted\n  - # sau gạch / after the dash\n    id: cpi\n',
    );
    const dropped = replaceOnce(text, '    relativeTo: previous-year\n', '    relativeTo: previous-year\n    dropped: { reason: thử / test }\n', '  - id: export-growth');
    const draft = draftOf(dropped, [[dropped.indexOf('  - id: export-growth'), dropped.indexOf('    # (thụt')]]);
    expect(draft).not.toContain('  - id: export-growth\n    number');
    expect(draft).toContain('    # (thụt như khóa / indented as the keys)\n  # Chỉ số giá: theo Nghị quyết / CPI as adopted\n  - # sau gạch / after the dash\n    id: cpi\n');
  });

  it('comments inside flow collections, before keys and after values', () => {
    const value = structuredClone(plan2025);
    value.indicators = value.indicators.slice(0, 2);
    const doc = parseDocument(stringify(value));
    const list = doc.get('indicators', true);
    if (!isSeq(list)) throw new Error('indicators');
    list.flow = true;
    list.commentBefore = ' danh sách / the list';
    for (const item of list.items) if (isMap(item)) (item.items[0]!.key as { commentBefore?: string }).commentBefore = ' trước id / before the id';
    (doc.getIn(['indicators', 0, 'target'], true) as { comment?: string }).comment = ' sau chỉ tiêu / after the target';
    const text = doc.toString({ lineWidth: 60 });
    expect(text).toMatch(/\{\s*# trước id/);
    const draft = draftOf(text);
    for (const c of ['# danh sách / the list', '# trước id / before the id', '# sau chỉ tiêu / after the target']) expect(draft).toContain(c);
  });
});

describe('new-year on multi-line scalars, document markers and anchors', () => {
  it('titles folded or quoted across lines, a literal date: each rewritten, nothing else', () => {
    const text = text2025
      .replace('  title: VỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2025\n', '  title: >-\n    VỀ KẾ HOẠCH PHÁT TRIỂN\n    KINH TẾ - XÃ HỘI NĂM 2025\n')
      .replace('    title: CHỈ TIÊU PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2025\n', '    title: "CHỈ TIÊU PHÁT TRIỂN KINH TẾ\n      - XÃ HỘI NĂM 2025"\n')
      .replace('  date: "2024-12-10"\n', '  date: |-\n    2024-12-10\n');
    const draft = draftOf(text);
    expect(draft).toContain('  title: "VỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2026"\n');
  });

  it('`%YAML` and `---` before the document and `...` after it stay', () => {
    const draft = draftOf(text2025.replace('schemaVersion: "1.0"\n', '%YAML 1.2\n---\nschemaVersion: "1.0"\n') + '...\n# sau tài liệu / after the document\n');
    expect(draft).toMatch(/\n%YAML 1\.2\n---\nschemaVersion/);
    expect(draft.endsWith('...\n# sau tài liệu / after the document\n')).toBe(true);
  });

  it('aliases of values it does not edit (a unit, a direction) are kept as they are', () => {
    const text = text2025
      .replace('    unit: "%"\n    direction: higher\n', '    unit: &pct "%"\n    direction: &up higher\n')
      .replace(/(  - id: export-growth\n(?: {4}.*\n)*?) {4}unit: "%"\n {4}direction: higher\n/, '$1    unit: *pct\n    direction: *up\n');
    expect(text).toContain('unit: *pct');
    const draft = draftOf(text);
    expect(draft).toContain('unit: *pct');
  });

  it('a clause reused through an alias is refused: marking it would mark the other too', () => {
    const text = text2025.replace('  closing:\n    - id: closing__para_1\n', '  closing:\n    - &closing1\n      id: closing__para_1\n') + 'x-copy: *closing1\n';
    expect(refusal(text)).toMatch(/^line \d+ is inside a YAML node shared through an anchor and an alias/);
  });
});
