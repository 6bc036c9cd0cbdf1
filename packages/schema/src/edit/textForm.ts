// A plan file's form beyond its YAML: a byte-order mark and its line endings. Writers keep both:
// a draft made from a CRLF file with a BOM is CRLF with a BOM, and a quick fix writes the line
// breaks the file already has.

export type LineEnding = '\n' | '\r\n' | '\r';

export interface TextForm {
  /** The text starts with U+FEFF. */
  bom: boolean;
  /** The file's line ending (the most used; LF when there is none). */
  eol: LineEnding;
  /** More than one kind of line ending: no single form to keep. */
  mixed: boolean;
}

export function textForm(text: string): TextForm {
  const bom = text.charCodeAt(0) === 0xfeff;
  let lf = 0;
  let crlf = 0;
  let cr = 0;
  if (text.indexOf('\r') < 0) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lf++;
  } else {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) {
          crlf++;
          i++;
        } else cr++;
      } else if (c === 10) lf++;
    }
  }
  const kinds = [lf, crlf, cr].filter((n) => n > 0).length;
  const eol: LineEnding = crlf > lf && crlf >= cr ? '\r\n' : cr > lf && cr > crlf ? '\r' : '\n';
  return { bom, eol, mixed: kinds > 1 };
}

/** The text without its BOM, every line break a LF (the same YAML value: YAML reads CR, CRLF and LF alike). */
export function toLf(text: string): string {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return body.indexOf('\r') < 0 ? body : body.replace(/\r\n?/g, '\n');
}

/** A LF text back in the file's form: its line ending, its BOM. */
export function fromLf(text: string, form: TextForm): string {
  const body = form.eol === '\n' ? text : text.replace(/\n/g, form.eol);
  return form.bom ? '\uFEFF' + body : body;
}
