// A worker thread of `kehoach validate` (bundled as dist/validateWorker.js): checks the files
// it is sent, by index, with the same analyzeFile the CLI's own thread uses.
import { parentPort, workerData } from 'node:worker_threads';
import type { KehoachConfig } from '../checks/config.js';
import type { AccessScope } from '../io/fileAccess.js';
import { analyzeFile } from './analyzeFiles.js';
import { fsWorkspace } from './fsWorkspace.js';

const { paths, scope, config } = workerData as { paths: string[]; scope: AccessScope; config?: KehoachConfig };
const workspace = fsWorkspace(scope);

parentPort!.on('message', (i: number) => {
  analyzeFile(paths[i]!, config, workspace).then(
    (outcome) => parentPort!.postMessage({ i, outcome }),
    (e: unknown) => parentPort!.postMessage({ i, error: e instanceof Error ? (e.stack ?? e.message) : String(e) }),
  );
});
