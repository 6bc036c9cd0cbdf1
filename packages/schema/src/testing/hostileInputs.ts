// Hostile plan texts, for the engine's tests and for the editor's pure language features
// (hover, completion, code actions… on each: nothing throws, ranges stay inside, each call
// returns promptly). `code` is the diagnostic the engine reports first for it, when there
// is one it must report.

export interface HostileText {
  name: string;
  text: string;
  code?: string;
}

const MB = 1 << 20;

function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0) throw new Error(`hostileInputs: “${from}” not found in the plan`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** Built from a real plan's text (the 2025 plan: its keys and wordings are used as anchors). */
export function hostileTexts(plan: string, options: { huge?: boolean } = {}): HostileText[] {
  const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill('*' + 'abcdefgh'[i]).join(', ')}]`)];
  const out: HostileText[] = [
    { name: 'empty', text: '', code: 'file-empty' },
    { name: 'only a BOM and blanks', text: '\uFEFF \n\n', code: 'file-empty' },
    { name: 'BOM and CRLF', text: '\uFEFF' + plan.replace(/\n/g, '\r\n') },
    { name: 'CR line breaks only', text: plan.replace(/\n/g, '\r') },
    { name: 'mixed tabs in indentation', text: replaceOnce(plan, '\n    name: ', '\n  \t  name: '), code: 'yaml-tab-indent' },
    { name: 'duplicate key', text: replaceOnce(plan, '    direction: higher\n', '    direction: higher\n    direction: lower\n'), code: 'yaml-duplicate-key' },
    { name: 'merge key', text: replaceOnce(plan, '  - id: grdp-per-capita\n', '  - <<: { unit: "%" }\n    id: grdp-per-capita\n'), code: 'schema-unknown-key' },
    { name: 'JavaScript tag', text: replaceOnce(plan, 'year: 2025', 'year: !!js/function "function () { globalThis.pwned = true }"'), code: 'yaml-unknown-tag' },
    { name: 'custom tag', text: replaceOnce(plan, 'status: adopted', 'status: !custom adopted'), code: 'yaml-unknown-tag' },
    { name: 'alias bomb', text: bomb.join('\n') + '\n', code: 'yaml-alias-limit' },
    { name: 'nesting 5.000 deep', text: 'a: ' + '['.repeat(5000) + ']'.repeat(5000) + '\n', code: 'yaml-too-deep' },
    { name: 'a megabyte of "["', text: 'a: ' + '['.repeat(MB) + '\n', code: 'yaml-too-deep' },
    { name: 'NUL in text', text: replaceOnce(plan, 'name: ', 'name: \u0000') },
    { name: 'lone surrogate', text: replaceOnce(plan, 'name: ', 'name: \uD800') },
    { name: '1 MB value on one line', text: replaceOnce(plan, 'wording: "6,5% trở lên"', `wording: "${'x'.repeat(MB)}"`), code: 'malformed-target' },
    { name: '1 MB key', text: replaceOnce(plan, '    direction: higher\n', `    ${'x'.repeat(MB)}: higher\n`), code: 'yaml-syntax' },
    { name: 'several documents', text: plan + '---\nyear: 2026\n', code: 'yaml-multiple-documents' },
    { name: 'truncated mid-file', text: plan.slice(0, Math.floor(plan.length / 2)) },
  ];
  if (options.huge) out.push({ name: '50 MB', text: 'a: 1\n'.repeat(10 * MB), code: 'file-too-large' });
  return out;
}
