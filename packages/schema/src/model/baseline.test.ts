import { describe, expect, it } from 'vitest';
import { baselineRef, baselineRefs, lookupBaseline, lookupBaselines, MAX_BASELINES, resolvePath } from './baseline.js';

describe('baseline resolution', () => {
  it('resolves a path against the plan’s directory, for paths and URIs', () => {
    expect(resolvePath('plans/ha-noi/2026.yaml', './2025.yaml')).toBe('plans/ha-noi/2025.yaml');
    expect(resolvePath('plans/ha-noi/2026.yaml', '../da-nang/2025.yaml')).toBe('plans/da-nang/2025.yaml');
    expect(resolvePath('/repo/plans/ha-noi/2026.yaml', '2025.yaml')).toBe('/repo/plans/ha-noi/2025.yaml');
    expect(resolvePath('file:///c%3A/repo/plans/ha-noi/2026.yaml', './2025.yaml')).toBe('file:///c%3A/repo/plans/ha-noi/2025.yaml');
    expect(resolvePath('C:\\repo\\plans\\ha-noi\\2026.yaml', '.\\2025.yaml')).toBe('C:\\repo\\plans\\ha-noi\\2025.yaml');
    expect(resolvePath('2026.yaml', './2025.yaml')).toBe('2025.yaml');
    expect(resolvePath('/2026.yaml', '../../2025.yaml')).toBe('/2025.yaml');
    expect(resolvePath('plans/ha-noi/2026.yaml', '/abs/2025.yaml')).toBe('/abs/2025.yaml');
  });

  it('takes the plan’s baseline, else <year-1>.yaml beside it', () => {
    expect(baselineRef('plans/ha-noi/2026.yaml', { year: 2026, baseline: './2025.yaml' })).toEqual({ path: 'plans/ha-noi/2025.yaml', explicit: true, pointer: '/baseline' });
    expect(baselineRef('plans/ha-noi/2026.yaml', { year: 2026, baseline: null })).toEqual({ path: 'plans/ha-noi/2025.yaml', explicit: false });
    expect(baselineRef('plans/ha-noi/2026.yaml', { baseline: null })).toBeUndefined();
    expect(baselineRef('x.yaml', 'not a plan')).toBeUndefined();
  });

  it('looks it up through the workspace: found, named but missing, or none', () => {
    const ws = { readPlan: (p: string) => (p === 'plans/ha-noi/2025.yaml' ? 'year: 2025\nindicators: []\n' : undefined) };
    expect(lookupBaseline('plans/ha-noi/2026.yaml', { year: 2026 }, ws).kind).toBe('found');
    expect(lookupBaseline('plans/ha-noi/2026.yaml', { year: 2026, baseline: './2024.yaml' }, ws).kind).toBe('not-found');
    expect(lookupBaseline('plans/ha-noi/2025.yaml', { year: 2025 }, ws).kind).toBe('none');
    // A plan that names itself as its baseline is not compared with itself.
    expect(lookupBaseline('plans/ha-noi/2025.yaml', { year: 2025, baseline: './2025.yaml' }, ws).kind).toBe('none');
  });

  it('a merged province: baseline, then each of baselines with its predecessor, each path once, at most MAX_BASELINES', () => {
    const plan = {
      year: 2026,
      baseline: './2025.yaml',
      baselines: [
        { jurisdiction: { id: 'ho-chi-minh', name: 'Thành phố Hồ Chí Minh' }, path: './2025.yaml' },
        { jurisdiction: { id: 'binh-duong', name: 'Tỉnh Bình Dương' }, path: '../binh-duong/2025.yaml' },
        { jurisdiction: { id: 'ba-ria-vung-tau', name: 'Tỉnh Bà Rịa - Vũng Tàu' }, path: '../ba-ria-vung-tau/2025.yaml' },
      ],
    };
    expect(baselineRefs('plans/ho-chi-minh/2026.yaml', plan)).toEqual([
      { path: 'plans/ho-chi-minh/2025.yaml', explicit: true, pointer: '/baseline' },
      { path: 'plans/binh-duong/2025.yaml', explicit: true, pointer: '/baselines/1/path', jurisdiction: { id: 'binh-duong', name: 'Tỉnh Bình Dương' } },
      { path: 'plans/ba-ria-vung-tau/2025.yaml', explicit: true, pointer: '/baselines/2/path', jurisdiction: { id: 'ba-ria-vung-tau', name: 'Tỉnh Bà Rịa - Vũng Tàu' } },
    ]);
    const many = { year: 2026, baselines: Array.from({ length: 50 }, (_, i) => ({ jurisdiction: { id: `p${i}`, name: `P${i}` }, path: `../p${i}/2025.yaml` })) };
    expect(baselineRefs('plans/x/2026.yaml', many)).toHaveLength(MAX_BASELINES);
    const ws = { readPlan: (p: string) => (p === 'plans/binh-duong/2025.yaml' ? 'year: 2025\nindicators: []\n' : undefined) };
    expect(lookupBaselines('plans/ho-chi-minh/2026.yaml', plan, ws).map((l) => l.kind)).toEqual(['not-found', 'found', 'not-found']);
  });

  it('a file the workspace will not read (outside the repository or workspace) is told apart from a missing one', () => {
    const ws = { readPlan: (p: string) => (p.startsWith('plans/') ? undefined : { refused: 'outside' as const }) };
    expect(lookupBaseline('plans/ha-noi/2026.yaml', { year: 2026, baseline: '../../../../etc/passwd' }, ws)).toEqual({ kind: 'outside', ref: { path: '../../etc/passwd', explicit: true, pointer: '/baseline' } });
    expect(lookupBaseline('plans/ha-noi/2026.yaml', { year: 2026, baseline: '/etc/passwd' }, ws).kind).toBe('outside');
    expect(lookupBaseline('plans/ha-noi/2026.yaml', { year: 2026, baseline: './2024.yaml' }, ws).kind).toBe('not-found');
    // A plan's text is a string: no text can be taken for the refusal.
    expect(lookupBaseline('plans/ha-noi/2026.yaml', { year: 2026 }, { readPlan: () => 'outside' }).kind).toBe('found');
    const merged = { year: 2026, baselines: [{ jurisdiction: { id: 'x' }, path: '/etc/passwd' }, { jurisdiction: { id: 'y' }, path: './2024.yaml' }] };
    expect(lookupBaselines('plans/ha-noi/2026.yaml', merged, ws).map((l) => l.kind)).toEqual(['outside', 'not-found']);
  });
});

describe('a baseline named by many plans', () => {
  const base = 'schemaVersion: "1.0"\nyear: 2024\nindicators: []\n';
  const plan = { year: 2025, baseline: './2024.yaml' };
  it('is parsed once per workspace and text: the same model for every plan; a changed text is parsed anew', () => {
    let text = base;
    const workspace = { readPlan: (path: string) => (path === 'plans/x/2024.yaml' ? text : undefined) };
    const model = (from: string) => {
      const found = lookupBaseline(from, plan, workspace);
      if (found.kind !== 'found') throw new Error(found.kind);
      return found.model;
    };
    const first = model('plans/x/2025.yaml');
    expect(model('plans/x/2025-ban-sao.yaml')).toBe(first);
    text = base.replace('2024', '2023');
    const changed = model('plans/x/2025.yaml');
    expect(changed).not.toBe(first);
    expect((changed.value as { year: number }).year).toBe(2023);
    // Another workspace (another run, another editor window) reads its own.
    const other = lookupBaseline('plans/x/2025.yaml', plan, { readPlan: workspace.readPlan });
    expect(other.kind === 'found' && other.model).not.toBe(changed);
    expect(other.kind === 'found' && other.model.value).toEqual(changed.value);
  });
});
