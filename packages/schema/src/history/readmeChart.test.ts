// The README shows Hà Nội's GRDP growth history as docs/img/history-grdp-growth.svg: this test
// regenerates it from the real plans, the way `kehoach history grdp-growth plans/ha-noi --format
// svg` does, and fails when the committed file differs. `npm run docs:history -w @kehoach/schema`
// (KEHOACH_WRITE_DOCS=1) writes it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/main.js';
import { REPO_ROOT } from '../testing/realPlans.js';

const PATH = join(REPO_ROOT, 'docs/img/history-grdp-growth.svg');

describe('docs/img/history-grdp-growth.svg', () => {
  it('is the chart kehoach history draws for Hà Nội’s GRDP growth, and the README shows it', async () => {
    let svg = '';
    const status = await runCli({ argv: ['history', 'grdp-growth', 'plans/ha-noi', '--format', 'svg', '--lang', 'vi'], env: {}, cwd: REPO_ROOT, out: (s) => void (svg += s), err: () => {} });
    expect(status).toBe(0);
    expect(XMLValidator.validate(svg)).toBe(true);
    if (process.env.KEHOACH_WRITE_DOCS === '1' && (!existsSync(PATH) || readFileSync(PATH, 'utf8') !== svg)) {
      mkdirSync(dirname(PATH), { recursive: true });
      writeFileSync(PATH, svg);
    }
    expect(readFileSync(PATH, 'utf8')).toBe(svg);
    expect(readFileSync(join(REPO_ROOT, 'README.md'), 'utf8')).toContain('](docs/img/history-grdp-growth.svg)');
  });
});
