import { isMessageKey, t } from '../messages/index.js';
import type { Diagnostic, Lang } from './types.js';

/** The diagnostic's text in the language asked for. */
export function formatMessage(d: Pick<Diagnostic, 'code' | 'params'>, lang: Lang): string {
  // A code from outside the engine (another version's worker, a hand-made diagnostic) still reads.
  return isMessageKey(d.code) ? t(d.code, lang, d.params) : `${d.code}: ${JSON.stringify(d.params)}`;
}
