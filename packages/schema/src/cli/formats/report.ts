import type { Diagnostic, Lang } from '../../diagnostics/types.js';

/** One validated file: its path as shown to the user, and what the engine found. */
export interface FileReport {
  file: string;
  diagnostics: Diagnostic[];
}

export type Formatter = (reports: FileReport[], lang: Lang) => string;

export function counts(reports: FileReport[]) {
  let errors = 0;
  let warnings = 0;
  for (const r of reports)
    for (const d of r.diagnostics) {
      // What a `too-many-problems` stands for counts too (--max-warnings sees every warning).
      const n = d.code === 'too-many-problems' ? Math.max(1, Number(d.params.more) || 0) : 1;
      if (d.severity === 'error') errors += n;
      else if (d.severity === 'warning') warnings += n;
    }
  return { errors, warnings, files: reports.length };
}
