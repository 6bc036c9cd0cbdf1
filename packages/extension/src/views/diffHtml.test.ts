import { analyzeText, diffPlans, type Plan } from '@kehoach/schema';
import { describe, expect, it } from 'vitest';
import { readPlan } from '@kehoach/schema/testing';
import { draftFrom2025, plan2025 } from '../language/testing.js';
import { contentSecurityPolicy, escapeHtml, renderDiffHtml } from './diffHtml.js';

const plan = (text: string) => analyzeText(text, 'plan.yaml').model.value as Plan;

// 2026: GRDP raised (more ambitious), CPI ceiling raised (less ambitious: lower is better),
// unemployment ceiling lowered (more ambitious), the export indicator gone without a reason,
// and a name carrying markup that must come out as text.
const draft = draftFrom2025((t) =>
  t
    .replace('target: { wording: "6,5% trở lên", kind: level, op: ">=", value: 6.5, unit: "%" }', 'target: { wording: "8% trở lên", kind: level, op: ">=", value: 8, unit: "%" }')
    .replace('target: { wording: "dưới 4,5%", kind: level, op: "<", value: 4.5, unit: "%" }', 'target: { wording: "dưới 5%", kind: level, op: "<", value: 5, unit: "%" }')
    .replace('target: { wording: dưới 3%, kind: level, op: "<", value: 3, unit: "%" }', 'target: { wording: dưới 2,5%, kind: level, op: "<", value: 2.5, unit: "%" }')
    .replace(/  - id: export-growth\n(?: {4}.*\n)+/, '')
    .replace('name: GRDP bình quân đầu người', 'name: "GRDP <script>alert(1)</script> & “đầu người”"'),
);

