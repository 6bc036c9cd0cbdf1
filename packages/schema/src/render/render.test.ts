import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Plan } from '../model/types.js';
import { formatVietnameseDate, renderIndicator, renderPlan } from './render.js';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const planPath = join(repoRoot, 'plans/ha-noi/2025.yaml');
// The adopted text as published, kept beside the plan so this proof runs everywhere.
const sourcePath = join(repoRoot, 'plans/ha-noi/sources/2025-58-NQ-HDND.txt');

const plan = parse(readFileSync(planPath, 'utf8')) as Plan;

/** Trim each line, collapse runs of spaces/tabs inside a line, drop blank lines. */
function normalise(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim().replace(/[ \t]+/g, ' '))
    .filter((l) => l !== '');
}

/** Every clause id → its text (paragraph text, or the heading of an article or item). */
function clauseTexts(p: Plan): Map<string, string> {
  const map = new Map<string, string>();
  const paras = (list: { id: string; text: string }[] | undefined) => {
    for (const q of list ?? []) map.set(q.id, q.text);
  };
  for (const a of p.articles ?? []) {
    map.set(a.id, a.heading ?? '');
    paras(a.paragraphs);
    for (const it of a.items ?? []) {
      map.set(it.id, it.heading ?? '');
      paras(it.paragraphs);
    }
  }
  return map;
}

describe('renderPlan', () => {
  it('reproduces the adopted text of 58/NQ-HĐND (whitespace normalised)', () => {
    const source = readFileSync(sourcePath, 'utf8');
    expect(normalise(renderPlan(plan))).toEqual(normalise(source));
  });

  it('prints the header, the appendix lines and the source note', () => {
    const lines = renderPlan(plan).split('\n');
    expect(lines[0]).toBe('Số: 58/NQ-HĐND');
    expect(lines[1]).toBe('Hà Nội, ngày 10 tháng 12 năm 2024');
    expect(lines).toContain('19. Tỷ lệ tổ dân phố được công nhận và giữ vững danh hiệu “Tổ dân phố văn hóa”: trên 75%');
    expect(lines).toContain('22. Tỷ lệ hộ dân được cung cấp nước sạch: Khu vực đô thị đạt 100%; Khu vực nông thôn đạt 100%.');
    expect(lines.at(-2)).toBe('Nguồn tra cứu: vanban.phaplyvn.com');
  });

  it('formats dates without leading zeros', () => {
    expect(formatVietnameseDate('2024-12-10')).toBe('ngày 10 tháng 12 năm 2024');
    expect(formatVietnameseDate('2025-07-01')).toBe('ngày 1 tháng 7 năm 2025');
  });

  it('renders multi-part indicators with labels, separators and ends', () => {
    const env = plan.indicators.find((i) => i.id === 'environmental-treatment');
    expect(env).toBeDefined();
    expect(renderIndicator(env!)).toBe(
      '24. Xử lý ô nhiễm môi trường: (i) Tỷ lệ CCN có trạm XLNT đạt tiêu chuẩn hoặc quy chuẩn kỹ thuật quốc gia tương ứng với CCN xây dựng mới: 100%; Với CCN, CCN làng nghề đã đi vào hoạt động: 100%. (ii) Tỷ lệ chất thải nguy hại được xử lý: 100%. (iii) Tỷ lệ chất thải y tế nguy hại được xử lý đạt quy chuẩn kỹ thuật quốc gia về môi trường: 100%; (iv) Tỷ lệ nước thải đô thị được xử lý: 50-55%.',
    );
  });
});

describe('plans/ha-noi/2025.yaml', () => {
  const clauses = clauseTexts(plan);

  it('has the 25 appendix indicators', () => {
    expect(plan.indicators).toHaveLength(25);
  });

  it('states every narrative target verbatim in its clause', () => {
    const targets = plan.narrativeTargets ?? [];
    expect(targets.length).toBeGreaterThan(30);
    const problems: string[] = [];
    for (const t of targets) {
      const clause = clauses.get(t.clause);
      if (clause === undefined) problems.push(`${t.id}: no clause ${t.clause}`);
      else if (!clause.includes(t.text)) problems.push(`${t.id}: text not in ${t.clause}`);
      if (!t.target.wording || !t.text.includes(t.target.wording)) problems.push(`${t.id}: wording not in text`);
    }
    expect(problems).toEqual([]);
  });

  it('links narrative targets to existing indicators and parts', () => {
    const problems: string[] = [];
    for (const t of plan.narrativeTargets ?? []) {
      if (!t.indicator) continue;
      const [id, part] = t.indicator.split('/');
      const ind = plan.indicators.find((i) => i.id === id);
      if (!ind) problems.push(`${t.id}: no indicator ${id}`);
      else if (part !== undefined && !ind.parts?.some((p) => p.id === part)) problems.push(`${t.id}: no part ${t.indicator}`);
    }
    expect(problems).toEqual([]);
  });

  it('keeps every string in NFC', () => {
    const problems: string[] = [];
    const walk = (value: unknown, path: string): void => {
      if (typeof value === 'string') {
        if (value !== value.normalize('NFC')) problems.push(path);
      } else if (Array.isArray(value)) {
        value.forEach((v, i) => walk(v, `${path}[${i}]`));
      } else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
      }
    };
    walk(plan, 'plan');
    expect(problems).toEqual([]);
  });
});
