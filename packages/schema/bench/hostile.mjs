// Hostile inputs for the bench: how long the engine takes to answer each (the tests check what
// it answers; src/hostile.test.ts and src/cli/hostile.test.ts). Goal: well under a second.
import { readFileSync } from 'node:fs';
import { PLAN_2025 } from './generatePlan.mjs';

const MB = 1 << 20;

export function hostileCases() {
  const plan = readFileSync(PLAN_2025, 'utf8');
  const once = (from, to) => {
    const at = plan.indexOf(from);
    if (at < 0) throw new Error(`bench/hostile: “${from}” not in the 2025 plan`);
    return plan.slice(0, at) + to + plan.slice(at + from.length);
  };
  const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill('*' + 'abcdefgh'[i]).join(', ')}]`)];
  return [
    { name: '50 MB of YAML (over the 10 MB limit)', text: () => 'a: 1\n'.repeat(10 * MB) },
    { name: 'a megabyte of "[" (nesting)', text: () => 'a: ' + '['.repeat(MB) + '\n' },
    { name: 'a megabyte of "- - -" (nesting)', text: () => '- '.repeat(MB / 2) + 'x\n' },
    { name: 'alias bomb (billion laughs)', text: () => bomb.join('\n') + '\n' },
    { name: 'one anchor aliased 50.000 times', text: () => 'x: &x [a, b, c]\nall: [' + Array(50_000).fill('*x').join(', ') + ']\n' },
    { name: 'one key 2 million times (10 MB)', text: () => 'a: 1\n'.repeat(2_000_000) },
    { name: '19.000 keys and one duplicate', text: () => Array.from({ length: 19_000 }, (_, i) => `k${i}: 1`).join('\n') + '\nk7: 2\n' },
    { name: '19.000 lines of syntax errors', text: () => '}: [\n'.repeat(19_000) },
    { name: '100.000 lines of syntax errors', text: () => '}: [\n'.repeat(100_000) },
    { name: '100.000 unknown keys in the 2025 plan', text: () => once('year: 2025\n', 'year: 2025\n' + Array.from({ length: 100_000 }, (_, i) => `extra${i}: 1\n`).join('')) },
    { name: '19.000 anchors, each aliased once', text: () => Array.from({ length: 19_000 }, (_, i) => `a${i}: &x${i} [${i}]`).join('\n') + '\nall: [' + Array.from({ length: 19_000 }, (_, i) => `*x${i}`).join(', ') + ']\n' },
    { name: '1 MB wording on one line (2025 plan)', text: () => once('wording: "6,5% trở lên"', `wording: "${'x'.repeat(MB)}"`) },
    { name: 'mixed tabs in indentation (2025 plan)', text: () => once('\n    name: ', '\n  \t  name: ') },
    { name: 'JavaScript tag (2025 plan)', text: () => once('year: 2025', 'year: !!js/function "function () { globalThis.pwned = true }"') },
    { name: 'lone-CR line breaks (2025 plan)', text: () => plan.replace(/\n/g, '\r') },
    // Issue 13: each took seconds to minutes, or threw, before its limit.
    { name: '61 bytes of "{" (nested keys)', text: () => '{'.repeat(61) },
    { name: '"{" × 200, closed (complex keys)', text: () => '{'.repeat(200) + '}'.repeat(200) },
    { name: 'an anchor, then a megabyte of "["', text: () => '&a' + '['.repeat(MB) + '\n' },
    { name: '9 MB of "[a, a, …" on one line', text: () => 'indicators: [' + 'a, '.repeat(3_000_000) + ']\n' },
    { name: '20.000 suppression directives (2025 plan)', text: () => once('  - id: art_1\n', '  # kehoach-disable-next-line label-sequence -- x\n'.repeat(20_000) + '  - id: art_1\n') },
  ];
}
