import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { KehoachConfig } from '../checks/config.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { analyzeBytes } from '../engine.js';
import type { PlanWorkspace } from '../model/baseline.js';
import { fsWorkspace } from './fsWorkspace.js';
import { readPlanBytes, refusalDiagnostic } from './planSource.js';

/** What the engine found in one file; `ioError` when it could not be read at all. */
export interface FileOutcome {
  diagnostics: Diagnostic[];
  ioError: boolean;
}

export interface AnalyzeFilesOptions {
  /** Severity overrides (kehoach.config.json). */
  config?: KehoachConfig;
  /** Worker threads to use; default from KEHOACH_JOBS, else one per core for many files. */
  jobs?: number;
}

/** Below this many files, starting workers costs more than it saves. */
export const PARALLEL_MIN_FILES = 16;

/** One file, exactly as `kehoach validate` checks it: read (size limit first), decode, analyze. */
export async function analyzeFile(path: string, config: KehoachConfig | undefined, workspace: PlanWorkspace): Promise<FileOutcome> {
  const read = readPlanBytes(path);
  if (!read.ok) return { diagnostics: [refusalDiagnostic(read.refusal)], ioError: read.refusal.kind !== 'text' };
  return { diagnostics: analyzeBytes(read.bytes, path, { workspace, ...(config ? { config } : {}) }).diagnostics, ioError: false };
}

/**
 * Every file, in order. Many files are spread over worker threads (one per core), each
 * running the same `analyzeFile`; the output does not depend on how the work was spread.
 * If workers cannot be used (or one fails), the files are checked in this thread.
 */
export async function analyzeFiles(paths: readonly string[], options: AnalyzeFilesOptions = {}): Promise<FileOutcome[]> {
  const jobs = jobsFor(paths.length, options.jobs);
  const script = workerScript();
  if (jobs > 1 && script) {
    try {
      return await inWorkers(paths, options.config, jobs, script);
    } catch {
      // fall through: the same work in this thread (an engine error then surfaces as usual)
    }
  }
  const workspace = fsWorkspace();
  const out: FileOutcome[] = [];
  for (const p of paths) out.push(await analyzeFile(p, options.config, workspace));
  return out;
}

export function jobsFor(files: number, requested?: number, env: NodeJS.ProcessEnv = process.env): number {
  const fromEnv = env.KEHOACH_JOBS !== undefined && /^\d+$/.test(env.KEHOACH_JOBS) ? Number(env.KEHOACH_JOBS) : undefined;
  const wanted = requested ?? fromEnv;
  if (wanted !== undefined) return Math.max(1, Math.min(wanted, files));
  if (files < PARALLEL_MIN_FILES) return 1;
  return Math.max(1, Math.min(availableParallelism(), 8, Math.ceil(files / 8)));
}

/** The bundled worker beside the bundled CLI (dist/validateWorker.js); absent when running from sources. */
function workerScript(): URL | undefined {
  try {
    const url = new URL('./validateWorker.js', import.meta.url);
    return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : undefined;
  } catch {
    return undefined;
  }
}

type Reply = { i: number; outcome: FileOutcome } | { i: number; error: string };

function inWorkers(paths: readonly string[], config: KehoachConfig | undefined, jobs: number, script: URL): Promise<FileOutcome[]> {
  return new Promise((resolve, reject) => {
    const results: FileOutcome[] = new Array(paths.length);
    const workers: Worker[] = [];
    let next = 0;
    let done = 0;
    let settled = false;
    const settle = (error?: Error) => {
      if (settled) return;
      settled = true;
      void Promise.all(workers.map((w) => w.terminate())).finally(() => (error ? reject(error) : resolve(results)));
    };
    const feed = (w: Worker) => {
      if (next < paths.length) w.postMessage(next++);
    };
    for (let k = 0; k < jobs; k++) {
      const w = new Worker(script, { workerData: { paths, config } });
      workers.push(w);
      w.on('message', (m: Reply) => {
        if ('error' in m) return settle(new Error(m.error));
        results[m.i] = m.outcome;
        if (++done === paths.length) settle();
        else feed(w);
      });
      w.on('error', (e) => settle(e));
      w.on('exit', (code) => {
        if (code !== 0) settle(new Error(`worker exited with ${code}`));
      });
      // Two files in flight per worker, so none waits on this thread between files.
      feed(w);
      feed(w);
    }
  });
}