describe('the comparison page', () => {
  const html = renderDiffHtml(diffPlans(plan(plan2025), plan(draft)), { lang: 'vi', nonce: 'abc123', fromLabel: 'plans/ha-noi/2025.yaml', toLabel: 'plans/ha-noi/2026.yaml' });
  const row = (id: string) => {
    const m = new RegExp(`<tr class="[^"]*" data-id="${id}">(.*?)</tr>`).exec(html);
    if (!m) throw new Error(`no row ${id}`);
    return m[1]!.replace(/<[^>]+>/g, '|').replace(/\|+/g, '|').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  };

  it('is a Vietnamese table: indicator, last year, this year, change, ambition marked', () => {
    expect(html).toContain('<h1>So sánh kế hoạch Thành phố Hà Nội: 2025 (đã thông qua) → 2026 (dự thảo)</h1>');
    expect(html).toContain('<th>Chỉ tiêu</th><th>2025 (đã thông qua)</th><th>Kết quả 2025</th><th>2026 (dự thảo)</th><th>Thay đổi</th>');
    expect(row('grdp-growth')).toBe('|1. Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP) |grdp-growth|≥ 6,5%|≥ 8%|▲ nâng, tham vọng hơn|');
    expect(row('cpi')).toBe('|5. Chỉ số giá tiêu dùng |cpi|< 4,5%|< 5%|▼ nâng, kém tham vọng hơn|');
    expect(row('urban-unemployment')).toContain('|< 3%|< 2,5%|▲ hạ, tham vọng hơn|');
    expect(row('export-growth')).toContain('không còn trong kế hoạch mới và không nêu lý do bỏ');
    expect(row('investment-growth')).toContain('không đổi');
    expect(html).toMatch(/<tr class="indicator unchanged" data-id="investment-growth">/);
  });

  it('escapes every text and runs no script, under a strict Content-Security-Policy', () => {
    expect(html).toContain('GRDP &lt;script&gt;alert(1)&lt;/script&gt; &amp; “đầu người”');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;nonce-abc123&#39;;`);
    expect(html).toContain('<style nonce="abc123">');
    expect(contentSecurityPolicy('x"><script>')).toBe(contentSecurityPolicy('xscript'));
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('speaks English when asked, and says so when there is no baseline', () => {
    const en = renderDiffHtml(diffPlans(plan(plan2025), plan(draft)), { lang: 'en', nonce: 'n' });
    expect(en).toContain('<th>Indicator</th><th>2025 (adopted)</th><th>Result 2025</th><th>2026 (draft)</th><th>Change</th>');
    expect(en).toContain('▲ raised, more ambitious');
    expect(renderDiffHtml(undefined, { lang: 'vi', nonce: 'n' })).toContain('Không có kế hoạch năm trước để so sánh.');
  });

  it('with links: each row’s id opens it in its file through one nonce’d script, the CSP allowing that script alone', () => {
    const linked = renderDiffHtml(diffPlans(plan(plan2025), plan(draft)), { lang: 'vi', nonce: 'abc123', links: true });
    expect(linked).toContain('script-src &#39;nonce-abc123&#39;; connect-src &#39;none&#39;');
    expect(linked.match(/<script/g)).toHaveLength(1);
    expect(linked).toContain('<script nonce="abc123">const api = acquireVsCodeApi();');
    // The page never builds a command URI: it posts the id, which the adapter checks.
    expect(linked).not.toMatch(/command:|href="(?!#)/);
    expect(linked).toContain('<a href="#" class="open" data-open="cpi" data-side="to" title="Mở “cpi” trong tệp kế hoạch"><code class="id">cpi</code></a>');
    // Removed from the plan: opened in last year's file.
    expect(linked).toMatch(/data-open="export-growth" data-side="from"/);
    expect(linked).toMatch(/data-open="clean-water\/urban" data-side="to"[^>]*><code class="id">urban<\/code>/);
    // The markup in a name is still text.
    expect(linked).toContain('GRDP &lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('shows the 2026 draft’s unset targets against last year’s', () => {
    const scaffolded = draftFrom2025((t) => t.replace('target: { wording: "6,5% trở lên", kind: level, op: ">=", value: 6.5, unit: "%" }', 'target: { placeholder: true }\n    previousTarget: { wording: "6,5% trở lên", kind: level, op: ">=", value: 6.5, unit: "%" }'));
    const h = renderDiffHtml(diffPlans(plan(plan2025), plan(scaffolded)), { lang: 'vi', nonce: 'n' });
    expect(/data-id="grdp-growth">(.*?)<\/tr>/.exec(h)![1]).toContain('<td class="target">≥ 6,5%</td><td class="target"></td><td class="target">chưa đặt</td><td><span class="unset">? chưa đặt chỉ tiêu</span>');
  });
});

describe('a target no source gives (Hà Nội 2025 → 2026, the social-housing floor area)', () => {
  const real = diffPlans(plan(readPlan('ha-noi/2025')), plan(readPlan('ha-noi/2026')));
  it('says “target not known”, not “unit changed”', () => {
    const vi = renderDiffHtml(real, { lang: 'vi', nonce: 'n' });
    const en = renderDiffHtml(real, { lang: 'en', nonce: 'n' });
    expect(vi).toContain('<td class="target">264.000 m2</td><td class="target"></td><td class="target">chưa biết</td><td><span class="not-known">chưa biết chỉ tiêu</span></td>');
    expect(en).toContain('<span class="not-known">target not known</span>');
    expect(vi).not.toMatch(/264\.000 m2<\/td>.*đổi đơn vị/);
  });
});

describe('the real Hà Nội 2025 → 2026 change, as a reviewer reads it in the editor', () => {
  const real = diffPlans(plan(readPlan('ha-noi/2025')), plan(readPlan('ha-noi/2026')));
  const vi = renderDiffHtml(real, { lang: 'vi', nonce: 'n' });
  const en = renderDiffHtml(real, { lang: 'en', nonce: 'n' });

  it('counts that add up, unconfirmed indicators with last year’s target and no field noise', () => {
    expect(vi).toContain('<li>Chỉ tiêu (30): 6 thay đổi, 4 thêm, 1 bỏ, 18 chưa xác nhận, 1 mất, 0 khôi phục, 0 không đổi.</li>');
    expect(vi).toContain('Kế hoạch mới còn 0 chỉ tiêu chưa đặt, 1 chưa biết.');
    expect(vi).toMatch(/<tr class="indicator unconfirmed" data-id="health-insurance-coverage">.*<td class="target">95,5%<\/td><td class="target"><\/td><td class="target">chưa xác nhận<\/td>/);
    expect(vi).not.toMatch(/unit: % → —|direction: higher → —/);
  });

  it('replacedBy both ways; recipients as a list; clause and narrative changes collapsed', () => {
    expect(vi).toContain('được thay bằng investment');
    expect(en).toContain('replaces investment-growth');
    expect(vi).toContain('<li class="removed">− <del>Ủy ban Thường vụ Quốc hội;</del></li>');
    expect(vi.replace(/&#?\w+;/g, '')).not.toContain(';;'); // (an entity's own ';' aside)
    expect(vi).toContain('<details class="clauses">\n<summary>Điều khoản: 2 sửa, 2 thêm, 76 bỏ, 0 không đổi; 0 chép nguyên văn từ năm trước.</summary>');
    expect(vi).not.toMatch(/<details[^>]* open/);
    expect(vi).toContain('<code>art_2</code> (điều, bỏ) Điều 2. Một số nhiệm vụ, giải pháp chủ yếu (+64 điều khoản con)');
    expect(en).toContain('<details class="narratives">\n<summary>Narrative targets: 0 changed, 0 added, 61 removed, 0 unchanged.</summary>');
  });

  it('the achievement: last year’s target, its result, this year’s target', () => {
    expect(vi).toContain('<th>2025 (đã thông qua)</th><th>Kết quả 2025</th><th>2026 (đã thông qua)</th>');
    expect(vi).toMatch(/data-id="grdp-per-capita">.*<td class="target">≥ 172,4 triệu đồng<\/td><td class="target">178 triệu đồng \(ước thực hiện; đạt\)<\/td><td class="target">198 triệu đồng<\/td>/);
    expect(vi).toContain('<li>Kết quả năm 2025: biết 1 (1 đạt, 0 không đạt, 0 đạt một phần); 0 chỉ tiêu mới đòi hỏi ít hơn kết quả đã đạt.</li>');
  });
});
