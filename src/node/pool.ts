import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { fatalResult } from '../core/engine.js';
import type { FileTask, TaskOutcome } from './lint-one.js';

/** Where the bundled worker lives: beside the bundle that runs (dist/cli.js → dist/worker.js). */
export function workerScript(): URL | undefined {
  const url = new URL('./worker.js', import.meta.url);
  try {
    return existsSync(fileURLToPath(url)) && !import.meta.url.endsWith('.ts') ? url : undefined;
  } catch {
    return undefined;
  }
}

/** Old-space limit of a worker (see the constructor); a file larger than BIG_FILE is not sent. */
export const WORKER_OLD_SPACE_MB = 512;
export const BIG_FILE = 2e6;

/** A fixed set of worker threads, each linting one file at a time. */
export class Pool {
  private readonly idle: Worker[] = [];
  private readonly all: Worker[] = [];
  private readonly waiting: { task: FileTask; resolve: (o: TaskOutcome) => void }[] = [];
  private readonly pending = new Map<Worker, { task: FileTask; resolve: (o: TaskOutcome) => void }>();
  private closing = false;

  constructor(size: number, private readonly script: URL) {
    for (let i = 0; i < size; i++) this.spawn();
  }

  /** Starts a worker; one that dies (out of memory, a crash) is replaced, its file reported. */
  private spawn(): void {
    // Explicit heap limits make V8 size each worker's heap tightly: the run's peak memory stays
    // near 200 MB on a batch of a thousand policies, for about 10 % more time than V8's own
    // sizing (docs/performance.md). Files too big for that are linted on the main thread.
    const w = new Worker(this.script, { resourceLimits: { maxYoungGenerationSizeMb: 12, maxOldGenerationSizeMb: WORKER_OLD_SPACE_MB } });
    w.on('message', (msg: TaskOutcome | { index: number; crashed: string }) => {
      const job = this.pending.get(w)!;
      this.pending.delete(w);
      job.resolve('crashed' in msg ? { index: msg.index, result: fatalResult(job.task.name, `internal error: ${msg.crashed}`), failure: msg.crashed } : msg);
      this.next(w);
    });
    w.on('error', (err) => {
      const job = this.pending.get(w);
      this.pending.delete(w);
      const reason = /memory/i.test(err.message) ? 'out of memory while linting this file' : `internal error: ${err.message}`;
      job?.resolve({ index: job.task.index, result: fatalResult(job.task.name, reason), failure: reason });
      this.all.splice(this.all.indexOf(w), 1);
      if (!this.closing) this.spawn();
    });
    this.all.push(w);
    this.next(w);
  }

  run(task: FileTask): Promise<TaskOutcome> {
    return new Promise((resolve) => {
      this.waiting.push({ task, resolve });
      const w = this.idle.pop();
      if (w) this.next(w);
    });
  }

  private next(w: Worker) {
    const job = this.waiting.shift();
    if (!job) {
      this.idle.push(w);
      return;
    }
    this.pending.set(w, job);
    w.postMessage(job.task);
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.all.map((w) => w.terminate()));
  }
}
