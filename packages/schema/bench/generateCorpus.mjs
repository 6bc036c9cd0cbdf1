// Many distinct, valid, normal-sized plans for whole-process comparisons (`kehoach validate`
// vs `ajv validate` on the same files): the 2025 plan with 0…(spread-1) extra indicators,
// copies of its own under fresh ids, spliced into its text (no re-serialisation, so it is
// fast and every file keeps the 2025 plan's comments and layout).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLAN_2025 } from './generatePlan.mjs';

/** The indicator blocks of a plan's text and what surrounds them. */
export function splitIndicators(text) {
  const start = text.indexOf('\nindicators:\n') + '\nindicators:\n'.length;
  const next = /^[^\s#]/m.exec(text.slice(start)); // the next top-level key
  let end = next ? start + next.index : text.length;
  while (end > start && text[end - 2] === '\n') end--; // blank lines stay with what follows
  const blocks = text.slice(start, end).split(/(?=^ {2}- id: )/m);
  return { head: text.slice(0, start), blocks, tail: text.slice(end) };
}

/** The 2025 plan with `extra` more indicators (copies of its own, renamed and numbered on). */
export function planWithExtraIndicators(extra, tag, source = readFileSync(PLAN_2025, 'utf8')) {
  const { head, blocks, tail } = splitIndicators(source);
  const added = [];
  for (let i = 0; i < extra; i++) {
    const t = blocks[i % blocks.length];
    added.push(
      t
        .replace(/^( {2}- id: )([\w-]+)/m, `$1$2-${tag}-${i}`)
        .replace(/^( {4}number: )"\d+\."/m, `$1"${blocks.length + i + 1}."`),
    );
  }
  return head + blocks.join('') + added.join('') + tail;
}

/** Writes `count` distinct plans into `dir` (plan-0000.yaml…); returns their total size in bytes. */
export function writeCorpus(dir, count = 1000, spread = 40) {
  mkdirSync(dir, { recursive: true });
  const source = readFileSync(PLAN_2025, 'utf8');
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const text = planWithExtraIndicators(i % spread, `g${i}`, source);
    writeFileSync(join(dir, `plan-${String(i).padStart(4, '0')}.yaml`), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}
