/** A text in Vietnamese, with English beside it. */
export interface Bilingual {
  readonly vi: string;
  readonly en: string;
}

/** A completion snippet for a target wording (`${1:6,5}` tab stops), with what it states. */
export interface Snippet {
  readonly label: string;
  readonly body: string;
  readonly title: Bilingual;
}

/** The entries of a list by their key (a comparator's op, a kind); no prototype, so a plan's "toString" finds nothing. */
export function indexBy<T, K extends string>(items: readonly T[], key: (item: T) => K): Readonly<Record<K, T>> {
  const out = Object.create(null) as Record<K, T>;
  for (const item of items) out[key(item)] = item;
  return out;
}
