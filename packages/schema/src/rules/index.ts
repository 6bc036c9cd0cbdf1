import type { Rule } from './rule.js';

/** Every semantic rule, in the order they run. */
export const RULES: Rule[] = [];
