import { duplicateId } from './duplicateId.js';
import { labelSequence } from './labelSequence.js';
import { malformedTarget } from './malformedTarget.js';
import { missingIndicator } from './missingIndicator.js';
import { narrativeMismatch, narrativeNotInClause } from './narrativeMismatch.js';
import { numberConvention, targetSpacing } from './numberConvention.js';
import { placeholderTarget } from './placeholderTarget.js';
import { relationSum } from './relationSum.js';
import { resultUnitMismatch } from './resultUnitMismatch.js';
import { resultMalformed, resultWording } from './resultWording.js';
import type { Rule } from './rule.js';
import { negativeCount, rangeOrder, shareOutOfRange, unitMismatch, unitMissing } from './targetConsistency.js';
import { unknownReference } from './unknownReference.js';
import { valueNotInWording } from './valueNotInWording.js';
import { comparatorWording, wordingMismatch } from './wordingMismatch.js';
import { yearMismatch } from './yearMismatch.js';
import { periodMismatch } from './periodMismatch.js';
import { indicatorCount } from './indicatorCount.js';
import { amendmentMismatch } from './amendmentMismatch.js';
import { jurisdictionMismatch } from './jurisdictionMismatch.js';
import { catalogueId } from './catalogueId.js';
import { adoptedCarriedOver, adoptedEllipsis, adoptedPlaceholder, adoptedStaleYear } from './readiness.js';

/** Every semantic rule, in the order they run. Each has a page docs/rules/<code>.md. */
export const RULES: Rule[] = [
  // 1. missing indicators, unset targets
  missingIndicator,
  placeholderTarget,
  // 2. malformed targets
  malformedTarget,
  valueNotInWording,
  numberConvention,
  targetSpacing,
  // 3. a target against its indicator
  unitMismatch,
  unitMissing,
  rangeOrder,
  shareOutOfRange,
  negativeCount,
  comparatorWording,
  // a result: its wording, its unit against its target's
  resultMalformed,
  resultWording,
  resultUnitMismatch,
  // 4. wording against structure
  wordingMismatch,
  // 5. narrative against appendix
  narrativeMismatch,
  narrativeNotInClause,
  // 6. declared relations
  relationSum,
  // 7. structure
  duplicateId,
  unknownReference,
  labelSequence,
  yearMismatch,
  periodMismatch,
  jurisdictionMismatch,
  catalogueId,
  indicatorCount,
  amendmentMismatch,
  // 8. readiness of an adopted plan
  adoptedPlaceholder,
  adoptedEllipsis,
  adoptedCarriedOver,
  adoptedStaleYear,
];

export const RULE_BY_CODE: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.code, r]));
