// The plan file as TypeScript types. `plan.schema.json` is the contract; a test
// (types.test.ts) keeps the two in agreement property by property.

/** Comparators of a target: ≥ > ≤ < =, "about" (khoảng) and an inclusive range. */
export type Comparator = '>=' | '>' | '<=' | '<' | '=' | '~' | 'range';

/**
 * What a target measures: the indicator's level, a change against a reference
 * ("tăng 9-10%", "giảm 0,15% … so với năm trước"), or a state to keep ("Duy trì …").
 */
export type TargetKind = 'level' | 'increase' | 'decrease' | 'maintain';

/** Whether a higher or a lower value is better (CPI: lower; GRDP: higher). */
export type Direction = 'higher' | 'lower' | 'neutral';

/** The machine-readable side of a target, kept beside its verbatim wording. */
export interface Target {
  /** The target exactly as the resolution words it ("6,5% trở lên", "dưới 4,5%"). */
  wording?: string;
  /** A scaffolded target the drafter has not set yet. */
  placeholder?: boolean;
  kind?: TargetKind;
  op?: Comparator;
  value?: number;
  min?: number;
  max?: number;
  unit?: string;
  /** For kind maintain: the state to keep, verbatim ("không có hộ nghèo"). */
  state?: string;
}

/** One part of a multi-part indicator (appendix items 15, 16, 20–24). */
export interface IndicatorPart {
  /** Stable ASCII id, local to the indicator; referenced as `indicator-id/part-id`. */
  id: string;
  /** Label as printed: "(1)", "(ii)". */
  label?: string;
  /** Verbatim name of the part ("Khu vực đô thị"). */
  name: string;
  unit?: string;
  direction?: Direction;
  target: Target;
  /** Last year's target, kept for reference by the new-year scaffold. */
  previousTarget?: Target;
  /** Printed between name and wording; default ": ". */
  separator?: string;
  /** Printed after the wording; default "; " between parts and "" after the last. */
  end?: string;
}

export interface Dropped {
  reason: string;
}

export interface Indicator {
  /** Stable ASCII id (`grdp-growth`), reused year after year. */
  id: string;
  /** Number as printed in the appendix ("1."). */
  number?: string;
  /** Verbatim Vietnamese name. */
  name: string;
  unit?: string;
  direction?: Direction;
  /** The indicator itself measures a change ("Tốc độ tăng …", "Giảm … so với năm trước"). */
  change?: 'increase' | 'decrease';
  /** What the change is measured against: previous-year, start-of-year, or a year. */
  relativeTo?: 'previous-year' | 'start-of-year' | number;
  target?: Target;
  previousTarget?: Target;
  parts?: IndicatorPart[];
  /** Clauses that state this indicator without restating a number (narrative targets link the rest). */
  clauses?: string[];
  dropped?: Dropped;
  /** False when the appendix line prints only the parts (items 15 and 21). Default true. */
  nameInText?: boolean;
  /** Printed between name and wording; default ": ". */
  separator?: string;
  /** Printed at the end of the appendix line; default ".". */
  end?: string;
  note?: string;
}

export interface Paragraph {
  /** Stable id from the position: `art_2__item_7__para_3`. */
  id: string;
  text: string;
  carriedOver?: boolean;
}

export interface Item {
  id: string;
  /** Label as printed ("2."); the position in the list is the structure. */
  label: string;
  /** Text on the label's line. */
  heading?: string;
  paragraphs?: Paragraph[];
  carriedOver?: boolean;
}

export interface Article {
  id: string;
  label: string;
  heading?: string;
  paragraphs?: Paragraph[];
  items?: Item[];
  carriedOver?: boolean;
}

export interface NarrativeTarget {
  id: string;
  /** The clause that states it (a paragraph, or an item whose heading states it). */
  clause: string;
  /** The verbatim fragment of the clause that states the target. */
  text: string;
  /** The target phrase inside `text`, and its structured meaning. */
  target: Target;
  /** The indicator (or `indicator/part`) it restates, if any. */
  indicator?: string;
  unit?: string;
  direction?: Direction;
}

/** A declared relation between values, checked by the rules: total = sum of parts. */
export interface Relation {
  id: string;
  kind: 'sum';
  total: string;
  parts: string[];
  note?: string;
}

export interface Signature {
  title: string;
  name: string;
}

export interface Appendix {
  heading: string;
  title?: string;
  subtitle?: string;
}

export interface SourceDocument {
  /** "58/NQ-HĐND". */
  number: string;
  /** Where it was signed ("Hà Nội"). */
  place: string;
  /** ISO date of adoption. */
  date: string;
  /** "NGHỊ QUYẾT". */
  type: string;
  title: string;
  issuer: string;
  session?: string;
  /** "Căn cứ …", "Xét …" paragraphs, verbatim. */
  legalBases?: Paragraph[];
  /** "QUYẾT NGHỊ:". */
  enactingFormula?: string;
  closing?: Paragraph[];
  recipientsHeading?: string;
  recipients?: string[];
  signature?: Signature;
  appendix?: Appendix;
  /** Where the text was retrieved from, as printed. */
  sourceNote?: string;
}

export interface Jurisdiction {
  id: string;
  name: string;
}

export interface Plan {
  schemaVersion: string;
  jurisdiction: Jurisdiction;
  year: number;
  status?: 'adopted' | 'draft';
  /** Path of the previous year's plan, relative to this file. */
  baseline?: string | null;
  document: SourceDocument;
  articles: Article[];
  indicators: Indicator[];
  narrativeTargets?: NarrativeTarget[];
  relations?: Relation[];
}
