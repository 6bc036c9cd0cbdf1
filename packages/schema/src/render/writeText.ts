// The document as plain text: one line per paragraph, in reading order. A layout table (the
// header, the signature block) is read cell by cell, each of its paragraphs a line; the table of
// indicators one row per line, its cells separated by a tab. That is what the .docx holds, read
// back the same way (writeDocx.test.ts reads it with mammoth): the text format is the .docx's text.

import { documentText } from '../output/encode.js';
import { runsText, type Block, type RenderedDocument } from './document.js';

/** The lines of one block. */
export function blockLines(block: Block): string[] {
  const text = (runs: Parameters<typeof runsText>[0]) => documentText(runsText(runs));
  switch (block.kind) {
    case 'paragraph':
      return [text(block.runs)];
    case 'layout':
      return block.rows.flatMap(([left, right]) => [...left, ...right].map((p) => text(p.runs)));
    case 'table':
      return [block.columns.map(documentText).join('\t'), ...block.rows.map((row) => row.cells.map(text).join('\t'))];
    case 'section':
      return [];
  }
}

/** The whole document, each line ending with a newline. */
export function writeText(doc: RenderedDocument): string {
  return doc.blocks.flatMap(blockLines).join('\n') + '\n';
}
