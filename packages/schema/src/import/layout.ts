// Web layout → one line per paragraph. Text copied from a legal-text website breaks lines inside
// sentences and prints the header as a table ("| HỘI ĐỒNG NHÂN | CỘNG HÒA … |", "-------"
// rules): the cells are read one per line, a broken line is joined to the next, the rules are
// dropped. The words themselves are kept verbatim (NFC); only line breaks and the table's own
// marks change.

import type { Line } from './types.js';

const RULE = /^[-–—_=*.]{3,}$/u;
/** The characters that end a sentence or a heading: the next line starts a new paragraph. */
const ENDS = new Set(['.', ';', ':', '!', '?', '…', ')', '”', '"', '’', ']']);

const isPipeLine = (s: string) => s.startsWith('|') || s.endsWith('|');

/** The lines of `text`, NFC, trimmed at the ends, empty lines and rules dropped, tables flattened, broken lines joined. */
export function normaliseLayout(text: string): Line[] {
  const raw = text.normalize('NFC').replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u);
  const cells: Line[] = [];
  let i = 0;
  while (i < raw.length) {
    const s = raw[i]!.trim();
    if (!isPipeLine(s)) {
      cells.push({ text: s, line: i + 1 });
      i++;
      continue;
    }
    // A table: up to the last line with a pipe, across at most 3 lines without one (a cell broken by the web layout).
    let end = i;
    for (let j = i + 1, gap = 0; j < raw.length && gap <= 3; j++) {
      if (isPipeLine(raw[j]!.trim())) {
        end = j;
        gap = 0;
      } else gap++;
    }
    let cell: string[] = [];
    let cellLine = i + 1;
    const flush = () => {
      const joined = cell.join(' ').trim();
      if (joined) cells.push({ text: joined, line: cellLine });
      cell = [];
    };
    for (let j = i; j <= end; j++) {
      const pieces = raw[j]!.trim().split('|');
      pieces.forEach((piece, k) => {
        if (k > 0) {
          flush();
          cellLine = j + 1;
        }
        const p = piece.trim();
        if (p) {
          if (cell.length === 0) cellLine = j + 1;
          cell.push(p);
        }
      });
      // A line break inside a cell: the cell goes on (joined with a space).
    }
    flush();
    i = end + 1;
  }
  // Join a line broken inside a sentence: it does not end a sentence and the next starts in lower
  // case. The pieces of a line are joined once, at its end (linear however many breaks).
  const out: Line[] = [];
  let pieces: string[] = [];
  let first: Line | undefined;
  let closed = false;
  let lastChar = '';
  const end = () => {
    if (first) out.push({ text: pieces.join(' '), line: first.line });
    pieces = [];
    first = undefined;
  };
  for (const c of cells) {
    if (c.text === '' || RULE.test(c.text)) {
      closed = true;
      continue;
    }
    if (!(first && !closed && !ENDS.has(lastChar) && /^\p{Ll}/u.test(c.text))) {
      end();
      first = c;
    }
    pieces.push(c.text);
    lastChar = c.text.at(-1) ?? '';
    closed = false;
  }
  end();
  return out;
}
