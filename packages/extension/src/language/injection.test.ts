// A plan from a hostile pull request, opened in the editor: its text (names, wordings, clause
// texts, labels, the document's number, ids with backticks) reaches hovers, completion and the
// comparison page as text. VS Code renders hover and completion Markdown with images and links,
// and the page is HTML: none may come from the plan, nor a bidi override or an invisible character.
import { analyzeText, diffPlans, type Plan } from '@kehoach/schema';
import { INJECTION_TEXT, injectedPlan, markdownHazardsIn, terminalHazardsIn, yamlString } from '@kehoach/schema/testing';
import { describe, expect, it } from 'vitest';
import { renderDiffHtml } from '../views/diffHtml.js';
import { doc, DRAFT_URI, draftFrom2025, plan2025, PLAN_2025_URI, pos, service } from './testing.js';

const EVIL_ID = 'grdp`![i](https://evil.example/i.png)`[l](https://evil.example)';

/** The 2025 plan with every injection, in the places a hover quotes too (a label, an item's heading). */
function hostile2025(text = plan2025): string {
  return injectedPlan(text)
    .replace('label: "Điều 1."', `label: ${yamlString('Điều 1. ' + INJECTION_TEXT)}`)
    .replace('Thông qua 25 chỉ tiêu chủ yếu phát triển kinh tế - xã hội, trong đó:', `Thông qua ${INJECTION_TEXT.replace(/[\u0000-\u001f\u007f-\u009f]/g, '')} trong đó:`);
}

function safe(markdown: string | undefined) {
  expect(markdown).toBeDefined();
  expect(markdownHazardsIn(markdown!)).toEqual([]);
  expect(terminalHazardsIn(markdown!)).toEqual([]);
}

describe('hover on a hostile plan', () => {
  const text = hostile2025();
  const ls = service({ [PLAN_2025_URI]: text });

  it('on the indicator: name, wording, document number and quoted clauses as text', () => {
    const h = ls.doHover(doc(PLAN_2025_URI, text), pos(text, 'grdp-growth', '  - id: grdp-growth', 1))!;
    expect(h.contents.value).toContain('evil.example');
    expect(h.contents.value).toContain('Điều 1');
    safe(h.contents.value);
  });

  it('on a clause reference', () => {
    const h = ls.doHover(doc(PLAN_2025_URI, text), pos(text, 'art_1__item_2', 'clause: art_1__item_2', 1))!;
    expect(h.contents.value).toContain('evil.example');
    safe(h.contents.value);
  });

  it('on an id with backticks, images and links in it', () => {
    const withId = text.replace('  - id: grdp-growth\n', `  - id: ${yamlString(EVIL_ID)}\n`);
    const h = ls.doHover(doc(PLAN_2025_URI, withId), pos(withId, 'grdp`', '  - id: ', 1))!;
    expect(h.contents.value).toContain('evil.example');
    safe(h.contents.value);
  });

  it('on the unit', () => {
    const withUnit = text.replace('unit: triệu đồng\n', `unit: ${yamlString(INJECTION_TEXT)}\n`);
    const h = ls.doHover(doc(PLAN_2025_URI, withUnit), pos(withUnit, 'unit: "', 'id: grdp-per-capita', 7))!;
    safe(h.contents.value);
  });
});

describe('hover on the structure fields of a hostile plan', () => {
  // A target's source, what replaces a dropped indicator and why one is unconfirmed are the plan's text too.
  const text = plan2025
    .replace(
      'target: { wording: "6,5% trở lên", kind: level, op: ">=", value: 6.5, unit: "%" }',
      `target: { wording: "6,5% trở lên", kind: level, op: ">=", value: 6.5, unit: "%", source: { kind: press, ref: ${yamlString(INJECTION_TEXT)} } }`,
    )
    .replace('replacedBy: public-schools-national-standard\n', `replacedBy: ${yamlString(EVIL_ID)}\n  - id: unsure\n    name: chưa rõ\n    unconfirmed: { reason: ${yamlString(INJECTION_TEXT)} }\n`);
  const ls = service({ [PLAN_2025_URI]: text });

  it('a target’s source ref', () => {
    const h = ls.doHover(doc(PLAN_2025_URI, text), pos(text, 'grdp-growth', '  - id: grdp-growth', 1))!;
    expect(h.contents.value).toContain('evil.example');
    expect(h.contents.value).toMatch(/theo báo chí/);
    safe(h.contents.value);
  });

  it('what replaces a dropped indicator, and why one is unconfirmed', () => {
    const dropped = ls.doHover(doc(PLAN_2025_URI, text), pos(text, 'public-schools-national-standard-rate', '  - id: public-schools-national-standard-rate', 1))!;
    expect(dropped.contents.value).toContain('evil.example');
    safe(dropped.contents.value);
    const unsure = ls.doHover(doc(PLAN_2025_URI, text), pos(text, 'unsure', '  - id: unsure', 1))!;
    expect(unsure.contents.value).toContain('evil.example');
    safe(unsure.contents.value);
  });
});

describe('completion from a hostile baseline', () => {
  const baseline = hostile2025();
  const ls = service({ [PLAN_2025_URI]: baseline });

  it('last year’s indicators: name, target and the inserted block shown as text', () => {
    const draft = draftFrom2025((t) => t.replace(/  - id: grdp-growth\n(?: {4}.*\n)+/, '  - id: \n'));
    const list = ls.doComplete(doc(DRAFT_URI, draft), pos(draft, '  - id: \n', undefined, 8));
    const grdp = list.items.find((i) => i.label === 'grdp-growth')!;
    expect(grdp.documentation!.value).toContain('evil.example');
    safe(grdp.documentation!.value);
    expect(terminalHazardsIn(grdp.detail ?? '')).toEqual([]);
  });

  it('clause ids: place and text shown as text', () => {
    const list = ls.doComplete(doc(PLAN_2025_URI, baseline), pos(baseline, 'art_1__item_2', 'clause: art_1__item_2', 0));
    const docs = list.items.map((i) => i.documentation?.value ?? '').join('\n\n');
    expect(docs).toContain('evil.example');
    safe(docs);
  });
});

describe('the comparison page of a hostile plan', () => {
  it('shows every text escaped and visible', () => {
    const plan = (t: string) => analyzeText(t, 'plan.yaml').model.value as Plan;
    const html = renderDiffHtml(diffPlans(plan(plan2025), plan(hostile2025())), { lang: 'vi', nonce: 'n0nce', fromLabel: `a${INJECTION_TEXT}`, toLabel: 'b' });
    expect(html).toContain('evil.example');
    expect(html).not.toMatch(/<(img|script|a)\b/i);
    expect(terminalHazardsIn(html)).toEqual([]);
  });
});
