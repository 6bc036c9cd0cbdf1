// The one place the import asks the shared catalogue (src/catalogue/) which indicator a printed
// name is, and which province an issuer names: ids, unit, direction and change come from there,
// never guessed. A name the catalogue does not know keeps a numbered id (`chi-tieu-3`) and a
// comment asking the drafter for its direction.

import { findByName, PROVINCES, FORMER_PROVINCES, nameKey } from '../catalogue/index.js';
import type { Direction } from '../model/types.js';

export interface CatalogueMatch {
  id: string;
  unit?: string;
  direction?: Direction;
  change?: 'increase' | 'decrease';
  relativeTo?: 'previous-year' | 'start-of-year';
}

export function lookupIndicator(name: string): CatalogueMatch | undefined {
  const e = findByName(name);
  if (!e) return undefined;
  return {
    id: e.id,
    direction: e.direction,
    ...(e.unit !== undefined ? { unit: e.unit } : {}),
    ...(e.change ? { change: e.change.kind, relativeTo: e.change.relativeTo } : {}),
  };
}

/** The province (or former province) whose short name is `place` ("Hà Nội" → ha-noi, Thành phố Hà Nội). */
export function lookupJurisdiction(place: string): { id: string; name: string } | undefined {
  const key = nameKey(place);
  const p = PROVINCES.find((x) => nameKey(x.shortName) === key);
  if (p) return { id: p.id, name: p.name };
  const f = FORMER_PROVINCES.find((x) => nameKey(x.name.replace(/^(Tỉnh|Thành phố)\s+/u, '')) === key);
  return f ? { id: f.id, name: f.name } : undefined;
}
