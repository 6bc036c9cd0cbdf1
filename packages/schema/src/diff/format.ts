// Words and numbers shared by the diff renderers, in Vietnamese and English.

import { fill } from '../diagnostics/localize.js';
import { formatNumberVi, plainDigits } from '../diagnostics/numbers.js';
import type { Lang, MessageParams } from '../diagnostics/types.js';
import type { Target } from '../model/types.js';
import type { Ambition, ClauseKind, IndicatorStatus, PlanDiff, TargetChange, TargetVerdict } from './diffPlans.js';
import type { WordChunk } from './wordDiff.js';

const MESSAGES = {
  title: { vi: 'So sánh kế hoạch {who}: {from} → {to}', en: 'Plan comparison {who}: {from} → {to}' },
  'side-missing': { vi: '(không có)', en: '(none)' },
  'status-adopted': { vi: 'đã thông qua', en: 'adopted' },
  'status-draft': { vi: 'dự thảo', en: 'draft' },
  'no-changes': { vi: 'Không có thay đổi.', en: 'No changes.' },
  summary: { vi: 'Tóm tắt', en: 'Summary' },
  'summary-indicators': {
    vi: 'Chỉ tiêu: {changed} thay đổi ({raised} nâng, {lowered} hạ; {more} tham vọng hơn, {less} kém tham vọng hơn; {unset} chưa đặt), {added} thêm, {dropped} bỏ, {removed} mất, {unchanged} không đổi.',
    en: 'Indicators: {changed} changed ({raised} raised, {lowered} lowered; {more} more ambitious, {less} less ambitious; {unset} not set), {added} added, {dropped} dropped, {removed} missing, {unchanged} unchanged.',
  },
  'summary-clauses': {
    vi: 'Điều khoản: {changed} sửa, {added} thêm, {removed} bỏ, {unchanged} không đổi; {carried} chép nguyên văn từ năm trước.',
    en: 'Clauses: {changed} changed, {added} added, {removed} removed, {unchanged} unchanged; {carried} carried over from last year.',
  },
  'summary-narratives': {
    vi: 'Mục tiêu trong văn bản: {changed} sửa, {added} thêm, {removed} bỏ, {unchanged} không đổi.',
    en: 'Narrative targets: {changed} changed, {added} added, {removed} removed, {unchanged} unchanged.',
  },
  metadata: { vi: 'Thông tin văn bản', en: 'Document' },
  indicators: { vi: 'Chỉ tiêu', en: 'Indicators' },
  clauses: { vi: 'Điều khoản', en: 'Clauses' },
  narratives: { vi: 'Mục tiêu trong văn bản', en: 'Narrative targets' },
  relations: { vi: 'Quan hệ giữa các giá trị', en: 'Relations' },
  unchanged: { vi: 'Không đổi ({count}): {ids}', en: 'Unchanged ({count}): {ids}' },
  target: { vi: 'chỉ tiêu', en: 'target' },
  'not-set': { vi: 'chưa đặt', en: 'not set' },
  'previous-ref': { vi: 'năm trước: {target}', en: 'last year: {target}' },
  'dropped-reason': { vi: 'bỏ chỉ tiêu, lý do: {reason}', en: 'dropped, reason: {reason}' },
  restored: { vi: 'khôi phục chỉ tiêu đã bỏ', en: 'restored after being dropped' },
  'missing-no-reason': { vi: 'không còn trong kế hoạch mới và không nêu lý do bỏ', en: 'missing from the new plan, with no reason given' },
  'added-indicator': { vi: 'chỉ tiêu mới', en: 'new indicator' },
  name: { vi: 'tên', en: 'name' },
  wording: { vi: 'cách viết', en: 'wording' },
  'carried-marked': { vi: '{count} điều khoản được đánh dấu chép nguyên văn từ năm trước (carriedOver).', en: '{count} clause(s) marked as carried over from last year (carriedOver).' },
  'carried-cleared': { vi: '{count} điều khoản đã soạn lại hoặc xác nhận (bỏ carriedOver): {ids}', en: '{count} clause(s) redrafted or confirmed (carriedOver cleared): {ids}' },
  'clause-added': { vi: 'thêm', en: 'added' },
  'clause-removed': { vi: 'bỏ', en: 'removed' },
  'clause-changed': { vi: 'sửa', en: 'changed' },
  label: { vi: 'nhãn', en: 'label' },
  heading: { vi: 'tiêu đề', en: 'heading' },
  text: { vi: 'nội dung', en: 'text' },
  'whitespace-only': { vi: '(chỉ khác khoảng trắng)', en: '(whitespace only)' },
  'moved-clause': { vi: 'chuyển điều khoản: {from} → {to}', en: 'moved to another clause: {from} → {to}' },
  'field-change': { vi: '{field}: {from} → {to}', en: '{field}: {from} → {to}' },
  more: { vi: 'tham vọng hơn', en: 'more ambitious' },
  less: { vi: 'kém tham vọng hơn', en: 'less ambitious' },
  'higher-better': { vi: 'càng cao càng tốt', en: 'higher is better' },
  'lower-better': { vi: 'càng thấp càng tốt', en: 'lower is better' },
  'verdict-unchanged': { vi: 'không đổi', en: 'unchanged' },
  'verdict-reworded': { vi: 'đổi cách viết, cùng nghĩa', en: 'reworded, same meaning' },
  'verdict-raised': { vi: 'nâng', en: 'raised' },
  'verdict-lowered': { vi: 'hạ', en: 'lowered' },
  'verdict-reshaped': { vi: 'đổi dạng', en: 'form changed' },
  'verdict-set': { vi: 'đặt chỉ tiêu', en: 'target set' },
  'verdict-unset': { vi: 'chưa đặt chỉ tiêu', en: 'target not set' },
  'verdict-added': { vi: 'thêm', en: 'added' },
  'verdict-removed': { vi: 'bỏ', en: 'removed' },
  'unit-changed': { vi: 'đổi đơn vị', en: 'unit changed' },
  'kind-changed': { vi: 'đổi loại chỉ tiêu', en: 'kind changed' },
  'status-changed': { vi: 'thay đổi', en: 'changed' },
  'status-added': { vi: 'thêm', en: 'added' },
  'status-removed': { vi: 'mất', en: 'missing' },
  'status-dropped': { vi: 'bỏ', en: 'dropped' },
  'status-restored': { vi: 'khôi phục', en: 'restored' },
  'status-unchanged': { vi: 'không đổi', en: 'unchanged' },
  'kind-article': { vi: 'điều', en: 'article' },
  'kind-item': { vi: 'khoản', en: 'item' },
  'kind-paragraph': { vi: 'đoạn', en: 'paragraph' },
  'kind-preamble': { vi: 'căn cứ', en: 'preamble' },
  'kind-closing': { vi: 'đoạn kết', en: 'closing' },
  'col-indicator': { vi: 'Chỉ tiêu', en: 'Indicator' },
  'col-change': { vi: 'Thay đổi', en: 'Change' },
  'col-id': { vi: 'Mã', en: 'Id' },
  'col-before': { vi: 'Trước', en: 'Before' },
  'col-after': { vi: 'Sau', en: 'After' },
  maintain: { vi: 'duy trì: {state}', en: 'maintain: {state}' },
  increase: { vi: 'tăng {value}', en: 'increase {value}' },
  decrease: { vi: 'giảm {value}', en: 'decrease {value}' },
  none: { vi: '—', en: '—' },
  'field-unit': { vi: 'đơn vị', en: 'unit' },
  'field-direction': { vi: 'chiều tốt hơn', en: 'direction' },
  'field-form': { vi: 'dạng', en: 'form' },
  'field-change-kind': { vi: 'đo mức thay đổi', en: 'measures a change' },
} satisfies Record<string, { vi: string; en: string }>;

