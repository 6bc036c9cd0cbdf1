import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { KehoachConfig } from '../checks/config.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { analyzeBytes, internalError } from '../engine.js';
import type { AccessScope } from '../io/fileAccess.js';
import type { PlanWorkspace } from '../model/baseline.js';
import { fsWorkspace } from './fsWorkspace.js';
import { readPlanBytes, refusalDiagnostic } from './planSource.js';

/** What the engine found in one file; `ioError` when it could not be read at all. */
export interface FileOutcome {
  diagnostics: Diagnostic[];
  ioError: boolean;
}

export interface AnalyzeFilesOptions {
  /** Where baselines may be read (io/fileAccess.ts): the repository and the paths named. */
  scope: AccessScope;
  /** Severity overrides (kehoach.config.json). */
  config?: KehoachConfig;
  /** Worker threads to use; default from KEHOACH_JOBS, else one per core for many files. */
  jobs?: number;
  /** The worker module; default: dist/validateWorker.js beside the bundled CLI. */
  workerScript?: URL;
}

/** Below this many files, starting workers costs more than it saves. */
export const PARALLEL_MIN_FILES = 16;

/** One file, exactly as `kehoach validate` checks it: read (size limit first), decode, analyze. */
export async function analyzeFile(path: string, config: KehoachConfig | undefined, workspace: PlanWorkspace): Promise<FileOutcome> {
  try {
    const read = readPlanBytes(path);
    if (!read.ok) return { diagnostics: [refusalDiagnostic(read.refusal)], ioError: read.refusal.kind !== 'text' };
    return { diagnostics: analyzeBytes(read.bytes, path, { workspace, ...(config ? { config } : {}) }).diagnostics, ioError: false };
  } catch (e) {
    // One file's failure is that file's diagnostic; the other files are still checked.
    return crashed(e);
  }
}

function crashed(e: unknown): FileOutcome {
  return { diagnostics: [internalError(e)], ioError: false };
}

/**
 * Every file, in order. Many files are spread over worker threads (one per core), each
 * running the same `analyzeFile`; the output does not depend on how the work was spread.
 * If workers cannot be used (or one fails), the files are checked in this thread.
 */
export async function analyzeFiles(paths: readonly string[], options: AnalyzeFilesOptions): Promise<FileOutcome[]> {
  const jobs = jobsFor(paths.length, options.jobs);
  const script = options.workerScript ?? workerScript();
  if (jobs > 1 && script) {
    try {
      return await inWorkers(paths, options.scope, options.config, jobs, script);
    } catch {
      // fall through: the same work in this thread (an engine error then surfaces as usual)
    }
  }
  const workspace = fsWorkspace(options.scope);
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

/** A worker's heap limit: a file that needed more kills that worker only, never the process. */
const WORKER_HEAP_MB = 2048;

/**
 * The files spread over `jobs` workers, two in flight per worker. A file a worker reports an
 * error for, or was checking when the worker died (out of memory, a crash), gets an
 * `internal-error`; a dead worker is replaced, and every other file is still checked.
 */
function inWorkers(paths: readonly string[], scope: AccessScope, config: KehoachConfig | undefined, jobs: number, script: URL): Promise<FileOutcome[]> {
  return new Promise((resolve, reject) => {
    const results: FileOutcome[] = new Array(paths.length);
    const workers = new Set<Worker>();
    let next = 0;
    let done = 0;
    let started = 0;
    let replies = 0;
    let settled = false;
    const settle = (error?: Error) => {
      if (settled) return;
      settled = true;
      void Promise.all([...workers].map((w) => w.terminate())).finally(() => (error ? reject(error) : resolve(results)));
    };
    const finish = (i: number, outcome: FileOutcome) => {
      if (results[i] !== undefined) return;
      results[i] = outcome;
      if (++done === paths.length) settle();
    };
    const start = () => {
      started++;
      const w = new Worker(script, { workerData: { paths, scope, config }, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
      workers.add(w);
      const inFlight = new Set<number>();
      const feed = () => {
        if (next < paths.length && !settled) {
          inFlight.add(next);
          w.postMessage(next++);
        }
      };
      let dead = false;
      const died = (e: unknown) => {
        if (dead) return;
        dead = true;
        // Before any worker has answered, and not for lack of memory: workers cannot run here
        // (the module is missing, threads are refused); the caller checks the files in its thread.
        if (replies === 0 && (e as { code?: string }).code !== 'ERR_WORKER_OUT_OF_MEMORY') return settle(e instanceof Error ? e : new Error(String(e)));
        workers.delete(w);
        void w.terminate();
        for (const i of inFlight) finish(i, crashed(e));
        inFlight.clear();
        // The rest still needs a worker (never more replacements than files).
        if (!settled && done < paths.length && started < jobs + paths.length) {
          if (next < paths.length || workers.size === 0) start();
        }
      };
      w.on('message', (m: Reply) => {
        replies++;
        inFlight.delete(m.i);
        finish(m.i, 'error' in m ? crashed(m.error) : m.outcome);
        feed();
      });
      w.on('error', died);
      w.on('exit', (code) => died(new Error(`the worker checking it stopped (exit code ${code})`)));
      // Two files in flight per worker, so none waits on this thread between files.
      feed();
      feed();
    };
    try {
      for (let k = 0; k < jobs; k++) start();
    } catch (e) {
      settle(e instanceof Error ? e : new Error(String(e)));
    }
  });
}
