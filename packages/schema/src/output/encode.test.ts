// The output-safety layer, channel by channel, on the injections of a hostile plan: what
// comes out reads as the text it was, and does nothing else.
import { describe, expect, it } from 'vitest';
import { INJECTIONS, INJECTION_TEXT, markdownHazardsIn, renderedMarkdown, terminalHazardsIn, workflowCommandsIn } from '../testing/index.js';
import { htmlText, logLines, logText, markdownCode, markdownCodeBlock, markdownText, notificationText, sarifUri, terminalLines, terminalText, visible, workflowData, workflowProperty } from './encode.js';

const VIETNAMESE = 'Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP) đạt 6,5% trở lên; “Hà Nội”: 4.670 nhà ở';

describe('visible', () => {
  it('shows controls as control pictures and invisible characters as \\u{…}', () => {
    expect(visible(INJECTIONS.osc52)).toBe('␛]52;c;ZWNobyBwd25lZA==␇');
    expect(visible('a\nb\rc\td\u007f')).toBe('a␊b␍c␉d␡');
    expect(visible(INJECTIONS.c1)).toBe('\\u{9B}31m');
    expect(visible(INJECTIONS.bidi)).toBe('tăng \\u{202E}%5,6 dưới\\u{202C}');
    expect(visible(INJECTIONS.zeroWidth)).toBe('GR\\u{200B}DP\\u{2060}');
    expect(visible('\uFEFFx\u2028y\uD800')).toBe('\\u{FEFF}x\\u{2028}y\\u{D800}');
  });

  it('leaves Vietnamese text alone, precomposed or decomposed, and emoji', () => {
    expect(visible(VIETNAMESE)).toBe(VIETNAMESE);
    expect(visible(VIETNAMESE.normalize('NFD'))).toBe(VIETNAMESE.normalize('NFD'));
    expect(visible('✏️ 🔺 😀')).toBe('✏️ 🔺 😀');
  });
});

describe('terminal', () => {
  it('no escape sequence, control or bidi character reaches the terminal', () => {
    expect(terminalHazardsIn(INJECTION_TEXT)).not.toEqual([]);
    expect(terminalHazardsIn(terminalText(INJECTION_TEXT))).toEqual([]);
    expect(terminalText(INJECTIONS.forgedAnnotation)).toBe('␊::error file=x::forged');
  });

  it('several lines keep their line breaks, and only those', () => {
    expect(terminalLines(`Điều 1.\r\n${INJECTIONS.osc52}\nb\rc\n`)).toBe('Điều 1.\r\n␛]52;c;ZWNobyBwd25lZA==␇\nb␍c\n');
  });
});

describe('GitHub workflow commands and logs', () => {
  it('data escapes %, CR, LF; properties also ":" and ","', () => {
    expect(workflowData('50% a\r\nb')).toBe('50%25 a%0D%0Ab');
    expect(workflowProperty('plans/a:b,c.yaml')).toBe('plans/a%3Ab%2Cc.yaml');
    expect(workflowData(INJECTIONS.osc52)).toBe('␛]52;c;ZWNobyBwd25lZA==␇');
  });

  it('a command built from hostile data stays one command', () => {
    const line = `::error file=${workflowProperty('x.yaml' + INJECTION_TEXT)},title=t::${workflowData(INJECTION_TEXT)}`;
    expect(line.split(/\r\n|\r|\n/)).toHaveLength(1);
    expect(workflowCommandsIn(line)).toEqual([line]);
  });

  it('a log line never becomes a workflow command, old syntax included', () => {
    expect(workflowCommandsIn(INJECTION_TEXT).length).toBeGreaterThan(2);
    expect(workflowCommandsIn(logLines(INJECTION_TEXT))).toEqual([]);
    expect(logText('::add-mask::x')).toBe('\\u{3A}:add-mask::x');
    expect(logText('\u00a0 ::stop-commands::t')).toBe('\u00a0 \\u{3A}:stop-commands::t');
    expect(logText('a ###[error]b')).not.toContain('##[');
    expect(logLines('one\n::error::two\n')).toBe('one\n\\u{3A}:error::two\n');
    expect(logText(VIETNAMESE)).toBe(VIETNAMESE);
  });
});

