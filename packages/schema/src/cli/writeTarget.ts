import type { Lang } from '../diagnostics/types.js';
import { accessScope, writeRefusal } from '../io/fileAccess.js';
import { t, type MessageKey } from '../messages/index.js';
import { exists } from './writeAtomic.js';

/**
 * Whether a command may write `target`, or why not (printed, exit 2): the file-access policy
 * (io/fileAccess.ts: no write through a link leading out of the repository unless the user named
 * that path with --out; never over a folder, FIFO or device), then no overwrite without --force.
 */
export async function refuseWriteTarget(
  o: { cwd: string; lang: Lang; err: (s: string) => void; force?: boolean },
  planFile: string,
  target: string,
  named: boolean,
  shown: (p: string) => string,
  /** What to say when the file exists and may not be overwritten (init never overwrites: its own words). */
  existsKey: MessageKey = 'cli.exists-no-force',
): Promise<number | undefined> {
  const refused = writeRefusal(accessScope(o.cwd, [planFile]), target, { named });
  if (refused) {
    const key = refused.reason === 'OUTSIDE' ? 'cli.write-outside' : 'cli.write-not-regular';
    o.err(t(key, o.lang, { path: shown(target), target: refused.target }) + '\n');
    return 2;
  }
  if (!o.force && (await exists(target))) {
    o.err(t(existsKey, o.lang, { path: shown(target) }) + '\n');
    return 2;
  }
  return undefined;
}
