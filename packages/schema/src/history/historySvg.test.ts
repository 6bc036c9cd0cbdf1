// The history chart is a well-formed, script-free SVG whose axis carries the values it charts.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../parse/parseYaml.js';
import { viewPlan } from '../model/planView.js';
import { readPlan } from '../testing/realPlans.js';
import { indicatorHistory, type HistoryPlan } from './history.js';
import { chartNumber, historySvg, niceTicks, svgDataUri } from './historySvg.js';

const plan = (name: string, text = readPlan(name)): HistoryPlan => ({ path: `plans/${name}.yaml`, view: viewPlan(parseYaml(text).value) });
const HANOI = ['ha-noi/2024', 'ha-noi/2025', 'ha-noi/2026'].map((n) => plan(n));

type Node = Record<string, unknown>;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', preserveOrder: true, trimValues: false });
/** Every element of the parsed document, depth first, with its name, attributes and text. */
function elements(svg: string): Array<{ name: string; attrs: Record<string, string>; text: string }> {
  const out: Array<{ name: string; attrs: Record<string, string>; text: string }> = [];
  const walk = (nodes: Node[]) => {
    for (const n of nodes) {
      const name = Object.keys(n).find((k) => k !== ':@');
      if (!name || name === '#text') continue;
      const children = n[name] as Node[];
      const text = children.filter((c) => '#text' in c).map((c) => String(c['#text'])).join('');
      out.push({ name, attrs: (n[':@'] ?? {}) as Record<string, string>, text });
      walk(children);
    }
  };
  walk(parser.parse(svg) as Node[]);
  return out;
}

describe('historySvg', () => {
  const [gdp] = indicatorHistory(HANOI, 'grdp-per-capita');
  const svg = historySvg(gdp!, 'vi');
  const els = elements(svg);

  it('is a well-formed SVG document with a title, no script, no event handler, no link', () => {
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(els[0]!.name).toBe('svg');
    expect(els[0]!.attrs['@xmlns']).toBe('http://www.w3.org/2000/svg');
    expect(els.find((e) => e.name === 'title')!.text).toBe('Biểu đồ chỉ tiêu và kết quả của “GRDP bình quân đầu người” theo năm, đơn vị triệu đồng');
    expect(els.filter((e) => ['script', 'foreignObject', 'a', 'image', 'use'].includes(e.name))).toEqual([]);
    expect(els.flatMap((e) => Object.keys(e.attrs)).filter((k) => /^@(on|href|xlink)/i.test(k))).toEqual([]);
  });

  it('puts the values on the axis: round ticks, written the Vietnamese way, covering every target and result', () => {
    const ticks = els.filter((e) => e.attrs['@class'] === 'tick').map((e) => e.text);
    // Headroom above the highest mark (198) for its label: up to 210.
    expect(ticks).toEqual(['160', '170', '180', '190', '200', '210']);
    const values = ticks.map((s) => Number(s.replace(/\./g, '').replace(',', '.')));
    // 2024: 160,8–162; 2025: ≥ 172,4, estimate 178; 2026: 198.
    expect(values[0]).toBeLessThanOrEqual(160.8);
    expect(values[values.length - 1]).toBeGreaterThanOrEqual(198);
    expect(els.filter((e) => e.attrs['@class'] === 'target-label').map((e) => e.text)).toEqual(['160,8–162', '≥ 172,4', '198']);
    expect(els.filter((e) => e.attrs['@class'] === 'estimate-label').map((e) => e.text)).toEqual(['178']);
    expect(els.filter((e) => e.attrs['@class'] === 'year-label').map((e) => e.text)).toEqual(['2024', '2025', '2026']);
    expect(els.filter((e) => e.attrs['@class'] === 'verdict').map((e) => e.text)).toEqual(['—', 'đạt (ước thực hiện)', '—']);
  });

  it('places each mark at its value on the axis (the estimate at 178, between the ticks 170 and 180)', () => {
    const tickY = (label: string) => Number(els.find((e) => e.attrs['@class'] === 'tick' && e.text === label)!.attrs['@y']) - 4;
    const cy = Number(els.find((e) => e.name === 'circle' && e.attrs['@class'] === 'estimate')!.attrs['@cy']);
    const [y170, y180] = [tickY('170'), tickY('180')];
    expect(cy).toBeCloseTo(y170 + ((y180 - y170) * 8) / 10, 0);
  });

  it('writes numbers the English way with lang en', () => {
    const en = elements(historySvg(gdp!, 'en'));
    expect(en.filter((e) => e.attrs['@class'] === 'target-label').map((e) => e.text)).toEqual(['160.8–162', '≥ 172.4', '198']);
    expect(chartNumber(730000, 'vi')).toBe('730.000');
    expect(chartNumber(730000, 'en')).toBe('730,000');
  });

  it('encodes every string of the plan: a hostile name stays text', () => {
    const hostile = readPlan('ha-noi/2025').replace('name: GRDP bình quân đầu người', 'name: "</text><script>alert(1)</script>]]>&amp;\\u202E\\u001B[31m"');
    const h = indicatorHistory([plan('ha-noi/2025', hostile)], 'grdp-per-capita')[0]!;
    const out = historySvg(h, 'vi');
    expect(XMLValidator.validate(out)).toBe(true);
    const parsed = elements(out);
    expect(parsed.filter((e) => e.name === 'script')).toEqual([]);
    // Read back as text, exactly: the markup was escaped, the bidi override and ESC made visible.
    const title = parsed.find((e) => e.name === 'title')!.text;
    expect(title).toBe('Biểu đồ chỉ tiêu và kết quả của “</text><script>alert(1)</script>]]>&amp;\\u{202E}␛[31m” theo năm, đơn vị triệu đồng');
    expect(out).toContain('&lt;/text&gt;&lt;script&gt;');
    expect(out).not.toContain('\u202E');
    expect(out).not.toContain('\u001B');
  });

  it('a series with no figure at all says so, and is still well-formed', () => {
    const h = indicatorHistory(HANOI, 'grdp-growth')[0]!;
    const none = { ...h, rows: h.rows.map((r) => ({ ...r, target: undefined })) };
    const out = historySvg(none, 'en');
    expect(XMLValidator.validate(out)).toBe(true);
    expect(out).toContain('No figures to chart yet.');
  });

  it('niceTicks: steps of 1, 2 or 5 × 10ⁿ covering the range; one value gets room around it', () => {
    expect(niceTicks(6.5, 11)).toEqual([6, 7, 8, 9, 10, 11]);
    expect(niceTicks(0.1, 0.15)).toEqual([0.1, 0.11, 0.12, 0.13, 0.14, 0.15]);
    const one = niceTicks(100, 100);
    expect(one[0]).toBeLessThan(100);
    expect(one[one.length - 1]).toBeGreaterThan(100);
  });

  it('svgDataUri round-trips the UTF-8 text', () => {
    const uri = svgDataUri(svg);
    expect(Buffer.from(uri.replace('data:image/svg+xml;base64,', ''), 'base64').toString('utf8')).toBe(svg);
  });
});
