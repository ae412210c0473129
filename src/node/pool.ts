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

/** A fixed set of worker threads, each linting one file at a time. */
export class Pool {
  private readonly idle: Worker[] = [];
  private readonly all: Worker[] = [];
  private readonly waiting: { task: FileTask; resolve: (o: TaskOutcome) => void }[] = [];
  private readonly pending = new Map<Worker, { task: FileTask; resolve: (o: TaskOutcome) => void }>();

  constructor(size: number, script: URL) {
    for (let i = 0; i < size; i++) {
      // A small young generation keeps each worker's heap, and so the run's peak memory, near
      // 200 MB on a batch of a thousand policies, for about 10 % more time (docs/performance.md).
      const w = new Worker(script, { resourceLimits: { maxYoungGenerationSizeMb: 12 } });
      w.on('message', (msg: TaskOutcome | { index: number; crashed: string }) => {
        const job = this.pending.get(w)!;
        this.pending.delete(w);
        job.resolve('crashed' in msg ? { index: msg.index, result: fatalResult(job.task.name, `internal error: ${msg.crashed}`), failure: msg.crashed } : msg);
        this.next(w);
      });
      w.on('error', (err) => {
        const job = this.pending.get(w);
        this.pending.delete(w);
        job?.resolve({ index: job.task.index, result: fatalResult(job.task.name, `internal error: ${err.message}`), failure: err.message });
      });
      this.all.push(w);
      this.idle.push(w);
    }
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
    await Promise.all(this.all.map((w) => w.terminate()));
  }
}
