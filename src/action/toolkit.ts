/**
 * The small part of the GitHub Actions runner protocol the Action needs, written out instead of
 * bundling @actions/core (whose HTTP client the Action never uses): inputs from INPUT_* variables,
 * workflow commands on stdout, outputs and the job summary through the GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files. Same rules as actions/toolkit's core package.
 */
import { appendFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { EOL } from 'node:os';
import { escapeData, escapeProperty } from '../core/formatters/github.js';

export type Env = Record<string, string | undefined>;

export interface Runner {
  env: Env;
  /** Writes to the step's log (stdout). */
  write(text: string): void;
}

/** An input as the runner passes it: INPUT_<NAME> with spaces as '_', upper-cased (hyphens kept). */
export function getInput(runner: Runner, name: string): string {
  return (runner.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** A multi-line input: one item a line, blank lines and #-comments dropped. */
export function getMultilineInput(runner: Runner, name: string): string[] {
  return getInput(runner, name)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

/** A boolean input in the YAML 1.2 core schema's spellings; `fallback` when empty. */
export function getBooleanInput(runner: Runner, name: string, fallback: boolean): boolean {
  const v = getInput(runner, name);
  if (v === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(v)) return true;
  if (['false', 'False', 'FALSE'].includes(v)) return false;
  throw new InputError(`input "${name}" must be true or false, not "${v}"`);
}

export class InputError extends Error {}

/** `::name key=value,…::message`. */
export function command(name: string, properties: Record<string, string | number | undefined>, message: string): string {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${name}${props ? ` ${props}` : ''}::${escapeData(message)}${EOL}`;
}

export function info(runner: Runner, message: string): void {
  runner.write(`${message}${EOL}`);
}

export function notice(runner: Runner, message: string, title?: string): void {
  runner.write(command('notice', { title }, message));
}

export function startGroup(runner: Runner, name: string): void {
  runner.write(command('group', {}, name));
}

export function endGroup(runner: Runner): void {
  runner.write(command('endgroup', {}, ''));
}

/** Sets a step output (GITHUB_OUTPUT file, heredoc syntax with a random delimiter). */
export function setOutput(runner: Runner, name: string, value: string | number): void {
  const file = runner.env.GITHUB_OUTPUT;
  if (!file) return; // not on a runner: outputs have nowhere to go
  const text = String(value);
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter) || text.includes(delimiter)) throw new Error('output delimiter collision');
  appendFileSync(file, `${name}<<${delimiter}${EOL}${text}${EOL}${delimiter}${EOL}`, 'utf8');
}

/** Appends Markdown to the job summary (GITHUB_STEP_SUMMARY); false when there is none. */
export function appendSummary(runner: Runner, markdown: string): boolean {
  const file = runner.env.GITHUB_STEP_SUMMARY;
  if (!file) return false;
  appendFileSync(file, markdown, 'utf8');
  return true;
}
