// Keeps types.ts and plan.schema.json in agreement: the same properties, the same required ones.
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import schema from '../../plan.schema.json' with { type: 'json' };

interface ObjectSchema {
  properties: Record<string, unknown>;
  required?: string[];
}

const defs = schema.$defs as unknown as Record<string, ObjectSchema & { properties: Record<string, ObjectSchema> }>;
const SCHEMA_OF: Record<string, ObjectSchema> = {
  Plan: schema as unknown as ObjectSchema,
  Jurisdiction: defs.jurisdiction!,
  Period: (schema.properties as unknown as Record<string, ObjectSchema>).period!,
  BaselineEntry: defs.baselineEntry!,
  Theme: defs.theme!,
  DeclaredIndicatorCount: defs.declaredIndicatorCount!,
  Source: defs.source!,
  SourceEntry: defs.sourceEntry!,
  Truncation: defs.document!.properties.truncated!,
  Amendment: defs.amendment!,
  AmendmentDocument: defs.amendment!.properties.document!,
  AmendmentChange: defs.amendmentChange!,
  Unconfirmed: defs.indicator!.properties.unconfirmed!,
  SourceDocument: defs.document!,
  Signature: defs.document!.properties.signature!,
  Appendix: defs.document!.properties.appendix!,
  Article: defs.article!,
  Item: defs.item!,
  Paragraph: defs.paragraph!,
  Indicator: defs.indicator!,
  IndicatorPart: defs.part!,
  Dropped: defs.indicator!.properties.dropped!,
  Target: defs.target!,
  Result: defs.result!,
  Results: defs.results!,
  NarrativeTarget: defs.narrativeTarget!,
  Relation: defs.relation!,
};

/** interface name → { property → optional? } read from types.ts with the TypeScript parser. */
function interfacesOf(file: string) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const out = new Map<string, Map<string, boolean>>();
  source.forEachChild((node) => {
    if (!ts.isInterfaceDeclaration(node)) return;
    const props = new Map<string, boolean>();
    for (const m of node.members)
      if (ts.isPropertySignature(m) && m.name && ts.isIdentifier(m.name)) props.set(m.name.text, !!m.questionToken);
    out.set(node.name.text, props);
  });
  return out;
}

describe('types.ts agrees with plan.schema.json', () => {
  const interfaces = interfacesOf(new URL('./types.ts', import.meta.url).pathname);

  it('covers every object of the schema', () => {
    expect([...interfaces.keys()].sort()).toEqual(Object.keys(SCHEMA_OF).sort());
  });

  for (const [name, objectSchema] of Object.entries(SCHEMA_OF)) {
    it(`${name}: same properties, same required`, () => {
      const props = interfaces.get(name)!;
      expect([...props.keys()].sort()).toEqual(Object.keys(objectSchema.properties).sort());
      const required = [...props].filter(([, optional]) => !optional).map(([k]) => k).sort();
      expect(required).toEqual([...(objectSchema.required ?? [])].sort());
    });
  }
});
