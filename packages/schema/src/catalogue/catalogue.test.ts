import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readPlan, REPO_ROOT } from '../testing/index.js';
import { DIRECTIONS, UNITS } from '../vocabulary/index.js';
import { catalogueMarkdown } from './markdown.js';
import { byId, CATALOGUE, findByName, indexCatalogue, isIdOf, nameKey, type CatalogueEntry } from './index.js';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const UNIT_TEXTS = new Set(UNITS.map((u) => u.text));

interface PlanIndicator {
  id: string;
  name: string;
}
const HANOI = ['ha-noi/2024', 'ha-noi/2025', 'ha-noi/2026'].map((name) => ({
  name,
  indicators: (parse(readPlan(name)) as { indicators: PlanIndicator[] }).indicators,
}));

describe('nameKey', () => {
  it('folds case, accents, punctuation and the abbreviations provinces print', () => {
    expect(nameKey('Tỷ lệ xã/phường/thị trấn đạt chuẩn quốc gia về y tế')).toBe(nameKey('tỷ lệ xã, phường, thị trấn đạt chuẩn quốc gia về y tế'));
    expect(nameKey('Tỷ lệ lao động (đang làm việc) qua đào tạo')).toBe('ty le lao dong dang lam viec qua dao tao');
    expect(nameKey('Tỷ lệ lao động tham gia BHXH bắt buộc')).toBe(nameKey('tỷ lệ lao động tham gia bảo hiểm xã hội bắt buộc'));
    expect(nameKey('ĐỘ CHE PHỦ RỪNG')).toBe('do che phu rung');
    expect(nameKey('tỉ lệ che phủ rừng')).toBe(nameKey('Tỷ lệ che phủ rừng'));
    // NFD input (as some editors save it) reads as NFC.
    expect(nameKey('Chỉ số giá tiêu dùng'.normalize('NFD'))).toBe(nameKey('Chỉ số giá tiêu dùng'));
    expect(nameKey('“ ” … -')).toBe('');
  });

  it('keeps different words apart', () => {
    expect(nameKey('Tỷ lệ hộ nghèo')).not.toBe(nameKey('Tỷ lệ hộ cận nghèo'));
    expect(nameKey('Tốc độ tăng vốn đầu tư thực hiện')).not.toBe(nameKey('Vốn đầu tư thực hiện trên địa bàn'));
  });

  it('reads a bounded prefix of a hostile name', () => {
    expect(nameKey('a'.repeat(5_000_000)).length).toBeLessThanOrEqual(1000);
    expect(nameKey('constructor')).toBe('constructor');
  });
});

