// The history view: which indicator the cursor is on, its history back through the baselines,
// and the page the webview shows (static, under the comparison view's CSP).
import { readPlan } from '@kehoach/schema/testing';
import { describe, expect, it } from 'vitest';
import { renderHistoryHtml } from '../views/historyHtml.js';
import { historyOf, indicatorAt } from './historyView.js';
import { doc, pos, service } from './testing.js';

const URI_2026 = 'file:///repo/plans/ha-noi/2026.yaml';
const plan2026 = readPlan('ha-noi/2026');
const analysis = (text = plan2026) => service({ [URI_2026]: text }).analyze(doc(URI_2026, text));

describe('history view', () => {
  it('indicatorAt: the indicator (or part) whose entry holds the cursor; none elsewhere', () => {
    const a = analysis();
    expect(indicatorAt(a, pos(plan2026, 'grdp-per-capita', '  - id: grdp-per-capita', 3))).toBe('grdp-per-capita');
    expect(indicatorAt(a, pos(plan2026, '198 triệu đồng', 'id: grdp-per-capita'))).toBe('grdp-per-capita');
    expect(indicatorAt(a, pos(plan2026, 'floor-area', '      - id: floor-area', 1))).toBe('social-housing/floor-area');
    expect(indicatorAt(a, pos(plan2026, 'jurisdiction'))).toBeUndefined();
  });

  it('historyOf: every year back through the baselines (2026 → 2025 → 2024), with the 2025 estimate', () => {
    const [h, ...more] = historyOf(analysis(), 'grdp-per-capita');
    expect(more).toEqual([]);
    expect(h!.rows.map((r) => [r.year, r.estimate?.result.value, r.achievement.verdict])).toEqual([
      [2024, undefined, 'unknown'],
      [2025, 178, 'met'],
      [2026, undefined, 'unknown'],
    ]);
  });

  it('the page: the chart inline, the table, no script, the strict CSP; plan text escaped', () => {
    const hostile = plan2026.replace('name: GRDP bình quân đầu người', 'name: "GRDP <script>alert(1)</script> <img src=x onerror=alert(1)>"');
    const html = renderHistoryHtml(historyOf(analysis(hostile), 'grdp-per-capita'), { lang: 'vi', nonce: 'abc123' });
    expect(html).toContain(`content="default-src &#39;none&#39;; style-src &#39;nonce-abc123&#39;; img-src &#39;none&#39;; font-src &#39;none&#39;; script-src &#39;none&#39;`);
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(html).toContain('<td>2025</td><td>172,4 triệu đồng trở lên</td><td>178 triệu đồng [báo chí, R1]</td><td>—</td><td>đạt (ước thực hiện)</td>');
    expect(html).not.toMatch(/<script|<img/i); // the markup is text: &lt;img … onerror=…&gt;
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('GRDP &lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
