// Every message of the grammar and of the rules ends with what to do (issue 11: “Không mong đợi
// “GRDP” ở đây.” said what was wrong, not what to do), in Vietnamese and in English.
import { describe, expect, it } from 'vitest';
import { RULES } from '../rules/index.js';
import { AREAS, MESSAGES, type MessageKey } from './index.js';

/** The last sentence of a template, placeholders kept (one that adds sentences, “{more|vi-more}”, ends one). */
function lastSentence(template: string): string {
  const parts = template.trim().split(/(?<=[.!?])\s+(?=[\p{Lu}{“])|(?<=\})\s+(?=\p{Lu})/u);
  return parts[parts.length - 1]!;
}

/** Vietnamese: the last sentence asks for something (“Hãy …”, “…, hãy viết …”). */
const VI_ACTION = /(^|[\s,;:(–—])[Hh]ãy\s/u;
/** English: the last sentence is (or ends with) an imperative. */
const EN_ACTION =
  /(^|[,;:(–—]\s|\bor\s|\bthen\s)(Add|Apply|Check|Choose|Complete|Copy|Correct|Delete|Fill|Fix|Give|Keep|Look|Mark|Merge|Move|Name|Please|Put|Read|Remove|Rename|Renumber|Replace|Rewrite|Save|Set|Split|Start|State|Swap|Take|Update|Use|Write)\b/iu;

/** The keys whose message a person acts on: the grammar's issues, and each rule's message or problems. */
function actionKeys(): MessageKey[] {
  // grammar.expected is a fragment placed inside the others (“Cần: …”), before their action.
  const grammar = (Object.keys(AREAS.grammar) as MessageKey[]).filter((k) => k !== 'grammar.expected');
  const rules = RULES.map((r) => r.code as MessageKey).filter((code) => {
    const m = MESSAGES[code];
    // A message made of a problem sentence or of the grammar's issue is checked there.
    return !/^\{problem\|/.test(m.vi) && !/\{issue\|grammar\}$/.test(m.vi);
  });
  const problems = Object.keys(AREAS.problems) as MessageKey[];
  return [...grammar, ...rules, ...problems];
}

describe('every grammar and rule message ends with what to do', () => {
  const keys = actionKeys();

  it('covers the grammar, every rule and every rule problem', () => {
    expect(keys.filter((k) => k.startsWith('grammar.')).length).toBe(13);
    expect(keys.length).toBeGreaterThan(40);
  });

  it.each(keys)('%s', (key) => {
    const m = MESSAGES[key];
    expect(lastSentence(m.vi), `${key} (vi): ${m.vi}`).toMatch(VI_ACTION);
    expect(lastSentence(m.en), `${key} (en): ${m.en}`).toMatch(EN_ACTION);
  });

  it('the check can fail: a statement is not an action', () => {
    expect(lastSentence('Không mong đợi “{text}” ở đây.')).not.toMatch(VI_ACTION);
    expect(lastSentence('Unexpected “{text}” here.')).not.toMatch(EN_ACTION);
    expect(lastSentence('Số sai. Hãy sửa “{x}”.')).toMatch(VI_ACTION);
    expect(lastSentence('Wrong. If 4670 is meant, write “4.670”.')).toMatch(EN_ACTION);
  });
});
