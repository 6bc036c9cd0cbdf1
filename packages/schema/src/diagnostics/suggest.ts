// "Did you mean …?": the nearest candidate to a mistyped key or id.

/** Levenshtein distance, for "did you mean" suggestions (short ids only). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > 8 || a.length > 200 || b.length > 200) return Number.MAX_SAFE_INTEGER;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/** The closest candidate within `limit` edits (default: a fifth of the length, at least 1), if one clearly wins. */
export function closest(word: string, candidates: Iterable<string>, limit = Math.max(1, Math.floor(word.length / 5))): string | undefined {
  let best: string | undefined;
  let bestD = limit + 1;
  let tie = false;
  for (const c of candidates) {
    const d = editDistance(word, c);
    if (d < bestD) {
      best = c;
      bestD = d;
      tie = false;
    } else if (d === bestD && best !== undefined) tie = true;
  }
  return tie ? undefined : best;
}
