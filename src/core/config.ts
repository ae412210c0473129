import type { RuleMeta, RuleSetting, SeverityLevel } from './types.js';

/** The config file's shape (docs/configuration.md). */
export interface Config {
  lang?: 'auto' | 'ru' | 'en';
  locale?: 'auto' | 'ru' | 'en';
  rules?: Record<string, RuleSetting>;
  ignorePatterns?: string[];
  overrides?: { files: string[]; excludedFiles?: string[]; lang?: Config['lang']; locale?: Config['locale']; rules?: Record<string, RuleSetting> }[];
  /** Stop config discovery at this file's folder. */
  root?: boolean;
}

/** What the engine needs for one file once config, overrides and CLI flags are merged. */
export interface ResolvedConfig {
  lang: 'auto' | 'ru' | 'en';
  locale: 'auto' | 'ru' | 'en';
  rules: Record<string, RuleSetting>;
}

export class ConfigError extends Error {}

const LANGS = ['auto', 'ru', 'en'];
const SEVERITIES = ['off', 'warn', 'error', 0, 1, 2];

/** Severity level of a setting: 0 off, 1 warn, 2 error. */
export function severityOf(setting: RuleSetting): SeverityLevel {
  const s = Array.isArray(setting) ? setting[0] : setting;
  return s === 'off' || s === 0 ? 0 : s === 'warn' || s === 1 ? 1 : 2;
}

export function optionsOf(meta: RuleMeta, setting: RuleSetting | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(meta.options ?? {})) out[k] = v.default;
  if (Array.isArray(setting) && setting[1]) Object.assign(out, setting[1]);
  return out;
}

/**
 * Checks a config object; every problem is a message naming the key, so that a typo never
 * silently disables a rule. `where` names the file in the messages.
 */
export function validateConfig(config: unknown, rules: Map<string, RuleMeta>, where: string): string[] {
  const errors: string[] = [];
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    return [`${where}: the config must be an object`];
  }
  const c = config as Record<string, unknown>;
  const known = ['lang', 'locale', 'rules', 'ignorePatterns', 'overrides', 'root', '$schema'];
  for (const key of Object.keys(c)) if (!known.includes(key)) errors.push(`${where}: unknown key "${key}" (expected one of ${known.slice(0, 6).join(', ')})`);
  if (c.lang !== undefined && !LANGS.includes(c.lang as string)) errors.push(`${where}: "lang" must be auto, ru or en, not ${JSON.stringify(c.lang)}`);
  if (c.locale !== undefined && !LANGS.includes(c.locale as string)) errors.push(`${where}: "locale" must be auto, ru or en, not ${JSON.stringify(c.locale)}`);
  if (c.root !== undefined && typeof c.root !== 'boolean') errors.push(`${where}: "root" must be true or false`);
  if (c.ignorePatterns !== undefined && !isStringArray(c.ignorePatterns)) errors.push(`${where}: "ignorePatterns" must be an array of glob strings`);
  if (c.rules !== undefined) errors.push(...validateRules(c.rules, rules, `${where}: rules`));
  if (c.overrides !== undefined) {
    if (!Array.isArray(c.overrides)) errors.push(`${where}: "overrides" must be an array`);
    else
      c.overrides.forEach((o, i) => {
        const at = `${where}: overrides[${i}]`;
        if (typeof o !== 'object' || o === null) return errors.push(`${at} must be an object`);
        const ov = o as Record<string, unknown>;
        for (const key of Object.keys(ov)) if (!['files', 'excludedFiles', 'lang', 'locale', 'rules'].includes(key)) errors.push(`${at}: unknown key "${key}"`);
        if (!isStringArray(ov.files) || (ov.files as string[]).length === 0) errors.push(`${at}: "files" must be a non-empty array of globs`);
        if (ov.excludedFiles !== undefined && !isStringArray(ov.excludedFiles)) errors.push(`${at}: "excludedFiles" must be an array of globs`);
        if (ov.lang !== undefined && !LANGS.includes(ov.lang as string)) errors.push(`${at}: "lang" must be auto, ru or en`);
        if (ov.locale !== undefined && !LANGS.includes(ov.locale as string)) errors.push(`${at}: "locale" must be auto, ru or en`);
        if (ov.rules !== undefined) errors.push(...validateRules(ov.rules, rules, `${at}: rules`));
      });
  }
  return errors;
}

