// The target grammar of Vietnamese plan targets: a pure module (no I/O, no dependencies).

export {
  parseTarget,
  normalizeUnitSpacing,
  type ParseResult,
  type TargetAst,
  type TargetForm,
} from './target.js';
export { formatTarget } from './format.js';
export { toTarget, sameMeaning } from './meaning.js';
export {
  parseNumber,
  scanNumber,
  formatNumber,
  type NumberStyle,
  type ParseNumberResult,
  type ScanNumberResult,
  type ScannedNumber,
} from './number.js';
export {
  grammarIssueSeverity,
  joinExpected,
  type GrammarFix,
  type GrammarIssue,
  type GrammarIssueCode,
  type GrammarSeverity,
} from './issues.js';
export { type PhraseId, type PrePhraseId, type PostPhraseId, PRE_PHRASES, POST_PHRASES } from './lexicon.js';
