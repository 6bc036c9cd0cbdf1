// A plan from a hostile pull request (every injection of testing/injection.ts in a clause, a
// name, a wording, the document's number, a key; a file name too) through every channel the
// engine writes to: validate's four formats and the diff's terminal and Markdown. Nothing of it
// acts: no forged workflow command, no escape sequence, no link, image or HTML.
import { describe, expect, it } from 'vitest';
import { FORMATTERS } from '../cli/validateCommand.js';
import { diffPlans } from '../diff/diffPlans.js';
import { renderMarkdown } from '../diff/renderMarkdown.js';
import { renderTerminal } from '../diff/renderTerminal.js';
import { analyzeText } from '../engine.js';
import type { Plan } from '../model/types.js';
import { INJECTION_TEXT, INJECTIONS, injectedPlan, markdownHazardsIn, readPlan, terminalHazardsIn, workflowCommandsIn } from '../testing/index.js';

const plan2025 = readPlan('ha-noi/2025');
const hostile = injectedPlan(plan2025);
const file = `plans/hà nội/x${INJECTIONS.forgedAnnotation}${INJECTIONS.osc52}.yaml`;
const { diagnostics, model } = analyzeText(hostile, 'x.yaml');
const reports = [{ file, diagnostics }];

describe('validate’s formats, on a hostile plan and file name', () => {
  it('the plan is read, and its text reaches the messages', () => {
    expect(diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['malformed-target', 'schema-unknown-key']));
  });

  it('github: one workflow command per diagnostic, each one line, nothing raw', () => {
    for (const lang of ['vi', 'en'] as const) {
      const out = FORMATTERS.github!(reports, lang);
      const lines = out.trimEnd().split('\n');
      expect(lines).toHaveLength(diagnostics.length);
      expect(workflowCommandsIn(out)).toHaveLength(diagnostics.length);
      for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) file=plans\/hà nội\/x%0A%3A%3Aerror file=x%3A%3Aforged␛\]52;c;ZWNobyBwd25lZA==␇\.yaml,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z-]+::[^\r\n]*$/);
      expect(terminalHazardsIn(out)).toEqual([]);
    }
  });

  it('stylish: one line per diagnostic and a summary; no escape sequence, control or bidi character', () => {
    const out = FORMATTERS.stylish!(reports, 'en');
    expect(out.trimEnd().split('\n')).toHaveLength(diagnostics.length + 1);
    expect(terminalHazardsIn(out)).toEqual([]);
    expect(out).toContain('plans/hà nội/x␊::error file=x::forged␛]52;c;ZWNobyBwd25lZA==␇.yaml:');
  });

  it('sarif: the file as a percent-encoded URI; messages without invisible characters', () => {
    const log = JSON.parse(FORMATTERS.sarif!(reports, 'en')) as { runs: Array<{ results: Array<{ message: { text: string }; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> };
    const results = log.runs[0]!.results;
    expect(results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('plans/h%C3%A0%20n%E1%BB%99i/x%0A%3A%3Aerror%20file%3Dx%3A%3Aforged%1B%5D52%3Bc%3BZWNobyBwd25lZA%3D%3D%07.yaml');
    for (const r of results) expect(terminalHazardsIn(r.message.text)).toEqual([]);
  });

  it('json: messages without invisible characters (the text is the plan’s, made visible)', () => {
    const out = JSON.parse(FORMATTERS.json!(reports, 'en')) as Array<{ message: string }>;
    for (const d of out) expect(terminalHazardsIn(d.message)).toEqual([]);
    expect(out.map((d) => d.message).join('\n')).toContain('\\u{202E}');
  });
});

describe('the semantic diff, of the real plan against the hostile one', () => {
  const diff = diffPlans(analyzeText(plan2025).model.value as Plan, model.value as Plan);
  diff.from.label = `plans/a${INJECTIONS.backticks}${INJECTIONS.eraseLine}.yaml`;
  diff.to.label = 'plans/ha-noi/2025.yaml';

  it('finds the changes (names, wording, clauses)', () => {
    expect(diff.clauses.map((c) => `${c.id} ${c.status}`)).toEqual(expect.arrayContaining(['closing__para_1 changed', 'closing__para_9 added']));
    expect(diff.indicators.find((d) => d.id === 'grdp-growth')?.nameDiff).toBeDefined();
  });

  it('terminal, plain and coloured: no escape sequence but its own colours, no control or bidi character', () => {
    for (const color of [false, true]) {
      const out = renderTerminal(diff, { lang: 'vi', color });
      expect(terminalHazardsIn(out)).toEqual([]);
      expect(out).toContain('␛]52;c;ZWNobyBwd25lZA==␇');
    }
  });

  it('Markdown: no link, image or HTML of the plan’s; no line a CI log runs as a workflow command', () => {
    for (const lang of ['vi', 'en'] as const) {
      const md = renderMarkdown(diff, { lang });
      expect(markdownHazardsIn(md)).toEqual([]);
      expect(workflowCommandsIn(md)).toEqual([]);
      expect(terminalHazardsIn(md)).toEqual([]);
    }
  });

  it('the injections themselves would act, unencoded (the checks are real)', () => {
    expect(markdownHazardsIn(INJECTION_TEXT)).not.toEqual([]);
    expect(workflowCommandsIn(INJECTION_TEXT)).not.toEqual([]);
    expect(terminalHazardsIn(INJECTION_TEXT)).not.toEqual([]);
  });
});
