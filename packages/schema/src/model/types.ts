// The plan file as TypeScript types. `plan.schema.json` is the contract; a test
// (types.test.ts) keeps the two in agreement property by property.

/** Comparators of a target: ≥ > ≤ < =, "about" (khoảng) and an inclusive range. */
export type Comparator = '>=' | '>' | '<=' | '<' | '=' | '~' | 'range';

/**
 * What a target measures: the indicator's level, a change against a reference
 * ("tăng 9-10%", "giảm 0,15% … so với năm trước"), a state to keep ("Duy trì …"), or a state to
 * reach said without a number ("giải ngân toàn bộ", "không còn").
 */
export type TargetKind = 'level' | 'increase' | 'decrease' | 'maintain' | 'state';

/** Whether a higher or a lower value is better (CPI: lower; GRDP: higher). */
export type Direction = 'higher' | 'lower' | 'neutral';

/** What kind of text a value comes from, when it is not the adopted text's own wording. */
export type SourceKind = 'official-text' | 'peoples-committee' | 'statistics-office' | 'press';

/** Provenance: where a target (or a declared count) comes from. */
export interface Source {
  /** official-text (another official text), peoples-committee (its decision or report), statistics-office, press. */
  kind: SourceKind;
  /** Id of an entry of the plan's `sources` ("S2"). */
  ref?: string;
  /** The source's own words, where others differ… */
  note?: string;
}

/** One source the file relies on besides the adopted text. */
export interface SourceEntry {
  /** "S2", cited by `source.ref`. */
  id: string;
  title: string;
  url?: string;
  publisher?: string;
  date?: string;
  lang?: 'vi' | 'en';
}

/** The machine-readable side of a target, kept beside its verbatim wording. */
export interface Target {
  /** The target exactly as the resolution words it ("6,5% trở lên", "dưới 4,5%"), or as `source` words it. */
  wording?: string;
  /** A scaffolded target the drafter has not set yet. */
  placeholder?: boolean;
  /** The adopted plan's target is not known (no source gives it): not a placeholder, never value-checked. */
  unknown?: boolean;
  /** Where the target comes from when it is not the adopted text's own wording. */
  source?: Source;
  kind?: TargetKind;
  /** The comparator; absent for a state said without a number (kind maintain or state). */
  op?: Comparator;
  value?: number;
  /** A range's bounds: with op range ("95-100%"), or qualified by op ("khoảng 30-35": ~, "ít nhất 4-5%": >=). */
  min?: number;
  max?: number;
  /** As written after the number ("%", "tỷ đồng"); a bare scale ("triệu" in "hơn 16 triệu") counts the indicator's unit. */
  unit?: string;
  /** The base of a share: "GRDP" in "chiếm khoảng 30% GRDP", "trên 1%/GRDP". */
  of?: string;
  /** The figure is an estimate ("ước đạt …", "ước tăng …"). */
  estimate?: boolean;
  /** The figure is an average, yearly or over a period ("bình quân từ 10% trở lên"). */
  average?: boolean;
  /** What a change is measured against, when the wording says it ("so với năm 2025": 2025). */
  relativeTo?: 'previous-year' | 'start-of-year' | number;
  /** For kind maintain or state: the state, verbatim ("không có hộ nghèo", "giải ngân toàn bộ"). */
  state?: string;
}

/**
 * One result of the plan year, as a source words it ("ước đạt 7,8%", "đạt 95,2%"), read by the
 * target grammar into the same fields a target has; its source is required.
 */
export interface Result {
  wording: string;
  kind?: TargetKind;
  op?: Comparator;
  value?: number;
  min?: number;
  max?: number;
  unit?: string;
  of?: string;
  /** The wording says "ước". */
  estimate?: boolean;
  relativeTo?: 'previous-year' | 'start-of-year' | number;
  state?: string;
  /** Where the figure comes from: the People's Committee's report, the statistics office, the press… */
  source: Source;
  /** ISO date of the figure or of the report that gives it. */
  date?: string;
  note?: string;
}

