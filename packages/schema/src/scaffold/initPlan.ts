// A plan for a jurisdiction with no history (`kehoach init JURISDICTION YEAR`, and the editor's
// "Kế hoạch: Bắt đầu kế hoạch cho tỉnh mới…"): an empty, valid skeleton named from the list of
// provinces, with a short guide in comments (Vietnamese first). A province formed by merging in
// 2025 lists its predecessors' plans as the `baselines` to use once they are in the repository
// (in comments: a live entry pointing at a plan not there yet would be an error, and one that is
// there would list every predecessor indicator as missing from an empty plan). The callers
// refuse to overwrite and write atomically; this is text only.

import { FORMER_PROVINCES, formerProvinceById, nameKey, PROVINCES, provinceById, type FormerProvince } from '../catalogue/index.js';

/** The plan years the schema allows. */
export const MIN_YEAR = 1976;
export const MAX_YEAR = 2200;
/** The first year whose plans are the 34 provinces' (the reorganisation took effect on 12/6/2025). */
export const FIRST_MERGED_YEAR = 2026;

export interface InitPlan {
  /** The skeleton's text (NFC, LF line ends). */
  text: string;
  jurisdiction: { id: string; name: string };
  year: number;
  /** Where it goes by default, relative to the repository: `plans/<id>/<year>.yaml`. */
  path: string;
  /** The former provinces it was formed from (none when unchanged or before 2026). */
  predecessors: readonly FormerProvince[];
}

export type InitProblem =
  /** Not an integer year the schema allows. */
  | { code: 'bad-year'; value: string }
  /** No province has this id or name; the closest ids, if any. */
  | { code: 'unknown-jurisdiction'; value: string; suggestions: string[] }
  /** A former province, merged in 2025: its plans from 2026 are the new province's. */
  | { code: 'merged'; id: string; name: string; into: { id: string; name: string }; year: number };

export type InitOutcome = { ok: true; plan: InitPlan } | { ok: false; problem: InitProblem };

/** The province (since 2025) or former province (for a year before 2026) that `value` names: its id, or its name. */
function findJurisdiction(value: string, year: number): InitOutcome | { ok: true; found: { id: string; name: string; predecessors: readonly FormerProvince[] } } {
  const key = nameKey(value);
  const current = provinceById(value) ?? PROVINCES.find((p) => nameKey(p.name) === key || nameKey(p.shortName) === key || nameKey(p.id) === key);
  const former = current ? undefined : (formerProvinceById(value) ?? FORMER_PROVINCES.find((p) => nameKey(p.name) === key || nameKey(p.id) === key));
  if (current) {
    // Before 2026 a province's plan is its own former province's (same id, same name); merging comes after.
    return { ok: true, found: { id: current.id, name: year >= FIRST_MERGED_YEAR ? current.name : (formerProvinceById(current.id)?.name ?? current.name), predecessors: year >= FIRST_MERGED_YEAR ? current.predecessors : [] } };
  }
  if (former) {
    if (year < FIRST_MERGED_YEAR) return { ok: true, found: { id: former.id, name: former.name, predecessors: [] } };
    const into = PROVINCES.find((p) => p.predecessors.some((x) => x.id === former.id))!;
    return { ok: false, problem: { code: 'merged', id: former.id, name: former.name, into: { id: into.id, name: into.name }, year } };
  }
  const suggestions = PROVINCES.filter((p) => key !== '' && (nameKey(p.shortName).includes(key) || key.includes(nameKey(p.shortName)) || p.id.startsWith(value.slice(0, 3).toLowerCase()))).map((p) => p.id);
  return { ok: false, problem: { code: 'unknown-jurisdiction', value: value.slice(0, 100), suggestions: suggestions.slice(0, 5) } };
}

/** The skeleton of `jurisdiction`'s plan for `year` (`year` as typed: a number or its digits). */
export function initPlan(jurisdiction: string, year: number | string): InitOutcome {
  const y = typeof year === 'number' ? year : /^\d{4}$/.test(year.trim()) ? Number(year.trim()) : NaN;
  if (!Number.isInteger(y) || y < MIN_YEAR || y > MAX_YEAR) return { ok: false, problem: { code: 'bad-year', value: String(year).slice(0, 100) } };
  const lookup = findJurisdiction(jurisdiction.trim(), y);
  if (!('found' in lookup)) return lookup;
  const { id, name, predecessors } = lookup.found;
  const path = `plans/${id}/${y}.yaml`;
  return { ok: true, plan: { text: skeleton(id, name, y, predecessors, path), jurisdiction: { id, name }, year: y, path, predecessors } };
}

