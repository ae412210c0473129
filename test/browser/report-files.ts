/**
 * Produces an HTML report and the matching JSON report for the browser tests, through the built CLI
 * as a user runs it: `policylint --format html … -o report.html` and `--format json …`.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FileResult } from '../../src/core/types.js';
import { root } from './chromium.js';

export interface Report {
  /** Results as the JSON report has them (no `source`). */
  json: FileResult[];
  /** Each file's text (UTF-8), by its filePath in the report. */
  sources: Map<string, string>;
}

const bin = path.join(root, 'bin/policylint.js');

function cli(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync('node', [bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' }, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Writes the HTML report of `inputs` (paths relative to the repository root) to `out`. */
export function makeReport(inputs: string[], out: string): Report {
  const html = cli(['--format', 'html', ...inputs, '-o', out]);
  if (html.code !== 0 && html.code !== 1) throw new Error(`policylint --format html exited ${html.code} (is dist/ built? npm run build): ${html.stderr}`);
  const json = cli(['--format', 'json', ...inputs]);
  if (json.code !== 0 && json.code !== 1) throw new Error(`policylint --format json exited ${json.code}: ${json.stderr}`);
  const results = JSON.parse(json.stdout) as FileResult[];
  const sources = new Map<string, string>();
  for (const r of results) if (!r.fatalErrorCount) sources.set(r.filePath, readFileSync(path.resolve(root, r.filePath), 'utf8'));
  return { json: results, sources };
}
