// npm run ci:diff [--base REF]: the semantic diff of every plan changed since the base, as
// Markdown, for the pull request's job summary. The base is --base, $KEHOACH_DIFF_BASE, or
// origin/$GITHUB_BASE_REF (a pull request), else HEAD~1; files are compared from the merge
// base, as a pull request shows them. The report goes to stdout and is appended to
// $GITHUB_STEP_SUMMARY when that is set. Exit 1 only when a diff cannot be made.
//
// A pull request chooses the plans' text and the files' names: every one of them reaches the
// summary through the Markdown encoders and the log through the log-line encoder
// (src/output/encode.ts), so none renders as an image or a link, or runs as a workflow command.
// File names are read from git NUL-separated (-z), never from its quoted output, so a plan
// named in Vietnamese, with spaces, quotes or a line break is diffed like any other; a plan or a
// baseline leading outside the repository is not read (src/io/fileAccess.ts). GitHub drops a
// step summary over 1 MiB whole: the summary is cut to fit, each file keeping its share, and
// says so; the log keeps the whole report.
//
// The summary and the log carry every clause in full (--clauses full --max-chars 0). For a
// pull-request comment, whose body GitHub caps at 65.536 characters, $KEHOACH_DIFF_COMMENT (a
// path) receives the folded diff kept under COMMENT_LIMIT: each file whole when they all fit,
// else each cut to a fair share, with kehoach's own vi+en line saying so and where the whole
// diff is; $KEHOACH_DIFF_FULL (a path) receives the whole report, for an artifact.
import { spawnSync } from 'node:child_process';
import { appendFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const bin = join(root, 'packages/schema/bin/kehoach.js');
const { decodePlanBytes, logLines, markdownCode, markdownCodeBlock, markdownText, parseYaml } = await import(pathToFileURL(join(root, 'packages/schema/dist/index.js')).href);
const { accessScope, inScope, readInScope } = await import(pathToFileURL(join(root, 'packages/schema/dist/node.js')).href);

/** GitHub's limit for one step's summary; a summary over it is not shown at all. */
const SUMMARY_LIMIT = 1024 * 1024;
/** What the comment body stays under (GitHub's limit is 65.536 characters). */
const COMMENT_LIMIT = 60_000;

const scope = accessScope(process.cwd());

/** A new plan is best read against its baseline (the previous year), when it names one that exists in the repository. */
function baselineOf(path) {
  try {
    // Read as the engine reads a plan (its limits hold: the file is the pull request's).
    const read = readInScope(scope, path);
    const decoded = read.ok ? decodePlanBytes(read.bytes) : undefined;
    const baseline = decoded?.ok ? parseYaml(decoded.text).value?.baseline : undefined;
    if (typeof baseline !== 'string') return undefined;
    const p = posix.join(posix.dirname(path), baseline);
    return inScope(scope, p) && statSync(p).isFile() ? p : undefined;
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
const say = (vi, en) => (lang === 'vi' ? vi : en);
const head = [`## ${say('So sánh ngữ nghĩa các kế hoạch thay đổi', 'Semantic diff of the changed plans')} (${markdownText(base)})`, ''];
/** One per changed file: its Markdown, and how to see it whole when the summary is cut. */
const sections = [];

/** The changed plan files: [status, path] or [status, old path, new path], from git's NUL-separated list. */
function changedPlans(from) {
  const r = git('diff', '-z', '--name-status', '-M', '--no-ext-diff', from, '--', 'plans/');
  if (r.status !== 0) {
    process.stderr.write(logLines(r.stderr));
    process.exit(1);
  }
  const fields = r.stdout.split('\0');
  const files = [];
  for (let i = 0; i < fields.length && fields[i] !== ''; ) {
    const status = fields[i++];
    files.push(/^[RC]/.test(status) ? [status, fields[i++], fields[i++]] : [status, fields[i++]]);
  }
  return files.filter((f) => /\.ya?ml$/i.test(f[f.length - 1]));
}

let status = 0;
let asBaseRef = (s) => s;
const mb = git('merge-base', base, 'HEAD');
if (mb.status !== 0) {
  head.push(say(`Không tìm thấy gốc so sánh ${markdownCode(base)}; bỏ qua.`, `Base ${markdownCode(base)} not found; skipped.`), '');
} else {
  const from = mb.stdout.trim();
  // The merge base's hash as the reader knows it (a ref name: nothing to escape in a code span).
  const asBase = (s) => (/^[\w./~^@{}-]+$/.test(base) ? s.replaceAll(`\`${from}:`, `\`${base}:`) : s);
  asBaseRef = asBase;
  const files = changedPlans(from);
  if (files.length === 0) head.push(say('Không có tệp kế hoạch nào thay đổi.', 'No plan file changed.'), '');
  for (const f of files) {
    const kind = f[0][0];
    const oldPath = f[1];
    const newPath = f[f.length - 1];
    const text = [];
    if (kind !== 'D' && !inScope(scope, newPath)) {
      // A link a pull request added, leading out of the repository: not read, not diffed.
      status = 1;
      text.push(`### ${markdownText(newPath)}`, '', say('Không đọc: tệp dẫn ra ngoài kho lưu trữ (liên kết tượng trưng).', 'Not read: the file leads outside the repository (a symbolic link).'), '');
      sections.push({ path: newPath, text: text.join('\n') + '\n' });
      continue;
    }
    const baseline = kind === 'A' ? baselineOf(newPath) : undefined;
    const oldSide = kind === 'A' ? (baseline ?? '/dev/null') : `${from}:${oldPath}`;
    const newSide = kind === 'D' ? '/dev/null' : newPath;
    const r = kehoachDiff(oldSide, newSide, ['--clauses', 'full', '--max-chars', '0']);
    if (r.status !== 0) {
      status = 1;
      text.push(`### ${markdownText(newPath)}`, '', markdownCodeBlock((r.stderr || r.stdout || String(r.error ?? '')).trim()), '');
      process.stderr.write(logLines(r.stderr ?? ''));
    } else {
      if (baseline) text.push(say(`> Tệp mới ${markdownCode(newPath)}, so với năm gốc ${markdownCode(baseline)}.`, `> New file ${markdownCode(newPath)}, compared with its baseline ${markdownCode(baseline)}.`), '');
      text.push(asBase(r.stdout));
    }
    sections.push({
      path: newPath,
      command: `npx kehoach diff ${shellWord(oldSide)} ${shellWord(newSide)} --format markdown --clauses full --max-chars 0`,
      sides: r.status === 0 ? [oldSide, newSide] : undefined,
      lead: baseline ? text[0] + '\n\n' : '',
      text: text.join('\n') + '\n',
    });
  }
}

const report = head.join('\n') + '\n' + sections.map((s) => s.text).join('\n');
process.stdout.write(logLines(report));
if (process.env.GITHUB_STEP_SUMMARY) {
  let used = 0;
  try {
    used = statSync(process.env.GITHUB_STEP_SUMMARY).size; // what earlier commands of this step wrote
  } catch {
    // not there yet
  }
  appendFileSync(process.env.GITHUB_STEP_SUMMARY, fitSummary(head.join('\n') + '\n', sections, SUMMARY_LIMIT - used));
}
if (process.env.KEHOACH_DIFF_FULL) writeFileSync(process.env.KEHOACH_DIFF_FULL, report);
if (process.env.KEHOACH_DIFF_COMMENT) writeFileSync(process.env.KEHOACH_DIFF_COMMENT, commentBody(head.join('\n') + '\n', sections, COMMENT_LIMIT));
// Not process.exit(): it would cut a report still being written to a pipe (the runner's log).
process.exitCode = status;

function kehoachDiff(oldSide, newSide, options) {
  return spawnSync(process.execPath, [bin, 'diff', oldSide, newSide, '--format', 'markdown', '--lang', lang, ...options], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/**
 * The comment's body under `limit` characters: each file's diff folded (kehoach diff's
 * default); when they do not all fit, each one over the fair share (the largest cap c with
 * Σ min(size, c) ≤ room) is made again with --max-chars c, which cuts it between lines and
 * says so in both languages. A file whose diff failed keeps its (short) error.
 */
function commentBody(headText, parts, limit) {
  const folded = parts.map((p) => (p.sides ? { ...p, text: p.lead + foldedDiff(p.sides, 0) } : p));
  const whole = headText + folded.map((p) => p.text).join('\n');
  if (whole.length <= limit) return whole;
  const room = Math.max(0, limit - headText.length - 2 * folded.length - 256);
  const sizes = folded.map((p) => p.text.length);
  let cap = Infinity;
  let left = room;
  let n = sizes.length;
  for (const size of [...sizes].sort((a, b) => a - b)) {
    if (size * n > left) {
      cap = Math.floor(left / n);
      break;
    }
    left -= size;
    n--;
  }
  let out = headText;
  let shown = 0;
  for (const [i, p] of folded.entries()) {
    const text = sizes[i] <= cap || !p.sides ? p.text : p.lead + foldedDiff(p.sides, Math.max(1000, cap - p.lead.length));
    if (out.length + text.length + 1 > limit - 256) break;
    out += text + '\n';
    shown++;
  }
  const more = folded.length - shown;
  if (more > 0) out += `\n> ✂️ **${more} tệp nữa không hiển thị ở đây**; xem tóm tắt (job summary) hoặc tệp đính kèm (artifact) của lần chạy CI. *${more} more file(s) not shown here; see the CI run’s job summary or artifact.*\n`;
  return out;
}

function foldedDiff([oldSide, newSide], maxChars) {
  const r = kehoachDiff(oldSide, newSide, ['--max-chars', String(maxChars)]);
  return r.status === 0 ? asBaseRef(r.stdout) : '';
}

/** A word for a POSIX shell, quoted when it needs to be (shown in the summary, never run). */
function shellWord(s) {
  return /^[\w@%+=:,./~^-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

/**
 * The summary within `budget` bytes: whole when it fits; otherwise every file keeps a fair
 * share (the largest cap that fits: a small diff whole, the large ones cut to the same size),
 * each cut one ends with a note on how to see the rest, and the summary opens with a note
 * that it was cut. Cuts fall between lines, and a code block cut open is closed. Files past
 * what even their notes leave room for (thousands of them) are counted at the end.
 */
function fitSummary(headText, parts, budget) {
  const whole = headText + parts.map((p) => p.text).join('\n');
  if (bytes(whole) <= budget) return whole;
  const cutNote = [
    '> ✂️ **Bản tóm tắt này đã bị cắt bớt** cho vừa giới hạn 1 MiB của GitHub; chỗ cắt của mỗi tệp được ghi rõ bên dưới. Bản đầy đủ nằm trong nhật ký (log) của bước này.',
    '> *This summary was cut to fit GitHub’s 1 MiB limit; where each file’s diff was cut is marked below. The whole report is in this step’s log.*',
    '',
    '',
  ].join('\n');
  const tailRoom = 1024; // the count of files left out, if it comes to that
  const room = Math.max(0, budget - bytes(headText) - bytes(cutNote) - tailRoom - parts.length);
  const sizes = parts.map((p) => bytes(p.text));
  // The largest cap c with Σ min(size, c) ≤ room.
  let cap = Infinity;
  let left = room;
  let n = sizes.length;
  for (const s of [...sizes].sort((a, b) => a - b)) {
    if (s * n > left) {
      cap = Math.floor(left / n);
      break;
    }
    left -= s;
    n--;
  }
  let out = headText + cutNote;
  let shown = 0;
  for (const [i, p] of parts.entries()) {
    const text = (sizes[i] <= cap ? p.text : cutSection(p, cap)) + '\n';
    if (bytes(out) + bytes(text) > budget - tailRoom) break;
    out += text;
    shown++;
  }
  if (shown < parts.length) {
    const more = parts.length - shown;
    out += `\n> ✂️ **${more} tệp nữa không hiển thị ở đây**; xem nhật ký (log) của bước này. *${more} more file(s) not shown here; see this step’s log.*\n`;
  }
  if (bytes(out) <= budget) return out;
  // The step's summary was nearly full already: one line, or nothing (never over the limit).
  const least = '\n> ✂️ So sánh quá dài cho bản tóm tắt; xem nhật ký (log). *The diff is too long for the summary; see the log.*\n';
  return bytes(least) <= budget ? least : '';
}

function bytes(s) {
  return Buffer.byteLength(s, 'utf8');
}

/** The lines of a file's diff that fit in `cap` bytes with the note on how to see the rest. */
function cutSection(part, cap) {
  const note = [
    '',
    `> ✂️ ${markdownCode(part.path)}: **phần còn lại đã bị cắt** (giới hạn 1 MiB của bản tóm tắt). Xem toàn bộ trong nhật ký (log) của bước này, hoặc chạy ${markdownCode(part.command ?? 'npx kehoach diff')} trên máy.`,
    `> *The rest of this file’s diff was cut (the summary’s 1 MiB limit). See it whole in this step’s log, or run ${markdownCode(part.command ?? 'npx kehoach diff')} locally.*`,
    '',
  ].join('\n');
  let allowance = cap - bytes(note) - 16; // 16: a closing fence
  const kept = [];
  let fence;
  for (const text of part.text.split('\n')) {
    // A line longer than what is left (a megabyte-long clause) is left out, marked, and the
    // lines after it still kept while they fit: what follows a huge clause is not hidden by it.
    let line = text;
    if (bytes(line) + 1 > allowance) line = `${/^\s*(?:[-*+]|\d+\.|\|)\s?/.exec(text)?.[0] ?? ''}✂️ … (${bytes(text)} byte)${text.startsWith('|') ? ' |' : ''}`;
    const size = bytes(line) + 1;
    if (size > allowance) break;
    allowance -= size;
    kept.push(line);
    const opens = /^(`{3,}|~{3,})/.exec(line);
    if (!fence && opens) fence = opens[1];
    else if (fence && line.trimEnd() === fence[0].repeat(line.trimEnd().length) && line.trimEnd().length >= fence.length) fence = undefined;
  }
  if (fence) kept.push(fence);
  return kept.join('\n') + '\n' + note;
}
