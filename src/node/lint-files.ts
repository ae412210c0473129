import { promises as fs } from 'node:fs';
import path from 'node:path';
import { rules as allRules } from '../../rules/index.js';
import { fatalResult, lintSource } from '../core/engine.js';
import { decode, detectFormat, LoadError } from '../core/load.js';
import type { FileResult, RuleMeta, RuleSetting } from '../core/types.js';
import { unusedDisableMeta } from '../core/suppress.js';
import { expandTargets } from './files.js';
import { ConfigFinder, type CliOverrides, type LoadedConfig, isIgnored, readConfigFile, resolveFor } from './config-files.js';

export const DOCS_BASE = 'https://github.com/policylint/policylint/blob/main/docs/rules';

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
  /** Called with a one-line reason for every file that could not be linted. */
  onFileError?: (name: string, reason: string) => void;
}

export interface LintFilesOutcome {
  results: FileResult[];
  /** A file could not be read, decoded or configured, or no file matched an argument. */
  failed: boolean;
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
  const results: FileResult[] = [];
  let failed = false;
  const display = (abs: string) => {
    const r = path.relative(options.cwd, abs);
    return r && !r.startsWith('..') && !path.isAbsolute(r) ? r.split(path.sep).join('/') : abs;
  };
  const fail = (name: string, reason: string) => {
    failed = true;
    options.onFileError?.(name, reason);
    results.push(fatalResult(name, reason));
  };

  for (const t of targets) {
    if (t.kind === 'error') {
      fail(display(t.path), t.reason);
      continue;
    }
    const stdinName = options.stdinFilename;
    const name = t.kind === 'stdin' ? stdinName ?? '<stdin>' : display(t.path);
    const abs = t.kind === 'stdin' ? (stdinName ? path.resolve(options.cwd, stdinName) : undefined) : t.path;
    let loaded: LoadedConfig | undefined;
    try {
      loaded = explicit ?? (await finder.find(abs ? path.dirname(abs) : options.cwd));
    } catch (err) {
      fail(name, (err as Error).message.split('\n').join('; '));
      continue;
    }
    if (t.kind === 'file' && !t.explicit && isIgnored(loaded, t.path)) continue;
    let bytes: Uint8Array;
    try {
      if (t.kind === 'stdin') {
        if (!options.readStdin) throw Object.assign(new Error('stdin is not available'), { code: 'ENOSTDIN' });
        bytes = await options.readStdin();
      } else bytes = await fs.readFile(t.path);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      fail(
        name,
        code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : code === 'EISDIR'
            ? 'is a directory'
            : code === 'ENOENT'
              ? 'no such file or directory'
              : code === 'ELOOP'
                ? 'symbolic link loop'
                : `cannot read (${code ?? (err as Error).message})`,
      );
      continue;
    }
    let decoded;
    try {
      decoded = decode(bytes, options.encoding);
    } catch (err) {
      if (err instanceof LoadError) {
        fail(name, err.message);
        continue;
      }
      throw err;
    }
    if (decoded.text.trim() === '') {
      fail(name, bytes.length === 0 ? 'empty file' : 'file contains only whitespace');
      continue;
    }
    const config = resolveFor(loaded, abs, cli);
    const result = lintSource(
      { source: decoded.text, filePath: name, format: detectFormat(name, decoded.text), encoding: decoded.encoding },
      { rules: allRules, config, docsBase: DOCS_BASE },
    );
    if (result.fatalErrorCount) failed = true;
    results.push(result);
  }
  return { results, failed };
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
