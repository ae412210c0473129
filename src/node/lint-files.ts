import { availableParallelism } from 'node:os';
import path from 'node:path';
import { rules as allRules } from '../../rules/index.js';
import { fatalResult } from '../core/engine.js';
import type { FileResult, RuleMeta, RuleSetting } from '../core/types.js';
import { unusedDisableMeta } from '../core/suppress.js';
import { expandTargets } from './files.js';
import { ConfigFinder, type CliOverrides, type LoadedConfig, isIgnored, readConfigFile, resolveFor } from './config-files.js';
import { type FileTask, type TaskOutcome, lintTask } from './lint-one.js';
import { BIG_FILE, Pool, workerScript } from './pool.js';
import { stat } from 'node:fs/promises';

export { DOCS_BASE } from './lint-one.js';

/** Files larger than this are refused unless --max-file-size says otherwise. */
export const DEFAULT_MAX_FILE_SIZE = 20e6;
/** Below this many files, worker threads cost more to start than they save. */
const PARALLEL_THRESHOLD = 24;

/** Every rule id the config may name: the rules plus the engine's own unused-disable check. */
export function knownRules(): Map<string, RuleMeta> {
  const m = new Map<string, RuleMeta>(allRules.map((r) => [r.meta.id, r.meta]));
  m.set(unusedDisableMeta.id, unusedDisableMeta);
  return m;
}

export interface LintFilesOptions {
  cwd: string;
  /** An explicit config file (no discovery). */
  configFile?: string;
  lang?: CliOverrides['lang'];
  locale?: CliOverrides['locale'];
  rules?: Record<string, RuleSetting>;
  encoding?: string;
  stdinFilename?: string;
  readStdin?: () => Promise<Uint8Array>;
  /** Worker threads: a number, or undefined for the default (the cores, when there are many files). */
  concurrency?: number;
  maxFileSize?: number;
  /** Keep each file's text on its result (for formatters that show the policy). */
  keepSource?: boolean;
  /** Keep each file's reader view on its result (for the HTML report; needs keepSource). */
  keepView?: boolean;
  /** Called with a one-line reason for every file that could not be linted. */
  onFileError?: (name: string, reason: string) => void;
  /**
   * Receives each result in argument order as soon as it and all before it are done. When given,
   * results are not collected (memory stays flat whatever the number of files).
   */
  onResult?: (result: FileResult) => void;
}

export interface LintFilesOutcome {
  /** Every result, in argument order (empty when onResult streams them). */
  results: FileResult[];
  /** A file could not be read, decoded or configured, or no file matched an argument. */
  failed: boolean;
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
  fileCount: number;
}

export class FatalConfigError extends Error {}

/**
 * Lints files, directories, globs and "-" (stdin) in argument order. One file's failure is a
 * fatal result for that file; the others are still linted.
 */
