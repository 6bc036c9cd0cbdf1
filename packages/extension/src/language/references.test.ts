import { describe, expect, it } from 'vitest';
import { doc, pos, repoPlanFiles, service } from './testing.js';

const files = repoPlanFiles();
const text = (uri: string) => files.find((f) => f.uri === uri)!.text;
const HN = (y: number) => `file:///repo/plans/ha-noi/${y}.yaml`;
const lineOf = (uri: string, line: number) => text(uri).split('\n')[line]!;

describe('references of an indicator id', () => {
  it('from its id: every year’s definition and every reference (narrative targets, parts refs), in the jurisdiction’s files only', () => {
    const t2025 = text(HN(2025));
    const refs = service().findReferences(doc(HN(2025), t2025), pos(t2025, 'grdp-growth', '  - id: grdp-growth', 2), files);
    const where = refs.map((r) => `${r.uri.replace('file:///repo/plans/', '')}:${lineOf(r.uri, r.range.start.line).trim()}`);
    expect(where).toContain('ha-noi/2024.yaml:- id: grdp-growth');
    expect(where).toContain('ha-noi/2025.yaml:- id: grdp-growth');
    expect(where).toContain('ha-noi/2025.yaml:indicator: grdp-growth');
    expect(where).toContain('ha-noi/2026.yaml:- id: grdp-growth');
    // vi-du-tinh-* define their own grdp-growth: another jurisdiction, not linked to Hà Nội.
    expect(refs.every((r) => r.uri.startsWith('file:///repo/plans/ha-noi/'))).toBe(true);
    // Each range is the id's own characters.
    for (const r of refs) expect(lineOf(r.uri, r.range.start.line).slice(r.range.start.character, r.range.end.character)).toBe('grdp-growth');
  });

  it('from a reference (a part ref `id/part`): the indicator, with the part refs', () => {
    const t2025 = text(HN(2025));
    const at = pos(t2025, 'public-schools-national-standard/new', 'indicator: public-schools-national-standard/new', 3);
    const refs = service().findReferences(doc(HN(2025), t2025), at, files);
    const lines = refs.map((r) => lineOf(r.uri, r.range.start.line).trim());
    expect(lines).toContain('replacedBy: public-schools-national-standard');
    expect(lines).toContain('indicator: public-schools-national-standard/new');
    expect(lines).toContain('indicator: public-schools-national-standard/re-recognized');
    expect(lines.some((l) => l.startsWith('- { id: public-schools-national-standard,'))).toBe(true); // 2026, a flow mapping
    expect(lines).not.toContain('- id: public-schools-national-standard-rate'); // another id that starts the same
  });

  it('across a merged province’s predecessors (baselines): forest-cover in Tỉnh Ví dụ A and its successor, not in B', () => {
    const uri = 'file:///repo/plans/vi-du-tinh-hop-nhat/2026.yaml';
    const t = text(uri);
    const refs = service().findReferences(doc(uri, t), pos(t, 'forest-cover', '- id: forest-cover', 1), files);
    expect(refs.map((r) => r.uri).sort()).toEqual(['file:///repo/plans/vi-du-tinh-a/2025.yaml', uri]);
  });

  it('nothing on what is not an indicator id (a clause ref, a name, a narrative id named by a relation)', () => {
    const t2025 = text(HN(2025));
    const ls = service();
    expect(ls.findReferences(doc(HN(2025), t2025), pos(t2025, 'art_1__item_2', 'clause: art_1__item_2', 2), files)).toEqual([]);
    expect(ls.findReferences(doc(HN(2025), t2025), pos(t2025, 'social-insurance-coverage', 'total: social-insurance-coverage', 2), files)).toEqual([]);
    expect(ls.prepareRename(doc(HN(2025), t2025), pos(t2025, 'Tốc độ tăng', 'id: grdp-growth'))).toEqual({ message: expect.stringContaining('Chỉ đổi tên được mã của một chỉ tiêu') });
  });
});

describe('file names in messages', () => {
  it('a folder or file name that is not valid percent-encoding, or holds a bidi control, is shown, not decoded or obeyed', async () => {
    const { shortName } = await import('./planSet.js');
    expect(shortName('file:///repo/plans/ha-noi/2025.yaml')).toBe('ha-noi/2025.yaml');
    expect(shortName('file:///repo/plans/x%ZZ/2025.yaml')).toBe('x%ZZ/2025.yaml');
    expect(shortName('file:///repo/plans/x%E2%80%AE/2025.yaml')).toBe('x\\u{202E}/2025.yaml');
  });
});
