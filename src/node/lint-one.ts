import { promises as fs } from 'node:fs';
import { rules as allRules } from '../../rules/index.js';
import { fatalResult, lintSource } from '../core/engine.js';
import { decode, detectFormat, formatFromName, LoadError } from '../core/load.js';
import { loadParser } from '../core/parse/index.js';
import { addLocations, binaryFormat, extractDocument } from '../core/binary/index.js';
import type { ResolvedConfig } from '../core/config.js';
import type { FileResult, SourceFormat } from '../core/types.js';

import { DOCS_BASE } from '../core/project.js';

export { DOCS_BASE };

/** One file to lint; plain data, so that it can be posted to a worker thread. */
export interface FileTask {
  index: number;
  /** Absolute path; undefined for stdin (then `bytes` is given). */
  path?: string;
  /** The name shown in reports. */
  name: string;
  config: ResolvedConfig;
  encoding?: string;
  maxFileSize: number;
  /** Keep the decoded text on the result (formatters that show the policy need it). */
  keepSource: boolean;
  /** Keep the reader view on the result (the HTML report shows it). */
  keepView?: boolean;
  bytes?: Uint8Array;
}

export interface TaskOutcome {
  index: number;
  result: FileResult;
  /** Why the file could not be linted, if it could not. */
  failure?: string;
}

function readError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOENT':
      return 'no such file or directory';
    case 'ELOOP':
      return 'symbolic link loop';
    default:
      return `cannot read (${code ?? (err as Error).message})`;
  }
}

/** 12 bytes, 3.4 KB, 20 MB: sizes as people read them. */
function size(n: number): string {
  if (n < 1e3) return `${n} bytes`;
  if (n < 1e6) return `${+(n / 1e3).toFixed(n < 1e4 ? 1 : 0)} KB`;
  return `${+(n / 1e6).toFixed(n < 1e7 ? 1 : 0)} MB`;
}

/** Reads, decodes and lints one file. Never throws for a bad file: the failure is the result. */
export async function lintTask(task: FileTask): Promise<TaskOutcome> {
  const fail = (reason: string): TaskOutcome => ({ index: task.index, result: fatalResult(task.name, reason), failure: reason });
  let bytes = task.bytes;
  if (!bytes) {
    try {
      const stat = await fs.stat(task.path!);
      if (stat.isDirectory()) return fail('is a directory');
      if (stat.size > task.maxFileSize) return fail(`file is ${size(stat.size)}, over the ${size(task.maxFileSize)} limit (raise it with --max-file-size)`);
      bytes = await fs.readFile(task.path!);
    } catch (err) {
      return fail(readError(err));
    }
  } else if (bytes.length > task.maxFileSize) {
    return fail(`input is ${size(bytes.length)}, over the ${size(task.maxFileSize)} limit (raise it with --max-file-size)`);
  }
  // PDF and Word files are read from their bytes (docs/formats.md), never decoded as text.
  let binary;
  try {
    const format = binaryFormat(task.name, bytes);
    binary = format ? await extractDocument(format, bytes) : undefined;
  } catch (err) {
    if (err instanceof LoadError) return fail(err.message);
    throw err;
  }
  if (binary) {
    const result = addLocations(
      lintSource({ source: binary.text, parsed: binary.parsed, filePath: task.name, format: binary.format }, { rules: allRules, config: task.config, docsBase: DOCS_BASE }),
      binary,
    );
    if (!task.keepSource) {
      delete result.source;
      delete result.locations;
    }
    return { index: task.index, result };
  }
  let decoded;
  try {
    decoded = decode(bytes, task.encoding);
  } catch (err) {
    if (err instanceof LoadError) return fail(err.message);
    throw err;
  }
  if (decoded.text.trim() === '') return fail(bytes.length === 0 ? 'empty file' : 'file contains only whitespace');
  const result = await lintText(decoded.text, task.name, task.config, {
    encoding: decoded.encoding,
    readerView: task.keepView === true && task.keepSource,
  });
  if (!task.keepSource) delete result.source;
  return { index: task.index, result, failure: result.fatalErrorCount ? result.messages.find((m) => m.fatal)?.message : undefined };
}

/**
 * Lints a file's decoded text: the format by the file's name (else `format`, else sniffed from the
 * text), its parser loaded on demand. The CLI and the language server both lint through here.
 */
export async function lintText(
  text: string,
  name: string,
  config: ResolvedConfig,
  options: { encoding?: string; format?: SourceFormat; readerView?: boolean } = {},
): Promise<FileResult> {
  const format = formatFromName(name) ?? options.format ?? detectFormat(name, text);
  await loadParser(format);
  return lintSource(
    { source: text, filePath: name, format, encoding: options.encoding },
    { rules: allRules, config, docsBase: DOCS_BASE, readerView: options.readerView },
  );
}
