// `kehoach validate` with the rules: cross-file checks read the baseline from disk, the
// config file changes severities, and every diagnostic links to its page. The built CLI is
// spawned as CI runs it (npm run build first).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DRAFT_2026, PLAN_2025, positionOf, REPO_ROOT, replaceOnce } from '../testing/fixtures.js';
import { readPlan } from '../testing/realPlans.js';

const BIN = join(REPO_ROOT, 'packages/schema/bin/kehoach.js');

function kehoach(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' }, timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const CPI_BLOCK = /  - id: cpi\n(    .*\n)+?(?=  - id: )/;
const draftWithoutCpi = DRAFT_2026.replace(CPI_BLOCK, '');

/** plans/ha-noi/{2024,2025,2026}.yaml in a fresh git repository, 2026 missing the CPI indicator. */
function repo(files: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-rules-'));
  spawnSync('git', ['init', '-q', dir]); // the repository: kehoach.config.json is looked for up to its root
  const plans = join(dir, 'plans', 'ha-noi');
  spawnSync('mkdir', ['-p', plans]);
  writeFileSync(join(plans, '2024.yaml'), readPlan('ha-noi/2024'));
  writeFileSync(join(plans, '2025.yaml'), PLAN_2025);
  writeFileSync(join(plans, '2026.yaml'), draftWithoutCpi);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('kehoach validate: rules across files', () => {
  it('reads the baseline named by the draft from disk and reports the missing indicator (exit 1)', () => {
    const dir = repo();
    const r = kehoach(['validate', 'plans/', '--lang', 'en'], dir);
    expect(r.status).toBe(1);
    const at = positionOf(draftWithoutCpi, 'third-child-birth-rate-reduction');
    expect(r.stdout).toContain(
      `plans/ha-noi/2026.yaml:${at.line + 1}:${at.character + 1} error missing-indicator Indicator “cpi” (Chỉ số giá tiêu dùng) of the 2025 plan of Thành phố Hà Nội is missing; last year’s target: dưới 4,5%.`,
    );
    // The 2025 plan is checked against 2024 (on disk), and its deliberate defects are suppressed.
    expect(r.stdout).not.toContain('plans/ha-noi/2025.yaml');
  });

  it('json: every diagnostic carries a link to its page', () => {
    const r = kehoach(['validate', 'plans/ha-noi/2026.yaml', '--format', 'json'], repo());
    const out = JSON.parse(r.stdout) as Array<{ code: string; docs: string }>;
    const missing = out.find((d) => d.code === 'missing-indicator')!;
    expect(missing.docs).toBe('https://github.com/kehoach/kehoach/blob/main/docs/rules/missing-indicator.md');
    expect(out.every((d) => d.docs.endsWith(`/docs/rules/${d.code}.md`))).toBe(true);
  });

  it('sarif: the rules’ default levels and help links', () => {
    const r = kehoach(['validate', 'plans/ha-noi/2026.yaml', '--format', 'sarif'], repo());
    const rules = JSON.parse(r.stdout).runs[0].tool.driver.rules as Array<{ id: string; helpUri: string; defaultConfiguration: { level: string } }>;
    const label = rules.find((x) => x.id === 'label-sequence')!;
    expect(label.defaultConfiguration.level).toBe('warning');
    expect(label.helpUri).toMatch(/docs\/rules\/label-sequence\.md$/);
  });

  it('kehoach.config.json at the repository root changes a severity (found from a subfolder)', () => {
    // Deleting cpi also leaves the two narrative targets that restate it dangling, and 24 indicators where 25 are declared.
    const without = kehoach(['validate', '.', '--lang', 'en'], join(repo(), 'plans'));
    expect(without.stdout.match(/ error (missing-indicator|unknown-reference) /g)).toHaveLength(3);
    expect(without.stdout.match(/ error indicator-count /g)).toHaveLength(1);
    const config = '{ "rules": { "missing-indicator": "warning", "unknown-reference": "info", "label-sequence": "off", "indicator-count": "off" } }';
    const dir = repo({ 'kehoach.config.json': config });
    const r = kehoach(['validate', '.', '--lang', 'en'], join(dir, 'plans'));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/ warning missing-indicator /);
    expect(r.stdout.match(/ info unknown-reference /g)).toHaveLength(2);
    expect(r.stdout).not.toMatch(/label-sequence/);
  });

  it('kehoach.config.json above the repository is not the repository’s: not looked for there', () => {
    const dir = repo({ 'kehoach.config.json': '{ "rules": { "missing-indicator": "off" } }' });
    // A repository inside a folder holding a config of its own.
    const inner = join(dir, 'inner');
    spawnSync('mkdir', ['-p', join(inner, 'plans')]);
    spawnSync('git', ['init', '-q', inner]);
    spawnSync('cp', ['-r', join(dir, 'plans', 'ha-noi'), join(inner, 'plans')]);
    const r = kehoach(['validate', '.', '--lang', 'en'], join(inner, 'plans'));
    expect(r.stdout).toMatch(/ error missing-indicator /);
  });

  it('an unusable config is a usage error (exit 2); an unknown code only a warning', () => {
    const bad = kehoach(['validate', 'plans/', '--lang', 'en'], repo({ 'kehoach.config.json': '{ "rules": { "missing-indicator": "loud" } }' }));
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('“kehoach.config.json”: "loud" is not a valid setting for “missing-indicator”');
    const typo = kehoach(['validate', 'plans/', '--lang', 'en'], repo({ 'kehoach.config.json': '{ "rules": { "missing-indicatr": "off" } }' }));
    expect(typo.status).toBe(1);
    expect(typo.stderr).toContain('there is no rule “missing-indicatr” (ignored)');
  });

  it('a baseline that the draft names but that is not on disk: baseline-not-found', () => {
    const dir = repo();
    writeFileSync(join(dir, 'plans/ha-noi/2026.yaml'), replaceOnce(DRAFT_2026, 'baseline: ./2025.yaml', 'baseline: ./2023.yaml'));
    const r = kehoach(['validate', 'plans/ha-noi/2026.yaml', '--lang', 'en'], dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/error baseline-not-found The baseline plan “plans\/ha-noi\/2023\.yaml” was not found/);
  });
});
