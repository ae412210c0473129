/**
 * The GitHub Action (action.yml): lints the repository's privacy policies in process (no CLI
 * spawned), annotates the findings, writes a job summary and, on request, a SARIF file.
 * Bundled into action-dist/index.js by scripts/build-action.mjs.
 */
import { existsSync, promises as fs, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { rules as allRules } from '../../rules/index.js';
// The formatters themselves, not the registry (which would bundle the HTML report too).
import { ANNOTATIONS_PER_STEP, annotationCommand, repoRelativePath, toAnnotation } from '../core/formatters/github.js';
import { formatSarif } from '../core/formatters/sarif.js';
import { formatStylish, plain } from '../core/formatters/stylish.js';
import type { FileResult, LintMessage } from '../core/types.js';
import { ConfigFinder, type LoadedConfig, readConfigFile } from '../node/config-files.js';
import { expandTargets } from '../node/files.js';
import { FatalConfigError, knownRules, lintFiles, selectTargets } from '../node/lint-files.js';
import {
  appendSummary,
  command,
  getBooleanInput,
  getInput,
  getMultilineInput,
  info,
  InputError,
  notice,
  type Runner,
  setOutput,
} from './toolkit.js';

declare const __VERSION__: string;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

const lawOf = new Map(allRules.map((r) => [r.meta.id, r.meta.law]));

const FAIL_ON = ['error', 'warning', 'never'] as const;
type FailOn = (typeof FAIL_ON)[number];

/** Most rows the job summary lists (GitHub caps a step's summary at 1 MiB). */
const MAX_SUMMARY_ROWS = 500;

interface Candidate {
  abs: string;
  /** Named by the user as a plain path (not found by a glob or a directory walk). */
  explicit: boolean;
}

/** Runs the Action; returns the process exit code. */
export async function runAction(runner: Runner): Promise<number> {
  try {
    return await act(runner);
  } catch (err) {
    const msg = err instanceof InputError || err instanceof FatalConfigError ? err.message : `internal error: ${(err as Error).stack ?? err}`;
    runner.write(command('error', { title: 'policylint' }, `policylint: ${msg}`));
    return 1;
  }
}

async function act(runner: Runner): Promise<number> {
  const env = runner.env;
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd());
  const failOn = getInput(runner, 'fail-on') || 'error';
  if (!(FAIL_ON as readonly string[]).includes(failOn)) throw new InputError(`input "fail-on" must be one of ${FAIL_ON.join(', ')}, not "${failOn}"`);
  const onlyChanged = getBooleanInput(runner, 'only-changed', false);
  const configInput = getInput(runner, 'config');
  const sarifInput = getInput(runner, 'sarif-file');
  const allowEmpty = getBooleanInput(runner, 'allow-empty', false);
  const patterns = getMultilineInput(runner, 'files');
  const event = readEvent(env.GITHUB_EVENT_PATH);

  // 1. Which files: the CLI's selection (src/node/select.ts), over the workspace by default.
  const notes: string[] = [];
  const found = await findFiles(patterns, workspace, configInput);
  if (found.empty.length) {
    const what = patterns.length
      ? found.empty.map((e) => `"${e}"`).join(', ') + ` in the "files" input matched no policy files`
      : `no policy files in the repository (none is a policy by its name, title or opening words, or by the config's "files")`;
    if (!allowEmpty) throw new InputError(`${what}. Fix the "files" input, or set allow-empty: true if that is expected.`);
    info(runner, `policylint: ${what} (allow-empty: true).`);
    notes.push(`${what[0].toUpperCase()}${what.slice(1)} (allow-empty: true).`);
  }
  let candidates = found.candidates;
  if (onlyChanged) {
    const changed = changedFiles(workspace, event);
    if ('files' in changed) {
      const before = candidates.length;
      candidates = candidates.filter((c) => changed.files.has(c.abs));
      const msg = `only-changed: linting the ${candidates.length} of ${before} matched policy file(s) that this pull request changes (${changed.how}).`;
      info(runner, msg);
      notes.push(msg);
    } else {
      const msg = `only-changed: ${changed.reason}; linting all ${candidates.length} matched policy file(s) instead.`;
      info(runner, msg);
      notes.push(msg);
    }
  }

  // 2. Lint, in process.
  let results: FileResult[] = [];
  if (candidates.length > 0) {
    const outcome = await lintFiles(
      candidates.map((c) => c.abs),
      {
        cwd: workspace,
        configFile: configInput || undefined,
        keepSource: true, // SARIF snippets and fingerprints read the text at each finding
        onFileError: (name, reason) => info(runner, `policylint: ${name}: ${reason}`),
      },
    );
    results = outcome.results;
  }
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);

  // 3. Report: the full list in the log, the first annotations of each kind, the summary, SARIF.
  const fmtContext = { rules: allRules.map((r) => r.meta), cwd: workspace, workspace, version: VERSION };
  if (results.length) runner.write(formatStylish(results, plain));
  annotate(runner, results, workspace, errors, warnings);

  let sarifPath = '';
  if (sarifInput) {
    sarifPath = path.resolve(workspace, sarifInput);
    await fs.mkdir(path.dirname(sarifPath), { recursive: true });
    await fs.writeFile(sarifPath, formatSarif(results, fmtContext));
    info(runner, `policylint: SARIF report written to ${sarifPath}`);
  }

  const failed = failOn === 'error' ? errors > 0 : failOn === 'warning' ? errors + warnings > 0 : false;
  appendSummary(runner, summary(results, { errors, warnings, failOn: failOn as FailOn, notes, links: linkBase(env, event), workspace }));
  setOutput(runner, 'errors', errors);
  setOutput(runner, 'warnings', warnings);
  setOutput(runner, 'files', results.length);
  setOutput(runner, 'sarif-file', sarifPath);

  if (failed) {
    info(runner, `policylint: failing the step: ${errors} error(s) and ${warnings} warning(s) with fail-on: ${failOn}.`);
    return 1;
  }
  return 0;
}

