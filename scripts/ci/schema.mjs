// npm run ci:schema [--schema FILE]: a schema change must not break a plan.
// 1. plan.schema.json is valid against the JSON Schema 2020-12 meta-schema, and compiles in
//    ajv's strict mode (as the build compiles it).
// 2. Every plan in the repository (plans/**/*.yaml) is valid against the working-tree schema,
//    compiled here from the file, not the prebuilt validator.
// Failures are printed as GitHub annotations; exit 1 on any failure. File names, YAML errors
// (which quote the file) and ajv's messages are encoded for the annotation (src/output/encode.ts),
// so a plan in a pull request cannot write workflow commands of its own.
import Ajv2020 from 'ajv/dist/2020.js';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const { createAjv } = await import(pathToFileURL(join(root, 'packages/schema/scripts/compile-schema.mjs')).href);
// The engine's reader: its size, encoding, nesting and token limits hold here too (a plan in a
// pull request is anyone's), and its messages say what is wrong where.
const { decodePlanBytes, formatMessage, logText, MAX_FILE_BYTES, parseYaml, t, workflowData, workflowProperty } = await import(pathToFileURL(join(root, 'packages/schema/dist/index.js')).href);
// The file-access policy (src/io/fileAccess.ts): the folder walked as `kehoach validate` walks it
// (no link followed out of the repository), and only regular files of bounded size read.
const { accessScope, collectPlanFiles, readInScope, readRegularFile } = await import(pathToFileURL(join(root, 'packages/schema/dist/node.js')).href);

const args = process.argv.slice(2);
const at = args.indexOf('--schema');
const schemaPath = at >= 0 ? args[at + 1] : join(root, 'packages/schema/plan.schema.json');
const plansDir = process.env.KEHOACH_PLANS_DIR || join(root, 'plans');
const named = Boolean(process.env.KEHOACH_PLANS_DIR);
const shown = (p) => relative(process.cwd(), p) || p;
let failed = 0;
const fail = (file, message) => {
  failed++;
  console.log(`::error file=${workflowProperty(shown(file))},title=ci:schema::${workflowData(message.replace(/\r?\n/g, ' '))}`);
};

let schema;
try {
  // The repository's schema only through a path inside it; one named with --schema as it is.
  const read = at >= 0 ? readRegularFile(schemaPath) : readInScope(accessScope(root), schemaPath);
  if (!read.ok) throw new Error(t('cli.read-error', 'en', { path: shown(schemaPath), detail: read.reason }));
  schema = JSON.parse(new TextDecoder('utf-8').decode(read.bytes));
} catch (e) {
  fail(schemaPath, `cannot read the schema: ${e.message}`);
  process.exit(1);
}

// 1. Against the meta-schema (ajv ships the 2020-12 meta-schema), then a strict compile.
const meta = new Ajv2020({ allErrors: true, strict: false });
if (!meta.validateSchema(schema)) {
  for (const e of meta.errors ?? []) fail(schemaPath, `not a valid JSON Schema 2020-12: ${e.instancePath || '/'} ${e.message}`);
  process.exit(1);
}
if (schema.$schema !== 'https://json-schema.org/draft/2020-12/schema') fail(schemaPath, `$schema must be the 2020-12 meta-schema, not ${schema.$schema}`);
let validate;
try {
  validate = createAjv().compile(schema);
} catch (e) {
  fail(schemaPath, `does not compile in strict mode: ${e.message}`);
  process.exit(1);
}
console.log(`${logText(shown(schemaPath))}: valid against the JSON Schema 2020-12 meta-schema; compiles in strict mode.`);

// 2. Every plan against it.
const plans = [];
for (const c of await collectPlanFiles([plansDir], accessScope(root, named ? [plansDir] : []), { named })) {
  if (c.kind === 'file') plans.push(c.path);
  // A file named like a plan that cannot be read (a broken link, a FIFO, a link out of the
  // repository) is a plan this check cannot see: a failure, not a crash.
  else if (c.kind === 'unreadable' || c.kind === 'missing') fail(c.path, t('cli.read-error', 'en', { path: shown(c.path), detail: c.kind === 'missing' ? 'ENOENT' : c.detail }));
  else if (c.kind === 'outside') console.log(logText(t('cli.symlink-outside', 'en', { path: shown(c.path) })));
}
for (const file of plans) {
  const read = readRegularFile(file);
  if (!read.ok) {
    const detail = read.reason === 'TOO_LARGE' ? formatMessage({ code: 'file-too-large', severity: 'error', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, params: { size: read.size, limit: MAX_FILE_BYTES } }, 'en') : t('cli.read-error', 'en', { path: shown(file), detail: read.reason });
    fail(file, `not readable: ${detail}`);
    continue;
  }
  const decoded = decodePlanBytes(read.bytes);
  if (!decoded.ok) {
    fail(file, `not readable: ${formatMessage(decoded.diagnostic, 'en')}`);
    continue;
  }
  const parsed = parseYaml(decoded.text);
  for (const d of parsed.diagnostics) fail(file, `not readable YAML (line ${d.range.start.line + 1}): ${formatMessage(d, 'en')}`);
  if (parsed.value === undefined) continue;
  if (!validate(parsed.value)) for (const e of validate.errors ?? []) fail(file, `${e.instancePath || '/'} ${e.message} (schema ${e.schemaPath})`);
}
console.log(`${plans.length} plan(s) checked against ${logText(shown(schemaPath))}: ${failed === 0 ? 'all valid' : `${failed} problem(s)`}.`);
process.exit(failed === 0 ? 0 : 1);
