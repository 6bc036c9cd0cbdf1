// A .docx's text through mammoth (no hand-written zip or XML reader): one line per paragraph,
// table cells each their own paragraph. A password-protected .docx is not a zip but an OLE
// compound file holding the encrypted package: said as such, before mammoth sees it. Node only
// (mammoth's Node build); the extension's web bundle never imports this module.

export type DocxText = { ok: true; text: string } | { ok: false; reason: 'encrypted' | 'corrupt'; detail: string };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** Whether these bytes are a Word document (a zip package, or an encrypted one). */
export function looksLikeDocx(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP) || startsWith(bytes, OLE);
}

export async function readDocx(bytes: Uint8Array, maxChars: number): Promise<DocxText> {
  if (startsWith(bytes, OLE)) return { ok: false, reason: 'encrypted', detail: 'OLE' };
  if (!startsWith(bytes, ZIP)) return { ok: false, reason: 'corrupt', detail: 'not a zip package' };
  try {
    const mammoth = (await import('mammoth')).default;
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    if (typeof value !== 'string') return { ok: false, reason: 'corrupt', detail: 'no text' };
    if (value.length > maxChars) return { ok: false, reason: 'corrupt', detail: `more than ${maxChars} characters of text` };
    return { ok: true, text: value };
  } catch (e) {
    // One line of mammoth's (or the zip reader's) words, never a stack.
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, reason: 'corrupt', detail: message.split('\n')[0]!.slice(0, 200) };
  }
}
