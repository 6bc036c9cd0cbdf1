import { isCollection, isMap, isScalar, isSeq, type Document } from 'yaml';

/**
 * Where a key repeats an earlier key of the same map, found in linear time: the DUPLICATE_KEY
 * errors the `yaml` package reports with `uniqueKeys: true` (same maps, same keys, same
 * offsets; an empty key, as in `: v`, at its own empty range, which may be a character away
 * from yaml's). yaml's own check compares every key with every earlier one of its map: 40.000
 * keys take it 16 seconds, the largest file a plan may be, hours.
 */
export function duplicateKeyOffsets(doc: Document.Parsed): number[] {
  const out: number[] = [];
  const stack: unknown[] = [doc.contents];
  while (stack.length) {
    const node = stack.pop();
    if (isMap(node)) {
      // yaml: a key equals an earlier one when both are scalars with the same value (===).
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const k = pair.key;
        if (isScalar(k) && !(typeof k.value === 'number' && Number.isNaN(k.value))) {
          if (seen.has(k.value)) {
            if (k.range) out.push(k.range[0]);
          } else seen.add(k.value);
        }
        if (isCollection(k)) stack.push(k);
        if (pair.value) stack.push(pair.value);
      }
    } else if (isSeq(node)) for (const item of node.items) stack.push(item);
  }
  return out.sort((a, b) => a - b);
}

/** The source range of the first key that is a mapping or a list, iteratively. */
export function firstCollectionKey(doc: Document.Parsed): [number, number] | undefined {
  const stack: unknown[] = [doc.contents];
  while (stack.length) {
    const n = stack.pop();
    if (isMap(n)) {
      for (const pair of n.items) {
        if (isCollection(pair.key)) return pair.key.range ? [pair.key.range[0], pair.key.range[1]] : [0, 1];
        if (pair.value) stack.push(pair.value);
      }
    } else if (isSeq(n)) for (const item of n.items) stack.push(item);
  }
  return undefined;
}
