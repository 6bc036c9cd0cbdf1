import type { PlanWorkspace } from '../model/baseline.js';
import type { AccessScope } from '../io/fileAccess.js';
import { readPlanTextInScope } from './planSource.js';

/**
 * The CLI's workspace: plan files read from disk (synchronously: the engine stays
 * synchronous), each once per run, by the reader every command uses, and only inside the scope
 * (io/fileAccess.ts: the repository and what the command line named). A file outside it is
 * refused unread (`baseline-outside`); one that is missing, not a regular file, too large or not
 * UTF-8 text reads as absent (validating it directly reports why).
 */
export function fsWorkspace(scope: AccessScope): PlanWorkspace {
  const cache = new Map<string, ReturnType<PlanWorkspace['readPlan']>>();
  return {
    readPlan(path) {
      if (cache.has(path)) return cache.get(path);
      const read = readPlanTextInScope(scope, path);
      const text = read.ok ? read.text : read.refusal.kind === 'io' && read.refusal.detail === 'OUTSIDE' ? { refused: 'outside' as const } : undefined;
      cache.set(path, text);
      return text;
    },
  };
}
