// Random edits of real plan texts, for property tests of the engine and of the editor's pure
// language features: insertions (YAML punctuation, tags, anchors, tabs, line breaks, BOM, NUL,
// Vietnamese, lone surrogates, random strings), deletions, and swaps, duplications and
// removals of lines and characters, as a drafter's keyboard (or a bad paste) makes them.
//
// Positions inside an edit are plain natural numbers taken modulo the text's current length
// (or line count) when the edit is applied, so any edit applies to any text and fast-check
// shrinks a failing case to few, small edits. Nothing here depends on vitest.
import fc from 'fast-check';

export type FuzzEdit =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'swap-chars'; a: number; b: number }
  | { kind: 'swap-lines'; a: number; b: number }
  | { kind: 'duplicate-line'; line: number }
  | { kind: 'delete-line'; line: number }
  | { kind: 'indent-line'; line: number; by: string }
  | { kind: 'dedent-line'; line: number; count: number };

/** What drafters' mistakes and hostile files put into YAML. */
export const FRAGMENTS: readonly string[] = [
  ':', ': ', '- ', '-', '#', ' # ', '\n', '\r\n', '\r', '\t', '  ', '    ',
  '"', "'", '{', '}', '[', ']', ',', '?', '|', '>', '|-\n', '>-\n', '\\', '%',
  '&a ', '*a', '&anchor ', '*anchor', '<<: ', '<<: *a', '!!js/function ', '!!python/object ', '!custom ', '!<tag:x> ', '!!str ', '!!binary ',
  '---\n', '...\n', '%YAML 1.2\n---\n', '\uFEFF', '\u0000', '\u2028', '\u00a0', '\uFFFD',
  'null', '~', 'true', 'no', '1e999', '-0', '0x1F', '.nan', '2025-13-45',
  'ắ', 'Tốc độ tăng', 'từ 6,5% trở lên', '😀', 'e\u0301', '\uD800', '\uDC00',
  'id: ', 'target: ', 'value: ', 'op: ">="', 'kind: level', 'wording: ', '  - id: x\n', '- id: art_9\n',
  '{ wording: "5%", kind: level, op: ">=", value: 5, unit: "%" }',
  '# kehoach-disable-next-line ', '# kehoach-disable-next-line unknown-code\n',
];

const position = fc.nat({ max: 1_000_000 });

const insertText = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 2, maxLength: 6 }).map((p) => p.join('')) },
);

/** One random edit. */
export function fuzzEdit(): fc.Arbitrary<FuzzEdit> {
  return fc.oneof(
    { weight: 5, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: position, text: insertText }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: position, length: fc.integer({ min: 1, max: 40 }) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('swap-chars' as const), a: position, b: position }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('swap-lines' as const), a: position, b: position }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate-line' as const), line: position }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete-line' as const), line: position }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('indent-line' as const), line: position, by: fc.constantFrom(' ', '  ', '\t', ' \t', '    ') }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('dedent-line' as const), line: position, count: fc.integer({ min: 1, max: 6 }) }) },
  );
}

/** A short sequence of random edits (1 to `maxEdits`, default 4). */
export function fuzzEdits(maxEdits = 4): fc.Arbitrary<FuzzEdit[]> {
  return fc.array(fuzzEdit(), { minLength: 1, maxLength: maxEdits });
}

/** One of `texts`, edited: the edits are kept beside the result for the failure report. */
export function editedText(texts: readonly string[], maxEdits = 4): fc.Arbitrary<{ source: number; edits: FuzzEdit[]; text: string }> {
  return fc
    .record({ source: fc.nat({ max: texts.length - 1 }), edits: fuzzEdits(maxEdits) })
    .map(({ source, edits }) => ({ source, edits, text: applyEdits(texts[source]!, edits) }));
}

