// An indicator's history as an SVG chart: one column a year, the target as a mark (a range as a
// bar), the estimate as a hollow dot and the final figure as a filled one, the values on the
// axis. Static markup only (no script, no external resource); every string through xmlText.

import { formatNumberVi, plainDigits } from '../diagnostics/numbers.js';
import type { Lang } from '../diagnostics/types.js';
import { t } from '../messages/index.js';
import type { Result, Target } from '../model/types.js';
import { xmlText } from '../output/encode.js';
import { COMPARATOR, unitFactor } from '../vocabulary/index.js';
import type { HistoryRow, IndicatorHistory } from './history.js';
import { verdictCell } from './historyTable.js';

const W = 720;
const H = 380;
const M = { left: 84, right: 24, top: 56, bottom: 96 };
const PLOT_W = W - M.left - M.right;
const PLOT_H = H - M.top - M.bottom;
const COLORS = { target: '#1f5fa8', targetFill: '#cfe0f5', estimate: '#c05a00', final: '#1b7f3b', axis: '#444', grid: '#ddd', text: '#222' };

/** A number as the language writes it: "6,5" / "6.5", thousands "730.000" / "730,000". */
export function chartNumber(n: number, lang: Lang): string {
  if (lang === 'vi') return formatNumberVi(n);
  const [int, frac] = plainDigits(Math.abs(n)).split('.');
  return (n < 0 ? '-' : '') + int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? '.' + frac : '');
}

const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** A target's or result's figure(s) in the series' unit, or none when it has none or its unit does not convert. */
function figures(v: Target | Result | undefined, ownerUnit: string | undefined, seriesUnit: string | undefined): { lo: number; hi: number } | undefined {
  if (!v || typeof v !== 'object') return undefined;
  if ('placeholder' in v && (v.placeholder === true || v.unknown === true)) return undefined;
  const factor = unitFactor(typeof v.unit === 'string' ? v.unit : ownerUnit, seriesUnit);
  if (factor === undefined) return undefined;
  if (num(v.min) && num(v.max)) return { lo: Math.min(v.min, v.max) * factor, hi: Math.max(v.min, v.max) * factor };
  if (num(v.value)) return { lo: v.value * factor, hi: v.value * factor };
  return undefined;
}

/** Round ticks covering [lo, hi]: a step of 1, 2 or 5 × 10ⁿ, about five of them. */
export function niceTicks(lo: number, hi: number): number[] {
  if (!(hi > lo)) {
    const pad = Math.abs(lo) > 0 ? Math.abs(lo) * 0.1 : 1;
    [lo, hi] = [lo - pad, hi + pad];
  }
  const raw = (hi - lo) / 5;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((k) => k * mag).find((s) => s >= raw)!;
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  const out: number[] = [];
  for (let v = Math.floor(lo / step) * step; v <= hi + step * 1e-9 && out.length < 20; v += step) out.push(Number(v.toFixed(decimals)));
  if (out[out.length - 1]! < hi) out.push(Number((out[out.length - 1]! + step).toFixed(decimals)));
  return out;
}

function targetLabel(target: Target, lang: Lang, f: { lo: number; hi: number }): string {
  const op = typeof target.op === 'string' && target.op !== '=' && target.op !== 'range' ? `${COMPARATOR[target.op]?.symbol ?? ''} ` : '';
  return f.lo === f.hi ? `${op}${chartNumber(f.lo, lang)}` : `${op}${chartNumber(f.lo, lang)}–${chartNumber(f.hi, lang)}`;
}

interface Point {
  row: HistoryRow;
  target?: { lo: number; hi: number; label: string };
  estimate?: { lo: number; hi: number };
  final?: { lo: number; hi: number };
}

