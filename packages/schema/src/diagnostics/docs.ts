/** Where each code's page lives: docs/rules/<code>.md in the repository. */
export const RULE_DOCS_BASE = 'https://github.com/kehoach/kehoach/blob/main/docs/rules/';

/** The link to a diagnostic code's page (what it means, a failing and a passing example, how to fix). */
export function ruleDocsUrl(code: string): string {
  return `${RULE_DOCS_BASE}${encodeURIComponent(code)}.md`;
}
