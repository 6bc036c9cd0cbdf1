// One full check of one file in a fresh process; prints its peak RSS and a bare node's.
//   node peak.mjs kehoach FILE   the engine (analyzeText: parse, schema, every rule)
//   node peak.mjs yls FILE [URI] yaml-language-server's doValidation with plan.schema.json, the
//                                document at URI (where the plan's `$schema` modeline resolves)
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

const [engine, file, uri = pathToFileURL(file).href] = process.argv.slice(2);
const baseline = JSON.parse(execFileSync(process.execPath, ['-e', 'console.log(process.resourceUsage().maxRSS)'], { encoding: 'utf8' }));
const text = readFileSync(file, 'utf8');
let diagnostics;
if (engine === 'yls') {
  const { createYls } = await import('./yls.mjs');
  diagnostics = (await createYls().validate(text, uri)).length;
} else {
  const { analyzeText } = await import('../dist/index.js');
  diagnostics = analyzeText(text, file).diagnostics.length;
}
console.log(JSON.stringify({ peakRssMiB: process.resourceUsage().maxRSS / 1024, baselineRssMiB: baseline / 1024, diagnostics }));
