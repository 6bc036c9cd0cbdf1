// The one place the import asks which shared indicator a printed name is: its id, unit and
// direction. The shared catalogue (src/catalogue/, issue 12) is not in this branch yet; until it
// is, no name matches and the import numbers its indicators (`chi-tieu-1`) and leaves unit and
// direction to the target's own unit and to the drafter. Switch this function over when it lands.

import type { Direction } from '../model/types.js';

export interface CatalogueMatch {
  id: string;
  unit?: string;
  direction?: Direction;
  change?: 'increase' | 'decrease';
}

export function lookupIndicator(_name: string): CatalogueMatch | undefined {
  return undefined;
}
