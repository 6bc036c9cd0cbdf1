// Entries of two sides paired by id, so that moving one is not a change.

export interface Match<T> {
  id: string;
  from?: T;
  to?: T;
}

/**
 * Pairs in the new side's order, then the old side's leftovers in theirs. An id given twice
 * counts once, at its first place (the schema check reports the repeat).
 */
export function matchById<T extends { id: string }>(from: readonly T[], to: readonly T[]): Match<T>[] {
  const old = new Map<string, T>();
  for (const e of from) if (!old.has(e.id)) old.set(e.id, e);
  const seen = new Set<string>();
  const out: Match<T>[] = [];
  for (const e of to) {
    if (seen.has(e.id)) continue;
    seen.add(e.id);
    const o = old.get(e.id);
    out.push({ id: e.id, ...(o ? { from: o } : {}), to: e });
  }
  for (const [id, o] of old) if (!seen.has(id)) out.push({ id, from: o });
  return out;
}
