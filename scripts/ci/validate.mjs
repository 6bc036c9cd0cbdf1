// npm run ci:validate [paths…]: what the pull-request workflow runs to validate the plans.
// Prints GitHub annotations (::error file=…,line=…) on stdout, so they land on the lines of the
// pull request, and writes the same diagnostics as SARIF for code scanning: $KEHOACH_SARIF, or
// kehoach.sarif. Exits 1 when a plan has errors (the job fails), 2 on a usage or I/O error (the
// other files' annotations and SARIF are still written).
//
// The runner reads every line of stdout and stderr for workflow commands: the annotations are
// kehoach's own (each part encoded by --format github), and everything else passed through
// (kehoach's stderr: file names, config keys) is encoded as log lines (src/output/encode.ts).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const bin = join(root, 'packages/schema/bin/kehoach.js');
const { logLines, t } = await import(pathToFileURL(join(root, 'packages/schema/dist/index.js')).href);
// The file-access policy (src/io/fileAccess.ts): the SARIF is not written through a link a pull
// request added leading out of the repository.
const { accessScope, writeInScope } = await import(pathToFileURL(join(root, 'packages/schema/dist/node.js')).href);
const paths = process.argv.slice(2);
if (paths.length === 0) paths.push('plans/');
const sarifPath = process.env.KEHOACH_SARIF || 'kehoach.sarif';

const kehoach = (format) =>
  spawnSync(process.execPath, [bin, 'validate', ...paths, '--format', format], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });

const sarif = kehoach('sarif');
let results;
try {
  results = JSON.parse(sarif.stdout).runs.reduce((n, run) => n + (run.results?.length ?? 0), 0);
} catch {
  // No report at all (a usage error, a path that does not exist): say why, and stop.
  process.stderr.write(logLines(sarif.stderr));
  process.exit(2);
}
// The repository, and the folder $KEHOACH_SARIF names (where it is, not where a link there leads).
const scope = accessScope(process.cwd(), process.env.KEHOACH_SARIF ? [sarifPath] : []);
const written = await writeInScope(scope, sarifPath, sarif.stdout).catch((e) => ({ reason: e.code ?? e.message }));
if (typeof written === 'object') {
  const key = written.reason === 'OUTSIDE' ? 'cli.sarif-outside' : written.reason === 'NOT_REGULAR' || written.reason === 'EISDIR' ? 'cli.write-not-regular' : 'cli.write-error';
  for (const lang of ['vi', 'en']) process.stderr.write(logLines(t(key, lang, { path: sarifPath, target: written.target ?? '', detail: written.reason }) + '\n'));
  process.exit(2);
}

const github = kehoach('github');
process.stdout.write(github.stdout);
process.stderr.write(logLines(github.stderr));
console.log(`kehoach: ${results} diagnostic(s); SARIF written to ${logLines(sarifPath)}`);
process.exit(github.status ?? 2);
