import { describe, expect, it } from 'vitest';
import { commentsOf, parseYaml } from '@kehoach/schema';
import { applyEdits, doc, pos, repoPlanFiles, service } from './testing.js';

const files = repoPlanFiles();
const text = (uri: string) => files.find((f) => f.uri === uri)!.text;
const HN = (y: number) => `file:///repo/plans/ha-noi/${y}.yaml`;

function rename(uri: string, at: { needle: string; after?: string; delta?: number }, to: string, all = files) {
  const t = all.find((f) => f.uri === uri)!.text;
  return service().renameIndicator(doc(uri, t), pos(t, at.needle, at.after, at.delta ?? 1), to, all);
}

describe('rename of an indicator id', () => {
  it('in 2025: the id, the replacedBy and the part refs of 2025 and the later 2026 (a flow mapping); 2024, adopted earlier, untouched', () => {
    const r = rename(HN(2025), { needle: 'public-schools-national-standard', after: '  - id: public-schools-national-standard\n' }, 'public-schools-recognised');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Object.keys(r.edit.changes).sort()).toEqual([HN(2025), HN(2026)]);
    const after2025 = applyEdits(text(HN(2025)), r.edit.changes[HN(2025)]!);
    const after2026 = applyEdits(text(HN(2026)), r.edit.changes[HN(2026)]!);
    expect(after2025).toContain('  - id: public-schools-recognised\n');
    expect(after2025).toContain('replacedBy: public-schools-recognised\n');
    expect(after2025).toContain('indicator: public-schools-recognised/new\n');
    expect(after2025).toContain('indicator: public-schools-recognised/re-recognized\n');
    expect(after2025).toContain('  - id: public-schools-national-standard-rate\n'); // another id, same start
    expect(after2026).toContain('- { id: public-schools-recognised, name: Trường công lập');
    // Only the ids changed: the same text once the new id is read back as the old one; every comment kept.
    expect(after2025.replaceAll('public-schools-recognised', 'public-schools-national-standard')).toBe(text(HN(2025)));
    expect(commentsOf(after2026)).toEqual(commentsOf(text(HN(2026))).map((c) => ({ ...c, offset: expect.any(Number) })));
    for (const t of [after2025, after2026]) expect(parseYaml(t).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('from a reference in a narrative target: the same rename', () => {
    const r = rename(HN(2025), { needle: 'grdp-growth', after: 'indicator: grdp-growth' }, 'grdp-growth-rate');
    expect(r.ok && Object.keys(r.edit.changes).sort()).toEqual([HN(2025), HN(2026)]);
    if (!r.ok) return;
    expect(applyEdits(text(HN(2025)), r.edit.changes[HN(2025)]!)).toMatch(/- id: grdp-growth-rate\n[^]*indicator: grdp-growth-rate\n/);
  });

  it('in a predecessor’s plan (a merged province): its successor too, not the other predecessor', () => {
    const uri = 'file:///repo/plans/vi-du-tinh-a/2025.yaml';
    const r = rename(uri, { needle: 'forest-cover', after: '- id: forest-cover' }, 'forest-coverage');
    expect(r.ok && Object.keys(r.edit.changes).sort()).toEqual([uri, 'file:///repo/plans/vi-du-tinh-hop-nhat/2026.yaml']);
  });

  it('refuses an invalid id, in Vietnamese (and English when asked)', () => {
    const r = rename(HN(2025), { needle: 'cpi', after: '  - id: cpi' }, 'Chỉ số giá');
    expect(r).toEqual({ ok: false, message: expect.stringContaining('“Chỉ số giá” không phải là mã hợp lệ') });
    const t = text(HN(2025));
    const en = service({}, 'en').renameIndicator(doc(HN(2025), t), pos(t, 'cpi', '  - id: cpi', 1), 'CPI_2025', files);
    expect(en).toEqual({ ok: false, message: expect.stringContaining('“CPI_2025” is not a valid id') });
  });

  it('refuses a new id that a renamed plan already has', () => {
    const r = rename(HN(2025), { needle: 'cpi', after: '  - id: cpi' }, 'grdp-growth');
    expect(r).toEqual({ ok: false, message: 'Không đổi tên: “grdp-growth” đã có trong ha-noi/2025.yaml.' });
  });

  it('refuses, changing no file, when one later plan cannot be edited safely (a YAML error there)', () => {
    const broken = repoPlanFiles({ [HN(2026)]: text(HN(2026)).replace('  - id: grdp-growth\n', '  - id: grdp-growth\n    name: [unclosed\n') });
    const r = rename(HN(2025), { needle: 'grdp-growth', after: '  - id: grdp-growth' }, 'grdp-rate', broken);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^Không đổi tên, không sửa tệp nào: ha-noi\/2026\.yaml: tệp có lỗi YAML/);
  });
});
