// Writes a target AST back as Vietnamese. With the `form` recorded by `parseTarget` the
// phrase comes back exactly (format(parse(p)) === p); without it, or where the AST no
// longer agrees with its form (another comparator), the canonical phrase is used:
//   >= "từ X trở lên"   > "trên X"   < "dưới X"   <= "không quá X"   ~ "khoảng X"
//   =  "X"              range "X-Y"  ~ over a range "khoảng X-Y" (>= "ít nhất X-Y", > "trên X-Y")
//   increase "tăng …"  decrease "giảm …"  maintain "Duy trì " + state  state: the state
//   estimate "ước …"   a share's base "X% GRDP"   relativeTo "… so với năm 2025"
// Numbers are written the Vietnamese way ("172,4", "4.670").

import type { TargetKind } from '../model/types.js';
import {
  AVERAGE_WORDS,
  CANONICAL_PHRASE,
  CANONICAL_RANGE_PHRASE,
  ESTIMATE_WORDS,
  FROM_WORD,
  KIND_WORD,
  MAINTAIN_WORDS,
  POST_BY_ID,
  PRE_BY_ID,
  PREVIOUS_WORD,
  SHARE_BASE_WORDS,
  VERSUS_WORDS,
  YEAR_WORD,
  phraseOp,
  type PhraseId,
} from './lexicon.js';
import { ATTACHED_UNITS, KIND, rangeBoundFactor } from '../vocabulary/index.js';
import { formatNumber, type NumberStyle } from './number.js';
import type { TargetAst, TargetForm } from './target.js';

/** Writes the target as a phrase. Never throws. */
export function formatTarget(ast: TargetAst): string {
  try {
    return unsafeFormat(ast);
  } catch {
    return '';
  }
}

function unsafeFormat(ast: TargetAst): string {
  const form = ast.form;
  const kind: TargetKind = ast.kind ?? 'level';
  const estimate = ast.estimate === true ? (form?.estimate ?? `${ESTIMATE_WORDS[ESTIMATE_WORDS.length - 1]} `) : '';
  if (kind === 'state') return (form?.leading ?? '') + (ast.state ?? '') + (form?.trailing ?? '');
  // "bình quân" before the kind word as recorded ("bình quân tăng 3,9%"), else after it.
  const average = ast.average === true ? (form?.average ?? `${AVERAGE_WORDS[AVERAGE_WORDS.length - 1]} `) : '';
  const first = form?.averageFirst === true ? average : '';
  const head = first + (kind === 'level' ? '' : kindWord(kind, form));
  const after = form?.averageFirst === true ? '' : average;
  let body: string;
  if (kind === 'maintain') {
    const composable = ast.op !== undefined && hasQuantity(ast) && form !== undefined && form.phrase !== 'state';
    if (composable) body = formatBody(ast, form, false, after);
    else if (ast.state !== undefined) body = after + ast.state;
    else body = ast.op !== undefined ? formatBody(ast, undefined, false, after) : '';
  } else {
    body = formatBody(ast, form, kind === 'level', after);
  }
  return (form?.leading ?? '') + estimate + head + body + (form?.trailing ?? '');
}

function isPost(phrase: PhraseId): boolean {
  return phrase === 'tro-len' || phrase === 'tro-xuong' || phrase === 'tu-tro-len' || phrase === 'tu-tro-xuong';
}

function hasQuantity(ast: TargetAst): boolean {
  return ast.value !== undefined || (ast.min !== undefined && ast.max !== undefined);
}

function fold(s: string): string {
  return s.normalize('NFC').toLowerCase().trim();
}

/** The recorded kind word when it still names the kind, else the canonical one. */
function kindWord(kind: Exclude<TargetKind, 'level' | 'state'>, form: TargetForm | undefined): string {
  const written = form?.kindWord;
  if (written !== undefined) {
    const w = fold(written);
    const ok =
      kind === 'maintain' ? MAINTAIN_WORDS.some((m) => w.startsWith(m)) : KIND[kind].words.some((k) => w.startsWith(fold(k)));
    if (ok) return written;
  }
  return `${KIND_WORD[kind]} `;
}

function num(value: number | undefined, style: NumberStyle | undefined): string {
  return value === undefined ? '' : formatNumber(value, style);
}

function defaultGap(unit: string): string {
  return ATTACHED_UNITS.some((u) => unit.startsWith(u)) ? '' : ' ';
}

/** A share's base as recorded when it still names it, else " GRDP". */
function shareText(ast: TargetAst, form: TargetForm | undefined): string {
  if (ast.of === undefined) return '';
  const written = form?.of;
  const base = SHARE_BASE_WORDS.find((b) => b.text === ast.of);
  if (written !== undefined && base && fold(written).endsWith(base.folded)) return written;
  return ` ${ast.of}`;
}

