// kehoach import as a real process (the built bundle): the Hà Nội 2025 resolution as text and as
// a .docx made here with the `docx` package gives the same plan; every bad input is refused with
// a clear message in Vietnamese and English, exit 2, and no file written.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../engine.js';
import { importResolution } from '../import/importResolution.js';
import { MAX_FILE_BYTES } from '../parse/readText.js';
import { REPO_ROOT } from '../testing/realPlans.js';

const BIN = join(REPO_ROOT, 'packages/schema/bin/kehoach.js');
const SOURCE = readFileSync(join(REPO_ROOT, 'plans/ha-noi/sources/2025-58-NQ-HDND.txt'), 'utf8');
const expected = importResolution(SOURCE);

function kehoach(args: string[], cwd: string, lang = 'vi') {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', KEHOACH_LANG: lang }, timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
const tmp = () => mkdtempSync(join(tmpdir(), 'kehoach-import-'));

/** The source as Word would hold it: one paragraph per line. */
async function docxOf(text: string): Promise<Buffer> {
  const doc = new Document({ sections: [{ children: text.split('\n').map((line) => new Paragraph({ text: line })) }] });
  return Packer.toBuffer(doc);
}

describe('kehoach import', () => {
  it('writes <name>.yaml beside a text file: the engine’s plan, which validates', () => {
    const dir = tmp();
    writeFileSync(join(dir, '58.txt'), SOURCE);
    const r = kehoach(['import', '58.txt'], dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Đã nhập “58.txt” vào “58.yaml”: 25 chỉ tiêu');
    expect(expected.ok).toBe(true);
    const written = readFileSync(join(dir, '58.yaml'), 'utf8');
    expect(written).toBe(expected.ok ? expected.text : '');
    expect(analyzeText(written, '58.yaml').diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(kehoach(['validate', '58.yaml'], dir).status).toBe(0);
  });

  it('imports the same text saved as a .docx to the same plan; --out, --jurisdiction and --year are used', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'nghi-quyet.docx'), await docxOf(SOURCE));
    const r = kehoach(['import', 'nghi-quyet.docx', '--out', 'plans/ha-noi/2025.yaml', '--lang', 'en'], dir);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(readFileSync(join(dir, 'plans/ha-noi/2025.yaml'), 'utf8')).toBe(expected.ok ? expected.text : '');
    const other = kehoach(['import', 'nghi-quyet.docx', '--out', 'x.yaml', '--jurisdiction', 'thu-nghiem', '--year', '2030'], dir);
    expect(other.status).toBe(0);
    const x = readFileSync(join(dir, 'x.yaml'), 'utf8');
    expect(x).toContain('jurisdiction: { id: thu-nghiem,');
    expect(x).toContain('\nyear: 2030\n');
  });

  it('never writes over a file, even one it wrote', () => {
    const dir = tmp();
    writeFileSync(join(dir, '58.txt'), SOURCE);
    writeFileSync(join(dir, '58.yaml'), '# mine\n');
    for (const lang of ['vi', 'en']) {
      const r = kehoach(['import', '58.txt'], dir, lang);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(lang === 'vi' ? '“58.yaml” đã có; kehoach import không ghi đè' : '“58.yaml” already exists; kehoach import never writes over a file');
    }
    expect(readFileSync(join(dir, '58.yaml'), 'utf8')).toBe('# mine\n');
  });

  const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
  const bad: Array<[string, string, () => Buffer | Promise<Buffer>, string, string]> = [
    ['an empty file', 'empty.txt', () => Buffer.alloc(0), '“empty.txt” trống', '“empty.txt” is empty'],
    ['a file of spaces', 'blank.txt', () => Buffer.from('  \n\n \t\n'), '“blank.txt” trống', '“blank.txt” is empty'],
    ['a binary file', 'image.txt', () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48]), 'Không nhập được “image.txt”', 'Cannot import “image.txt”'],
    ['a text that is not a resolution', 'notes.txt', () => Buffer.from('Danh sách việc cần làm\n1. Mua giấy\n2. Gọi điện\n'), '“notes.txt” không phải là một nghị quyết', '“notes.txt” is not a resolution'],
    ['a corrupt .docx', 'broken.docx', async () => (await docxOf(SOURCE)).subarray(0, 2000), 'Không đọc được “broken.docx” như tệp .docx', 'Cannot read “broken.docx” as a .docx'],
    ['a .docx that is no zip', 'fake.docx', () => Buffer.from('not a zip at all'), 'Không đọc được “fake.docx” như tệp .docx', 'Cannot read “fake.docx” as a .docx'],
    ['a password-protected .docx', 'secret.docx', () => OLE, '“secret.docx” là tệp Word có mật khẩu', '“secret.docx” is a password-protected (encrypted) Word file'],
    ['a text over 10 MB', 'huge.txt', () => Buffer.alloc(MAX_FILE_BYTES + 1, 'a'), 'huge.txt', 'huge.txt'],
  ];
  for (const [what, name, bytes, vi, en] of bad) {
    it(`refuses ${what}: a clear message in vi and en, exit 2, no file written`, async () => {
      const dir = tmp();
      writeFileSync(join(dir, name), await bytes());
      for (const [lang, words] of [['vi', vi], ['en', en]] as const) {
        const r = kehoach(['import', name], dir, lang);
        expect(r.status).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr).toContain(words);
        expect(r.stderr).not.toMatch(/\n\s+at /u); // no stack trace
        expect(r.stderr.trim().split('\n')).toHaveLength(1);
      }
      expect(readdirSync(dir)).toEqual([name]);
    });
  }

  it('refuses bad options: --year not a year, --jurisdiction not an id, no file named', () => {
    const dir = tmp();
    writeFileSync(join(dir, '58.txt'), SOURCE);
    expect(kehoach(['import', '58.txt', '--year', '25'], dir).status).toBe(2);
    expect(kehoach(['import', '58.txt', '--jurisdiction', 'Hà Nội'], dir).status).toBe(2);
    expect(kehoach(['import'], dir).status).toBe(2);
    expect(readdirSync(dir)).toEqual(['58.txt']);
  });
});
