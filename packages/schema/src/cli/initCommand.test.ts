// kehoach init as a real process (the built bundle): the skeleton validates clean, is written
// where the plans live, and nothing is ever overwritten.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initPlan } from '../scaffold/initPlan.js';
import { REPO_ROOT } from '../testing/realPlans.js';

const BIN = join(REPO_ROOT, 'packages/schema/bin/kehoach.js');
const ENV = { PATH: process.env.PATH ?? '', GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', KEHOACH_LANG: 'vi' };
const kehoach = (args: string[], cwd: string) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: ENV, timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};
/** A fresh git repository: init writes under its root, wherever in it it runs. */
function repo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-init-'));
  spawnSync('git', ['init', '-q', dir], { env: ENV });
  return dir;
}

describe('kehoach init', () => {
  it('writes plans/<id>/<year>.yaml at the repository root, and kehoach validate finds nothing to say', () => {
    const dir = repo();
    mkdirSync(join(dir, 'docs'));
    const r = kehoach(['init', 'tuyen-quang', '2026'], join(dir, 'docs'));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      'Đã tạo ../plans/tuyen-quang/2026.yaml: bản khung kế hoạch năm 2026 của Tỉnh Tuyên Quang (status: draft). Tiếp theo: điền theo hướng dẫn ở đầu tệp, rồi chạy “kehoach validate ../plans/tuyen-quang/2026.yaml”.\n' +
        'Tỉnh Tuyên Quang hình thành từ Tỉnh Tuyên Quang, Tỉnh Hà Giang: khi kế hoạch năm 2025 của các tỉnh đó có trong kho, bỏ dấu “#” ở danh sách baselines trong tệp để so sánh với từng tỉnh.\n',
    );
    const path = join(dir, 'plans/tuyen-quang/2026.yaml');
    expect(readFileSync(path, 'utf8')).toBe((initPlan('tuyen-quang', 2026) as { plan: { text: string } }).plan.text);
    expect(readdirSync(join(dir, 'plans/tuyen-quang'))).toEqual(['2026.yaml']); // no temporary file left
    const v = kehoach(['validate', 'plans/', '--format', 'json'], dir);
    expect(v.status).toBe(0);
    expect(JSON.parse(v.stdout)).toEqual([]);
  });

  it('never overwrites, not even with --force (exit 2, file untouched)', () => {
    const dir = repo();
    mkdirSync(join(dir, 'plans/ha-noi'), { recursive: true });
    writeFileSync(join(dir, 'plans/ha-noi/2027.yaml'), '# the drafters’ work\n');
    for (const args of [['init', 'ha-noi', '2027'], ['init', 'ha-noi', '2027', '--force']]) {
      const r = kehoach([...args, '--lang', 'en'], dir);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe('“plans/ha-noi/2027.yaml” already exists; kehoach init never overwrites a plan (not even with --force). Use “kehoach new-year” to draft next year from an existing plan, or --out to write elsewhere.\n');
    }
    expect(readFileSync(join(dir, 'plans/ha-noi/2027.yaml'), 'utf8')).toBe('# the drafters’ work\n');
  });

  it('--out writes that path; a folder there is refused', () => {
    const dir = repo();
    const r = kehoach(['init', 'Đà Nẵng', '2026', '--out', 'draft.yaml'], dir);
    expect(r.status).toBe(0);
    expect(readFileSync(join(dir, 'draft.yaml'), 'utf8')).toContain('jurisdiction: { id: da-nang, name: Thành phố Đà Nẵng }');
    mkdirSync(join(dir, 'folder.yaml'));
    const refused = kehoach(['init', 'da-nang', '2026', '--out', 'folder.yaml'], dir);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/^Không ghi “folder.yaml”/);
  });

  it('says what is wrong with the arguments, in the chosen language, and writes nothing (exit 2)', () => {
    const dir = repo();
    const cases: Array<[string[], string]> = [
      [['init', 'tuyen-quang'], 'The init command needs a province id and a year: kehoach init JURISDICTION YEAR (for example: kehoach init tuyen-quang 2026). The ids: docs/catalogue.md.\n'],
      [['init', 'tuyen-quang', 'năm-sau'], 'The year “năm-sau” is not valid: give a year from 1976 to 2200, such as 2026.\n'],
      [['init', 'atlantis', '2026'], '“atlantis” is the id or name of none of the 34 provinces since 2025. Use an id from docs/catalogue.md, such as “tuyen-quang”.\n'],
      [['init', 'tuyen', '2026'], '“tuyen” is the id or name of no province. Did you mean: tuyen-quang?\n'],
      [['init', 'ha-giang', '2026'], 'Tỉnh Hà Giang merged into Tỉnh Tuyên Quang in 2025 (Nghị quyết 202/2025/QH15): the 2026 plan is Tỉnh Tuyên Quang’s. Run “kehoach init tuyen-quang 2026”.\n'],
    ];
    for (const [args, message] of cases) {
      const r = kehoach([...args, '--lang', 'en'], dir);
      expect([r.status, r.stderr], args.join(' ')).toEqual([2, message]);
    }
    expect(readdirSync(dir)).toEqual(['.git']);
  });
});
