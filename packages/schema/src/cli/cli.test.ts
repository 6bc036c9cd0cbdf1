// The CLI spawned as a real process (the built bundle), as CI and drafters run it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLAN_2025_STANDALONE } from '../testing/fixtures.js';
import { REPO_ROOT, readPlan, replaceOnce, positionOf } from '../testing/realPlans.js';

const BIN = join(REPO_ROOT, 'packages/schema/bin/kehoach.js');

function kehoach(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? REPO_ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...opts.env },
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const plan2025 = readPlan('ha-noi/2025');
/** A temporary folder with one broken copy of the 2025 plan (standing alone: no baseline): an unknown key. */
function brokenPlanDir() {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-cli-'));
  const text = replaceOnce(PLAN_2025_STANDALONE, 'direction: higher', 'direcion: higher', 'id: grdp-growth');
  writeFileSync(join(dir, '2025.yaml'), text);
  return { dir, file: join(dir, '2025.yaml'), pos: positionOf(text, 'direcion') };
}

describe('kehoach validate', () => {
  it('passes on the repository’s plans (exit 0)', () => {
    const r = kehoach(['validate', 'plans/']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(/ lỗi | error /);
  });

  it('validates plans/ by default', () => {
    expect(kehoach(['validate']).status).toBe(0);
  });

  it('stylish: file:line:col severity code message, exit 1 on errors', () => {
    const { dir, pos } = brokenPlanDir();
    const r = kehoach(['validate', '.', '--lang', 'vi'], { cwd: dir });
    expect(r.status).toBe(1);
    const first = r.stdout.split('\n')[0];
    expect(first).toBe(
      `2025.yaml:${pos.line + 1}:${pos.character + 1} lỗi schema-unknown-key Trường “direcion” không có trong lược đồ tại indicators/grdp-growth. Có phải ý bạn là “direction”? Các trường hợp lệ: id, number, name, unit, direction, change, relativeTo, target, previousTarget, results, parts, clauses, dropped, unconfirmed, nameInText, partsIntro, separator, end, note.`,
    );
    expect(r.stdout).toContain('✖ 1 lỗi, 0 cảnh báo trong 1 tệp.');
  });

  it('json: an array of {file, range, severity, code, message}', () => {
    const { dir, pos } = brokenPlanDir();
    const r = kehoach(['validate', dir, '--format', 'json', '--lang', 'en'], { cwd: dir });
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({
      file: '2025.yaml',
      range: { start: pos, end: { line: pos.line, character: pos.character + 'direcion'.length } },
      severity: 'error',
      code: 'schema-unknown-key',
    });
    expect(out[0].message).toMatch(/^Property “direcion” is not allowed/);
  });

  it('github: workflow-command annotations with escaped text', () => {
    const { dir, pos } = brokenPlanDir();
    const r = kehoach(['validate', '2025.yaml', '--format', 'github'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(
      new RegExp(
        `^::error file=2025.yaml,line=${pos.line + 1},col=${pos.character + 1},endLine=${pos.line + 1},endColumn=${pos.character + 9},title=schema-unknown-key::Trường “direcion”`,
      ),
    );
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('sarif: SARIF 2.1.0 with rules and 1-based regions', () => {
    const { dir, pos } = brokenPlanDir();
    const r = kehoach(['validate', '.', '--format', 'sarif'], { cwd: dir });
    expect(r.status).toBe(1);
    const log = JSON.parse(r.stdout);
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    expect(run.tool.driver.rules.map((x: { id: string }) => x.id)).toEqual(['schema-unknown-key']);
    expect(run.results[0].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: '2025.yaml' },
      region: { startLine: pos.line + 1, startColumn: pos.character + 1, endLine: pos.line + 1, endColumn: pos.character + 9 },
    });
  });

  it('language from --lang, then the environment, Vietnamese when unknown', () => {
    const { dir } = brokenPlanDir();
    expect(kehoach(['validate', '.'], { cwd: dir, env: { LANG: 'en_US.UTF-8' } }).stdout).toContain(' error schema-unknown-key Property');
    expect(kehoach(['validate', '.'], { cwd: dir, env: { LANG: 'C.UTF-8' } }).stdout).toContain(' lỗi schema-unknown-key Trường');
    expect(kehoach(['validate', '.', '--lang', 'vi'], { cwd: dir, env: { LANG: 'en_US' } }).stdout).toContain(' lỗi ');
  });

  it('exit 2: a path that does not exist', () => {
    const r = kehoach(['validate', 'khong-co/', '--lang', 'en']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Path “khong-co/” does not exist.');
  });

  it('exit 2: a directory with no plan files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-empty-'));
    writeFileSync(join(dir, 'README.md'), '# không phải kế hoạch\n');
    const r = kehoach(['validate', dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Không có tệp kế hoạch (.yaml, .yml) nào');
  });

  it('exit 2: usage errors', () => {
    expect(kehoach(['validate', '--format', 'xml']).status).toBe(2);
    expect(kehoach(['validate', '--lang', 'fr']).status).toBe(2);
    expect(kehoach(['validate', '--max-warnings', 'nhiều']).status).toBe(2);
    expect(kehoach(['validate', '--no-such-flag']).status).toBe(2);
    expect(kehoach(['frobnicate']).status).toBe(2);
    expect(kehoach([]).status).toBe(2);
    const help = kehoach(['--help', '--lang', 'en']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: kehoach <command>');
  });

  it('a 20 MB file is refused without reading it, with a clear message', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-big-'));
    writeFileSync(join(dir, 'big.yaml'), Buffer.alloc(20 * 1024 * 1024, 'a: 1\n'));
    const r = kehoach(['validate', dir, '--lang', 'en']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('big.yaml:1:1 error file-too-large File too large (20 MB)');
  });

  it('binary and non-UTF-8 files, and a symlink loop, in a plans folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-bad-'));
    writeFileSync(join(dir, 'a.yaml'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    writeFileSync(join(dir, 'b.yaml'), Buffer.from('year: 20\xff25\n', 'latin1'));
    mkdirSync(join(dir, 'sub'));
    symlinkSync(dir, join(dir, 'sub', 'loop'));
    const r = kehoach(['validate', dir, '--lang', 'en', '--format', 'json']);
    expect(r.status).toBe(1);
    const codes = JSON.parse(r.stdout).map((d: { code: string }) => d.code);
    expect(codes).toEqual(['file-binary', 'file-not-utf8']);
    expect(r.stderr).toContain('symbolic link loop');
  });

  it('never prints a stack trace on hostile YAML', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-hostile-'));
    writeFileSync(join(dir, 'deep.yaml'), '[' .repeat(10000) + ']'.repeat(10000));
    writeFileSync(join(dir, 'tags.yaml'), 'a: !!js/function "function(){ process.exit(9) }"\n');
    const r = kehoach(['validate', dir]);
    expect(r.status).toBe(1);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('kehoach render and export', () => {
  it('render prints the resolution text', () => {
    const r = kehoach(['render', 'plans/ha-noi/2025.yaml']);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').slice(4, 7)).toEqual(['Số: 58/NQ-HĐND', 'Hà Nội, ngày 10 tháng 12 năm 2024', 'NGHỊ QUYẾT']);
    expect(kehoach(['render', 'plans/ha-noi/2025.yaml', '--format', 'text']).stdout).toBe(r.stdout);
  });

  it('render --format docx writes the .docx (a zip), never over a file without --force', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-render-'));
    const out = join(dir, 'nq.docx');
    const r = kehoach(['render', 'plans/ha-noi/2025.yaml', '--format', 'docx', '--out', out, '--lang', 'en']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Wrote .*nq\.docx \(\d+(\.\d)? KB\)\.\n$/);
    expect(readFileSync(out).subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
    writeFileSync(out, 'mine');
    const again = kehoach(['render', 'plans/ha-noi/2025.yaml', '--format', 'docx', '--out', out, '--lang', 'en']);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('already exists; not overwritten');
    expect(readFileSync(out, 'utf8')).toBe('mine');
    expect(kehoach(['render', 'plans/ha-noi/2025.yaml', '--format', 'docx', '--out', out, '--force']).status).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('render --format docx without --out writes beside the plan', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-render-'));
    writeFileSync(join(dir, '2025.yaml'), PLAN_2025_STANDALONE);
    expect(kehoach(['render', '2025.yaml', '--format', 'docx'], { cwd: dir }).status).toBe(0);
    expect(readFileSync(join(dir, '2025.docx')).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('render --format html prints one self-contained page', () => {
    const r = kehoach(['render', 'plans/ha-noi/2025.yaml', '--format', 'html']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^<!DOCTYPE html>/);
    expect(r.stdout).not.toMatch(/<script|<link|\ssrc=|@import/i);
  });

  it('render refuses an adopted plan whose document is not the one signed (--allow-draft renders it marked); text still prints', () => {
    const refused = kehoach(['render', 'plans/ha-noi/2026.yaml', '--format', 'html', '--lang', 'en']);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe(
      '“plans/ha-noi/2026.yaml” is an adopted plan (status: adopted) but its document still has 1 unknown target(s) ([chưa biết]), 10 target(s) taken from another source, not the adopted wording ([nguồn: …]), a truncated source text ([…]): not rendered as the document to sign. Add --allow-draft to render it with those places marked.\n',
    );
    const allowed = kehoach(['render', 'plans/ha-noi/2026.yaml', '--format', 'html', '--allow-draft']);
    expect(allowed.status).toBe(0);
    expect(allowed.stdout).toContain('<mark class="m-unknown">[chưa biết]</mark>');
    expect(kehoach(['render', 'plans/ha-noi/2026.yaml']).status).toBe(0);
  });

  it('render refuses an adopted plan with a placeholder, in every format, unless --allow-draft', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-render-'));
    const text = replaceOnce(PLAN_2025_STANDALONE, 'target: { wording: "dưới 4,5%", kind: level, op: "<", value: 4.5, unit: "%" }', 'target: { placeholder: true }');
    writeFileSync(join(dir, '2025.yaml'), text);
    for (const format of ['text', 'html', 'docx']) {
      const r = kehoach(['render', '2025.yaml', '--format', format, '--lang', 'en'], { cwd: dir });
      expect(r.status, format).toBe(1);
      expect(r.stderr).toContain('adopted-placeholder');
    }
    expect(existsSync(join(dir, '2025.docx'))).toBe(false);
    const marked = kehoach(['render', '2025.yaml', '--allow-draft'], { cwd: dir });
    expect(marked.status).toBe(0);
    expect(marked.stdout).toContain('\n5.\tChỉ số giá tiêu dùng\t%\t[chưa đặt]\n');
    expect(kehoach(['render', '2025.yaml', '--format', 'docx', '--allow-draft'], { cwd: dir }).status).toBe(0);
  });

  it('render rejects an unknown format (exit 2)', () => {
    const r = kehoach(['render', 'plans/ha-noi/2025.yaml', '--format', 'pdf', '--lang', 'en']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('--format must be one of text, html, docx, not “pdf”.\n');
  });

  it('export prints the normalized plan as JSON', () => {
    const r = kehoach(['export', 'plans/ha-noi/2025.yaml', '--format', 'json']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.format).toBe('kehoach-plan');
    // 25 appendix indicators, and 2024's school share kept as dropped (replaced by counts of schools).
    expect(out.indicators).toHaveLength(26);
    expect(out.indicators[0]).toMatchObject({ id: 'grdp-growth', target: { kind: 'level', op: '>=', value: 6.5, source: null } });
    expect(out.indicators.filter((i: { dropped: unknown }) => i.dropped)).toMatchObject([{ id: 'public-schools-national-standard-rate', dropped: { replacedBy: 'public-schools-national-standard' } }]);
    expect(out).toMatchObject({ baseline: './2024.yaml', declaredIndicatorCount: { value: 25, clause: 'art_1__item_2' }, amendments: [] });
  });

  it('render refuses an invalid plan with the reasons (exit 1)', () => {
    const { file } = brokenPlanDir();
    const r = kehoach(['render', file, '--lang', 'en']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('schema-unknown-key');
  });
});
