import { Document, isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import type { Diagnostic } from '../diagnostics/types.js';
import { fastParse } from './fastYaml.js';
import { LineMap } from './position.js';
import { spansOfDocument, type Spans } from './spans.js';

/** Aliases are legal YAML but rare in plans; this many expansions mean an alias bomb. */
export const MAX_ALIAS_EXPANSIONS = 100;

export interface ParsedText {
  text: string;
  lines: LineMap;
  /** The plain value, or undefined when the YAML could not be trusted (syntax errors, alias abuse). */
  value: unknown;
  /** Source offsets of every node, by JSON pointer. */
  spans: Spans;
  diagnostics: Diagnostic[];
}

/** yaml error codes that leave a document we can still check meaningfully. */
const RECOVERABLE = new Set(['DUPLICATE_KEY', 'TAG_RESOLVE_FAILED']);

const OWN_CODES: Record<string, string> = {
  DUPLICATE_KEY: 'yaml-duplicate-key',
  TAB_AS_INDENT: 'yaml-tab-indent',
  TAG_RESOLVE_FAILED: 'yaml-unknown-tag',
  RESOURCE_EXHAUSTION: 'yaml-too-deep',
  MULTIPLE_DOCS: 'yaml-multiple-documents',
};

/** Text → YAML document and diagnostics. Never throws: every YAML problem becomes a diagnostic. */
export function parseYaml(text: string): ParsedText {
  const lines = new LineMap(text);
  const diagnostics: Diagnostic[] = [];
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    diagnostics.push({ code: 'file-empty', severity: 'error', range: lines.range(0, 0), params: {} });
    return { text, lines, value: undefined, spans: new Map(), diagnostics };
  }

  // Plans are written in a small YAML subset, which a fast path parses to the same value and
  // spans; it declines everything else, every error included, and yaml below stays the authority.
  const fast = fastParse(text);
  if (fast) return { text, lines, value: fast.value, spans: fast.spans, diagnostics: [] };

  let doc: Document.Parsed;
  try {
    // Core schema, no merge keys, no custom tags: nothing in a plan is ever executed or resolved.
    doc = parseDocument(text, { version: '1.2', schema: 'core', merge: false, uniqueKeys: true, prettyErrors: false, keepSourceTokens: false });
  } catch (e) {
    diagnostics.push(internal(lines, e));
    return { text, lines, value: undefined, spans: new Map(), diagnostics };
  }

  let fatal = false;
  for (const problem of [...doc.errors, ...doc.warnings]) {
    const [start, end] = problem.pos;
    const code = OWN_CODES[problem.code] ?? 'yaml-syntax';
    if (!RECOVERABLE.has(problem.code)) fatal = true;
    const params: Record<string, string> = { yamlCode: problem.code, detail: firstLine(problem.message) };
    let stop = Math.max(end, start + 1);
    if (problem.code === 'DUPLICATE_KEY') {
      // yaml marks one character; the drafter wants the whole key.
      const key = /^("(?:[^"\\\n]|\\.)*"|'[^'\n]*'|[^:\n]*?)(?=[ \t]*:)/.exec(text.slice(start, start + 1100))?.[1] ?? text.slice(start, end);
      params.text = key.replace(/^["']|["']$/g, '');
      stop = start + Math.max(1, key.length);
    } else if (problem.code === 'TAG_RESOLVE_FAILED') params.text = text.slice(start, end);
    diagnostics.push({ code, severity: 'error', range: lines.range(start, stop), params });
  }
  // A resource-exhaustion error is reported once per stack unwind; one is enough.
  dedupe(diagnostics);

  let value: unknown;
  if (!fatal) {
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSIONS });
    } catch (e) {
      if (e instanceof ReferenceError && /alias/i.test(e.message)) {
        const alias = firstAlias(doc);
        diagnostics.push({
          code: 'yaml-alias-limit',
          severity: 'error',
          range: alias ? lines.range(alias[0], alias[1]) : lines.range(0, 1),
          params: { limit: MAX_ALIAS_EXPANSIONS },
        });
      } else {
        diagnostics.push(internal(lines, e));
      }
      value = undefined;
    }
  }
  if (value === null || (value === undefined && !fatal && diagnostics.length === 0)) {
    diagnostics.push({ code: 'file-empty', severity: 'error', range: lines.range(0, 0), params: {} });
    value = undefined;
  }
  return { text, lines, value, spans: spansOfDocument(doc), diagnostics };
}

function firstLine(message: string): string {
  return message.split('\n', 1)[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function dedupe(diagnostics: Diagnostic[]) {
  const seen = new Set<string>();
  for (let i = diagnostics.length - 1; i >= 0; i--) {
    const d = diagnostics[i]!;
    const key = d.code === 'yaml-too-deep' ? d.code : `${d.code}@${d.range.start.line}:${d.range.start.character}`;
    if (seen.has(key)) diagnostics.splice(i, 1);
    else seen.add(key);
  }
}

function internal(lines: LineMap, e: unknown): Diagnostic {
  return {
    code: 'yaml-syntax',
    severity: 'error',
    range: lines.range(0, 1),
    params: { yamlCode: 'INTERNAL', detail: e instanceof Error ? e.message : String(e) },
  };
}

/** The source range of the first alias, iteratively (the document may be deep). */
function firstAlias(doc: Document.Parsed): [number, number] | undefined {
  const stack: unknown[] = [doc.contents];
  while (stack.length) {
    const n = stack.pop();
    if (isAlias(n)) return n.range ? [n.range[0], n.range[1]] : undefined;
    if (isMap(n) || isSeq(n)) for (const it of [...n.items].reverse()) stack.push(it);
    else if (isPair(n)) stack.push(n.value, n.key);
    else if (isScalar(n)) continue;
  }
  return undefined;
}

export type { YamlNode };
