// The shared indicator catalogue and the list of provinces (the words layer, beside
// vocabulary/): ids every province's plan can share, the names provinces print for them, and
// the 34 provinces since 2025 with the 63 they were formed from. Import, completion, init and
// the catalogue-id rule read it.

import { CATALOGUE, type CatalogueEntry } from './indicators.js';
import { nameKey } from './nameKey.js';

export { CATALOGUE, type CatalogueEntry, type CatalogueGroup, type NationalIndicator } from './indicators.js';
export { nameKey, MAX_NAME_LENGTH } from './nameKey.js';
export {
  PROVINCES,
  FORMER_PROVINCES,
  provinceById,
  formerProvinceById,
  isKnownJurisdiction,
  type Province,
  type FormerProvince,
  type ProvinceKind,
} from './provinces.js';

/** Looks entries up by name and by id; built once per catalogue. */
export interface CatalogueIndex {
  findByName(name: string): CatalogueEntry | undefined;
  byId(id: string): CatalogueEntry | undefined;
}

/** An index of a catalogue: every name and variant by its key, every id and alias. */
export function indexCatalogue(entries: readonly CatalogueEntry[]): CatalogueIndex {
  const byName = new Map<string, CatalogueEntry>();
  const byId = new Map<string, CatalogueEntry>();
  for (const entry of entries) {
    for (const name of [entry.name.vi, ...entry.variants]) {
      const key = nameKey(name);
      if (key !== '' && !byName.has(key)) byName.set(key, entry);
    }
    for (const id of [entry.id, ...(entry.aliases ?? [])]) if (!byId.has(id)) byId.set(id, entry);
  }
  return {
    findByName: (name) => (typeof name === 'string' ? byName.get(nameKey(name)) : undefined),
    byId: (id) => (typeof id === 'string' ? byId.get(id) : undefined),
  };
}

const INDEX = indexCatalogue(CATALOGUE);

/**
 * The catalogue entry an indicator's printed name is (its name or a variant provinces print),
 * compared accent- and case-insensitively after NFC, punctuation aside, abbreviations spelt out.
 */
export function findByName(name: string): CatalogueEntry | undefined {
  return INDEX.findByName(name);
}

/** The catalogue entry with this id, or with this id among its aliases. */
export function byId(id: string): CatalogueEntry | undefined {
  return INDEX.byId(id);
}

/** Whether `id` names this entry (its id or one of its aliases). */
export function isIdOf(entry: CatalogueEntry, id: string): boolean {
  return entry.id === id || (entry.aliases ?? []).includes(id);
}