export type DiffMessage = keyof typeof MESSAGES;

export function t(key: DiffMessage, lang: Lang, params: MessageParams = {}): string {
  return fill(MESSAGES[key][lang], params, lang);
}

/** 6.5 → "6,5" (vi) or "6.5" (en); 4670 → "4.670" / "4,670". */
/** The three summary sentences (indicators, clauses, narrative targets), for every renderer. */
export function summaryLines(summary: PlanDiff['summary'], lang: Lang): [string, string, string] {
  const i = summary.indicators;
  const c = summary.clauses;
  const n = summary.narrativeTargets;
  return [
    t('summary-indicators', lang, {
      changed: i.changed, raised: i.raised, lowered: i.lowered, more: i.moreAmbitious, less: i.lessAmbitious,
      unset: i.unset, added: i.added, dropped: i.dropped, removed: i.removed, unchanged: i.unchanged,
    }),
    t('summary-clauses', lang, { changed: c.changed, added: c.added, removed: c.removed, unchanged: c.unchanged, carried: c.carriedOver }),
    t('summary-narratives', lang, { changed: n.changed, added: n.added, removed: n.removed, unchanged: n.unchanged }),
  ];
}

export function formatNumber(n: number, lang: Lang): string {
  if (lang === 'vi') return formatNumberVi(n);
  const [int, frac] = plainDigits(Math.abs(n)).split('.');
  return (n < 0 ? '-' : '') + int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? '.' + frac : '');
}

