// The one output-safety layer: every string that leaves kehoach for a channel (a terminal, a CI
// log and its workflow commands, Markdown for a job summary or a hover, HTML for a webview,
// SARIF) is encoded here for that channel, so that nothing a plan contains (a clause text, an
// id, a file name) is read by the channel as anything but text: no escape sequence reaches a
// terminal, no line of a CI log becomes a workflow command, no Markdown becomes an image or a
// link, no HTML becomes a tag, and no bidi override or invisible character changes what a
// reviewer reads. Pure: used by the CLI, the CI scripts and the extension (web bundle too).

// Control characters (C0, DEL, C1), format characters (bidi controls, zero-width characters,
// the BOM, tag characters…), line and paragraph separators, and lone surrogates.
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029\u115F\u1160\u3164\uFFA0]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/**
 * The text with every character that would act instead of show made visible: C0 controls as
 * their control pictures (ESC → ␛, LF → ␊), the others as `\u{…}` (U+202E → `\u{202E}`).
 * Vietnamese text, NFC or not, has none of them and comes back unchanged.
 */
// A cheap first look (no Unicode property classes): every character INVISIBLE can match is in
// these ranges (astral ones through their surrogates), so a string without any is returned as is.
// encode.test.ts checks the superset over the whole BMP.
const MAYBE_INVISIBLE = /[\0-\x1f\x7f-\x9f\xad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u115f\u1160\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb\ud800-\udfff]/;

export function visible(s: string): string {
  if (!MAYBE_INVISIBLE.test(s)) return s;
  return s.replace(INVISIBLE, (c) => {
    const cp = c.codePointAt(0)!;
    if (cp < 0x20) return String.fromCharCode(0x2400 + cp);
    if (cp === 0x7f) return '\u2421';
    return `\\u{${cp.toString(16).toUpperCase()}}`;
  });
}

// ---- terminal ----------------------------------------------------------------------------

/** Text for a terminal (and stderr): no escape sequence (CSI, OSC, clipboard writes), no line break. */
export function terminalText(s: string): string {
  return visible(s);
}

/** Several lines for a terminal (a rendered resolution, git's own diff): each line as terminalText, its CRLF kept. */
export function terminalLines(s: string): string {
  return s
    .split('\n')
    .map((line) => (line.endsWith('\r') ? visible(line.slice(0, -1)) + '\r' : visible(line)))
    .join('\n');
}

/**
 * Text for an editor notification (VS Code's messages): plain text, except that "[label](link)"
 * becomes a link there (command: links run commands): a file name cannot make one.
 */
export function notificationText(s: string): string {
  return visible(s).replace(/\]\(/g, ']\\u{28}');
}

// ---- GitHub workflow commands and CI logs -------------------------------------------------

/**
 * The data of a workflow command (`::error …::DATA`): GitHub unescapes %25, %0D, %0A there.
 * Everything else is made visible, so the command stays one line.
 */
