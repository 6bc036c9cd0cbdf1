// npm run ci:diff [--base REF]: the semantic diff of every plan changed since the base, as
// Markdown, for the pull request's job summary. The base is --base, $KEHOACH_DIFF_BASE, or
// origin/$GITHUB_BASE_REF (a pull request), else HEAD~1; files are compared from the merge
// base, as a pull request shows them. The report goes to stdout and is appended to
// $GITHUB_STEP_SUMMARY when that is set. Exit 1 only when a diff cannot be made.
//
// A pull request chooses the plans' text and the files' names: every one of them reaches the
// summary through the Markdown encoders and the log through the log-line encoder
// (src/output/encode.ts), so none renders as an image or a link, or runs as a workflow command.
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const bin = join(root, 'packages/schema/bin/kehoach.js');
const { decodePlanBytes, logLines, markdownCode, markdownCodeBlock, markdownText, parseYaml } = await import(pathToFileURL(join(root, 'packages/schema/dist/index.js')).href);

/** A new plan is best read against its baseline (the previous year), when it names one that exists. */
function baselineOf(path) {
  try {
    // Read as the engine reads a plan (its limits hold: the file is the pull request's).
    const decoded = decodePlanBytes(readFileSync(path));
    const baseline = decoded.ok ? parseYaml(decoded.text).value?.baseline : undefined;
    if (typeof baseline !== 'string') return undefined;
    const p = posix.join(posix.dirname(path), baseline);
    return existsSync(p) ? p : undefined;
  } catch {
    return undefined;
  }
}
const args = process.argv.slice(2);
const at = args.indexOf('--base');
const base =
  (at >= 0 ? args[at + 1] : undefined) ||
  process.env.KEHOACH_DIFF_BASE ||
  (process.env.GITHUB_BASE_REF ? `origin/${process.env.GITHUB_BASE_REF}` : 'HEAD~1');
const lang = process.env.KEHOACH_LANG === 'en' ? 'en' : 'vi';

const git = (...a) => spawnSync('git', a, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const out = [];
const say = (vi, en) => (lang === 'vi' ? vi : en);
out.push(`## ${say('So sánh ngữ nghĩa các kế hoạch thay đổi', 'Semantic diff of the changed plans')} (${markdownText(base)})`, '');

let status = 0;
const mb = git('merge-base', base, 'HEAD');
if (mb.status !== 0) {
  out.push(say(`Không tìm thấy gốc so sánh ${markdownCode(base)}; bỏ qua.`, `Base ${markdownCode(base)} not found; skipped.`), '');
} else {
  const from = mb.stdout.trim();
  const changed = git('diff', '--name-status', '-M', '--no-ext-diff', from, '--', 'plans/');
  if (changed.status !== 0) {
    process.stderr.write(logLines(changed.stderr));
    process.exit(1);
  }
  const files = changed.stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split('\t'))
    .filter((f) => /\.ya?ml$/i.test(f[f.length - 1]));
  if (files.length === 0) out.push(say('Không có tệp kế hoạch nào thay đổi.', 'No plan file changed.'), '');
  for (const f of files) {
    const kind = f[0][0];
    const oldPath = f[1];
    const newPath = f[f.length - 1];
    const baseline = kind === 'A' ? baselineOf(newPath) : undefined;
    const oldSide = kind === 'A' ? (baseline ?? '/dev/null') : `${from}:${oldPath}`;
    const newSide = kind === 'D' ? '/dev/null' : newPath;
    const r = spawnSync(process.execPath, [bin, 'diff', oldSide, newSide, '--format', 'markdown', '--lang', lang], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (r.status !== 0) {
      status = 1;
      out.push(`### ${markdownText(newPath)}`, '', markdownCodeBlock((r.stderr || r.stdout).trim()), '');
      process.stderr.write(logLines(r.stderr));
      continue;
    }
    if (baseline) out.push(say(`> Tệp mới ${markdownCode(newPath)}, so với năm gốc ${markdownCode(baseline)}.`, `> New file ${markdownCode(newPath)}, compared with its baseline ${markdownCode(baseline)}.`), '');
    // The merge base's hash as the reader knows it (a ref name: nothing to escape in a code span).
    out.push(/^[\w./~^@{}-]+$/.test(base) ? r.stdout.replaceAll(`\`${from}:`, `\`${base}:`) : r.stdout);
  }
}
const report = out.join('\n') + '\n';
process.stdout.write(logLines(report));
if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, report);
process.exit(status);
