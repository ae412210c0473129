// A worker thread of the file pool: lints the tasks the main thread posts, one at a time.
import { parentPort } from 'node:worker_threads';
import { type FileTask, lintTask } from './lint-one.js';

parentPort?.on('message', async (task: FileTask) => {
  try {
    parentPort!.postMessage(await lintTask(task));
  } catch (err) {
    parentPort!.postMessage({ index: task.index, crashed: (err as Error).message });
  }
});