describe('Markdown', () => {
  it('text renders as the text it was: no link, image or HTML, nothing bold', () => {
    for (const [name, s] of Object.entries(INJECTIONS)) {
      expect(markdownHazardsIn(`- ${markdownText(s)}`), name).toEqual([]);
      expect(markdownHazardsIn(`| a | ${markdownText(s)} |\n|---|---|\n| ${markdownText(s)} | b |`), name).toEqual([]);
    }
    expect(markdownHazardsIn(`- ${INJECTIONS.image} ${INJECTIONS.link} ${INJECTIONS.autolink} ${INJECTIONS.html}`).length).toBeGreaterThan(3);
    expect(renderedMarkdown(markdownText('**bold** _it_ `code` # h <b>x</b> a|b'))).toBe('<p>**bold** _it_ `code` # h &lt;b&gt;x&lt;/b&gt; a|b</p>\n');
    expect(renderedMarkdown(markdownText(VIETNAMESE))).toBe(`<p>${VIETNAMESE.replace('&', '&amp;')}</p>\n`);
  });

  it('a table row stays one row of its cells', () => {
    const row = `| ${markdownText(INJECTIONS.table)} | ${markdownCode('a|b', { table: true })} |`;
    const html = renderedMarkdown(`| x | y |\n|---|---|\n${row}`);
    expect(html.match(/<td>/g)).toHaveLength(2);
    expect(html).toContain('<code>a|b</code>');
  });

  it('text never starts a line with "::" (the summary is printed to the log too), nor a list or heading', () => {
    expect(workflowCommandsIn(markdownText('::error file=x::forged'))).toEqual([]);
    expect(renderedMarkdown(markdownText('- 1. ## x', { lineStart: true }))).toBe('<p>- 1. ## x</p>\n');
    expect(renderedMarkdown(markdownText('1. x', { lineStart: true }))).toBe('<p>1. x</p>\n');
    expect(renderedMarkdown(`a\n${markdownText('===', { lineStart: true })}`)).toBe('<p>a\n===</p>\n');
    expect(markdownText('1.')).toBe('1.');
  });

  it('inline code holds backticks and stays one line', () => {
    expect(markdownCode('grdp-growth')).toBe('`grdp-growth`');
    expect(markdownCode('a`b')).toBe('``a`b``');
    expect(renderedMarkdown(markdownCode(INJECTIONS.backticks))).toBe('<p><code>``a`b``</code></p>\n');
    expect(renderedMarkdown(markdownCode('x\n![i](https://evil.example/i.png)'))).toBe('<p><code>x ![i](https://evil.example/i.png)</code></p>\n');
  });

  it('a code block cannot be closed from inside', () => {
    const block = markdownCodeBlock('a\n```\n![i](https://evil.example/i.png)\n~~~', 'yaml');
    expect(markdownHazardsIn(block)).toEqual([]);
    expect(renderedMarkdown(block)).toContain('<pre><code class="language-yaml">a\n```\n![i](https://evil.example/i.png)\n~~~\n</code></pre>');
  });
});

describe('editor notifications', () => {
  it('a name cannot make a link (command: links run commands)', () => {
    expect(notificationText('[fix](command:workbench.action.terminal.new) 2026.yaml')).toBe('[fix]\\u{28}command:workbench.action.terminal.new) 2026.yaml');
    expect(notificationText('2026\u202E.yaml')).toBe('2026\\u{202E}.yaml');
    expect(notificationText('hà-nội (2025).yaml')).toBe('hà-nội (2025).yaml');
  });
});

describe('HTML', () => {
  it('escapes markup and quotes; shows invisible characters', () => {
    expect(htmlText(`<img src="x" onerror='y'>&`)).toBe('&lt;img src=&quot;x&quot; onerror=&#39;y&#39;&gt;&amp;');
    expect(htmlText(INJECTIONS.bidi)).toBe('tăng \\u{202E}%5,6 dưới\\u{202C}');
    expect(htmlText(undefined)).toBe('');
  });
});

