// One vocabulary of plan targets: comparators and their phrases, target kinds, directions,
// units and the kinds of source a target comes from, each with its symbol, Vietnamese and
// English names and a short description.
// The grammar, the rules' messages, the diff, the editor and docs/plan-format.md read it.

export type { Bilingual, Snippet } from './types.js';
export { COMPARATORS, COMPARATOR, type ComparatorEntry, type ComparatorPhrase, type PrePhraseId, type PostPhraseId } from './comparators.js';
export { KINDS, KIND, QUALIFIERS, type KindEntry, type QualifierEntry } from './kinds.js';
export { DIRECTIONS, DIRECTION, type DirectionEntry } from './directions.js';
export {
  UNITS,
  ATTACHED_UNITS,
  SCALES,
  UNIT_SPELLINGS,
  UNIT_SAME_THINGS,
  SHARE_BASES,
  SHARE_WORDS,
  SHARE_WHY,
  findUnit,
  readUnit,
  unitFactor,
  rangeBoundFactor,
  sameUnit,
  isBareScale,
  withShareBase,
  type UnitEntry,
  type ScaleEntry,
  type UnitEquality,
  type ShareBase,
  type UnitReading,
} from './units.js';
export { SOURCE_KINDS, SOURCE_KIND, type SourceKindEntry } from './sources.js';
export { vocabularyMarkdown } from './markdown.js';
