import type { DiagnosticCode } from '../messages/index.js';
import type { Severity } from './types.js';

/**
 * The diagnostic codes that come from reading a file (file, YAML, schema) and from the
 * engine's own checks (suppressions, a crashed rule), with their default severity; the rules
 * declare theirs (rules/). Every code is stable, documented in docs/rules/<code>.md, and has
 * its message in the catalog (messages/diagnostics.ts).
 */
export interface CodeInfo {
  severity: Severity;
  /** file, yaml and schema problems come from reading; rules from the plan's meaning. */
  category: 'file' | 'yaml' | 'schema' | 'rule';
}

const CODES = {
  'file-empty': { severity: 'error', category: 'file' },
  'file-too-large': { severity: 'error', category: 'file' },
  'file-binary': { severity: 'error', category: 'file' },
  'file-utf16': { severity: 'error', category: 'file' },
  'file-not-utf8': { severity: 'error', category: 'file' },
  'file-too-complex': { severity: 'error', category: 'file' },
  'too-many-problems': { severity: 'error', category: 'file' },
  'file-unreadable': { severity: 'error', category: 'file' },
  'yaml-syntax': { severity: 'error', category: 'yaml' },
  'yaml-tab-indent': { severity: 'error', category: 'yaml' },
  'yaml-duplicate-key': { severity: 'error', category: 'yaml' },
  'yaml-unknown-tag': { severity: 'error', category: 'yaml' },
  'yaml-alias-limit': { severity: 'error', category: 'yaml' },
  'yaml-too-deep': { severity: 'error', category: 'yaml' },
  'yaml-too-complex': { severity: 'error', category: 'yaml' },
  'yaml-complex-key': { severity: 'error', category: 'yaml' },
  'yaml-multiple-documents': { severity: 'error', category: 'yaml' },
  'schema-required': { severity: 'error', category: 'schema' },
  'schema-unknown-key': { severity: 'error', category: 'schema' },
  'schema-type': { severity: 'error', category: 'schema' },
  'schema-enum': { severity: 'error', category: 'schema' },
  'schema-pattern': { severity: 'error', category: 'schema' },
  'schema-empty': { severity: 'error', category: 'schema' },
  'schema-range': { severity: 'error', category: 'schema' },
  'schema-one-of': { severity: 'error', category: 'schema' },
  'baseline-not-found': { severity: 'error', category: 'file' },
  'baseline-outside': { severity: 'error', category: 'file' },
  'suppression-without-reason': { severity: 'error', category: 'rule' },
  'suppression-invalid': { severity: 'error', category: 'rule' },
  'unused-suppression': { severity: 'warning', category: 'rule' },
  'internal-error': { severity: 'error', category: 'file' },
  'rule-crashed': { severity: 'error', category: 'rule' },
  'schema-invalid': { severity: 'error', category: 'schema' },
} satisfies Partial<Record<DiagnosticCode, CodeInfo>>;

export const CATALOG: Readonly<Record<string, CodeInfo>> = CODES;
