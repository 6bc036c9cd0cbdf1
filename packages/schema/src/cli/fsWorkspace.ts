import { readFileSync, statSync } from 'node:fs';
import type { PlanWorkspace } from '../model/baseline.js';
import { decodePlanBytes, MAX_FILE_BYTES } from '../parse/readText.js';

/**
 * The CLI's workspace: plan files read from disk (synchronously: the engine stays
 * synchronous), each once per run. A file that is missing, too large or not UTF-8 text
 * reads as absent; validating it directly reports why.
 */
export function fsWorkspace(): PlanWorkspace {
  const cache = new Map<string, string | undefined>();
  return {
    readPlan(path) {
      if (cache.has(path)) return cache.get(path);
      let text: string | undefined;
      try {
        const st = statSync(path);
        if (st.isFile() && st.size <= MAX_FILE_BYTES) {
          const decoded = decodePlanBytes(readFileSync(path));
          if (decoded.ok) text = decoded.text;
        }
      } catch {
        text = undefined;
      }
      cache.set(path, text);
      return text;
    },
  };
}