/** The plan year's results: the estimate ("ước thực hiện", at the year's end) and the final figure. */
export interface Results {
  estimate?: Result;
  final?: Result;
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
  /** The year's results (estimate, final). */
  results?: Results;
  /** Printed between name and wording; default ": ". */
  separator?: string;
  /** Printed after the wording; default "; " between parts and "" after the last. */
  end?: string;
  note?: string;
}

export interface Dropped {
  reason: string;
  /** The indicator of this plan that replaces it (a growth rate replaced by an amount). */
  replacedBy?: string;
}

/** A baseline indicator that no source of this (incomplete) plan names: kept or not is unknown. */
export interface Unconfirmed {
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
  /** The year's results (estimate, final), for an indicator measured as a whole. */
  results?: Results;
  parts?: IndicatorPart[];
  /** Clauses that state this indicator without restating a number (narrative targets link the rest). */
  clauses?: string[];
  dropped?: Dropped;
  unconfirmed?: Unconfirmed;
  /** False when the appendix line prints only the parts (items 15 and 21). Default true. */
  nameInText?: boolean;
  /** Printed between the indicator's own target and its parts, when it has both; default ", trong đó: ". */
  partsIntro?: string;
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
  /** Label as printed ("2.", "1.1.", "a)", "-"); the position in the list is the structure. */
  label: string;
  /** Text on the label's line. */
  heading?: string;
  /** Printed after the label's line. */
  paragraphs?: Paragraph[];
  /** Sub-items, at any depth, printed after the paragraphs. */
  items?: Item[];
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
  /** The source text is incomplete. */
  truncated?: Truncation;
}

export interface Truncation {
  /** What is missing, and why. */
  note: string;
  /** The last clause available, where the text breaks off. */
  at?: string;
}

export interface Jurisdiction {
  id: string;
  name: string;
}

/** A five-year plan's period, instead of a year. */
export interface Period {
  from: number;
  to: number;
}

/** One predecessor's previous-year plan (a province formed by merging). */
export interface BaselineEntry {
  jurisdiction: Jurisdiction;
  path: string;
}

/** The year's theme, verbatim, and the clause that states it. */
export interface Theme {
  text: string;
  clause?: string;
}

/** The number of key indicators the text declares ("Thông qua 25 chỉ tiêu chủ yếu"). */
export interface DeclaredIndicatorCount {
  value: number;
  clause?: string;
  source?: Source;
}

/** The adjusting resolution. */
export interface AmendmentDocument {
  number: string;
  date: string;
  title?: string;
  issuer?: string;
  sourceNote?: string;
}

/** One target an adjusting resolution changes. */
export interface AmendmentChange {
  /** `indicator` or `indicator/part`. */
  indicator: string;
  /** The target in force before (checked). */
  from?: Target;
  to: Target;
  note?: string;
}

/** A resolution adjusting the year's targets after the plan was adopted. */
export interface Amendment {
  id: string;
  document: AmendmentDocument;
  changes: AmendmentChange[];
  note?: string;
}

export interface Plan {
  schemaVersion: string;
  jurisdiction: Jurisdiction;
  /** A yearly plan's year (required unless `period`). */
  year?: number;
  /** A five-year plan's period, instead of `year`. */
  period?: Period;
  status?: 'adopted' | 'draft';
  /** Path of the previous year's plan, relative to this file. */
  baseline?: string | null;
  /** Every predecessor's previous-year plan (a merged province). */
  baselines?: BaselineEntry[];
  theme?: Theme;
  declaredIndicatorCount?: DeclaredIndicatorCount;
  sources?: SourceEntry[];
  document: SourceDocument;
  /** The articles (required unless `items`). */
  articles?: Article[];
  /** A text without articles: its items straight under the resolution. */
  items?: Item[];
  indicators: Indicator[];
  narrativeTargets?: NarrativeTarget[];
  relations?: Relation[];
  amendments?: Amendment[];
}
