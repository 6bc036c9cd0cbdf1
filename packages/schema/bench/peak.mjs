// One full check of one file in a fresh process; prints its peak RSS and a bare node's.
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const baseline = JSON.parse(execFileSync(process.execPath, ['-e', 'console.log(process.resourceUsage().maxRSS)'], { encoding: 'utf8' }));
const { analyzeText } = await import('../dist/index.js');
analyzeText(readFileSync(process.argv[2], 'utf8'), process.argv[2]);
console.log(JSON.stringify({ peakRssMiB: process.resourceUsage().maxRSS / 1024, baselineRssMiB: baseline / 1024 }));
