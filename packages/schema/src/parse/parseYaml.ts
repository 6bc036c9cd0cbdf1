import { Document, isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { MAX_LISTED, tooManyProblems } from '../diagnostics/limit.js';
import type { Diagnostic, DiagnosticCode } from '../diagnostics/types.js';
import { duplicateKeyOffsets, firstCollectionKey } from './duplicateKeys.js';
import { withoutCascades } from './recovered.js';
import { fastParse } from './fastYaml.js';
import { MAX_NESTING, MAX_TOKENS, structureProblem } from './guard.js';
import { LineMap } from './position.js';
import { NO_SPANS, spansOfDocument, type Spans } from './spans.js';

/**
 * A text the fast path declines goes to the yaml package, which reads token-dense YAML at well
 * under 1 MB a second (a 10 MB file of one short key repeated: 25 seconds; 40.000 short lines of
 * errors: 0,8 seconds). Above this many lines such a text is refused with `file-too-complex`, so
 * that every file is answered in well under a second. Plans have one to three thousand lines;
 * one in the plain YAML plans use is read by the fast path at any length (10.000 indicators,
 * 166.000 lines: about 200 ms).
 */
export const MAX_SLOW_PATH_LINES = 20_000;

/** Past this many lines a syntax error's cascade is listed as the parser gives it (recovered.ts parses again). */
export const MAX_RECOVERY_LINES = 10_000;

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
  /**
   * Source ranges of the nodes an alias refers to (`&a …` used again as `*a`): a writer that
   * edited inside one would change every place that reuses it. None when the text has no alias
   * (the fast path reads no anchors or aliases).
   */
  shared?: Array<[number, number]>;
}

/** yaml error codes that leave a document we can still check meaningfully. */
const RECOVERABLE = new Set(['DUPLICATE_KEY', 'TAG_RESOLVE_FAILED']);