describe('the catalogue', () => {
  it('has stable ids of the plans’ shape, each id and alias once', () => {
    const ids = CATALOGUE.flatMap((e) => [e.id, ...(e.aliases ?? [])]);
    expect(ids.filter((id) => !ID.test(id))).toEqual([]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(40);
  });

  it('names each entry in Vietnamese and English, with a unit from the vocabulary and a direction', () => {
    const directions = new Set(DIRECTIONS.map((d) => d.direction));
    for (const e of CATALOGUE) {
      expect(e.name.vi.trim(), e.id).not.toBe('');
      expect(e.name.en.trim(), e.id).not.toBe('');
      expect(e.name.vi, e.id).toBe(e.name.vi.normalize('NFC'));
      expect(directions.has(e.direction), e.id).toBe(true);
      for (const unit of [...(e.unit ? [e.unit] : []), ...(e.otherUnits ?? [])]) expect(UNIT_TEXTS.has(unit), `${e.id}: ${unit}`).toBe(true);
      expect(e.unit !== undefined || (e.otherUnits ?? []).length > 0, e.id).toBe(true);
    }
  });

  it('gives no two entries one name: a printed name finds one measure', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of CATALOGUE) {
      for (const name of [e.name.vi, ...e.variants]) {
        const key = nameKey(name);
        const other = seen.get(key);
        if (other !== undefined && other !== e.id) clashes.push(`${name}: ${other} / ${e.id}`);
        seen.set(key, e.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('cites a source for each national statistical indicator, and a code only as read there', () => {
    const national = CATALOGUE.filter((e) => e.national);
    expect(national.map((e) => e.id)).toEqual(expect.arrayContaining(['grdp-growth', 'grdp', 'cpi', 'urban-unemployment', 'certified-workers']));
    for (const e of national) expect(e.national!.source, e.id).toMatch(/https?:\/\/|Quyết định|Nghị định/);
    expect(national.filter((e) => e.national!.code).map((e) => [e.id, e.national!.code])).toEqual([['grdp', '0501']]);
  });

  it('finds every Hà Nội indicator (2024–2026) by its printed name, under the id the plan uses', () => {
    const found: string[] = [];
    const other: string[] = [];
    for (const plan of HANOI) {
      for (const ind of plan.indicators) {
        const entry = findByName(ind.name);
        if (!entry) continue;
        found.push(ind.id);
        if (!isIdOf(entry, ind.id)) other.push(`${plan.name} ${ind.id} → ${entry.id}`);
      }
    }
    expect(other).toEqual([]);
    // Every 2025 appendix indicator but the composite "Xử lý ô nhiễm môi trường" is catalogued.
    const hanoi2025 = HANOI[1]!.indicators.map((i) => i.id);
    expect(hanoi2025.filter((id) => !found.includes(id))).toEqual(['environmental-treatment']);
    expect(new Set(found).size).toBeGreaterThanOrEqual(28);
  });

  it('finds a name as other provinces print it, case and accents aside', () => {
    expect(findByName('Tỷ lệ che phủ rừng')?.id).toBe('forest-cover');
    expect(findByName('Tỷ lệ độ che phủ của rừng')?.id).toBe('forest-cover');
    expect(findByName('TY LE CHE PHU RUNG')?.id).toBe('forest-cover');
    expect(findByName('Tổng vốn đầu tư toàn xã hội')?.id).toBe('investment');
    expect(findByName('Thu hút vốn FDI')?.id).toBe('fdi');
    expect(findByName('GRDP/người')?.id).toBe('grdp-per-capita');
    expect(findByName('Tỷ lệ hộ nghèo theo chuẩn nghèo tiếp cận đa chiều')?.id).toBe('poverty-rate');
    expect(findByName('Tỷ lệ bao phủ BHYT')?.id).toBe('health-insurance-coverage');
    expect(findByName('Tỷ lệ hộ cận nghèo')).toBeUndefined();
    expect(findByName('')).toBeUndefined();
    expect(findByName('toString')).toBeUndefined();
  });

  it('looks an entry up by id or alias', () => {
    expect(byId('cpi')?.name.vi).toBe('Chỉ số giá tiêu dùng');
    expect(byId('constructor')).toBeUndefined();
    const entries: CatalogueEntry[] = [{ id: 'forest-cover', aliases: ['forest-coverage'], name: { vi: 'Tỷ lệ che phủ rừng', en: 'Forest cover' }, variants: [], unit: '%', direction: 'higher', group: 'environment' }];
    const index = indexCatalogue(entries);
    expect(index.byId('forest-coverage')?.id).toBe('forest-cover');
    expect(isIdOf(entries[0]!, 'forest-coverage')).toBe(true);
    expect(isIdOf(entries[0]!, 'forest')).toBe(false);
  });
});

describe('docs/catalogue.md', () => {
  const path = join(REPO_ROOT, 'docs/catalogue.md');
  const BEGIN = '<!-- catalogue:begin -->\n';
  const END = '\n<!-- catalogue:end -->';

  it('lists the catalogue and the provinces as generated from them', () => {
    const page = readFileSync(path, 'utf8');
    const start = page.indexOf(BEGIN);
    const end = page.indexOf(END);
    expect(start, 'the catalogue markers').toBeGreaterThan(0);
    const expected = page.slice(0, start + BEGIN.length) + catalogueMarkdown() + page.slice(end);
    // `npm run docs:catalogue -w @kehoach/schema` rewrites the section.
    if (process.env.KEHOACH_WRITE_DOCS === '1' && expected !== page) writeFileSync(path, expected);
    else expect(page, 'run npm run docs:catalogue -w @kehoach/schema').toBe(expected);
  });
});