// ---------------------------------------------------------------------------------------------
// Files

/**
 * The files to lint, chosen as the CLI chooses them (src/node/select.ts): paths named in `files`
 * always; directories (the workspace by default) walked for policies by name, title or opening
 * words, or by the config's `files`; globs as given; the config's `ignores` drop what walks and
 * globs find, and so does .gitignore (git ls-files, when git knows the workspace). `empty` lists the
 * patterns (or the workspace) that gave no file.
 */
async function findFiles(patterns: string[], workspace: string, configInput: string): Promise<{ candidates: Candidate[]; empty: string[] }> {
  const rules = knownRules();
  let explicit: LoadedConfig | undefined;
  if (configInput) {
    const file = path.resolve(workspace, configInput);
    try {
      explicit = (await readConfigFile(file, rules)) ?? { path: file, dir: workspace, config: {} };
    } catch (err) {
      throw new FatalConfigError((err as Error).message.split('\n').join('; '));
    }
  }
  const inputs = patterns.length ? patterns : ['.'];
  const targets = await selectTargets(await expandTargets(inputs, workspace), explicit, new ConfigFinder(rules), false);
  const visible = gitVisibleFiles(workspace);
  const out = new Map<string, Candidate>();
  const empty: string[] = [];
  for (const t of targets) {
    if (t.kind === 'stdin') continue;
    if (t.kind === 'error') {
      if (/^no (policy )?files/.test(t.reason)) empty.push(patterns.length ? path.relative(workspace, t.path) || t.path : '.');
      // A path that does not exist or cannot be read: linted anyway, so that the report says so.
      else out.set(path.resolve(workspace, t.path), { abs: path.resolve(workspace, t.path), explicit: true });
      continue;
    }
    if (!t.explicit && visible && !visible.has(t.path)) continue;
    if (!out.has(t.path)) out.set(t.path, { abs: t.path, explicit: t.explicit });
  }
  if (!patterns.length && out.size === 0 && !empty.length) empty.push('.');
  return { candidates: [...out.values()].sort((a, b) => (a.abs < b.abs ? -1 : a.abs > b.abs ? 1 : 0)), empty };
}

