// npm run ci:validate [paths…]: what the pull-request workflow runs to validate the plans.
// Prints GitHub annotations (::error file=…,line=…) on stdout, so they land on the lines of the
// pull request, and writes the same diagnostics as SARIF for code scanning: $KEHOACH_SARIF, or
// kehoach.sarif. Exits 1 when a plan has errors (the job fails), 2 on a usage or I/O error.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const bin = join(root, 'packages/schema/bin/kehoach.js');
const paths = process.argv.slice(2);
if (paths.length === 0) paths.push('plans/');
const sarifPath = process.env.KEHOACH_SARIF || 'kehoach.sarif';

const kehoach = (format) =>
  spawnSync(process.execPath, [bin, 'validate', ...paths, '--format', format], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });

const sarif = kehoach('sarif');
if (sarif.status === 2 || !sarif.stdout) {
  process.stderr.write(sarif.stderr);
  process.exit(2);
}
writeFileSync(sarifPath, sarif.stdout);

const github = kehoach('github');
process.stdout.write(github.stdout);
process.stderr.write(github.stderr);
const results = JSON.parse(sarif.stdout).runs.reduce((n, run) => n + (run.results?.length ?? 0), 0);
console.log(`kehoach: ${results} diagnostic(s); SARIF written to ${sarifPath}`);
process.exit(github.status ?? 2);
