// The text of a rendered document read back as a person's tools read it: a .docx through mammoth
// (its HTML, which keeps the tables), the HTML file through the same reading. One line per
// paragraph; a layout table (no header row) cell by cell, each paragraph a line; a table with a
// header row (the indicators) one row per line, its cells joined by a tab: the text format's rule
// (src/render/writeText.ts).
import mammoth from 'mammoth';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" };

/** A fragment's text: tags dropped, entities decoded. */
function textOf(html: string): string {
  return html
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#?\w+);/g, (m, name: string) => ENTITIES[name] ?? (name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : m));
}

const paragraphs = (html: string) => [...html.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/g)].map((m) => textOf(m[1]!));

/** The lines of an HTML body (mammoth's, or the render's own page). */
export function htmlLines(html: string): string[] {
  const body = html.replace(/<head>[\s\S]*?<\/head>/, '');
  const lines: string[] = [];
  for (const m of body.matchAll(/<table\b[^>]*>([\s\S]*?)<\/table>|<p\b[^>]*>([\s\S]*?)<\/p>/g)) {
    if (m[2] !== undefined) {
      lines.push(textOf(m[2]));
      continue;
    }
    const table = m[1]!;
    if (!/<th\b/.test(table)) {
      lines.push(...paragraphs(table));
      continue;
    }
    for (const row of table.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)) {
      const cells = [...row[1]!.matchAll(/<t[dh]\b[^>]*>([\s\S]*?)<\/t[dh]>/g)].map((c) => (/<p\b/.test(c[1]!) ? paragraphs(c[1]!).join('') : textOf(c[1]!)));
      lines.push(cells.join('\t'));
    }
  }
  return lines;
}

/** The lines of a .docx, read with mammoth. */
export async function docxLines(bytes: Uint8Array): Promise<{ lines: string[]; messages: string[] }> {
  const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  return { lines: htmlLines(result.value), messages: result.messages.map((m) => `${m.type}: ${m.message}`) };
}