function git(workspace: string, args: string[]): string {
  return execFileSync('git', ['-c', `safe.directory=${workspace}`, ...args], {
    cwd: workspace,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** Tracked and untracked-but-not-ignored files, absolute; undefined outside a git work tree. */
function gitVisibleFiles(workspace: string): Set<string> | undefined {
  try {
    const out = git(workspace, ['ls-files', '-z', '--cached', '--others', '--exclude-standard']);
    return new Set(out.split('\0').filter(Boolean).map((f) => path.resolve(workspace, f)));
  } catch {
    return undefined;
  }
}

interface PullRequestEvent {
  pull_request?: { number?: number; base?: { sha?: string }; head?: { sha?: string } };
}

function readEvent(eventPath: string | undefined): PullRequestEvent | undefined {
  if (!eventPath || !existsSync(eventPath)) return undefined;
  try {
    return JSON.parse(readFileSync(eventPath, 'utf8')) as PullRequestEvent;
  } catch {
    return undefined;
  }
}

/**
 * The files a pull request changes (added, modified, renamed; not deleted), without the network:
 * `git diff base...head` when both commits are in the clone, else the merge commit that
 * actions/checkout checks out for a pull request against its first parent (needs fetch-depth 2).
 */
export function changedFiles(workspace: string, event: PullRequestEvent | undefined): { files: Set<string>; how: string } | { reason: string } {
  const pr = event?.pull_request;
  if (!pr) return { reason: 'this is not a pull request event' };
  const base = pr.base?.sha;
  const head = pr.head?.sha;
  if (!base || !head || !/^[0-9a-f]{7,64}$/i.test(base) || !/^[0-9a-f]{7,64}$/i.test(head)) return { reason: 'the pull request event has no base and head commits' };
  const list = (args: string[]) => {
    const out = git(workspace, ['diff', '--name-only', '-z', '--diff-filter=d', '--relative', ...args]);
    return new Set(out.split('\0').filter(Boolean).map((f) => path.resolve(workspace, f)));
  };
  try {
    return { files: list([`${base}...${head}`, '--']), how: `git diff ${base.slice(0, 7)}...${head.slice(0, 7)}` };
  } catch {
    // base or head (or their merge base) is not in a shallow clone
  }
  try {
    const parents = git(workspace, ['rev-list', '--parents', '-n', '1', 'HEAD']).trim().split(/\s+/);
    if (parents.length === 3 && parents[2].toLowerCase().startsWith(head.toLowerCase())) {
      return { files: list(['HEAD^1', 'HEAD', '--']), how: 'git diff HEAD^1 HEAD (the pull request merge commit)' };
    }
  } catch {
    // no history at all
  }
  return {
    reason: `could not diff ${base.slice(0, 7)}...${head.slice(0, 7)} in ${workspace} (is the checkout shallow? use actions/checkout with fetch-depth: 0)`,
  };
}

// ---------------------------------------------------------------------------------------------
// Annotations

/** Errors first; at most GitHub's per-step limit of each kind, and a notice when that truncates. */
function annotate(runner: Runner, results: FileResult[], workspace: string, errors: number, warnings: number): void {
  const ctx = { cwd: workspace, workspace };
  const all = results.flatMap((r) => r.messages.map((m) => toAnnotation(m, repoRelativePath(r.filePath, ctx))));
  const errs = all.filter((a) => a.kind === 'error');
  const warns = all.filter((a) => a.kind === 'warning');
  for (const a of [...errs.slice(0, ANNOTATIONS_PER_STEP), ...warns.slice(0, ANNOTATIONS_PER_STEP)]) runner.write(`${annotationCommand(a)}\n`);
  if (errs.length > ANNOTATIONS_PER_STEP || warns.length > ANNOTATIONS_PER_STEP) {
    const msg =
      `GitHub shows at most ${ANNOTATIONS_PER_STEP} error and ${ANNOTATIONS_PER_STEP} warning annotations per step: ` +
      `annotated ${Math.min(errs.length, ANNOTATIONS_PER_STEP)} of ${errors} error(s) and ${Math.min(warns.length, ANNOTATIONS_PER_STEP)} of ${warnings} warning(s). ` +
      'Every finding is in this log above and in the job summary.';
    info(runner, `policylint: ${msg}`);
    notice(runner, msg, 'policylint: more findings than annotations');
  }
}

// ---------------------------------------------------------------------------------------------
// Job summary

interface SummaryOptions {
  errors: number;
  warnings: number;
  failOn: FailOn;
  notes: string[];
  links?: { base: string; ref: string };
  workspace: string;
}

function linkBase(env: Runner['env'], event: PullRequestEvent | undefined): SummaryOptions['links'] {
  const server = env.GITHUB_SERVER_URL || 'https://github.com';
  const repo = env.GITHUB_REPOSITORY;
  const ref = event?.pull_request?.head?.sha || env.GITHUB_SHA;
  return repo && ref ? { base: `${server}/${repo}/blob`, ref } : undefined;
}

/** Markdown-escapes text from a policy or a message for a table cell. */
export function mdCell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|])/g, '\\$1')
    .replace(/\r?\n|\r/g, '<br>');
}

