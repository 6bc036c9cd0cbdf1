// The manifest (package.json) and its translations agree with the code: every %key% has an English
// and a Vietnamese text, every adapter message has its Vietnamese translation, the contributed
// commands are the ones registered, the severity settings list the engine's rules, and the
// extension asks for nothing newer than VS Code 1.100 (code-server 4.100.3 here).
import { RULES } from '@kehoach/schema';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..');
const json = (p: string) => JSON.parse(readFileSync(join(root, p), 'utf8'));
const manifest = json('package.json');
const nls = json('package.nls.json') as Record<string, string>;
const nlsVi = json('package.nls.vi.json') as Record<string, string>;
const adapter = readdirSync(join(root, 'src/adapter')).map((f) => readFileSync(join(root, 'src/adapter', f), 'utf8')).join('\n');

describe('manifest', () => {
  it('targets VS Code 1.100 at most, and activates on plan files, not on every YAML file', () => {
    expect(manifest.engines.vscode).toBe('^1.100.0');
    expect(json('../../node_modules/@types/vscode/package.json').version.startsWith('1.100.')).toBe(true);
    expect(manifest.activationEvents).toEqual(['workspaceContains:**/plans/**/*.yaml', 'workspaceContains:**/plans/**/*.yml']);
    expect(manifest.main).toBe('./dist/extension.js');
    expect(manifest.browser).toBe('./dist/web/extension.js');
    expect(manifest.capabilities).toEqual({ untrustedWorkspaces: { supported: true }, virtualWorkspaces: true });
    expect(manifest.contributes.yamlValidation).toEqual([{ fileMatch: ['plans/**/*.yaml', 'plans/**/*.yml'], url: './dist/plan.schema.json' }]);
  });

  it('has every %key% in English and in Vietnamese', () => {
    const keys = [...JSON.stringify(manifest).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!);
    expect(keys.length).toBeGreaterThan(5);
    for (const k of keys) {
      expect(nls[k], k).toBeTruthy();
      expect(nlsVi[k], k).toBeTruthy();
    }
    expect(Object.keys(nlsVi).sort()).toEqual(Object.keys(nls).sort());
    expect(nlsVi['command.category']).toBe('Kế hoạch');
    expect(nlsVi['command.newYear']).toBe('Tạo kế hoạch năm sau');
    expect(nlsVi['command.compare']).toBe('So sánh với năm trước');
    expect(nlsVi['command.exportDocx']).toBe('Xuất văn bản (.docx)');
    expect(nls['command.exportDocx']).toBe('Export document (.docx)');
    expect(nlsVi['command.startPlan']).toBe('Bắt đầu kế hoạch cho tỉnh mới…');
    expect(nls['command.startPlan']).toBe('Start a plan for a new jurisdiction…');
  });

  it('contributes exactly the user commands the adapter registers', () => {
    const contributed = manifest.contributes.commands.map((c: { command: string }) => c.command).sort();
    expect(contributed).toEqual(['kehoach.compareWithPrevious', 'kehoach.exportDocx', 'kehoach.newYear', 'kehoach.showHistory', 'kehoach.startPlan']);
    for (const c of contributed) expect(adapter).toContain(`'${c}'`);
  });

  it('lists every rule in the kehoach.rules setting', () => {
    const props = manifest.contributes.configuration.properties['kehoach.rules'].properties;
    expect(Object.keys(props).sort()).toEqual(RULES.map((r) => r.code).sort());
  });

  it('translates every adapter message (vscode.l10n bundle), with the same {n} placeholders', () => {
    const messages = [...adapter.matchAll(/\bmsg\(\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]!);
    expect(messages.length).toBeGreaterThan(8);
    const vi = json('l10n/bundle.l10n.vi.json') as Record<string, string>;
    const en = json('l10n/bundle.l10n.json') as Record<string, string>;
    for (const m of messages) {
      expect(vi[m], m).toBeTruthy();
      expect(en[m], m).toBe(m);
      expect((vi[m]!.match(/\{\d+\}/g) ?? []).sort(), m).toEqual((m.match(/\{\d+\}/g) ?? []).sort());
    }
    expect(Object.keys(vi).sort()).toEqual([...new Set(messages)].sort());
  });
});
