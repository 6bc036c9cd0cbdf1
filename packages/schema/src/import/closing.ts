// The end of the body: the closing paragraphs (the Council's call and the adoption formula
// "Nghị quyết … đã được … thông qua …", when they stand outside the last article), the
// recipients ("Nơi nhận:" and its "- …" lines) and the signature (title, name).

import type { Line } from './types.js';

export interface Closing {
  closing: { id: string; text: string }[];
  recipientsHeading?: string;
  recipients: string[];
  signature?: { title: string; name: string };
}

const ADOPTED = /^Nghị quyết\b.*\bthông qua\b/u;
const COUNCIL_SPEAKS = /^(HĐND|Hội đồng nhân dân)\b/u;
const RECIPIENTS = /^Nơi nhận\s*:?$/u;
const AUTHORITY = /^(TM|KT|Q|TL|TUQ)\.\s/u;
const SIGNER_TITLE = /^(PHÓ\s+)?CHỦ TỊCH$|^[\p{Lu}\s]+$/u;

/**
 * Splits the lines after the enacting formula into the body (up to the closing) and the rest.
 * The closing starts at an unlabelled adoption formula, with the unlabelled lines just before it
 * in which the Council speaks ("HĐND Thành phố kêu gọi …").
 */
export function splitBody(lines: readonly Line[], isLabelled: (s: string) => boolean): { body: Line[]; closing: Line[]; after: Line[] } {
  let end = lines.findIndex((l) => RECIPIENTS.test(l.text) || AUTHORITY.test(l.text));
  if (end < 0) end = lines.length;
  let start = end;
  const adopted = lines.slice(0, end).findIndex((l) => ADOPTED.test(l.text) && !isLabelled(l.text));
  if (adopted >= 0) {
    start = adopted;
    while (start > 0 && !isLabelled(lines[start - 1]!.text) && COUNCIL_SPEAKS.test(lines[start - 1]!.text)) start--;
  }
  return { body: lines.slice(0, start), closing: lines.slice(start, end), after: lines.slice(end) };
}

/** The recipients and the signature from the lines after the closing; `rest` what follows them. */
export function readSignOff(lines: readonly Line[], closingLines: readonly Line[]): { closing: Closing; rest: Line[] } {
  const closing: Closing = { closing: closingLines.map((l, k) => ({ id: `closing__para_${k + 1}`, text: l.text })), recipients: [] };
  let i = 0;
  if (i < lines.length && RECIPIENTS.test(lines[i]!.text)) {
    closing.recipientsHeading = lines[i]!.text;
    i++;
    for (; i < lines.length; i++) {
      const m = /^[-–+•]\s*(\S.*)$/u.exec(lines[i]!.text);
      if (!m) break;
      closing.recipients.push(m[1]!);
    }
  }
  if (i < lines.length && AUTHORITY.test(lines[i]!.text)) i++;
  if (i + 1 < lines.length && SIGNER_TITLE.test(lines[i]!.text) && !/^PHỤ LỤC/u.test(lines[i]!.text) && /^\p{Lu}\p{Ll}/u.test(lines[i + 1]!.text)) {
    closing.signature = { title: lines[i]!.text, name: lines[i + 1]!.text };
    i += 2;
  }
  return { closing, rest: lines.slice(i) };
}