export function summary(results: readonly FileResult[], o: SummaryOptions): string {
  const ctx = { cwd: o.workspace, workspace: o.workspace };
  const files = results.length;
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  let md = '## policylint\n\n';
  if (files === 0) md += 'No policy files were linted.\n\n';
  else if (o.errors + o.warnings === 0) md += `✔ No problems in ${plural(files, 'policy file')}.\n\n`;
  else md += `**${o.errors ? '✖' : '⚠'} ${plural(o.errors, 'error')}, ${plural(o.warnings, 'warning')}** in ${plural(files, 'policy file')} (fail-on: ${o.failOn}).\n\n`;
  for (const n of o.notes) md += `> ${mdCell(n)}\n\n`;

  const rows: { file: string; m: LintMessage }[] = results.flatMap((r) => r.messages.map((m) => ({ file: repoRelativePath(r.filePath, ctx), m })));
  if (rows.length) {
    md += '| File | Line | Severity | Rule | Finding | Law |\n|---|---|---|---|---|---|\n';
    for (const { file, m } of rows.slice(0, MAX_SUMMARY_ROWS)) {
      const where = o.links && !path.isAbsolute(file) ? `[${mdCell(file)}](${o.links.base}/${o.links.ref}/${encodeURI(file)}#L${m.line})` : mdCell(file);
      const sev = m.fatal ? '⛔ fatal' : m.severity === 2 ? '🔴 error' : '🟡 warning';
      const id = m.ruleId ? `${m.ruleId}${m.messageId ? `/${m.messageId}` : ''}` : '—';
      const rule = m.url ? `[${mdCell(id)}](${m.url})` : mdCell(id);
      const law = m.law && m.law !== '—' ? mdCell(m.law) : '';
      md += `| ${where} | ${m.line}:${m.column} | ${sev} | ${rule} | ${mdCell(m.message)} | ${law} |\n`;
    }
    if (rows.length > MAX_SUMMARY_ROWS) md += `\n_…and ${rows.length - MAX_SUMMARY_ROWS} more: see the step's log or the SARIF report._\n`;

    const byRule = new Map<string, { errors: number; warnings: number; law?: string; url?: string }>();
    for (const { m } of rows) {
      const key = m.ruleId ?? '(could not be checked)';
      const e = byRule.get(key) ?? { errors: 0, warnings: 0, law: m.law, url: m.url };
      if (m.severity === 2) e.errors++;
      else e.warnings++;
      byRule.set(key, e);
    }
    md += '\n### By rule\n\n| Rule | Errors | Warnings | Law |\n|---|---:|---:|---|\n';
    for (const [id, e] of [...byRule].sort((a, b) => b[1].errors - a[1].errors || b[1].warnings - a[1].warnings || a[0].localeCompare(b[0]))) {
      const rule = e.url ? `[${mdCell(id)}](${e.url})` : mdCell(id);
      const law = lawOf.get(id) ?? e.law;
      md += `| ${rule} | ${e.errors} | ${e.warnings} | ${law && law !== '—' ? mdCell(law) : ''} |\n`;
    }
  }
  return `${md}\n`;
}
