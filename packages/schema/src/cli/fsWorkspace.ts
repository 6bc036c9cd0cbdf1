import type { PlanWorkspace } from '../model/baseline.js';
import { readPlanText } from './planSource.js';

/**
 * The CLI's workspace: plan files read from disk (synchronously: the engine stays
 * synchronous), each once per run, by the reader every command uses. A file that is missing,
 * not a regular file, too large or not UTF-8 text reads as absent; validating it directly
 * reports why.
 */
export function fsWorkspace(): PlanWorkspace {
  const cache = new Map<string, string | undefined>();
  return {
    readPlan(path) {
      if (cache.has(path)) return cache.get(path);
      const read = readPlanText(path);
      const text = read.ok ? read.text : undefined;
      cache.set(path, text);
      return text;
    },
  };
}
