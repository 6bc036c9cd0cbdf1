// Next year's draft as the CLI and the editor get it: from the real 2025 plan and the 2026
// draft, by path and by URI, with what to tell the drafter and why there is none.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../engine.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { readPlan, replaceOnce } from '../testing/realPlans.js';
import { draftNextYear } from './draftNextYear.js';
import { scaffoldNewYear } from './newYear.js';
import { relativeRef } from './relativeRef.js';

const text2025 = readPlan('ha-noi/2025');
const text2026 = readPlan('ha-noi/2026');

describe('draftNextYear', () => {
  it('the 2025 plan → 2026.yaml beside it, the scaffold’s text, its counts; 2024’s dropped indicator not carried again', () => {
    const out = draftNextYear(text2025, '/repo/plans/ha-noi/2025.yaml');
    if (!out.ok) throw new Error(out.problem.code);
    expect(out.draft.target).toBe('/repo/plans/ha-noi/2026.yaml');
    expect(out.draft.baseline).toBe('./2025.yaml');
    expect(out.draft.text).toBe(scaffoldNewYear(text2025, { baseline: './2025.yaml' }).text);
    expect([out.draft.fromYear, out.draft.year, out.draft.indicators.length, out.draft.parts.length]).toEqual([2025, 2026, 25, 17]);
    expect(out.draft.notes).toEqual([{ code: 'skipped-dropped', ids: ['public-schools-national-standard-rate'] }]);
  });

  it('works on the editor’s URIs as on paths, Windows ones included', () => {
    const uri = draftNextYear(text2025, 'file:///w/plans/ha-noi/2025.yaml');
    expect(uri.ok && [uri.draft.target, uri.draft.baseline]).toEqual(['file:///w/plans/ha-noi/2026.yaml', './2025.yaml']);
    const win = draftNextYear(text2025, 'C:\\w\\plans\\ha-noi\\2025.yaml');
    expect(win.ok && [win.draft.target, win.draft.baseline]).toEqual(['C:\\w\\plans\\ha-noi\\2026.yaml', './2025.yaml']);
  });

  it('a target elsewhere: the draft’s baseline is the plan relative to it', () => {
    const out = draftNextYear(text2025, '/repo/plans/ha-noi/2025.yaml', { target: '/repo/drafts/2026.yaml' });
    expect(out.ok && out.draft.baseline).toBe('../plans/ha-noi/2025.yaml');
    expect(out.ok && out.draft.text).toContain('\nbaseline: ../plans/ha-noi/2025.yaml\n');
  });

  it('a draft as the baseline: made all the same, with a note', () => {
    // The adopted 2026 plan is in the repository now: the draft is the scaffold's own 2026 draft.
    const draft2026 = scaffoldNewYear(text2025, { baseline: './2025.yaml' }).text;
    const out = draftNextYear(draft2026, '/repo/plans/ha-noi/2026.yaml');
    expect(out.ok && [out.draft.year, out.draft.notes]).toEqual([2027, [{ code: 'baseline-is-draft' }]]);
  });

  it('indicators the plan had dropped: left out, with a note', () => {
    // Without the declared count, which the extra drop would contradict (indicator-count).
    const text = replaceOnce(
      replaceOnce(text2025, '    direction: lower\n', '    direction: lower\n    dropped: { reason: thử / test }\n', 'id: urban-unemployment'),
      'declaredIndicatorCount: { value: 25, clause: art_1__item_2 }\n',
      '',
    );
    const out = draftNextYear(text, '/repo/plans/ha-noi/2025.yaml');
    expect(out.ok && out.draft.notes).toEqual([{ code: 'skipped-dropped', ids: ['urban-unemployment', 'public-schools-national-standard-rate'] }]);
  });

  it('the adopted 2026 plan: its unconfirmed indicators (no source names them) are left out, with a note', () => {
    const out = draftNextYear(text2026, '/repo/plans/ha-noi/2026.yaml');
    if (!out.ok) throw new Error(out.problem.code);
    const unconfirmed = out.draft.notes.find((n) => n.code === 'skipped-unconfirmed');
    expect(unconfirmed && 'ids' in unconfirmed ? unconfirmed.ids : []).toContain('poor-households');
    expect(out.draft.notes.map((n) => n.code)).toEqual(['skipped-dropped', 'skipped-unconfirmed']);
    expect(out.draft.text).not.toMatch(/\n  - id: poor-households\n/);
  });

  it('no draft from a plan with errors, nor from what is not a plan', () => {
    const broken = draftNextYear(replaceOnce(text2025, 'direction: higher', 'direcion: higher'), '/repo/2025.yaml');
    expect(!broken.ok && broken.problem.code === 'baseline-invalid' && broken.problem.errors.map((d) => d.code)).toEqual(['schema-unknown-key']);
    expect(draftNextYear('a: [', '/repo/2025.yaml')).toMatchObject({ ok: false, problem: { code: 'baseline-invalid' } });
    expect(draftNextYear('', '/repo/2025.yaml')).toMatchObject({ ok: false, problem: { code: 'baseline-invalid' } });
  });

  it('the caller’s own check decides (the editor’s settings and baseline)', () => {
    const own = analyzeText(text2025, '/repo/2025.yaml');
    const error: Diagnostic = { code: 'missing-indicator', severity: 'error', range: { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } }, params: {} };
    const out = draftNextYear(text2025, '/repo/2025.yaml', { analysis: { model: own.model, diagnostics: [error] } });
    expect(out).toEqual({ ok: false, problem: { code: 'baseline-invalid', errors: [error] } });
    const noYear = draftNextYear('a: 1\n', '/repo/x.yaml', { analysis: { model: analyzeText('a: 1\n', '/repo/x.yaml').model, diagnostics: [] } });
    expect(noYear).toMatchObject({ ok: false, problem: { code: 'not-a-plan', reason: 'no-year' } });
  });
});

describe('relativeRef', () => {
  it('paths, as path.relative would write them for a baseline', () => {
    expect(relativeRef('/a/plans/ha-noi/2026.yaml', '/a/plans/ha-noi/2025.yaml')).toBe('./2025.yaml');
    expect(relativeRef('/a/drafts/2026.yaml', '/a/plans/ha-noi/2025.yaml')).toBe('../plans/ha-noi/2025.yaml');
    expect(relativeRef('/a/plans/2026.yaml', '/a/plans/ha-noi/2025.yaml')).toBe('./ha-noi/2025.yaml');
    expect(relativeRef('plans/x/../ha-noi/2026.yaml', 'plans/ha-noi/./2025.yaml')).toBe('./2025.yaml');
    expect(relativeRef('C:\\a\\drafts\\2026.yaml', 'c:\\a\\plans\\2025.yaml')).toBe('../plans/2025.yaml');
  });

  it('URIs: decoded segments; no common root: the target itself', () => {
    expect(relativeRef('file:///w/n%C4%83m-sau/2026.yaml', 'file:///w/k%E1%BA%BF%20ho%E1%BA%A1ch/2025.yaml')).toBe('../kế hoạch/2025.yaml');
    expect(relativeRef('file:///w/2026.yaml', 'vscode-vfs://github/w/2025.yaml')).toBe('vscode-vfs://github/w/2025.yaml');
    expect(relativeRef('D:\\w\\2026.yaml', 'C:\\w\\2025.yaml')).toBe('C:\\w\\2025.yaml');
    expect(relativeRef('file:///w/a%ZZ/2026.yaml', 'file:///w/2025.yaml')).toBe('../2025.yaml');
  });
});
