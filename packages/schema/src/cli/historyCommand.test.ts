// kehoach history: in-process through runCli (the same code the binary runs), and once as the
// built binary.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, readPlan } from '../testing/realPlans.js';
import { runCli } from './main.js';

async function cli(argv: string[], cwd = REPO_ROOT) {
  let stdout = '';
  let stderr = '';
  const status = await runCli({ argv, env: { KEHOACH_LANG: 'vi' }, cwd, out: (s) => void (stdout += s), err: (s) => void (stderr += s) });
  return { status, stdout, stderr };
}

describe('kehoach history', () => {
  it('grdp-growth plans/ha-noi prints 2024, 2025 and 2026, each year’s target, and says no result is known yet', async () => {
    const r = await cli(['history', 'grdp-growth', 'plans/ha-noi']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Lịch sử chỉ tiêu “Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP)” (grdp-growth), Thành phố Hà Nội');
    expect(lines[2]).toMatch(/^Năm +Chỉ tiêu +Ước thực hiện +Số chính thức +Đánh giá$/);
    const rows = lines.filter((l) => /^20\d\d /.test(l));
    expect(rows.map((l) => l.slice(0, 4))).toEqual(['2024', '2025', '2026']);
    expect(rows[0]).toContain('đạt 6,5 - 7% [báo chí, S2]');
    expect(rows[1]).toContain('6,5% trở lên');
    expect(rows[2]).toContain('11% [báo chí, S3]');
    expect(r.stdout).toContain('3 năm, 0 năm có kết quả');
  });

  it('grdp-per-capita: the 2025 estimate and its verdict, in English with --lang en', async () => {
    const r = await cli(['history', 'grdp-per-capita', 'plans/ha-noi/2026.yaml', '--lang', 'en']);
    expect(r.status).toBe(0);
    const row2025 = r.stdout.split('\n').find((l) => l.startsWith('2025 '))!;
    expect(row2025).toMatch(/172,4 triệu đồng trở lên +178 triệu đồng \[the press, R1\] +— +met \(estimate\)$/);
    expect(r.stdout).toContain('3 year(s), 1 with a result');
  });

  it('with no path: every jurisdiction under plans/, a merged province with its predecessors’ years', async () => {
    const r = await cli(['history', 'grdp-growth']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Thành phố Hà Nội');
    expect(r.stdout).toMatch(/\n2025 · Tỉnh Ví dụ A +7% trở lên/);
    expect(r.stdout).toMatch(/\n2025 · Tỉnh Ví dụ B +6,5% trở lên/);
    expect(r.stdout).toMatch(/\n2026 · Tỉnh Ví dụ Hợp nhất +8% trở lên/);
  });

  it('--format markdown: the table, then the chart as an SVG image', async () => {
    const r = await cli(['history', 'grdp-per-capita', 'plans/ha-noi', '--format', 'markdown']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('| Năm | Chỉ tiêu | Ước thực hiện | Số chính thức | Đánh giá |');
    expect(r.stdout).toContain('| 2025 | 172,4 triệu đồng trở lên | 178 triệu đồng \\[báo chí, R1\\] | — | đạt (ước thực hiện) |');
    const image = /!\[[^\]]+\]\(data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)\)/.exec(r.stdout);
    expect(image).not.toBeNull();
    const svg = Buffer.from(image![1]!, 'base64').toString('utf8');
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('>178<');
  });

  it('--format svg: one well-formed SVG document; several series (parts) are refused with the refs', async () => {
    const r = await cli(['history', 'grdp-growth', 'plans/ha-noi', '--format', 'svg']);
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(XMLValidator.validate(r.stdout)).toBe(true);
    const parts = await cli(['history', 'clean-water', 'plans/ha-noi', '--format', 'svg']);
    expect(parts.status).toBe(2);
    expect(parts.stderr).toContain('clean-water/urban, clean-water/rural');
    const one = await cli(['history', 'clean-water/rural', 'plans/ha-noi', '--format', 'svg']);
    expect(one.status).toBe(0);
  });

  it('usage errors and an unknown indicator', async () => {
    expect((await cli(['history'])).status).toBe(2);
    expect((await cli(['history', 'grdp-growth', '--format', 'pdf'])).stderr).toContain('terminal, markdown, svg');
    const missing = await cli(['history', 'grdp-growth', 'plans/khong-co']);
    expect(missing.status).toBe(2);
    const unknown = await cli(['history', 'khong-co', 'plans/ha-noi']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toBe('Không có chỉ tiêu “khong-co” trong các kế hoạch đã đọc (3 tệp).\n');
  });

  it('does not read a baseline that leads outside the repository, and reads no FIFO', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-history-'));
    mkdirSync(join(dir, 'plans/x'), { recursive: true });
    const text = readPlan('ha-noi/2025').replace('baseline: ./2024.yaml', 'baseline: /etc/passwd').replace('jurisdiction: { id: ha-noi, name: Thành phố Hà Nội }', 'jurisdiction: { id: x, name: X }');
    writeFileSync(join(dir, 'plans/x/2025.yaml'), text);
    spawnSync('git', ['init', '-q', dir]);
    spawnSync('mkfifo', [join(dir, 'plans/x/2026.yaml')]);
    const r = await cli(['history', 'grdp-growth', 'plans/x'], dir);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').filter((l) => /^20\d\d /.test(l)).map((l) => l.slice(0, 4))).toEqual(['2025']);
    expect(r.stderr).toContain('2026.yaml');
  });
});

describe('kehoach history, the built binary', () => {
  it('prints the same table', async () => {
    const r = spawnSync(process.execPath, [join(REPO_ROOT, 'packages/schema/bin/kehoach.js'), 'history', 'grdp-growth', 'plans/ha-noi'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', KEHOACH_LANG: 'vi' },
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe((await cli(['history', 'grdp-growth', 'plans/ha-noi'])).stdout);
  });
});
