// Writes a target AST back as Vietnamese. With the `form` recorded by `parseTarget` the
// phrase comes back exactly (format(parse(p)) === p); without it, or where the AST no
// longer agrees with its form (another comparator), the canonical phrase is used:
//   >= "từ X trở lên"   > "trên X"   < "dưới X"   <= "không quá X"   ~ "khoảng X"
//   =  "X"              range "X-Y"  increase "tăng …"  decrease "giảm …"  maintain "Duy trì " + state
// Numbers are written the Vietnamese way ("172,4", "4.670").

import type { TargetKind } from '../model/types.js';
import {
  CANONICAL_PHRASE,
  FROM_WORD,
  KIND_WORD,
  MAINTAIN_WORDS,
  POST_BY_ID,
  PRE_BY_ID,
  phraseOp,
  type PhraseId,
} from './lexicon.js';
import { ATTACHED_UNITS } from '../vocabulary/index.js';
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
  const head = kind === 'level' ? '' : kindWord(kind, form);
  let body: string;
  if (kind === 'maintain') {
    const composable = ast.op !== undefined && hasQuantity(ast) && form !== undefined && form.phrase !== 'state';
    if (composable) body = formatBody(ast, form, false);
    else if (ast.state !== undefined) body = ast.state;
    else body = ast.op !== undefined ? formatBody(ast, undefined, false) : '';
  } else {
    body = formatBody(ast, form, kind === 'level');
  }
  return (form?.leading ?? '') + head + body + (form?.trailing ?? '');
}

function hasQuantity(ast: TargetAst): boolean {
  return ast.value !== undefined || (ast.min !== undefined && ast.max !== undefined);
}

function fold(s: string): string {
  return s.normalize('NFC').toLowerCase().trim();
}

/** The recorded kind word when it still names the kind, else the canonical one. */
function kindWord(kind: Exclude<TargetKind, 'level'>, form: TargetForm | undefined): string {
  const written = form?.kindWord;
  if (written !== undefined) {
    const w = fold(written);
    const ok =
      kind === 'maintain' ? MAINTAIN_WORDS.some((m) => w.startsWith(m)) : w.startsWith(fold(KIND_WORD[kind]));
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

function formatBody(ast: TargetAst, form: TargetForm | undefined, allowReach: boolean): string {
  const op = ast.op ?? '=';
  const isNone = ast.value === 0 && ast.unit !== undefined && ast.unit !== '';
  let phrase: PhraseId =
    form !== undefined && phraseOp(form.phrase) === op && (form.phrase !== 'none' || isNone)
      ? form.phrase
      : CANONICAL_PHRASE[op];
  if (phrase === 'none' && !isNone) phrase = 'plain';
  const same = form !== undefined && form.phrase === phrase;
  const reach = allowReach ? (form?.reach ?? '') : '';
  const unit = ast.unit ?? '';
  const unitPart = unit ? (form?.unitGap ?? defaultGap(unit)) + unit : '';

  switch (phrase) {
    case 'none':
      return reach + (same && form.before !== undefined ? form.before : 'không có ') + unit;
    case 'range': {
      const before = same ? (form.before ?? '') : '';
      const separator = same ? (form.separator ?? '-') : '-';
      const minUnit = form?.minUnitGap !== undefined && unit ? form.minUnitGap + unit : '';
      return reach + before + num(ast.min, form?.min) + minUnit + separator + num(ast.max, form?.max) + unitPart;
    }
    case 'plain':
    case 'state':
      return reach + num(ast.value, form?.value) + unitPart;
    case 'tro-len':
    case 'tro-xuong': {
      const after = same && form.after !== undefined ? form.after : ` ${POST_BY_ID[phrase].text}`;
      return reach + num(ast.value, form?.value) + unitPart + after;
    }
    case 'tu-tro-len':
    case 'tu-tro-xuong': {
      const before = same && form.before !== undefined ? form.before : `${FROM_WORD} `;
      const post = POST_BY_ID[phrase === 'tu-tro-len' ? 'tro-len' : 'tro-xuong'];
      const after = same && form.after !== undefined ? form.after : ` ${post.text}`;
      return reach + before + num(ast.value, form?.value) + unitPart + after;
    }
    default: {
      const before = same && form.before !== undefined ? form.before : `${PRE_BY_ID[phrase].text} `;
      return reach + before + num(ast.value, form?.value) + unitPart;
    }
  }
}
