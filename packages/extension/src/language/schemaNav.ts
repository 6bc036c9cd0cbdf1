// Walks plan.schema.json along a path, for completion: which keys may stand here, which
// values a key takes, with their Vietnamese and English descriptions.
import schemaJson from '@kehoach/schema/plan.schema.json';

export interface SchemaNode {
  type?: string | string[];
  description?: string;
  markdownDescription?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  enum?: unknown[];
  const?: unknown;
  oneOf?: SchemaNode[];
  $ref?: string;
  examples?: unknown[];
  defaultSnippets?: Array<{ label: string; description?: string; body: unknown }>;
}

const root = schemaJson as unknown as SchemaNode & { $defs: Record<string, SchemaNode> };

export function resolve(node: SchemaNode | undefined): SchemaNode | undefined {
  let n = node;
  for (let i = 0; n?.$ref && i < 10; i++) {
    const ref: string = n.$ref;
    const target = root.$defs[ref.replace('#/$defs/', '')];
    // Keep the referring node's own description (it often says more in context).
    n = target ? { ...target, ...(n.description ? { description: n.description } : {}) } : undefined;
  }
  return n;
}

/** The schema of the value at `path` (keys and item indices from the root). */
export function schemaAt(path: ReadonlyArray<string | number>): SchemaNode | undefined {
  let n: SchemaNode | undefined = root;
  for (const seg of path) {
    n = resolve(n);
    if (!n) return undefined;
    n = typeof seg === 'number' ? n.items : n.properties?.[seg];
  }
  return resolve(n);
}

/** Values a key may take, when the schema lists them. */
export function enumValues(node: SchemaNode | undefined): unknown[] {
  const n = resolve(node);
  if (!n) return [];
  if (n.enum) return n.enum;
  if (n.const !== undefined) return [n.const];
  return (n.oneOf ?? []).flatMap((b) => enumValues(b));
}

export function describe(node: SchemaNode | undefined): string {
  const n = resolve(node);
  return n?.markdownDescription ?? n?.description ?? '';
}
