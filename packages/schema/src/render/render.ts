// The resolution rebuilt from the plan. `renderPlan` is the document's text (document.ts builds
// the document once; writeText.ts, writeHtml.ts and writeDocx.ts print it). `renderIndicator` is
// one appendix line as the adopted text words it ("1. Tốc độ tăng …: 6,5% trở lên."), the form
// the editor's hover quotes and the published texts print. Pure: no I/O.

import type { Indicator, IndicatorPart, Plan, Target } from '../model/types.js';
import { buildDocument, runsText, targetRuns } from './document.js';
import { writeText } from './writeText.js';

export { formatVietnameseDate } from './document.js';

/**
 * A target as printed: its wording, with where it comes from when that is not the adopted
 * text ("tăng 11% [nguồn: báo chí, S2]"); "[chưa biết]" for an unknown target, "[chưa đặt]" for
 * a draft's placeholder.
 */
export function renderTarget(target: Target | undefined): string {
  return runsText(targetRuns(target));
}

function renderPart(part: IndicatorPart, index: number, count: number): string {
  const label = part.label ? `${part.label} ` : '';
  const end = part.end ?? (index < count - 1 ? '; ' : '');
  return `${label}${part.name}${part.separator ?? ': '}${renderTarget(part.target)}${end}`;
}

/**
 * One appendix line: `number name: wording.`; the parts in turn for a multi-part indicator;
 * both, joined by `partsIntro` (", trong đó: "), when it has a total target and parts.
 */
export function renderIndicator(indicator: Indicator): string {
  const number = indicator.number ? `${indicator.number} ` : '';
  const name = indicator.nameInText === false ? '' : `${indicator.name}${indicator.separator ?? ': '}`;
  const parts = indicator.parts ?? [];
  const own = indicator.target ? renderTarget(indicator.target) : '';
  const listed = parts.map((p, i) => renderPart(p, i, parts.length)).join('');
  const body = own && listed ? `${own}${indicator.partsIntro ?? ', trong đó: '}${listed}` : own || listed;
  return `${number}${name}${body}${indicator.end ?? '.'}`;
}

/** The resolution's text from the plan (`kehoach render --format text`), ending with a newline. */
export function renderPlan(plan: Plan): string {
  return writeText(buildDocument(plan));
}