/** " so với năm 2025" as recorded when it still says the same, else canonical. */
function versusText(ast: TargetAst, form: TargetForm | undefined): string {
  const r = ast.relativeTo;
  if (r === undefined) return '';
  const canonical = ` ${VERSUS_WORDS} ${YEAR_WORD} ${r === 'previous-year' ? PREVIOUS_WORD : String(r)}`;
  const written = form?.versus;
  if (written !== undefined && fold(written).replace(/\s+/gu, ' ') === canonical.trim()) return written;
  return canonical;
}

function formatBody(ast: TargetAst, form: TargetForm | undefined, allowReach: boolean, average: string): string {
  const op = ast.op ?? '=';
  const reach = (allowReach ? (form?.reach ?? '') : '') + average;
  const unit = ast.unit ?? '';
  const unitPart = unit ? (form?.unitGap ?? defaultGap(unit)) + unit : '';
  const tail = shareText(ast, form) + versusText(ast, form);
  const isRange = op === 'range' || (ast.value === undefined && ast.min !== undefined && ast.max !== undefined);

  if (isRange) {
    // The words before: as recorded when they still stand for this op ("khoảng " for ~, "từ "
    // before a plain range), else the op's canonical range phrase.
    const recorded = form !== undefined && form.separator !== undefined && phraseOp(form.phrase) === op;
    const canonical = op === 'range' ? undefined : CANONICAL_RANGE_PHRASE[op];
    const before = recorded ? (form.before ?? '') : canonical !== undefined ? `${PRE_BY_ID[canonical].text} ` : '';
    const separator = recorded ? (form.separator ?? '-') : form?.separator !== undefined && op === 'range' ? form.separator : '-';
    // "… trở lên" after a range ("từ 10 - 10,5% trở lên"), as recorded.
    const post = recorded && form.after !== undefined && isPost(form.phrase) ? form.after : '';
    // The lower bound in its own unit as written ("800 nghìn - 1 triệu lượt"), while it still converts.
    const factor = form?.minUnit !== undefined && unit ? rangeBoundFactor(form.minUnit, unit) : undefined;
    let min = num(ast.min, form?.min);
    // A unit printed after both ends ("5% - 6%") is repeated; a lower bound's own unit that no
    // longer converts is dropped, and the unit written once.
    let minUnit = form?.minUnitGap !== undefined && form.minUnit === undefined && unit ? form.minUnitGap + unit : '';
    if (factor !== undefined && ast.min !== undefined) {
      min = num(Number((ast.min / factor).toPrecision(15)), form?.min);
      minUnit = (form?.minUnitGap ?? '') + form!.minUnit!;
    }
    return reach + before + min + minUnit + separator + num(ast.max, form?.max) + unitPart + shareText(ast, form) + post + versusText(ast, form);
  }

  const isNone = ast.value === 0 && ast.unit !== undefined && ast.unit !== '';
  let phrase: PhraseId =
    form !== undefined && phraseOp(form.phrase) === op && (form.phrase !== 'none' || isNone) && form.separator === undefined
      ? form.phrase
      : CANONICAL_PHRASE[op];
  if (phrase === 'none' && !isNone) phrase = 'plain';
  const same = form !== undefined && form.phrase === phrase;

  switch (phrase) {
    case 'none':
      return reach + (same && form.before !== undefined ? form.before : 'không có ') + unit;
    case 'range':
      return reach + num(ast.min, form?.min) + '-' + num(ast.max, form?.max) + unitPart + tail;
    case 'plain':
    case 'state':
      return reach + num(ast.value, form?.value) + unitPart + tail;
    case 'tro-len':
    case 'tro-xuong': {
      const after = same && form.after !== undefined ? form.after : ` ${POST_BY_ID[phrase].text}`;
      return reach + num(ast.value, form?.value) + unitPart + shareText(ast, form) + after + versusText(ast, form);
    }
    case 'tu-tro-len':
    case 'tu-tro-xuong': {
      const before = same && form.before !== undefined ? form.before : `${FROM_WORD} `;
      const post = POST_BY_ID[phrase === 'tu-tro-len' ? 'tro-len' : 'tro-xuong'];
      const after = same && form.after !== undefined ? form.after : ` ${post.text}`;
      return reach + before + num(ast.value, form?.value) + unitPart + shareText(ast, form) + after + versusText(ast, form);
    }
    default: {
      const before = same && form.before !== undefined ? form.before : `${PRE_BY_ID[phrase].text} `;
      return reach + before + num(ast.value, form?.value) + unitPart + tail;
    }
  }
}
