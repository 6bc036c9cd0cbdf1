// A syntax error's cascade: after one stray "}" or "]" the yaml package reads the rest of the
// file as broken and reports every token of it. The first error is kept, its characters are
// blanked (same length, so every offset stays), and the text is parsed again: what is still
// wrong after it is reported, and found the same way, a few times at most. An error the blanking
// does not explain stays: at worst the list is what the parser said.
import { parseDocument, type YAMLError } from 'yaml';
import { fastParse } from './fastYaml.js';

/** Rounds of blank-and-parse-again: each costs one parse of the file. */
const MAX_ROUNDS = 4;

type Problem = Pick<YAMLError, 'code' | 'pos' | 'message'>;

export function withoutCascades(source: string, problems: readonly Problem[]): Problem[] {
  let current = [...problems].sort((a, b) => a.pos[0] - b.pos[0]);
  const kept: Problem[] = [];
  let text = source;
  for (let round = 0; round < MAX_ROUNDS && current.length > 1; round++) {
    const first = current[0]!;
    const [start, end] = first.pos;
    const blanked = text.slice(0, start) + text.slice(start, Math.max(end, start + 1)).replace(/[^\r\n]/g, ' ') + text.slice(Math.max(end, start + 1));
    // The plans' own subset read by the fast path: clean without it (the usual case), no slow parse.
    if (fastParse(blanked)) return [...kept, first];
    const again = parseDocument(blanked, { version: '1.2', schema: 'core', merge: false, uniqueKeys: false, logLevel: 'error', prettyErrors: false, keepSourceTokens: false });
    const after = [...again.errors, ...again.warnings].filter((p) => p.pos[0] > start).sort((a, b) => a.pos[0] - b.pos[0]);
    // Blanking it did not clear what followed: the errors are not its cascade; report them as they are.
    if (after.length >= current.length - 1) break;
    kept.push(first);
    text = blanked;
    current = after;
  }
  return [...kept, ...current];
}