/** "Tỉnh Tuyên Quang" → "TỈNH TUYÊN QUANG" for the issuer line, as the resolutions print it. */
const upper = (s: string) => s.toLocaleUpperCase('vi');
/** A flow-map or plain scalar: the province names need no quotes; anything else is quoted. */
const scalar = (s: string) => (/^[\p{L}\p{N}][\p{L}\p{N} .,\-–]*$/u.test(s) ? s : JSON.stringify(s));

function skeleton(id: string, name: string, year: number, predecessors: readonly FormerProvince[], path: string): string {
  const shortName = name.replace(/^(Tỉnh|Thành phố) /, '');
  const lines = [
    '# yaml-language-server: $schema=../../packages/schema/plan.schema.json',
    `# Kế hoạch phát triển kinh tế - xã hội năm ${year} của ${name}: bản khung do “kehoach init” tạo`,
    '# (status: draft). Định dạng: docs/plan-format.md; danh mục chỉ tiêu và mã tỉnh: docs/catalogue.md.',
    '#',
    '# Hướng dẫn:',
    '#   1. Đã có văn bản nghị quyết (.docx, hoặc văn bản chép từ trang văn bản pháp luật)? Dùng',
    `#      “kehoach import TỆP --jurisdiction ${id} --year ${year}” thay cho bản khung này.`,
    '#   2. document: số, ngày, địa danh, trích yếu đúng như văn bản; dự thảo chưa có số thì để “…”.',
    '#   3. articles: chép nguyên văn từng Điều, khoản, điểm (id, label, heading, text); không sửa chữ.',
    '#   4. indicators: mỗi chỉ tiêu chủ yếu của Phụ lục một mục, dùng mã của danh mục dùng chung',
    '#      (trong VS Code, gõ “id:” để chọn); chỉ tiêu ghi nguyên văn ở target.wording.',
    `#   5. Kiểm tra: “kehoach validate ${path}”; khi HĐND đã thông qua, đặt status: adopted.`,
    '# Guide: 1. Have the resolution as .docx or text? Use “kehoach import FILE” instead of this',
    '#   skeleton. 2. document: number, date, place and title as printed (“…” for a draft’s blanks).',
    '#   3. articles: every clause verbatim. 4. indicators: one per key indicator of the appendix,',
    '#   with the shared catalogue’s id; the target’s wording verbatim. 5. Check with',
    `#   “kehoach validate ${path}”; set status: adopted once the Council adopts it.`,
    'schemaVersion: "1.0"',
    `jurisdiction: { id: ${id}, name: ${scalar(name)} }`,
    `year: ${year}`,
    'status: draft',
  ];
  if (predecessors.length > 0) {
    const from = predecessors.map((p) => p.name).join(', ');
    lines.push(
      `# ${name} hình thành từ ${from} (Nghị quyết 202/2025/QH15). Khi kế hoạch năm ${year - 1} của các`,
      '# tỉnh đó có trong kho, thay “baseline: null” bằng danh sách dưới đây: kế hoạch này được so với',
      '# từng tỉnh (missing-indicator nêu chỉ tiêu của tỉnh nào chưa mang sang hay chưa ghi dropped).',
      `# Formed by merging ${from}: once their ${year - 1} plans are in the repository, replace`,
      '# “baseline: null” by this list, and the plan is compared with each predecessor:',
      '# baselines:',
      ...predecessors.map((p) => `#   - { jurisdiction: { id: ${p.id}, name: ${scalar(p.name)} }, path: ${p.id === id ? '.' : `../${p.id}`}/${year - 1}.yaml }`),
    );
  } else {
    lines.push(`# Kế hoạch năm ${year - 1} (nếu có trong kho): “baseline: ./${year - 1}.yaml”. / Last year’s plan, once in the repository.`);
  }
  lines.push(
    'baseline: null',
    '',
    'document:',
    '  number: "…/NQ-HĐND"',
    `  place: ${scalar(shortName)}`,
    `  date: "${year - 1}-12-10" # dự kiến, điền ngày thông qua / provisional: set the adoption date`,
    '  type: NGHỊ QUYẾT',
    `  title: VỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM ${year}`,
    `  issuer: ${scalar(`HỘI ĐỒNG NHÂN DÂN ${upper(name)}`)}`,
    '',
    '# Các Điều của nghị quyết, nguyên văn. / The articles, verbatim:',
    '#   - id: art_1',
    '#     label: Điều 1.',
    `#     heading: Thông qua kế hoạch phát triển kinh tế - xã hội năm ${year} …`,
    'articles: []',
    '',
    '# Các chỉ tiêu chủ yếu (Phụ lục). / The key indicators (appendix):',
    '#   - id: grdp-growth',
    '#     number: "1."',
    '#     name: Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP)',
    '#     unit: "%"',
    '#     direction: higher',
    '#     target: { wording: 8% trở lên, kind: level, op: ">=", value: 8, unit: "%" }',
    'indicators: []',
    '',
  );
  return lines.join('\n').normalize('NFC');
}
