// The header: number, place and date, document type, title, issuer, session, whether printed as
// a table or as plain lines. Lines a legal-text site adds before the header (its own title and
// metadata: "Số hiệu: …", "Loại văn bản: …") are kept apart, never taken for the resolution's.

import type { ImportProblem, Line } from './types.js';

export interface Header {
  number?: string;
  place?: string;
  date?: string;
  type?: string;
  title?: string;
  issuer?: string;
  session?: string;
  /** Lines before the header: the site's, not the resolution's. */
  site: Line[];
  /** Lines the header holds that the import could not place. */
  unread: Line[];
}

const COUNCIL = /^(HỘI ĐỒNG NHÂN DÂN|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)(\s+\S.*)?$/u;
const MOTTO = [/^CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM$/u, /^Độc lập\s*[-–]\s*Tự do\s*[-–]\s*Hạnh phúc$/u];
const NUMBER = /^Số:\s*(\S.*)$/u;
const PLACE_DATE = /^(\S.*?),\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})\.?$/u;
const TYPES = ['NGHỊ QUYẾT', 'QUYẾT ĐỊNH', 'KẾ HOẠCH', 'CHỈ THỊ'];
const TITLE = /^(VỀ|VỀ VIỆC|THÔNG QUA|BAN HÀNH|PHÊ DUYỆT)\s+\S/u;
const SESSION = /^KHÓA\s+[IVXLC]+\b/u;
/** Where the header ends: the legal bases or the enacting formula. */
export const PREAMBLE_START = /^(Căn cứ|Xét|Theo đề nghị|Trên cơ sở)(?=\s|$)/u;
export const FORMULA = /^QUYẾT NGHỊ\s*:?$/u;
/** Codes of document types in a number ("58/NQ-HĐND"): the type it names. */
const TYPE_CODES: Record<string, string> = { NQ: 'NGHỊ QUYẾT', 'QĐ': 'QUYẾT ĐỊNH', KH: 'KẾ HOẠCH', CT: 'CHỈ THỊ' };

const isHeaderStart = (s: string) => COUNCIL.test(s) || NUMBER.test(s) || MOTTO[0]!.test(s);

/** Reads the header from `lines`; returns it and the index of the first line after it. */
export function readHeader(lines: readonly Line[], problems: ImportProblem[]): { header: Header; next: number } {
  let i = lines.findIndex((l) => isHeaderStart(l.text));
  if (i < 0) i = 0;
  const header: Header = { site: lines.slice(0, i), unread: [] };
  for (const l of header.site) problems.push({ code: 'import-site-metadata', line: l.line, text: l.text });
  let councilLines: string[] = [];
  for (; i < lines.length; i++) {
    const s = lines[i]!.text;
    if (PREAMBLE_START.test(s) || FORMULA.test(s) || /^Điều\s+\d/u.test(s)) break;
    let m: RegExpExecArray | null;
    if (MOTTO.some((r) => r.test(s))) continue;
    if ((m = NUMBER.exec(s))) header.number ??= m[1]!.trim();
    else if ((m = PLACE_DATE.exec(s)) && header.date === undefined) {
      header.place = m[1]!.trim();
      header.date = `${m[4]}-${m[3]!.padStart(2, '0')}-${m[2]!.padStart(2, '0')}`;
    } else if (TYPES.includes(s) && header.type === undefined) header.type = s;
    else if (TITLE.test(s) && header.title === undefined) header.title = s;
    else if (SESSION.test(s) && header.session === undefined) header.session = s;
    else if ((m = COUNCIL.exec(s))) {
      // "HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI" in full is the authority line; the header table's
      // issuer cell may print only "HỘI ĐỒNG NHÂN DÂN", its place on the next line.
      if (m[2] && header.issuer === undefined && councilLines.length === 0) header.issuer = s;
      else if (m[2]) header.issuer = s;
      else councilLines = [s];
    } else if (councilLines.length === 1 && /^[\p{Lu}\s]+$/u.test(s) && header.title === undefined && header.number === undefined) {
      councilLines.push(s);
    } else header.unread.push(lines[i]!);
  }
  if (header.issuer === undefined && councilLines.length > 0) header.issuer = councilLines.join(' ');
  if (header.type === undefined && header.number) {
    const code = /\/([\p{Lu}Đ]+)-/u.exec(header.number)?.[1];
    const type = code ? TYPE_CODES[code] : undefined;
    if (type) {
      header.type = type;
      problems.push({ code: 'import-type-from-number', text: header.number });
    }
  }
  for (const l of header.unread) problems.push({ code: 'import-unread-line', line: l.line, text: l.text });
  return { header, next: i };
}
