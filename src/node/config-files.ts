import { promises as fs } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import YAML from 'yaml';
import { type Config, ConfigError, type ResolvedConfig, mergeRules, validateConfig } from '../core/config.js';
import type { RuleMeta, RuleSetting } from '../core/types.js';

export const CONFIG_NAMES = ['.policylintrc.json', '.policylintrc.yaml', '.policylintrc.yml', 'policylint.config.json', 'package.json'];

export interface LoadedConfig {
  path: string;
  dir: string;
  config: Config;
}

/** Reads and validates one config file. Throws ConfigError with a one-line reason. */
export async function readConfigFile(file: string, rules: Map<string, RuleMeta>): Promise<LoadedConfig | undefined> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ConfigError(`${file}: cannot read config (${code === 'ENOENT' ? 'no such file' : code ?? (err as Error).message})`);
  }
  let data: unknown;
  const base = path.basename(file);
  try {
    data = /\.ya?ml$/i.test(file) ? YAML.parse(text) : JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    const kind = /\.ya?ml$/i.test(file) ? 'YAML' : 'JSON';
    throw new ConfigError(`${file}: invalid ${kind}: ${(err as Error).message.split('\n')[0]}`);
  }
  if (base === 'package.json') {
    const pkg = data as Record<string, unknown> | null;
    if (!pkg || typeof pkg !== 'object' || !('policylint' in pkg)) return undefined;
    data = pkg.policylint;
  }
  if (data === null || data === undefined) data = {};
  const errors = validateConfig(data, rules, file);
  if (errors.length) throw new ConfigError(errors.join('\n'));
  return { path: file, dir: path.dirname(file), config: data as Config };
}

/** Finds the nearest config from a folder upward; cached per folder. */
export class ConfigFinder {
  private readonly cache = new Map<string, Promise<LoadedConfig | undefined>>();
  constructor(private readonly rules: Map<string, RuleMeta>) {}

  find(dir: string): Promise<LoadedConfig | undefined> {
    let p = this.cache.get(dir);
    if (!p) {
      p = this.lookup(dir);
      this.cache.set(dir, p);
    }
    return p;
  }

  private async lookup(dir: string): Promise<LoadedConfig | undefined> {
    for (const name of CONFIG_NAMES) {
      const file = path.join(dir, name);
      try {
        await fs.access(file);
      } catch {
        continue;
      }
      const loaded = await readConfigFile(file, this.rules);
      if (loaded) return loaded;
    }
    const parent = path.dirname(dir);
    return parent === dir ? undefined : this.find(parent);
  }
}

export interface CliOverrides {
  lang?: 'auto' | 'ru' | 'en';
  locale?: 'auto' | 'ru' | 'en';
  rules?: Record<string, RuleSetting>;
}

const rel = (from: string, to: string) => path.relative(from, to).split(path.sep).join('/');

/** Whether a file is excluded by the config's `ignores` (or its older name, `ignorePatterns`). */
export function isIgnored(loaded: LoadedConfig | undefined, file: string): boolean {
  const patterns = [...(loaded?.config.ignores ?? []), ...(loaded?.config.ignorePatterns ?? [])];
  if (!loaded || !patterns.length) return false;
  return picomatch(patterns, { dot: true })(rel(loaded.dir, file));
}

/**
 * Whether the config says which files are policies, and if so whether this is one: true or false
 * when the config has `files`, undefined when the policy test decides.
 */
export function isConfiguredPolicy(loaded: LoadedConfig | undefined, file: string): boolean | undefined {
  const patterns = loaded?.config.files;
  if (!loaded || !patterns?.length) return undefined;
  return picomatch(patterns, { dot: true })(rel(loaded.dir, file));
}

/** Config file, then matching overrides in order, then command-line flags. */
export function resolveFor(loaded: LoadedConfig | undefined, file: string | undefined, cli: CliOverrides): ResolvedConfig {
  let lang = loaded?.config.lang ?? 'auto';
  let locale = loaded?.config.locale ?? 'auto';
  let rules = mergeRules({}, loaded?.config.rules);
  if (loaded && file) {
    const r = rel(loaded.dir, file);
    for (const o of loaded.config.overrides ?? []) {
      if (!picomatch(o.files, { dot: true })(r)) continue;
      if (o.excludedFiles && picomatch(o.excludedFiles, { dot: true })(r)) continue;
      if (o.lang) lang = o.lang;
      if (o.locale) locale = o.locale;
      rules = mergeRules(rules, o.rules);
    }
  }
  if (cli.lang) lang = cli.lang;
  if (cli.locale) locale = cli.locale;
  rules = mergeRules(rules, cli.rules);
  return { lang, locale, rules };
}
