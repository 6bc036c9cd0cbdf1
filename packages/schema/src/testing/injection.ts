// What a hostile plan puts in its text to act on the channels kehoach writes to (a CI log, a
// job summary, a hover, a terminal), and checks that a channel's output shows none of it acting.
import { createRequire } from 'node:module';

/** Strings an attacker puts in a clause, a name or an id. */
export const INJECTIONS = {
  /** A workflow command on a line of its own: an annotation on any file, with any text. */
  forgedAnnotation: '\n::error file=x::forged',
  /** Hides a string from the rest of the log. */
  addMask: '\n::add-mask::Hà Nội',
  /** Turns off the runner's commands, so the job's own annotations are lost. */
  stopCommands: '\n  ::stop-commands::pwned',
  /** The old syntax, read anywhere in a line. */
  legacyCommand: ' ##[error]legacy forged',
  /** OSC 52: writes the reviewer's clipboard. */
  osc52: '\u001b]52;c;ZWNobyBwd25lZA==\u0007',
  /** CSI: erases the line above (hides a line of the diff). */
  eraseLine: '\u001b[1A\u001b[2K',
  /** C1 CSI (a single byte on 8-bit terminals). */
  c1: '\u009b31m',
  image: '![x](https://evil.example/img.png)',
  link: '[click](https://evil.example)',
  autolink: 'https://evil.example/login www.evil.example admin@evil.example',
  html: '<img src=x onerror=alert(1)><script>alert(1)</script>',
  /** Right-to-left override: text that reads backwards. */
  bidi: 'tăng \u202E%5,6 dưới\u202C',
  zeroWidth: 'GR\u200BDP\u2060',
  backticks: '``a`b``',
  table: '| forged | cell |',
} as const;

/** Every injection in one text (a clause that tries everything). */
export const INJECTION_TEXT = Object.values(INJECTIONS).join(' ');

/** Lines of a CI log the GitHub runner would read as workflow commands (new or old syntax). */
export function workflowCommandsIn(log: string, allowed: RegExp = /^$/): string[] {
  return log.split(/\r\n|\r|\n/).filter((line) => (/^\s*::/u.test(line) || line.includes('##[')) && !allowed.test(line));
}

/** Characters a terminal acts on (besides the SGR colours kehoach itself prints): escape sequences, controls, bidi, invisibles. */
export function terminalHazardsIn(text: string): string[] {
  const withoutOwnColours = text.replace(/\u001b\[[0-9;]*m/g, '');
  return [...withoutOwnColours.matchAll(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g)].map(
    (m) => `U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} at ${m.index}`,
  );
}

interface MarkdownIt {
  render(src: string): string;
  linkify: { set(options: object): unknown; add(schema: string, rule: { validate(text: string, pos: number): number }): unknown };
}
const MarkdownItCtor = createRequire(import.meta.url)('markdown-it') as new (options: object) => MarkdownIt;
// HTML allowed (as GitHub allows a safe subset), and the links GFM makes of bare text: a scheme
// ("https://…"), "www.…", an e-mail address; not a bare domain ("vanban.phaplyvn.com").
const md = new MarkdownItCtor({ html: true, linkify: true });
md.linkify.set({ fuzzyLink: false, fuzzyEmail: true });
md.linkify.add('www.', { validate: (text, pos) => /^[\w-]+(\.[\w-]+)+/.exec(text.slice(pos))?.[0].length ?? 0 });

/** Markdown rendered to HTML by a CommonMark renderer with GFM's autolinks. */
export function renderedMarkdown(text: string): string {
  return md.render(text);
}

/** What rendered Markdown shows that a plan's text must never produce: links, images, HTML of its own. */
export function markdownHazardsIn(markdown: string, ownTags: readonly string[] = ['ins', 'del', 'br', 'b', 'strong', 'em', 'code', 'p', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'hr', 'details', 'summary']): string[] {
  const html = renderedMarkdown(markdown);
  const out: string[] = [];
  for (const m of html.matchAll(/<\/?([a-zA-Z][\w-]*)\b[^>]*>/g)) {
    const tag = m[1]!.toLowerCase();
    if (!ownTags.includes(tag)) out.push(m[0]);
  }
  return out;
}

/** A YAML double-quoted scalar of any text (controls escaped, as YAML requires). */
export function yamlString(s: string): string {
  return JSON.stringify(s).replace(/[\u007f-\u009f\u2028\u2029\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function replaceFirst(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0) throw new Error(`injectedPlan: “${from}” not found`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/**
 * The 2025 plan with every injection in what a pull request may change and every channel
 * shows: a clause's text, an indicator's name and wording, the document's number, a key.
 */
export function injectedPlan(plan2025: string, text = INJECTION_TEXT): string {
  let t = replaceFirst(plan2025, 'number: "58/NQ-HĐND"', `number: ${yamlString('58/NQ-HĐND ' + text)}`);
  t = replaceFirst(t, 'name: Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP)', `name: ${yamlString('GRDP ' + text)}`);
  t = replaceFirst(t, 'wording: "6,5% trở lên"', `wording: ${yamlString('6,5% trở lên ' + text)}`);
  t = replaceFirst(t, '    direction: higher\n', `    direction: higher\n    ${yamlString(text)}: 1\n`);
  t = replaceFirst(t, 'text: HĐND Thành phố kêu gọi', `text: ${yamlString(text)}\n    - id: closing__para_9\n      text: HĐND Thành phố kêu gọi`);
  return t;
}
