// The SARIF formatter's output is valid SARIF 2.1.0 (SchemaStore's schema, shipped by the
// `schemastore` package), on the real plans' diagnostics: warnings, errors and info together.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../engine.js';
import { scaffoldNewYear } from '../../scaffold/newYear.js';
import { planPath, readPlan, replaceOnce } from '../../testing/realPlans.js';
import { sarif } from './sarif.js';

const require = createRequire(import.meta.url);
const sarifSchema = JSON.parse(readFileSync(require.resolve('schemastore/schemas/json/sarif-2.1.0.json'), 'utf8')) as object;

/** SchemaStore's SARIF schema is draft-07, not written for ajv's strict mode, and has one pattern
 * that is not a valid Unicode regular expression; formats (uri) are not checked. */
const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false, validateFormats: false }).compile(sarifSchema);

function reports() {
  const workspace = { readPlan: (p: string) => (p.endsWith('2025.yaml') ? readPlan('ha-noi/2025') : undefined) };
  // The 2026 draft as new-year writes it (the adopted 2026 plan in plans/ has no warnings to show).
  const draftText = scaffoldNewYear(readPlan('ha-noi/2025'), { baseline: './2025.yaml' }).text;
  const draft = analyzeText(draftText, planPath('ha-noi/2026'), { workspace });
  const broken = replaceOnce(readPlan('ha-noi/2025'), 'direction: higher', 'direcion: higher');
  return [
    { file: 'plans\\ha-noi\\2026.yaml', diagnostics: draft.diagnostics },
    { file: 'plans/ha-noi/2025.yaml', diagnostics: analyzeText(broken, planPath('ha-noi/2025')).diagnostics },
  ];
}

describe('sarif', () => {
  it('is valid SARIF 2.1.0, with a rule for every code that fired and forward slashes in paths', () => {
    const rs = reports();
    const log = JSON.parse(sarif(rs, 'vi'));
    validate(log);
    expect(validate.errors ?? []).toEqual([]);
    const run = log.runs[0];
    const codes = [...new Set(rs.flatMap((r) => r.diagnostics.map((d) => d.code)))].sort();
    expect(codes).toEqual(expect.arrayContaining(['placeholder-target', 'schema-unknown-key']));
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(codes);
    expect(run.results).toHaveLength(rs[0]!.diagnostics.length + rs[1]!.diagnostics.length);
    expect(run.results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('plans/ha-noi/2026.yaml');
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
  });

  it('the schema check is real: a level SARIF does not know fails it', () => {
    const log = JSON.parse(sarif(reports(), 'en'));
    log.runs[0].results[0].level = 'info';
    expect(validate(log)).toBe(false);
  });
});
