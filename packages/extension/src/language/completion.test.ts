// Completion a drafter can accept blindly (issue 16): every item is accepted the way VS Code
// inserts it (the snippet's placeholders at their defaults; unless the item says "as is", each
// inserted line after the first gets the cursor line's indentation added) into the real plans,
// and the result is checked by the engine.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { CompletionItem, Position } from './lsp.js';
import { InsertTextMode } from './lsp.js';
import { applyEdits, doc, draftFrom2025, DRAFT_URI, PLAN_2025_URI, plan2025, pos, service } from './testing.js';

const CPI_BLOCK = /  - id: cpi\n(?: {4}.*\n)+/;
const CPI_TARGET = 'target: { wording: "dưới 4,5%", kind: level, op: "<", value: 4.5, unit: "%" }';

/** A snippet with each placeholder at its default (a choice at its first option). */
function expandSnippet(s: string): string {
  let out = s;
  for (let i = 0; i < 5; i++) out = out.replace(/\$\{\d+:((?:[^{}\\]|\\.)*)\}/g, '$1').replace(/\$\{\d+\|([^,|]*)(?:,[^|]*)?\|\}/g, '$1');
  return out.replace(/\$\{?\d+\}?/g, '').replace(/\\([$}\\])/g, '$1');
}

/** The text after VS Code accepts `item`. */
function accept(text: string, item: CompletionItem): string {
  let newText = item.insertTextFormat === 2 ? expandSnippet(item.textEdit.newText) : item.textEdit.newText;
  if (item.insertTextMode !== InsertTextMode.asIs) {
    // VS Code's default: every further line gets the indentation of the line the item goes on.
    const lines = text.split('\n');
    const indent = /^\s*/.exec(lines[item.textEdit.range.start.line]!)![0];
    newText = newText.replace(/\n/g, `\n${indent}`);
  }
  return applyEdits(text, [{ range: item.textEdit.range, newText }]);
}

/** The engine's problems that say the YAML or its shape is wrong. */
function shapeErrors(uri: string, text: string): string[] {
  return service()
    .doValidation(doc(uri, text))
    .filter((d) => d.severity === 1 && /^(yaml-|schema-|duplicate)/.test(String(d.code)))
    .map((d) => `${d.code} ${d.range.start.line + 1}: ${d.message}`);
}

function complete(uri: string, text: string, at: Position, trigger?: string) {
  return service().doComplete(doc(uri, text), at, trigger);
}

