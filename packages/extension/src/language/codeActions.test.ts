// The quick fixes on every form of the indicator list (issue 13): a flow sequence
// `indicators: [ … ]`, CRLF line endings, comments above an item, a list an alias reuses. Each
// result must read back as the draft with exactly the indicator added (or kept as dropped), keep
// every comment and the file's line ending; where the form cannot be edited safely, the fix is
// offered disabled, with why, and the command says why.
import { applyTextEdits, formProblems } from '@kehoach/schema/testing';
import { refusalText, yamlText, type Indicator } from '@kehoach/schema';
import { describe, expect, it } from 'vitest';
import { isSeq, parse, parseDocument } from 'yaml';
import { doc, draftFrom2025, DRAFT_URI, plan2025, service } from './testing.js';

const CPI_BLOCK = /  - id: cpi\n(?: {4}.*\n)+/;
const draftWithoutCpi = draftFrom2025((t) => t.replace(CPI_BLOCK, ''));
const indicators2025 = (parse(plan2025) as { indicators: Indicator[] }).indicators;
const CPI_AT = indicators2025.findIndex((i) => i.id === 'cpi');
const cpi = indicators2025[CPI_AT]!;

type Plan = { indicators: Indicator[] };
/** The draft's value with `ind` where cpi stood last year. */
function withCpi(text: string, ind: Indicator): Plan {
  const p = parse(text.replace(/\r\n/g, '\n')) as Plan;
  p.indicators.splice(CPI_AT, 0, ind);
  return p;
}

const dropped = (reason: string): Indicator => {
  const { target, ...rest } = cpi;
  return { ...rest, previousTarget: target!, dropped: { reason } };
};

function addAction(text: string) {
  const ls = service();
  const d = doc(DRAFT_URI, text);
  const diags = ls.doValidation(d).filter((x) => x.code === 'missing-indicator');
  expect(diags).toHaveLength(1);
  return { ls, d, action: ls.doCodeActions(d, diags[0]!.range, diags).find((a) => a.title.startsWith('Thêm chỉ tiêu'))! };
}

/** The draft with its indicator list written as one flow sequence (items one per line). */
function flowList(text: string): string {
  const d = parseDocument(text);
  const list = d.get('indicators', true);
  if (!isSeq(list)) throw new Error('indicators');
  list.flow = true;
  list.commentBefore = ' danh sách / the list';
  return d.toString({ lineWidth: 100 });
}