/** The chart of one series, a standalone SVG document. */
export function historySvg(h: IndicatorHistory, lang: Lang): string {
  const points: Point[] = h.rows.map((row) => {
    const p: Point = { row };
    const target = row.state === 'in-force' ? row.target?.target : undefined;
    const tf = figures(target, row.unit, h.unit);
    if (tf && target) p.target = { ...tf, label: targetLabel(target, lang, tf) };
    const e = figures(row.estimate?.result, row.unit, h.unit);
    if (e) p.estimate = e;
    const f = figures(row.final?.result, row.unit, h.unit);
    if (f) p.final = f;
    return p;
  });
  const values = points.flatMap((p) => [p.target, p.estimate, p.final].flatMap((f) => (f ? [f.lo, f.hi] : [])));
  const unit = h.unit ?? '—';
  const label = t('history.chart-label', lang, { name: h.name, unit });
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="title desc" font-family="DejaVu Sans, Arial, sans-serif" font-size="12">`,
    `<title id="title">${xmlText(label)}</title>`,
    `<desc id="desc">${xmlText(points.map((p) => `${p.row.year}: ${p.target?.label ?? '—'} / ${verdictCell(p.row, lang)}`).join('; '))}</desc>`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    `<text x="${M.left}" y="24" font-size="15" font-weight="bold" fill="${COLORS.text}">${xmlText(clip(h.name, 80))}</text>`,
    `<text x="${M.left}" y="42" fill="${COLORS.axis}">${xmlText(`${h.ref} · ${unit}`)}</text>`,
  );
  if (values.length === 0) {
    out.push(`<text x="${W / 2}" y="${M.top + PLOT_H / 2}" text-anchor="middle" fill="${COLORS.axis}">${xmlText(t('history.no-figures', lang))}</text>`);
  }
  // Headroom above the highest mark, for its label.
  const [vmin, vmax] = [Math.min(...values), Math.max(...values)];
  const ticks = values.length > 0 ? niceTicks(vmin, vmax + (vmax - vmin) * 0.08) : [];
  const lo = ticks[0] ?? 0;
  const hi = ticks[ticks.length - 1] ?? 1;
  const y = (v: number) => round(M.top + PLOT_H - ((v - lo) / (hi - lo || 1)) * PLOT_H);
  // The value axis: a grid line and the value at each tick.
  for (const v of ticks) {
    out.push(
      `<line x1="${M.left}" x2="${W - M.right}" y1="${y(v)}" y2="${y(v)}" stroke="${COLORS.grid}"/>`,
      `<text class="tick" x="${M.left - 8}" y="${y(v) + 4}" text-anchor="end" fill="${COLORS.axis}">${xmlText(chartNumber(v, lang))}</text>`,
    );
  }
  out.push(`<line x1="${M.left}" x2="${M.left}" y1="${M.top}" y2="${M.top + PLOT_H}" stroke="${COLORS.axis}"/>`, `<line x1="${M.left}" x2="${W - M.right}" y1="${M.top + PLOT_H}" y2="${M.top + PLOT_H}" stroke="${COLORS.axis}"/>`);
  const band = PLOT_W / Math.max(1, points.length);
  const many = new Set(h.rows.map((r) => r.jurisdiction.id)).size > 1;
  points.forEach((p, i) => {
    const x = round(M.left + band * (i + 0.5));
    out.push(`<g class="year" data-year="${p.row.year}">`);
    if (p.target) {
      const { lo: a, hi: b } = p.target;
      if (a === b) out.push(`<line class="target" x1="${x - 18}" x2="${x + 18}" y1="${y(a)}" y2="${y(a)}" stroke="${COLORS.target}" stroke-width="3"/>`);
      else out.push(`<rect class="target" x="${x - 14}" y="${y(b)}" width="28" height="${round(y(a) - y(b))}" fill="${COLORS.targetFill}" stroke="${COLORS.target}" stroke-width="1.5"/>`);
      out.push(`<text class="target-label" x="${x - 22}" y="${y(b) - 6}" text-anchor="end" fill="${COLORS.target}">${xmlText(p.target.label)}</text>`);
    }
    for (const [stage, f, fill] of [['estimate', p.estimate, '#fff'], ['final', p.final, COLORS.final]] as const) {
      if (!f) continue;
      const stroke = stage === 'estimate' ? COLORS.estimate : COLORS.final;
      const cx = x + (stage === 'estimate' ? 6 : 14);
      if (f.lo !== f.hi) out.push(`<line x1="${cx}" x2="${cx}" y1="${y(f.lo)}" y2="${y(f.hi)}" stroke="${stroke}" stroke-width="2"/>`);
      out.push(
        `<circle class="${stage}" cx="${cx}" cy="${y((f.lo + f.hi) / 2)}" r="5" fill="${fill}" stroke="${stroke}" stroke-width="2"/>`,
        `<text class="${stage}-label" x="${cx + 9}" y="${y((f.lo + f.hi) / 2) + 4}" fill="${stroke}">${xmlText(f.lo === f.hi ? chartNumber(f.lo, lang) : `${chartNumber(f.lo, lang)}–${chartNumber(f.hi, lang)}`)}</text>`,
      );
    }
    const base = M.top + PLOT_H;
    out.push(`<text class="year-label" x="${x}" y="${base + 18}" text-anchor="middle" font-weight="bold" fill="${COLORS.text}">${p.row.year}</text>`);
    if (many) out.push(`<text x="${x}" y="${base + 32}" text-anchor="middle" font-size="10" fill="${COLORS.axis}">${xmlText(clip(p.row.jurisdiction.name, 24))}</text>`);
    out.push(`<text class="verdict" x="${x}" y="${base + (many ? 46 : 34)}" text-anchor="middle" font-size="11" fill="${COLORS.axis}">${xmlText(verdictCell(p.row, lang))}</text>`, '</g>');
  });
  // The legend.
  const ly = H - 20;
  out.push(
    `<g class="legend">`,
    `<rect x="${M.left}" y="${ly - 10}" width="14" height="12" fill="${COLORS.targetFill}" stroke="${COLORS.target}"/>`,
    `<text x="${M.left + 20}" y="${ly}" fill="${COLORS.text}">${xmlText(t('history.legend-target', lang))}</text>`,
    `<circle cx="${M.left + 227}" cy="${ly - 4}" r="5" fill="#fff" stroke="${COLORS.estimate}" stroke-width="2"/>`,
    `<text x="${M.left + 237}" y="${ly}" fill="${COLORS.text}">${xmlText(t('history.legend-estimate', lang))}</text>`,
    `<circle cx="${M.left + 377}" cy="${ly - 4}" r="5" fill="${COLORS.final}" stroke="${COLORS.final}" stroke-width="2"/>`,
    `<text x="${M.left + 387}" y="${ly}" fill="${COLORS.text}">${xmlText(t('history.legend-final', lang))}</text>`,
    `</g>`,
    '</svg>',
  );
  return out.join('\n') + '\n';
}

/** The SVG as a data: URI, for a Markdown image. */
export function svgDataUri(svg: string): string {
  // TextEncoder and btoa: in Node and in the editor's web worker alike.
  const bytes = new TextEncoder().encode(svg);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}

const round = (v: number) => Math.round(v * 10) / 10;

function clip(s: string, max: number): string {
  const chars = [...s];
  return chars.length <= max ? s : chars.slice(0, max - 1).join('') + '…';
}
