import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PROVINCES } from '../catalogue/index.js';
import { analyzeText } from '../engine.js';
import { initPlan } from './initPlan.js';

const ok = (j: string, y: number | string) => {
  const r = initPlan(j, y);
  if (!r.ok) throw new Error(JSON.stringify(r.problem));
  return r.plan;
};

describe('initPlan', () => {
  it('gives every one of the 34 provinces a skeleton that validates with no diagnostic at all', () => {
    for (const p of PROVINCES) {
      const plan = ok(p.id, 2026);
      const r = analyzeText(plan.text, plan.path, { workspace: { readPlan: () => undefined } });
      expect(r.diagnostics.map((d) => `${d.code}: ${JSON.stringify(d.params)}`), p.id).toEqual([]);
      expect(plan.text).toBe(plan.text.normalize('NFC'));
    }
  });

  it('names the jurisdiction from the list, and the issuer as the resolutions print it', () => {
    const plan = ok('ho-chi-minh', 2026);
    const v = parse(plan.text) as { jurisdiction: unknown; year: number; status: string; baseline: unknown; document: { issuer: string; place: string; title: string } };
    expect(v.jurisdiction).toEqual({ id: 'ho-chi-minh', name: 'Thành phố Hồ Chí Minh' });
    expect([v.year, v.status, v.baseline]).toEqual([2026, 'draft', null]);
    expect(v.document.issuer).toBe('HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH');
    expect(v.document.place).toBe('Hồ Chí Minh');
    expect(v.document.title).toBe('VỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2026');
    expect(plan.path).toBe('plans/ho-chi-minh/2026.yaml');
  });

  it('lists a merged province’s predecessors as the baselines to uncomment, each pointing at its folder', () => {
    const plan = ok('tuyen-quang', 2026);
    expect(plan.predecessors.map((p) => p.id)).toEqual(['tuyen-quang', 'ha-giang']);
    expect(plan.text).toContain('#   - { jurisdiction: { id: tuyen-quang, name: Tỉnh Tuyên Quang }, path: ./2025.yaml }\n');
    expect(plan.text).toContain('#   - { jurisdiction: { id: ha-giang, name: Tỉnh Hà Giang }, path: ../ha-giang/2025.yaml }\n');
    // Uncommented, the list is what the schema expects.
    const live = plan.text.replace('baseline: null\n', '').replace(/^# baselines:\n((?:#   - .*\n)+)/m, (_m, items: string) => `baselines:\n${items.replace(/^# /gm, '')}`);
    const v = parse(live) as { baselines: Array<{ jurisdiction: { id: string }; path: string }> };
    expect(v.baselines.map((b) => [b.jurisdiction.id, b.path])).toEqual([['tuyen-quang', './2025.yaml'], ['ha-giang', '../ha-giang/2025.yaml']]);
    const r = analyzeText(live, plan.path, { workspace: { readPlan: () => undefined } });
    expect(r.diagnostics.map((d) => d.code)).toEqual(['baseline-not-found', 'baseline-not-found']);
    // Unchanged: no predecessor, last year's plan named in a comment.
    expect(ok('ha-noi', 2027).predecessors).toEqual([]);
    expect(ok('ha-noi', 2027).text).toContain('“baseline: ./2026.yaml”');
  });

  it('finds a province by its name as well as its id, and a former province for a year before the merging', () => {
    expect(ok('Tuyên Quang', 2026).jurisdiction.id).toBe('tuyen-quang');
    expect(ok('thanh pho ha noi', '2026').jurisdiction).toEqual({ id: 'ha-noi', name: 'Thành phố Hà Nội' });
    expect(ok('ha-giang', 2025).jurisdiction).toEqual({ id: 'ha-giang', name: 'Tỉnh Hà Giang' });
    expect(ok('tuyen-quang', 2025).predecessors).toEqual([]);
  });

  it('refuses a former province after 2025, an unknown id and a year the schema does not allow', () => {
    expect(initPlan('ha-giang', 2026)).toEqual({ ok: false, problem: { code: 'merged', id: 'ha-giang', name: 'Tỉnh Hà Giang', into: { id: 'tuyen-quang', name: 'Tỉnh Tuyên Quang' }, year: 2026 } });
    const unknown = initPlan('tuyen', 2026);
    expect(unknown.ok || unknown.problem).toEqual({ code: 'unknown-jurisdiction', value: 'tuyen', suggestions: ['tuyen-quang'] });
    for (const y of ['20x6', '', '1975', '2201', '2026.5', 'constructor']) expect(initPlan('ha-noi', y).ok, y).toBe(false);
    expect(initPlan('constructor', 2026).ok).toBe(false);
    expect(initPlan('x'.repeat(1_000_000), 2026).ok).toBe(false);
  });
});
