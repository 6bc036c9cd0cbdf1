// The blanks a draft leaves in its document metadata: "Số: …/NQ-HĐND", "KỲ HỌP THỨ …", the
// signatory (scaffold/newYear.ts writes them). The readiness rule refuses them in an adopted
// plan; render shows them as "[chưa đặt]". One list, so that both read the same fields.

/** A draft's blank: the ellipsis character, or three dots typed for it. */
export const BLANK_PATTERN = /…|\.\.\./u;

/** The same, every occurrence (for replacing). */
export const BLANK_PATTERN_ALL = /…|\.\.\./gu;

/** The metadata fields that may hold a blank: JSON pointer and the name a message shows. */
export const BLANK_FIELDS: ReadonlyArray<readonly [pointer: string, field: string]> = [
  ['/document/number', 'document.number'],
  ['/document/place', 'document.place'],
  ['/document/type', 'document.type'],
  ['/document/title', 'document.title'],
  ['/document/issuer', 'document.issuer'],
  ['/document/session', 'document.session'],
  ['/document/signature/title', 'document.signature.title'],
  ['/document/signature/name', 'document.signature.name'],
  ['/document/appendix/heading', 'document.appendix.heading'],
  ['/document/appendix/title', 'document.appendix.title'],
  ['/document/appendix/subtitle', 'document.appendix.subtitle'],
];
