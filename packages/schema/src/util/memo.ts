// A pure function's answers kept for the next keystroke: a plan's texts (clause texts, names,
// labels) are the same from one edit to the next. Bounded, since a plan is anyone's pull request:
// at most `max` answers (all forgotten when full), and a key longer than `maxKeyLength` is
// answered every time, never kept.

export function memo<K extends string | number, V>(fn: (key: K) => V, max: number, maxKeyLength = Infinity): (key: K) => V {
  const kept = new Map<K, V>();
  return (key) => {
    const hit = kept.get(key);
    if (hit !== undefined || kept.has(key)) return hit as V;
    const value = fn(key);
    if (typeof key === 'string' && key.length > maxKeyLength) return value;
    if (kept.size >= max) kept.clear();
    kept.set(key, value);
    return value;
  };
}
