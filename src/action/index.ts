// Entry point of the Action's bundle (action-dist/index.js): runs it as the runner expects.
import { runAction } from './main.js';

runAction({ env: process.env, write: (s) => void process.stdout.write(s) }).then(
  (code) => {
    process.exitCode = code;
  },
  (err: Error) => {
    process.stdout.write(`::error::policylint: internal error: ${String(err?.stack ?? err).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}\n`);
    process.exitCode = 1;
  },
);