describe('add the missing indicator, on every form of the list', () => {
  it('a flow sequence: a flow mapping inserted where it stood, the rest as it was', () => {
    const text = flowList(draftWithoutCpi);
    expect(text).toMatch(/^indicators:\s*# danh sách \/ the list\n\s*\[/m);
    const { action } = addAction(text);
    const fixed = applyTextEdits(text, action.edit!.changes[DRAFT_URI]!);
    expect(parse(fixed)).toEqual(withCpi(text, yamlText.draftIndicator(cpi)));
    expect(formProblems(text, fixed)).toEqual([]);
  });

  it('CRLF: the inserted lines end as the file’s do', () => {
    const text = draftWithoutCpi.replace(/\n/g, '\r\n');
    const { action } = addAction(text);
    const fixed = applyTextEdits(text, action.edit!.changes[DRAFT_URI]!);
    expect(formProblems(text, fixed)).toEqual([]);
    expect(parse(fixed)).toEqual(withCpi(text, yamlText.draftIndicator(cpi)));
  });

  it('the comment lines above the next item stay right above it', () => {
    const text = draftWithoutCpi.replace('  - id: third-child-birth-rate-reduction\n', '  # Mục 6 / item 6\n  - id: third-child-birth-rate-reduction\n');
    const { action } = addAction(text);
    const fixed = applyTextEdits(text, action.edit!.changes[DRAFT_URI]!);
    expect(fixed).toContain('  # Mục 6 / item 6\n  - id: third-child-birth-rate-reduction\n');
    expect(fixed.indexOf('  - id: cpi\n')).toBeLessThan(fixed.indexOf('  # Mục 6 / item 6'));
    expect(parse(fixed)).toEqual(withCpi(text, yamlText.draftIndicator(cpi)));
  });

  it('a list an alias reuses: offered disabled, with why; nothing changed', () => {
    const text = draftWithoutCpi.replace(/^indicators:\n/m, 'indicators: &list\n') + 'x-list: *list\n';
    const { action } = addAction(text);
    expect(action.edit).toBeUndefined();
    expect(action.disabled?.reason).toMatch(/^dòng \d+ nằm trong một nút YAML dùng chung qua neo và bí danh/);
  });
});

describe('mark dropped, on every form of the list', () => {
  it('a flow sequence: the dropped block as a flow mapping, with its reason', () => {
    const text = flowList(draftWithoutCpi);
    const r = service().markDroppedEdit(doc(DRAFT_URI, text), 'cpi', 'Gộp, theo Nghị quyết mới: {x}');
    if (!r.ok) throw new Error(r.refusal.key);
    const fixed = applyTextEdits(text, r.edits);
    expect(parse(fixed)).toEqual(withCpi(text, dropped('Gộp, theo Nghị quyết mới: {x}')));
    expect(formProblems(text, fixed)).toEqual([]);
  });

  it('a list an alias reuses: refused with why, for the command to say', () => {
    const text = draftWithoutCpi.replace(/^indicators:\n/m, 'indicators: &list\n') + 'x-list: *list\n';
    const r = service({}, 'en').markDroppedEdit(doc(DRAFT_URI, text), 'cpi', 'merged');
    expect(!r.ok && refusalText(r.refusal, 'en')).toMatch(/^line \d+ is inside a YAML node shared through an anchor and an alias/);
  });
});

describe('regenerate the wording, in a flow mapping written over several lines', () => {
  it('quoted where a comma would end it', () => {
    const text = plan2025.replace(
      'target: { wording: "dưới 4,5%", kind: level, op: "<", value: 4.5, unit: "%" }\n  - id: third-child',
      'target: {\n      wording: "dưới 4,5%",\n      kind: level, op: "<", value: 3.5, unit: "%" }\n  - id: third-child',
    );
    const ls = service();
    const d = doc('file:///repo/plans/ha-noi/2025.yaml', text);
    const diags = ls.doValidation(d).filter((x) => x.code === 'value-wording');
    const regenerate = ls.doCodeActions(d, diags[0]!.range, diags).find((a) => a.title.startsWith('Tạo lại nguyên văn'))!;
    const fixed = applyTextEdits(text, regenerate.edit!.changes['file:///repo/plans/ha-noi/2025.yaml']!);
    expect(fixed).toContain('      wording: "dưới 3,5%",\n');
    expect(formProblems(text, fixed)).toEqual([]);
  });
});

describe('an indicator renamed in this year’s plan only (F2 from a later year, or by hand)', () => {
  // As the rename from 2026 leaves it: the id and its references renamed here, 2025 untouched.
  const renamed = draftFrom2025((t) => t.replace('  - id: cpi\n', '  - id: consumer-price-index\n').replace(/^(\s+indicator: )cpi$/gm, '$1consumer-price-index'));

  it('the missing indicator’s preferred fix records it replaced by the indicator that bears its name; then no error is left', () => {
    const ls = service();
    const d = doc(DRAFT_URI, renamed);
    const errors = ls.doValidation(d).filter((x) => x.severity === 1);
    expect(errors.map((x) => [x.code, x.data.params.id])).toEqual([['missing-indicator', 'cpi']]);
    const actions = ls.doCodeActions(d, errors[0]!.range, errors);
    const replaced = actions.find((a) => a.title === 'Ghi “cpi” là đã được thay bằng “consumer-price-index” (cùng tên chỉ tiêu)')!;
    expect(replaced.isPreferred).toBe(true);
    expect(actions.find((a) => a.title.startsWith('Thêm chỉ tiêu'))?.isPreferred).toBe(false);
    const fixed = applyTextEdits(renamed, replaced.edit!.changes[DRAFT_URI]!);
    const cpiBack = (parse(fixed) as Plan).indicators.find((i) => i.id === 'cpi')!;
    expect(cpiBack.dropped).toEqual({ reason: 'Đổi mã chỉ tiêu thành “consumer-price-index”.', replacedBy: 'consumer-price-index' });
    expect(formProblems(renamed, fixed)).toEqual([]);
    expect(service().doValidation(doc(DRAFT_URI, fixed)).filter((x) => x.severity === 1)).toEqual([]);
  });

  it('no such fix when no new indicator bears the missing one’s name', () => {
    const ls = service();
    const d = doc(DRAFT_URI, draftWithoutCpi);
    const diags = ls.doValidation(d).filter((x) => x.code === 'missing-indicator');
    expect(ls.doCodeActions(d, diags[0]!.range, diags).map((a) => a.title).filter((t) => t.startsWith('Ghi “cpi”'))).toEqual([]);
  });
});
