// A large, valid plan for benchmarks and stress tests: the 2025 plan with its indicators
// repeated under fresh ids until there are `count` of them.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';

export const PLAN_2025 = fileURLToPath(new URL('../../../plans/ha-noi/2025.yaml', import.meta.url));

export function generatePlan(count, source = readFileSync(PLAN_2025, 'utf8')) {
  const plan = parse(source);
  const templates = plan.indicators;
  plan.indicators = Array.from({ length: count }, (_, i) => {
    const t = structuredClone(templates[i % templates.length]);
    t.id = i < templates.length ? t.id : `${t.id}-${i}`;
    t.number = `${i + 1}.`;
    return t;
  });
  return '# yaml-language-server: $schema=../../packages/schema/plan.schema.json\n' + stringify(plan, { lineWidth: 0 });
}
