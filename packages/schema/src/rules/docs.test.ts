// docs/rules/ has a page per diagnostic code, linked from its index and the README, with the
// code's exact messages, its default severity, and a failing and a passing example.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../diagnostics/catalog.js';
import { ruleDocsUrl } from '../diagnostics/docs.js';
import { AREAS, MESSAGES, type DiagnosticCode } from '../messages/index.js';
import { REPO_ROOT } from '../testing/fixtures.js';
import { RULES } from './index.js';

const DIR = join(REPO_ROOT, 'docs/rules');
const CODES: Array<{ code: string; severity: string; vi: string; en: string }> = [
  ...Object.entries(CATALOG).map(([code, c]) => ({ code, severity: c.severity, ...MESSAGES[code as DiagnosticCode] })),
  ...RULES.map((r) => ({ code: r.code, severity: r.severity, ...MESSAGES[r.code] })),
];
const index = readFileSync(join(DIR, 'README.md'), 'utf8');

describe('docs/rules', () => {
  it('every code is unique across the catalog and the rules', () => {
    expect(new Set(CODES.map((c) => c.code)).size).toBe(CODES.length);
  });

  it('the message catalog has a message for exactly these codes, and a fix title only for a code that exists', () => {
    expect(Object.keys(AREAS.diagnostics).sort()).toEqual(CODES.map((c) => c.code).sort());
    for (const key of Object.keys(AREAS.fix)) expect(CODES.map((c) => `fix.${c.code}`)).toContain(key);
  });

  for (const c of CODES) {
    it(`${c.code}: a page with its messages, severity and a failing and a passing example, linked from the index`, () => {
      const path = join(DIR, `${c.code}.md`);
      expect(existsSync(path), path).toBe(true);
      const page = readFileSync(path, 'utf8');
      expect(page.startsWith(`# \`${c.code}\`\n`)).toBe(true);
      expect(page).toContain(`**${c.severity[0]!.toUpperCase()}${c.severity.slice(1)}**`);
      expect(page).toContain(`> **vi:** ${c.vi}`);
      expect(page).toContain(`> **en:** ${c.en}`);
      for (const heading of ['Failing example', 'Passing example']) {
        const section = page.split(`\n## ${heading}\n`)[1]?.split('\n## ')[0] ?? '';
        expect(section, heading).toMatch(/```(yaml|json|text)\n[\s\S]+?\n```/);
      }
      // A message that depends on the problem found: the page shows every one.
      for (const [key, t] of Object.entries(AREAS.problems)) {
        if (!key.startsWith(`${c.code}.`)) continue;
        const problem = key.slice(c.code.length + 1);
        expect(page, problem).toContain(`| \`${problem}\` | ${t.vi} | ${t.en} |`);
      }
      expect(page).toContain('\n## How to fix\n');
      expect(page).toContain('\n## Suppressing\n');
      expect(index).toContain(`[\`${c.code}\`](${c.code}.md) | ${c.severity} |`);
      expect(ruleDocsUrl(c.code)).toMatch(new RegExp(`/docs/rules/${c.code}\\.md$`));
    });
  }

  it('no page for a code that does not exist; every relative link resolves', () => {
    const pages = readdirSync(DIR).filter((f) => f.endsWith('.md') && f !== 'README.md');
    expect(pages.sort()).toEqual(CODES.map((c) => `${c.code}.md`).sort());
    for (const f of [...pages, 'README.md']) {
      const text = readFileSync(join(DIR, f), 'utf8');
      for (const m of text.matchAll(/\]\(([^)#:]+\.md)(#[^)]*)?\)/g)) {
        expect(existsSync(join(DIR, m[1]!)), `${f} → ${m[1]}`).toBe(true);
      }
    }
  });

  it('the README links the index under a Rules heading', () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    expect(readme).toMatch(/\n## Rules\n[\s\S]*\(docs\/rules\/README\.md\)/);
    expect(dirname(DIR)).toBe(join(REPO_ROOT, 'docs'));
  });
});
