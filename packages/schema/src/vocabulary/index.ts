// One vocabulary of plan targets: comparators and their phrases, target kinds, directions,
// units and the kinds of source a target comes from, each with its symbol, Vietnamese and
// English names and a short description.
// The grammar, the rules' messages, the diff, the editor and docs/plan-format.md read it.

export type { Bilingual, Snippet } from './types.js';
export { COMPARATORS, COMPARATOR, type ComparatorEntry, type ComparatorPhrase, type PrePhraseId, type PostPhraseId } from './comparators.js';
export { KINDS, KIND, type KindEntry } from './kinds.js';
export { DIRECTIONS, DIRECTION, type DirectionEntry } from './directions.js';
export { UNITS, ATTACHED_UNITS, findUnit, type UnitEntry } from './units.js';
export { SOURCE_KINDS, SOURCE_KIND, type SourceKindEntry } from './sources.js';
export { vocabularyMarkdown } from './markdown.js';
