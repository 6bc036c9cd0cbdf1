// Which way is better for an indicator: the diff judges a raised or lowered target by it.

import type { Direction } from '../model/types.js';
import { indexBy, type Bilingual } from './types.js';

export interface DirectionEntry {
  readonly direction: Direction;
  readonly name: Bilingual;
  readonly description: Bilingual;
}

/** In the order of the schema's `direction` enum. */
export const DIRECTIONS: readonly DirectionEntry[] = [
  {
    direction: 'higher',
    name: { vi: 'càng cao càng tốt', en: 'higher is better' },
    description: { vi: 'Càng cao càng tốt (GRDP, tỷ lệ bao phủ).', en: 'Higher is better.' },
  },
  {
    direction: 'lower',
    name: { vi: 'càng thấp càng tốt', en: 'lower is better' },
    description: { vi: 'Càng thấp càng tốt (chỉ số giá, tỷ lệ thất nghiệp).', en: 'Lower is better.' },
  },
  {
    direction: 'neutral',
    name: { vi: 'không có chiều tốt hơn', en: 'neither way is better' },
    description: { vi: 'Không có chiều tốt hơn; chỉ cần đạt đúng mức.', en: 'Neither way is better; hit the mark.' },
  },
];

export const DIRECTION = indexBy<DirectionEntry, Direction>(DIRECTIONS, (d) => d.direction);