const OWN_CODES: Record<string, DiagnosticCode> = {
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
  if (/^\uFEFF?\s*$/.test(text)) {
    diagnostics.push({ code: 'file-empty', severity: 'error', range: lines.range(0, 0), params: {} });
    return { text, lines, value: undefined, spans: NO_SPANS, diagnostics };
  }

  // YAML 1.2 and editors take a lone CR for a line break; the yaml package does not. Same
  // length, so every offset and position stays what it is in `text`.
  const source = text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;

  // Plans are written in a small YAML subset, which a fast path parses to the same value and
  // spans; it declines everything else, every error included, and yaml below stays the authority.
  const fast = fastPathOff() ? undefined : fastParse(source);
  if (fast) return { text, lines, value: fast.value, spans: fast.spans, diagnostics: [] };

  if (lines.lineStarts.length > MAX_SLOW_PATH_LINES) {
    const params = { lines: lines.lineStarts.length, limit: MAX_SLOW_PATH_LINES };
    diagnostics.push({ code: 'file-too-complex', severity: 'error', range: lines.range(0, 0), params });
    return { text, lines, value: undefined, spans: NO_SPANS, diagnostics };
  }
  // Hundreds of levels deep, or tens of thousands of tokens, refused before the yaml package
  // sees it: it needs seconds and gigabytes for a megabyte of "[[[[" (or aborts the process),
  // and minutes for a few megabytes of "[a, a, a, …" on one line (guard.ts). The fast path
  // above stops at its own depth limit and is linear, so a plan it accepts needs no guard.
  const problem = structureProblem(text);
  if (problem?.kind === 'deep') {
    const params = { yamlCode: 'RESOURCE_EXHAUSTION', detail: `more than ${MAX_NESTING} levels` };
    diagnostics.push({ code: 'yaml-too-deep', severity: 'error', range: lines.range(problem.offset, problem.offset + 1), params });
    return { text, lines, value: undefined, spans: NO_SPANS, diagnostics };
  }
  if (problem?.kind === 'tokens') {
    diagnostics.push({ code: 'yaml-too-complex', severity: 'error', range: lines.range(problem.offset, problem.offset + 1), params: { limit: MAX_TOKENS } });
    return { text, lines, value: undefined, spans: NO_SPANS, diagnostics };
  }

  let doc: Document.Parsed;
  try {
    // Core schema, no merge keys, no custom tags: nothing in a plan is ever executed or resolved.
    // Duplicate keys are found below in linear time (yaml's uniqueKeys is quadratic); logLevel
    // 'error' keeps yaml from printing process warnings (complex keys) to the CLI's stderr.
    doc = parseDocument(source, { version: '1.2', schema: 'core', merge: false, uniqueKeys: false, logLevel: 'error', prettyErrors: false, keepSourceTokens: false });
  } catch (e) {
    diagnostics.push(internal(lines, e));
    return { text, lines, value: undefined, spans: NO_SPANS, diagnostics };
  }

  const duplicates = duplicateKeyOffsets(doc).map((o) => ({ code: 'DUPLICATE_KEY', pos: [o, o + 1], message: 'Map keys must be unique' }));
  const syntax = [...doc.errors, ...doc.warnings];
  const fatal = [...syntax, ...duplicates].some((p) => !RECOVERABLE.has(p.code));
  // One stray bracket derails the parser for the rest of the file (3.454 errors for one "}"):
  // the errors that follow from the first are found again without it (recovered.ts).
  // Each round parses the file again: done for a plan's length (a few thousand lines), not a huge file's.
  const recover = fatal && syntax.length > 1 && lines.lineStarts.length <= MAX_RECOVERY_LINES;
  const problems = [...(recover ? withoutCascades(source, syntax) : syntax), ...duplicates];
  // The first MAX_LISTED in source order; the rest are counted (diagnostics/limit.ts).
  if (problems.length > MAX_LISTED) problems.sort((a, b) => a.pos[0]! - b.pos[0]!);
  for (const problem of problems.slice(0, MAX_LISTED)) {
    const [start, end] = problem.pos as [number, number];
    let code: DiagnosticCode = OWN_CODES[problem.code] ?? 'yaml-syntax';
    // yaml often reports a tab in the indentation as a column problem: name the tab.
    if (code === 'yaml-syntax' && tabInIndentation(source, start)) code = 'yaml-tab-indent';
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
  if (problems.length > MAX_LISTED) {
    const [start, end] = problems[MAX_LISTED]!.pos as [number, number];
    diagnostics.push(tooManyProblems(lines.range(start, Math.max(end, start + 1)), problems.length - MAX_LISTED));
  }
  // A resource-exhaustion error is reported once per stack unwind; one is enough.
  dedupe(diagnostics);

  // A key that is a mapping or a list: the yaml package turns such keys into strings by
  // stringifying them, each level again for the keys inside (61 bytes of "{{{{…" took 10
  // seconds and 1,4 GB, then threw). Plans never use them: refused, the value not built.
  const complexKey = fatal ? undefined : firstCollectionKey(doc);
  if (complexKey) {
    const r = lines.range(complexKey[0], Math.max(complexKey[0] + 1, complexKey[1]));
    // A key over several lines is marked on its first.
    const range = r.end.line > r.start.line ? { start: r.start, end: lines.lineRange(r.start.line).end } : r;
    diagnostics.push({ code: 'yaml-complex-key', severity: 'error', range, params: {} });
  }

  let value: unknown;
  // More aliases than a bomb may expand is refused before toJS, which looks each alias up by
  // walking the whole document: 19.000 anchors each aliased once took it 10 seconds.
  const tooMany = nthAlias(doc, MAX_ALIAS_EXPANSIONS + 1);
  if (complexKey) value = undefined;
  else if (!fatal && tooMany) {
    diagnostics.push({ code: 'yaml-alias-limit', severity: 'error', range: lines.range(tooMany[0], tooMany[1]), params: { limit: MAX_ALIAS_EXPANSIONS } });
  } else if (!fatal) {
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
  const shared = nthAlias(doc, 1) ? sharedRanges(doc) : undefined;
  return { text, lines, value, spans: spansOfDocument(doc), diagnostics, ...(shared ? { shared } : {}) };
}

/**
 * `KEHOACH_YAML_FAST_PATH=off` sends every text to the yaml package: how `npm run bench` measures
 * what the fast path is worth. Read on every call, so one process can compare both.
 */
function fastPathOff(): boolean {
  return (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.KEHOACH_YAML_FAST_PATH === 'off';
}

/** Whether `offset` is within its line's indentation, and that indentation has a tab. */
function tabInIndentation(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let i = lineStart;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return offset <= i && text.slice(lineStart, i).includes('\t');
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
  return nthAlias(doc, 1);
}

/** The source range of the n-th alias in document order, if there are that many. */
function nthAlias(doc: Document.Parsed, nth: number): [number, number] | undefined {
  const stack: unknown[] = [doc.contents];
  let seen = 0;
  while (stack.length) {
    const n = stack.pop();
    if (isAlias(n)) {
      if (++seen === nth) return n.range ? [n.range[0], n.range[1]] : [0, 1];
      continue;
    }
    if (isMap(n) || isSeq(n)) for (const it of [...n.items].reverse()) stack.push(it);
    else if (isPair(n)) stack.push(n.value, n.key);
    else if (isScalar(n)) continue;
  }
  return undefined;
}

/** The ranges of the anchored nodes that an alias refers to, in one walk in document order. */
export function sharedRanges(doc: Document.Parsed): Array<[number, number]> {
  const anchors = new Map<string, YamlNode>();
  const shared = new Set<YamlNode>();
  const stack: unknown[] = [doc.contents];
  while (stack.length) {
    const n = stack.pop();
    if (isAlias(n)) {
      const target = anchors.get(n.source);
      if (target) shared.add(target);
      continue;
    }
    if (isPair(n)) {
      stack.push(n.value, n.key);
      continue;
    }
    if (!isMap(n) && !isSeq(n) && !isScalar(n)) continue;
    if (n.anchor) anchors.set(n.anchor, n);
    if (isMap(n) || isSeq(n)) for (let i = n.items.length - 1; i >= 0; i--) stack.push(n.items[i]);
  }
  return [...shared].map((n) => (n.range ? [n.range[0], n.range[1]] : [0, 0]) as [number, number]);
}

export type { YamlNode };