export function workflowData(s: string): string {
  return visible(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** A property of a workflow command (`file=…`, `title=…`): also ":" and ",", which end one. */
export function workflowProperty(s: string): string {
  return workflowData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * One line of a CI log that must not be read as a workflow command. The runner reads a line as
 * one when, after leading white space, it starts with "::", and (the old syntax) when it holds
 * "##[" anywhere; those are broken with a visible escape, and line breaks made visible.
 */
export function logText(s: string): string {
  return visible(s)
    .replace(/^(\s*):(?=:)/u, '$1\\u{3A}')
    .replace(/#(?=#\[)/g, '\\u{23}');
}

/** A block of text for a CI log (another process's output, passed through), line by line. */
export function logLines(s: string): string {
  const lines = s.split(/\r\n|\r|\n/);
  const last = lines.length - 1;
  return lines.map((line, i) => (i === last && line === '' ? '' : logText(line))).join('\n');
}

// ---- Markdown (GitHub's job summary and comments; VS Code's hovers and completion) ---------

export interface MarkdownOptions {
  /** Inside a GFM table cell: "|" must not end the cell (also within code). */
  table?: boolean;
}

// What markdownText changes; Vietnamese prose mostly has none of it and is returned as is.
const MARKDOWN_ACTIVE = /[\r\n\t\u2028\u2029\u0085\\`*_[\]#|~$@&<>]|:[:/]|www\./i;

/**
 * Verbatim text inside Markdown, on one line: markup characters backslash-escaped (emphasis,
 * code, links and images, headings, math, tables), "<", ">" and "&" as HTML entities (no tag,
 * no entity of the plan's own), line breaks as spaces, and what would make a link by itself
 * (an autolink "https://", "www.", an e-mail address, an @mention) broken by an escape that
 * renders as nothing; "::" never starts a line of it (a CI log shows the summary too).
 * `lineStart`: the text may begin a line, where "-", "+", "=", "1." would start a list or
 * underline a heading.
 */
export function markdownText(s: string, options: { lineStart?: boolean } = {}): string {
  const escaped = !MARKDOWN_ACTIVE.test(s) && !MAYBE_INVISIBLE.test(s) ? s : visible(s.replace(/[\r\n\t\u2028\u2029\u0085]+/g, ' '))
    .replace(/[\\`*_[\]#|~$@]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/:(?=[:/])/g, '\\:')
    .replace(/\b(www)\./gi, '$1\\.');
  if (!options.lineStart) return escaped;
  return escaped.replace(/^(\s*)([-+=])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** Inline code: a fence longer than any run of backticks inside, one line, visible. */
export function markdownCode(s: string, options: MarkdownOptions = {}): string {
  let text = visible(s.replace(/[\r\n\t\u2028\u2029\u0085]+/g, ' '));
  if (options.table) text = text.replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^[`\s]|[`\s]$/.test(text) || text === '' ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A fenced code block (several lines): a fence longer than any run of backticks inside. */
export function markdownCodeBlock(s: string, language = ''): string {
  const lines = s.split(/\r\n|\r|\n/).map(visible);
  const longest = Math.max(2, ...lines.flatMap((l) => l.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return [fence + language.replace(/[^\w-]/g, ''), ...lines, fence].join('\n');
}

// ---- HTML (the editor's diff page) --------------------------------------------------------

/** Text for HTML content and quoted attribute values. */
export function htmlText(s: unknown): string {
  return visible(String(s ?? '')).replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]!);
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text for XML content and quoted attribute values (an SVG chart): as HTML, and the
 * noncharacters U+FFFE and U+FFFF, which XML 1.0 forbids, shown as `\u{FFFE}`.
 */
export function xmlText(s: unknown): string {
  return htmlText(String(s ?? '').replace(/[\uFFFE\uFFFF]/g, (c) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase()}}`));
}

// ---- rendered documents (the text format and the .docx of `kehoach render`) --------------

/**
 * A plan's string in a rendered document: `visible` (no control character reaches a terminal,
 * and none of those XML 1.0 forbids reaches a .docx), and the noncharacters U+FFFE and U+FFFF,
 * also forbidden in XML, shown the same way. The text format and the .docx use this one
 * encoder, so the text read back from the .docx is the text format's.
 */
export function documentText(s: string): string {
  return visible(s).replace(/[\uFFFE\uFFFF]/g, (c) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase()}}`);
}

// ---- SARIF ------------------------------------------------------------------------------

/**
 * A file path as a SARIF `artifactLocation.uri`: a URI reference (RFC 3986), each segment
 * percent-encoded as UTF-8 (Vietnamese letters, spaces, "#", "?", "%", ":"), "/" between
 * segments. An absolute path becomes a `file:` URI.
 */
export function sarifUri(path: string): string {
  const p = wellFormed(path).replace(/\\/g, '/');
  const drive = /^([A-Za-z]):\//.exec(p);
  const segments = (drive ? p.slice(2) : p).split('/').map(encodeSegment).join('/');
  if (drive) return `file:///${drive[1]}:${segments}`;
  return p.startsWith('/') ? `file://${segments}` : segments;
}

function encodeSegment(segment: string): string {
  // encodeURIComponent leaves ! ' ( ) * as they are: sub-delimiters, allowed in a path segment.
  return encodeURIComponent(segment);
}

/** Lone surrogates as U+FFFD (encodeURIComponent throws on them). */
function wellFormed(s: string): string {
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

// ---- whole values ----------------------------------------------------------------------

/** A copy of a plain value (objects, arrays) with every string passed through `encode`. */
export function encodeStrings<T>(value: T, encode: (s: string) => string): T {
  if (typeof value === 'string') return encode(value) as T;
  if (Array.isArray(value)) return value.map((v) => encodeStrings(v, encode)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = encodeStrings(v, encode);
    return out as T;
  }
  return value;
}