describe('SARIF URIs', () => {
  it('percent-encodes each segment (RFC 3986): Vietnamese letters, spaces, "#", "?", "%"', () => {
    expect(sarifUri('plans/hà-nội/2025.yaml')).toBe('plans/h%C3%A0-n%E1%BB%99i/2025.yaml');
    expect(sarifUri('plans/a b#c?d%e.yaml')).toBe('plans/a%20b%23c%3Fd%25e.yaml');
    expect(sarifUri('plans\\ha-noi\\2025.yaml')).toBe('plans/ha-noi/2025.yaml');
    expect(sarifUri('a:b/x.yaml')).toBe('a%3Ab/x.yaml');
    expect(sarifUri('/tmp/kế hoạch/x.yaml')).toBe('file:///tmp/k%E1%BA%BF%20ho%E1%BA%A1ch/x.yaml');
    expect(sarifUri('C:\\plans\\x.yaml')).toBe('file:///C:/plans/x.yaml');
    expect(sarifUri('bad\uD800.yaml')).toBe('bad%EF%BF%BD.yaml');
    expect(new URL(sarifUri('plans/hà nội#1/2025.yaml'), 'file:///repo/').pathname).toBe('/repo/plans/h%C3%A0%20n%E1%BB%99i%231/2025.yaml');
  });
});

// visible and markdownText return most strings untouched after a cheap first look; these check
// that the first look never lets through what the full encoding would change.
describe('the fast paths lose nothing', () => {
  it('visible changes exactly the control, format and separator characters and lone surrogates, over the whole BMP', () => {
    const acts = /[\p{Cc}\p{Cf}\u2028\u2029\u115F\u1160\u3164\uFFA0]|[\uD800-\uDFFF]/u;
    const wrong: string[] = [];
    for (let cp = 0; cp <= 0xffff; cp++) {
      const ch = String.fromCharCode(cp);
      if ((visible(`a${ch}b`) !== `a${ch}b`) !== acts.test(ch)) wrong.push(cp.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('visible changes every astral format character (tags, musical and shorthand format controls)', () => {
    const astral: string[] = [];
    for (let cp = 0x10000; cp <= 0x10ffff; cp++) if (/\p{Cf}/u.test(String.fromCodePoint(cp))) astral.push(String.fromCodePoint(cp));
    expect(astral.length).toBeGreaterThan(90);
    expect(astral.filter((ch) => visible(ch) === ch)).toEqual([]);
    expect(visible('Hà Nội 😀')).toBe('Hà Nội 😀');
  });

  it('markdownText gives what the full chain of escapes gives, on random strings of markup and Vietnamese', () => {
    const chain = (s: string, lineStart: boolean) => {
      const e = visible(s.replace(/[\r\n\t\u2028\u2029\u0085]+/g, ' '))
        .replace(/[\\`*_[\]#|~$@]/g, '\\$&')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/:(?=[:/])/g, '\\:')
        .replace(/\b(www)\./gi, '$1\\.');
      return lineStart ? e.replace(/^(\s*)([-+=])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2') : e;
    };
    const alphabet = [...'aàw.W:/ -+=1)\\`*_[]#|~$@&<>\r\n\t\u2028\u202e\u200bđƯ'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let i = 0; i < 5000; i++) {
      const s = Array.from({ length: next() % 12 }, () => alphabet[next() % alphabet.length]).join('');
      for (const lineStart of [false, true]) expect(markdownText(s, { lineStart })).toBe(chain(s, lineStart));
    }
    for (const s of ['www.kehoach.vn', 'WWW.x', 'https://x', 'tăng từ 6,5% trở lên', '1. Mục tiêu', '- gạch']) {
      for (const lineStart of [false, true]) expect(markdownText(s, { lineStart })).toBe(chain(s, lineStart));
    }
  });
});