describe('completion accepted blindly parses', () => {
  const withoutCpi = draftFrom2025((t) => t.replace(CPI_BLOCK, ''));

  it('"- id: " then last year’s indicator: its whole block at the list’s indentation', () => {
    const text = withoutCpi.replace('  - id: third-child-birth-rate-reduction', '  - id: \n  - id: third-child-birth-rate-reduction');
    const cpi = complete(DRAFT_URI, text, pos(text, '  - id: \n', undefined, 8)).items.find((i) => i.label === 'cpi')!;
    const out = accept(text, cpi);
    expect(shapeErrors(DRAFT_URI, out)).toEqual([]);
    // Byte for byte the draft's cpi block, its target not set yet.
    expect(out).toContain('  - id: cpi\n    number: "5."\n    name: Chỉ số giá tiêu dùng\n    unit: "%"\n    direction: lower\n    target: { placeholder: true }\n');
  });

  it('on a fresh "- ": the "new indicator" snippet and last year’s indicators', () => {
    const text = withoutCpi.replace('  - id: third-child-birth-rate-reduction', '  - \n  - id: third-child-birth-rate-reduction');
    const items = complete(DRAFT_URI, text, pos(text, '  - \n', undefined, 4)).items;
    for (const label of ['cpi', 'Chỉ tiêu mới / New indicator']) {
      const it = items.find((i) => i.label === label);
      expect(it, label).toBeDefined();
      const out = accept(text, it!);
      expect(shapeErrors(DRAFT_URI, out), label).toEqual([]);
      const ids = (parse(out) as { indicators: Array<{ id: string }> }).indicators.map((i) => i.id);
      expect(ids, label).toContain(label === 'cpi' ? 'cpi' : 'ma-chi-tieu');
    }
  });

  it('the parts: and clauses: keys insert a first item that parses', () => {
    // cpi without its target: parts or clauses go in its place.
    const text = plan2025.replace(`    ${CPI_TARGET}\n  - id: third`, '    \n  - id: third');
    const at = pos(text, '    \n  - id: third', 'id: cpi', 4);
    const items = complete(PLAN_2025_URI, text, at).items;
    for (const key of ['parts', 'clauses']) {
      const it = items.find((i) => i.label === key)!;
      expect(it, key).toBeDefined();
      const out = accept(text, it);
      expect(shapeErrors(PLAN_2025_URI, out), key).toEqual([]);
      const cpi = (parse(out) as { indicators: Array<Record<string, unknown>> }).indicators.find((i) => i.id === 'cpi')!;
      expect(Array.isArray(cpi[key]) && (cpi[key] as unknown[]).length, key).toBe(1);
    }
  });

  it('keys the mapping already has are not offered, even while the line being typed does not parse', () => {
    const text = plan2025.replace('    name: Chỉ số giá tiêu dùng\n', '    name: Chỉ số giá tiêu dùng\n    d\n');
    const labels = complete(PLAN_2025_URI, text, pos(text, '    d\n', 'id: cpi', 5)).items.map((i) => i.label);
    for (const present of ['id', 'number', 'name', 'unit', 'direction', 'target']) expect(labels).not.toContain(present);
    expect(labels).toContain('clauses');
  });

  it('a typed space opens the list after "key: " and "- " only', () => {
    const text = plan2025.replace('    direction: lower\n    target: { wording: "dưới 4,5%"', '    direction: \n    target: { wording: "dưới 4,5%"');
    const direction = complete(PLAN_2025_URI, text, pos(text, 'direction: \n', 'id: cpi', 11), ' ');
    expect(direction.items.map((i) => i.label)).toEqual(['higher', 'lower', 'neutral']);
    const inName = complete(PLAN_2025_URI, plan2025, pos(plan2025, 'giá tiêu dùng', 'id: cpi', 4), ' ');
    expect(inName.items).toEqual([]);
  });
});

describe('completion after "target: "', () => {
  it('offers last year’s target, which accepted gives back last year’s line', () => {
    const text = draftFrom2025((t) => t.replace(`    ${CPI_TARGET}\n  - id: third`, '    target: \n  - id: third'));
    const list = complete(DRAFT_URI, text, pos(text, 'target: \n', 'id: cpi', 8), ' ');
    const labels = list.items.map((i) => i.label);
    // No word-based junk: the provider answers here, so VS Code's word list stays closed.
    expect(labels).toEqual(['{ wording: "dưới 4,5%", kind: level, op: "<", value: 4.5, unit: "%" }', '{ placeholder: true }']);
    const out = accept(text, list.items[0]!);
    expect(out).toBe(draftFrom2025());
  });

  it('fills the structured target from the wording typed after it', () => {
    const text = draftFrom2025((t) => t.replace(`    ${CPI_TARGET}\n  - id: third`, '    target: dưới 4,5%\n  - id: third'));
    const list = complete(DRAFT_URI, text, pos(text, '4,5%\n', 'id: cpi', 4));
    expect(list.items).toHaveLength(1);
    const out = accept(text, list.items[0]!);
    expect(shapeErrors(DRAFT_URI, out)).toEqual([]);
    expect(out).toContain('    target: { wording: "dưới 4,5%", op: "<", value: 4.5, unit: "%" }\n  - id: third');
    expect(service().doValidation(doc(DRAFT_URI, out)).filter((d) => d.severity === 1)).toEqual([]);
  });
});
