import type { Lang } from '../diagnostics/types.js';

/** --lang wins; then KEHOACH_LANG and the locale variables; Vietnamese when unknown. */
export function detectLang(flag: string | undefined, env: NodeJS.ProcessEnv): Lang | undefined {
  if (flag !== undefined) return flag === 'vi' || flag === 'en' ? flag : undefined;
  for (const name of ['KEHOACH_LANG', 'LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const v = env[name];
    if (!v) continue;
    if (/^vi([_.@-]|$)/i.test(v)) return 'vi';
    if (/^en([_.@-]|$)/i.test(v)) return 'en';
  }
  return 'vi';
}
