// Many distinct, valid, normal-sized plans for whole-process comparisons (`kehoach validate`
// vs `ajv validate` on the same files), beside the 2024 plan they name as baseline: the 2025
// plan with 0…(spread-1) extra indicators,
// copies of its own under fresh ids, spliced into its text (no re-serialisation, so it is
// fast and every file keeps the 2025 plan's comments and layout).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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
  // Numbered on from the last number printed (a dropped indicator has none), so label-sequence holds.
  const last = Math.max(0, ...blocks.map((b) => Number(/^ {4}number: "(\d+)\."/m.exec(b)?.[1] ?? 0)));
  // Copies of the indicators in force (a dropped one is not numbered, nor counted).
  const templates = blocks.filter((b) => !/^ {4}dropped:/m.test(b));
  const added = [];
  for (let i = 0; i < extra; i++) {
    const t = templates[i % templates.length];
    added.push(
      t
        .replace(/^( {2}- id: )([\w-]+)/m, `$1$2-${tag}-${i}`)
        .replace(/^( {4}number: )"\d+\."/m, `$1"${last + i + 1}."`),
    );
  }
  // The text declares 25 indicators (declaredIndicatorCount, checked against its clause): with
  // more in the list, the declaration goes, as in a plan whose text declares no count.
  const headCounted = extra === 0 ? head : head.replace(/^declaredIndicatorCount: .*\n/m, '');
  return headCounted + blocks.join('') + added.join('') + tail;
}

/**
 * Writes `count` distinct plans into `dir` (plan-0000.yaml…), and the 2024 plan they name as their
 * baseline (2024.yaml, as in plans/ha-noi/): `count + 1` files. Returns their total size in bytes.
 */
export function writeCorpus(dir, count = 1000, spread = 40) {
  mkdirSync(dir, { recursive: true });
  const source = readFileSync(PLAN_2025, 'utf8');
  const baseline = readFileSync(join(dirname(PLAN_2025), '2024.yaml'));
  writeFileSync(join(dir, '2024.yaml'), baseline);
  let bytes = baseline.length;
  for (let i = 0; i < count; i++) {
    const text = planWithExtraIndicators(i % spread, `g${i}`, source);
    writeFileSync(join(dir, `plan-${String(i).padStart(4, '0')}.yaml`), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}
