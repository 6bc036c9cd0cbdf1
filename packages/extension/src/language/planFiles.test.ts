import { describe, expect, it } from 'vitest';
import { baselineHint, declaresPlan, isPlanPath } from './planFiles.js';
import { draftFrom2025, plan2025 } from './testing.js';

describe('which documents are plans', () => {
  it('any YAML file under a plans/ folder', () => {
    expect(isPlanPath('/work/main/plans/ha-noi/2025.yaml')).toBe(true);
    expect(isPlanPath('/plans/x.yml')).toBe(true);
    expect(isPlanPath('C:\\repo\\plans\\ha-noi\\2026.yaml')).toBe(true);
    expect(isPlanPath('/work/main/.github/workflows/plans.yml')).toBe(false);
    expect(isPlanPath('/work/main/myplans/a.yaml')).toBe(false);
    expect(isPlanPath('/work/main/plans/README.md')).toBe(false);
  });

  it('elsewhere, a YAML text whose start declares the plan schemaVersion', () => {
    expect(declaresPlan(plan2025)).toBe(true);
    expect(declaresPlan('schemaVersion: "1.0"\nindicators: []\n')).toBe(true);
    expect(declaresPlan('name: CI\non: push\njobs: {}\n')).toBe(false);
    expect(declaresPlan('schemaVersion: 2\nkind: Deployment\n')).toBe(false);
    expect(declaresPlan('x: 1\n'.repeat(1000) + 'schemaVersion: "1.0"\njurisdiction: {}\n')).toBe(false);
  });
});

describe('baselineHint', () => {
  it('reads baseline:, else year − 1 beside the plan, like the engine', () => {
    expect(baselineHint('vscode-remote://127.0.0.1:8080/work/main/plans/ha-noi/2026.yaml', draftFrom2025())).toBe('vscode-remote://127.0.0.1:8080/work/main/plans/ha-noi/2025.yaml');
    expect(baselineHint('file:///r/plans/ha-noi/2025.yaml', plan2025)).toBe('file:///r/plans/ha-noi/2024.yaml'); // baseline: ./2024.yaml
    expect(baselineHint('file:///r/plans/ha-noi/2027.yaml', 'schemaVersion: "1.0"\nyear: 2027\n')).toBe('file:///r/plans/ha-noi/2026.yaml');
    expect(baselineHint('file:///r/plans/b/2026.yaml', 'baseline: "../a/2025.yaml" # last year\n')).toBe('file:///r/plans/a/2025.yaml');
    expect(baselineHint('file:///r/x.yaml', 'baseline: https://example.org/x.yaml\n')).toBeUndefined();
  });
});