/** Lines with their line breaks, so that joining them gives the text back. */
function splitLines(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

export function applyEdit(text: string, edit: FuzzEdit): string {
  const n = text.length;
  switch (edit.kind) {
    case 'insert': {
      const at = edit.at % (n + 1);
      return text.slice(0, at) + edit.text + text.slice(at);
    }
    case 'delete': {
      if (n === 0) return text;
      const at = edit.at % n;
      return text.slice(0, at) + text.slice(at + edit.length);
    }
    case 'swap-chars': {
      if (n < 2) return text;
      const [a, b] = [edit.a % n, edit.b % n].sort((x, y) => x - y) as [number, number];
      if (a === b) return text;
      return text.slice(0, a) + text[b] + text.slice(a + 1, b) + text[a] + text.slice(b + 1);
    }
    default: {
      const lines = splitLines(text);
      if (lines.length === 0) return text;
      const m = lines.length;
      // A moved last line without its break would glue onto the next one: give it one.
      const withBreak = (l: string) => (/[\r\n]$/.test(l) ? l : l + '\n');
      if (edit.kind === 'swap-lines') {
        const a = edit.a % m;
        const b = edit.b % m;
        const la = lines[a]!;
        lines[a] = withBreak(lines[b]!);
        lines[b] = withBreak(la);
      } else if (edit.kind === 'duplicate-line') {
        const i = edit.line % m;
        lines.splice(i, 0, withBreak(lines[i]!));
      } else if (edit.kind === 'delete-line') {
        lines.splice(edit.line % m, 1);
      } else if (edit.kind === 'indent-line') {
        const i = edit.line % m;
        lines[i] = edit.by + lines[i]!;
      } else {
        const i = edit.line % m;
        const spaces = /^[ \t]*/.exec(lines[i]!)![0].length;
        lines[i] = lines[i]!.slice(Math.min(spaces, edit.count));
      }
      return lines.join('');
    }
  }
}

export function applyEdits(text: string, edits: readonly FuzzEdit[]): string {
  return edits.reduce(applyEdit, text);
}

/** Random edits at the byte level (invalid UTF-8, NUL, truncated sequences, BOM), for analyzeBytes. */
export function editedBytes(texts: readonly string[]): fc.Arbitrary<Uint8Array> {
  const byteEdit = fc.record({
    at: position,
    bytes: fc.oneof(
      fc.constantFrom([0x00], [0xff], [0xc3], [0xe1, 0xba], [0xed, 0xa0, 0x80], [0xf5, 0x80], [0xef, 0xbb, 0xbf], [0x0d], [0x09], [0xc0, 0xaf]),
      fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 6 }),
    ),
    drop: fc.integer({ min: 0, max: 3 }),
  });
  return fc.record({ text: editedText(texts, 2), edits: fc.array(byteEdit, { minLength: 0, maxLength: 3 }) }).map(({ text, edits }) => {
    let bytes = Array.from(new TextEncoder().encode(text.text));
    for (const e of edits) {
      const at = e.at % (bytes.length + 1);
      bytes = [...bytes.slice(0, at), ...e.bytes, ...bytes.slice(at + e.drop)];
    }
    return Uint8Array.from(bytes);
  });
}

export interface Position {
  line: number;
  character: number;
}

/** A raw position to be placed in whatever text the property works on (see `placePosition`). */
export const rawPosition: fc.Arbitrary<Position> = fc.record({ line: fc.nat({ max: 100_000 }), character: fc.nat({ max: 400 }) });

/**
 * A position inside `text` (line modulo the line count, character up to the line's end), or,
 * for one in `outsideOneIn` (default never), the raw position as is, possibly past the end:
 * editors do send stale positions.
 */
export function placePosition(text: string, raw: Position, outsideOneIn = 0): Position {
  if (outsideOneIn > 0 && (raw.line + raw.character) % outsideOneIn === 0) return raw;
  const lines = textLines(text);
  const line = raw.line % lines.length;
  return { line, character: raw.character % (lines[line]!.length + 1) };
}

/** The lines of a text as LSP counts them (\n, \r\n and a lone \r end a line), without their breaks. */
export function textLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/**
 * Why `range` does not lie inside `text` (undefined when it does): lines within the document,
 * characters within their line (the end of a line included), start not after end.
 */
export function rangeProblem(text: string, range: { start: Position; end: Position }, lines = textLines(text)): string | undefined {
  for (const [name, p] of [['start', range.start], ['end', range.end]] as const) {
    if (!Number.isInteger(p.line) || !Number.isInteger(p.character)) return `${name} is not integral: ${JSON.stringify(p)}`;
    if (p.line < 0 || p.line >= lines.length) return `${name} line ${p.line} outside 0..${lines.length - 1}`;
    const len = lines[p.line]!.length;
    if (p.character < 0 || p.character > len) return `${name} character ${p.character} outside 0..${len} on line ${p.line}`;
  }
  const { start, end } = range;
  if (start.line > end.line || (start.line === end.line && start.character > end.character)) return `start ${JSON.stringify(start)} after end ${JSON.stringify(end)}`;
  return undefined;
}

/**
 * Run parameters from the environment: FUZZ_SEED (replay a failure), FUZZ_RUNS (default
 * `defaultRuns`). One seed per process, printed once, so that any failure can be replayed.
 */
let seedOfThisRun: number | undefined;
export function fuzzParameters(defaultRuns = 300, env: NodeJS.ProcessEnv = process.env): { seed: number; numRuns: number } {
  const numRuns = env.FUZZ_RUNS ? Number(env.FUZZ_RUNS) : defaultRuns;
  if (seedOfThisRun === undefined) {
    seedOfThisRun = env.FUZZ_SEED ? Number(env.FUZZ_SEED) : (Date.now() ^ Math.floor(Math.random() * 0x7fffffff)) | 0;
    console.log(`fuzz: seed ${seedOfThisRun}, ${numRuns} runs per property (replay: FUZZ_SEED=${seedOfThisRun})`);
  }
  return { seed: seedOfThisRun, numRuns };
}