export async function lintFiles(inputs: string[], options: LintFilesOptions): Promise<LintFilesOutcome> {
  const rulesById = knownRules();
  const cli: CliOverrides = { lang: options.lang, locale: options.locale, rules: options.rules ?? {} };
  let explicit: LoadedConfig | undefined;
  if (options.configFile) {
    const file = path.resolve(options.cwd, options.configFile);
    try {
      explicit = (await readConfigFile(file, rulesById)) ?? { path: file, dir: options.cwd, config: {} };
    } catch (err) {
      throw new FatalConfigError((err as Error).message.split('\n').join('; '));
    }
  }
  const finder = new ConfigFinder(rulesById);
  const targets = await expandTargets(inputs, options.cwd);
  const outcome: LintFilesOutcome = { results: [], failed: false, errorCount: 0, warningCount: 0, fatalErrorCount: 0, fileCount: 0 };
  const display = (abs: string) => {
    const r = path.relative(options.cwd, abs);
    return r && !r.startsWith('..') && !path.isAbsolute(r) ? r.split(path.sep).join('/') : abs;
  };

  // Results leave in argument order: finished ones wait here for those before them.
  const done = new Map<number, TaskOutcome | { index: number; skipped: true }>();
  let nextOut = 0;
  const deliver = (o: TaskOutcome | { index: number; skipped: true }) => {
    done.set(o.index, o);
    for (let d = done.get(nextOut); d; d = done.get(nextOut)) {
      done.delete(nextOut);
      nextOut++;
      if ('skipped' in d) continue;
      if (d.failure !== undefined) {
        outcome.failed = true;
        if (d.result.messages.some((m) => m.fatal)) options.onFileError?.(d.result.filePath, d.failure);
      }
      outcome.fileCount++;
      outcome.errorCount += d.result.errorCount;
      outcome.warningCount += d.result.warningCount;
      outcome.fatalErrorCount += d.result.fatalErrorCount;
      if (options.onResult) options.onResult(d.result);
      else outcome.results.push(d.result);
    }
  };

  const files = targets.filter((t) => t.kind === 'file').length;
  const cores = availableParallelism();
  const wanted = options.concurrency ?? (files >= PARALLEL_THRESHOLD ? cores : 1);
  const script = wanted > 1 ? workerScript() : undefined;
  const pool = script ? new Pool(Math.min(wanted, files), script) : undefined;
  const inFlight = new Set<Promise<void>>();
  const limit = pool ? Math.max(4, wanted * 4) : 1;

  let index = 0;
  for (const t of targets) {
    const i = index++;
    if (t.kind === 'error') {
      const name = t.path.includes('*') || !path.isAbsolute(t.path) ? t.path : display(t.path);
      deliver({ index: i, result: fatalResult(name, t.reason), failure: t.reason });
      continue;
    }
    const stdinName = options.stdinFilename;
    const name = t.kind === 'stdin' ? stdinName ?? '<stdin>' : display(t.path);
    const abs = t.kind === 'stdin' ? (stdinName ? path.resolve(options.cwd, stdinName) : undefined) : t.path;
    let loaded: LoadedConfig | undefined;
    try {
      loaded = explicit ?? (await finder.find(abs ? path.dirname(abs) : options.cwd));
    } catch (err) {
      const reason = (err as Error).message.split('\n').join('; ');
      deliver({ index: i, result: fatalResult(name, reason), failure: reason });
      continue;
    }
    if (t.kind === 'file' && !t.explicit && isIgnored(loaded, t.path)) {
      deliver({ index: i, skipped: true });
      continue;
    }
    const task: FileTask = {
      index: i,
      path: t.kind === 'file' ? t.path : undefined,
      name,
      config: resolveFor(loaded, abs, cli),
      encoding: options.encoding,
      maxFileSize: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
      keepSource: options.keepSource ?? false,
      keepView: options.keepView ?? false,
    };
    if (t.kind === 'stdin') {
      try {
        if (!options.readStdin) throw new Error('stdin is not available');
        task.bytes = await options.readStdin();
      } catch (err) {
        deliver({ index: i, result: fatalResult(name, (err as Error).message), failure: (err as Error).message });
        continue;
      }
    }
    // Big files are linted here: a worker's heap is kept small (pool.ts).
    const big = pool && task.path ? ((await stat(task.path).catch(() => undefined))?.size ?? 0) > BIG_FILE : false;
    const p: Promise<void> = (pool && task.path && !big ? pool.run(task) : lintTask(task)).then(deliver);
    inFlight.add(p);
    p.finally(() => inFlight.delete(p));
    if (inFlight.size >= limit) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  await pool?.close();
  return outcome;
}

/** The resolved config for one file, as --print-config shows it. */
export async function printConfig(file: string, options: Pick<LintFilesOptions, 'cwd' | 'configFile' | 'lang' | 'locale' | 'rules'>) {
  const rulesById = knownRules();
  const abs = path.resolve(options.cwd, file);
  const loaded = options.configFile
    ? await readConfigFile(path.resolve(options.cwd, options.configFile), rulesById)
    : await new ConfigFinder(rulesById).find(path.dirname(abs));
  return { configFile: loaded?.path ?? null, ...resolveFor(loaded, abs, { lang: options.lang, locale: options.locale, rules: options.rules ?? {} }) };
}