const OP_SYMBOL: Record<string, string> = { '>=': '≥ ', '>': '> ', '<=': '≤ ', '<': '< ', '=': '', '~': '≈ ' };

/** A target in a compact, language-neutral form: "≥ 6,5%", "< 4,5%", "95–100%", "4.670 nhà ở". */
export function formatTarget(target: Target | undefined, lang: Lang): string {
  if (!target) return t('none', lang);
  if (target.placeholder) return t('not-set', lang);
  const unit = target.unit ? (target.unit === '%' ? '%' : ` ${target.unit}`) : '';
  let core: string;
  if (target.op === 'range' && target.min !== undefined && target.max !== undefined) {
    core = `${formatNumber(target.min, lang)}–${formatNumber(target.max, lang)}${unit}`;
  } else if (typeof target.value === 'number') {
    core = `${OP_SYMBOL[target.op ?? '='] ?? ''}${formatNumber(target.value, lang)}${unit}`;
  } else {
    core = target.wording ?? t('none', lang);
  }
  if (target.kind === 'maintain') return t('maintain', lang, { state: target.state ?? target.wording ?? core });
  if (target.kind === 'increase') return t('increase', lang, { value: core });
  if (target.kind === 'decrease') return t('decrease', lang, { value: core });
  return core;
}

export function verdictWord(v: TargetVerdict, lang: Lang): string {
  return t(`verdict-${v}` as DiffMessage, lang);
}

export function ambitionWord(a: Ambition, lang: Lang): string | undefined {
  return a === 'more' || a === 'less' ? t(a, lang) : undefined;
}

export function statusWord(s: IndicatorStatus, lang: Lang): string {
  return t(`status-${s}` as DiffMessage, lang);
}

export function kindWord(k: ClauseKind, lang: Lang): string {
  return t(`kind-${k}` as DiffMessage, lang);
}

/** "nâng, tham vọng hơn" / "raised, more ambitious" (+ unit or kind notes). */
export function describeChange(c: TargetChange, lang: Lang): string {
  const words = [verdictWord(c.verdict, lang)];
  const amb = ambitionWord(c.ambition, lang);
  if (amb) words.push(amb);
  if (c.unitChanged) words.push(t('unit-changed', lang));
  if (c.kindChanged) words.push(t('kind-changed', lang));
  return words.join(', ');
}

/** A field value for display (years and other integers below 10.000 without grouping). */
export function formatValue(v: unknown, lang: Lang): string {
  if (v === undefined || v === null) return t('none', lang);
  if (typeof v === 'number') return Number.isInteger(v) && Math.abs(v) < 10000 ? String(v) : formatNumber(v, lang);
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map((x) => formatValue(x, lang)).join('; ');
  return JSON.stringify(v);
}

/** A side's title: "2025 (đã thông qua)". */
export function sideTitle(side: { year?: number; status?: string; label?: string }, lang: Lang): string {
  if (side.year === undefined) return side.label ?? t('side-missing', lang);
  const status = side.status === 'adopted' || side.status === 'draft' ? ` (${t(`status-${side.status}` as DiffMessage, lang)})` : '';
  return `${side.year}${status}`;
}

/**
 * The chunks of a word diff with long unchanged stretches shortened to `context` words on each
 * side of a change ("…" marks what was left out), so a one-word change in a long paragraph
 * shows as one line.
 */
export function elide(chunks: readonly WordChunk[], context = 8): WordChunk[] {
  const out: WordChunk[] = [];
  chunks.forEach((c, i) => {
    if (c.op !== 'equal') {
      out.push(c);
      return;
    }
    const words = c.text.match(/\s*\S+|\s+$/g) ?? [c.text];
    const first = i === 0;
    const last = i === chunks.length - 1;
    const keepHead = first ? 0 : context;
    const keepTail = last ? 0 : context;
    if (words.length <= keepHead + keepTail + 1) {
      out.push(c);
      return;
    }
    let text = (keepHead ? words.slice(0, keepHead).join('') : '') + ' …' + (keepTail ? words.slice(words.length - keepTail).join('') : '');
    if (first) text = text.trimStart();
    out.push({ op: 'equal', text });
  });
  return out;
}
