/**
 * Produces an HTML report and the matching JSON report for the browser tests: through the built
 * CLI (`--format html`) once the html formatter is registered in src/core/formatters/index.ts,
 * otherwise by running the same pipeline in-process (lintFiles + formatHtml).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatters } from '../../src/core/formatters/index.js';
import { formatHtml } from '../../src/core/formatters/html.js';
import { lintFiles } from '../../src/node/lint-files.js';
import { rules } from '../../rules/index.js';
import { unusedDisableMeta } from '../../src/core/suppress.js';
import type { FileResult } from '../../src/core/types.js';
import { root } from './chromium.js';

export const registered = 'html' in formatters;

export interface Report {
  /** Results as the JSON report has them (no `source`). */
  json: FileResult[];
  /** Each file's text, by its filePath in the report. */
  sources: Map<string, string>;
  via: 'cli' | 'in-process';
}

const bin = path.join(root, 'bin/policylint.js');

function cli(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync('node', [bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' }, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Writes the HTML report of `inputs` (paths relative to the repository root) to `out`. */
export async function makeReport(inputs: string[], out: string): Promise<Report> {
  if (registered) {
    const html = cli(['--format', 'html', ...inputs, '-o', out]);
    if (html.code === 2) throw new Error(`policylint --format html failed (run npm run build first?): ${html.stderr}`);
    const json = cli(['--format', 'json', ...inputs]);
    const results = JSON.parse(json.stdout) as FileResult[];
    return { json: results, sources: readSources(results), via: 'cli' };
  }
  const { results } = await lintFiles(inputs, { cwd: root, keepSource: true, concurrency: 1 });
  writeFileSync(out, formatHtml(results, { rules: [...rules.map((r) => r.meta), unusedDisableMeta], version: '0.0.0-test' }));
  const json = results.map(({ source: _s, ...r }) => r as FileResult);
  return { json, sources: readSources(results), via: 'in-process' };
}

function readSources(results: FileResult[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const r of results) {
    if (r.source !== undefined) m.set(r.filePath, r.source);
    else if (!r.fatalErrorCount) m.set(r.filePath, readFileSync(path.resolve(root, r.filePath), 'utf8'));
  }
  return m;
}