export function validateRules(value: unknown, rules: Map<string, RuleMeta>, where: string): string[] {
  const errors: string[] = [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${where} must be an object of rule ids`];
  for (const [id, setting] of Object.entries(value)) {
    const meta = rules.get(id);
    if (!meta) {
      errors.push(`${where}: unknown rule "${id}"${suggest(id, [...rules.keys()])}`);
      continue;
    }
    const sev = Array.isArray(setting) ? setting[0] : setting;
    if (!SEVERITIES.includes(sev as string)) {
      errors.push(`${where}: "${id}" has severity ${JSON.stringify(sev)}; use "off", "warn" or "error"`);
      continue;
    }
    if (Array.isArray(setting)) {
      if (setting.length > 2) errors.push(`${where}: "${id}" must be [severity, options]`);
      const opts = setting[1];
      if (opts !== undefined) {
        if (typeof opts !== 'object' || opts === null || Array.isArray(opts)) errors.push(`${where}: "${id}" options must be an object`);
        else
          for (const [k, v] of Object.entries(opts)) {
            const schema = meta.options?.[k];
            if (!schema) {
              const names = Object.keys(meta.options ?? {});
              errors.push(`${where}: "${id}" has no option "${k}"${names.length ? ` (options: ${names.join(', ')})` : ' (it takes no options)'}`);
            } else if (!matchesType(v, schema.type)) errors.push(`${where}: "${id}" option "${k}" must be a ${schema.type}`);
          }
      }
    }
  }
  return errors;
}

function matchesType(v: unknown, type: string): boolean {
  if (type === 'string[]') return isStringArray(v);
  if (type === 'number') return typeof v === 'number' && Number.isFinite(v);
  return typeof v === type;
}

function isStringArray(v: unknown): boolean {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

function suggest(id: string, known: string[]): string {
  let best = '';
  let bestD = Infinity;
  for (const k of known) {
    const d = distance(id, k);
    if (d < bestD) {
      bestD = d;
      best = k;
    }
  }
  return bestD <= 3 ? ` (did you mean "${best}"?)` : '';
}

function distance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0];
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j];
      dp[j] = Math.min(dp[j] + 1, dp[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length];
}

/** Parses "--rule id:severity". */
export function parseRuleFlag(flag: string, rules: Map<string, RuleMeta>): [string, RuleSetting] {
  const m = /^([a-z0-9-]+):(off|warn|error|0|1|2)$/.exec(flag.trim());
  if (!m) throw new ConfigError(`--rule "${flag}": expected <rule-id>:<off|warn|error>`);
  if (!rules.has(m[1])) throw new ConfigError(`--rule "${flag}": unknown rule "${m[1]}"${suggest(m[1], [...rules.keys()])}`);
  const sev = /^\d$/.test(m[2]) ? (Number(m[2]) as 0 | 1 | 2) : (m[2] as 'off' | 'warn' | 'error');
  return [m[1], sev];
}

/** Layers rule settings: a later severity-only setting keeps the earlier options. */
export function mergeRules(base: Record<string, RuleSetting>, over: Record<string, RuleSetting> | undefined): Record<string, RuleSetting> {
  const out = { ...base };
  for (const [id, setting] of Object.entries(over ?? {})) {
    const prev = out[id];
    if (!Array.isArray(setting) && Array.isArray(prev) && prev[1]) out[id] = [setting, prev[1]];
    else out[id] = setting;
  }
  return out;
}
