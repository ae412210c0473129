import { promises as fs } from 'node:fs';
import path from 'node:path';
import yargs from 'yargs';
import { Chalk } from 'chalk';
import { rules as allRules } from '../../rules/index.js';
import { parseRuleFlag, type ResolvedConfig } from '../core/config.js';
import { formatters } from '../core/formatters/index.js';
import { isKnownEncoding } from '../core/load.js';
import type { FileResult, RuleMeta, RuleSetting } from '../core/types.js';
import { DEFAULT_MAX_FILE_SIZE, FatalConfigError, type LintFilesOutcome, knownRules, lintFiles, printConfig } from './lint-files.js';
import { streamingFormatters } from '../core/formatters/stream.js';
import { unusedDisableMeta } from '../core/suppress.js';

declare const __VERSION__: string;
export const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): Promise<Uint8Array>;
  cwd: string;
  env: Record<string, string | undefined>;
  stdoutIsTTY: boolean;
}

class UsageError extends Error {}

const FORMATS = Object.keys(formatters);

const LANGS = ['auto', 'ru', 'en'];

function buildParser(argv: string[]) {
  // Options with a value are plain strings here and checked in optionValues(), so that a bad value
  // is one line that names the option and what it takes (yargs' own choices check prints a
  // multi-line block). `--rule` takes exactly one value per occurrence: an array option would
  // swallow the file names that follow it (pre-commit appends them after `args`).
  return yargs(argv)
    .scriptName('policylint')
    .usage('$0 [options] <file|dir|glob|->...\n\nChecks privacy policies against 152-FZ "On Personal Data".')
    .option('format', { alias: 'f', type: 'string', describe: `Report format: ${FORMATS.join(' | ')} (default stylish)` })
    .option('output-file', { alias: 'o', type: 'string', describe: 'Write the report to a file instead of stdout' })
    .option('config', { alias: 'c', type: 'string', describe: 'Use this config file (no discovery)' })
    .option('lang', { type: 'string', describe: 'Document language: auto | ru | en (default auto)' })
    .option('locale', { type: 'string', describe: 'Language of messages: auto | ru | en (default: the document language)' })
    .option('rule', { type: 'string', nargs: 1, describe: 'Override a rule: <id>:<off|warn|error> (repeatable, one rule each)' })
    .option('max-warnings', { type: 'string', describe: 'Exit 1 when warnings exceed this number' })
    .option('quiet', { type: 'boolean', default: false, describe: 'Report errors only' })
    .option('color', { type: 'boolean', describe: 'Force colours on or off (--no-color)' })
    .option('stdin-filename', { type: 'string', describe: 'Name used for stdin input in reports' })
    .option('max-file-size', { type: 'string', describe: 'Refuse files larger than this (default 20MB)' })
    .option('concurrency', { type: 'string', describe: 'Worker threads: a number, or auto (the cores, when there are many files)' })
    .option('encoding', { type: 'string', describe: 'Force the input encoding (utf-8, windows-1251, koi8-r, utf-16le, …)' })
    .option('only-policies', {
      type: 'boolean',
      default: false,
      describe: 'Lint named files only when they are policies (config files/ignores and the policy test), as files found in directories are; for hooks',
    })
    .option('list-rules', { type: 'boolean', default: false, describe: 'List every rule with its severity and law reference' })
    .option('print-config', { type: 'string', describe: 'Print the resolved config for a file: severities in effect, whether it is ignored' })
    .help('help')
    .alias('help', 'h')
    .version('version', 'Show the version', VERSION)
    .alias('version', 'v')
    .strictOptions()
    .wrap(Math.min(110, process.stdout.columns || 100))
    .exitProcess(false)
    .fail((msg, err) => {
      throw new UsageError(msg || err?.message || 'invalid arguments');
    });
}

/** The last value of an option given once or more (yargs makes an array of a repeated option). */
function lastOf(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  return String(Array.isArray(value) ? value[value.length - 1] : value);
}

interface OptionValues {
  format: string;
  lang?: ResolvedConfig['lang'];
  locale?: ResolvedConfig['locale'];
  encoding?: string;
  maxWarnings?: number;
  maxFileSize: number;
  concurrency?: number;
}

/** Checks every option that takes a value; a bad one throws a UsageError naming the option and what it takes. */
function optionValues(args: Record<string, unknown>): OptionValues {
  const bad = (flag: string, value: string, expected: string) => new UsageError(`--${flag} "${value}": expected ${expected}`);
  const oneOf = (flag: string, value: string | undefined, allowed: string[]) => {
    if (value !== undefined && !allowed.includes(value)) throw bad(flag, value, `one of ${allowed.join(', ')}`);
    return value;
  };
  const format = oneOf('format', lastOf(args.format), FORMATS) ?? 'stylish';
  const lang = oneOf('lang', lastOf(args.lang), LANGS) as OptionValues['lang'];
  const locale = oneOf('locale', lastOf(args.locale), LANGS) as OptionValues['locale'];
  const encoding = lastOf(args.encoding);
  if (encoding !== undefined && !isKnownEncoding(encoding)) throw bad('encoding', encoding, 'an encoding such as utf-8, windows-1251, koi8-r, utf-16le or utf-16be');
  const mw = lastOf(args.maxWarnings);
  if (mw !== undefined && !/^\s*\d+\s*$/.test(mw)) throw bad('max-warnings', mw, 'a whole number, 0 or more');
  const mfs = lastOf(args.maxFileSize);
  const maxFileSize = parseSize(mfs);
  if (maxFileSize === undefined || maxFileSize <= 0) throw bad('max-file-size', mfs ?? '', 'a size such as 20MB, 500KB or 2GB');
  const conc = lastOf(args.concurrency);
  const concurrency = conc === undefined || conc === 'auto' ? undefined : /^\s*\d+\s*$/.test(conc) ? Number(conc) : NaN;
  if (concurrency !== undefined && !(concurrency >= 1)) throw bad('concurrency', conc ?? '', 'a whole number, 1 or more, or auto');
  return { format, lang, locale, encoding, maxWarnings: mw === undefined ? undefined : Number(mw), maxFileSize, concurrency };
}

/** Runs the CLI; returns the exit code (0 clean, 1 errors or too many warnings, 2 the run failed). */
export async function main(argv: string[], io: CliIO): Promise<number> {
  const rulesById = knownRules();
  let helpShown = false;
  let args: Awaited<ReturnType<ReturnType<typeof buildParser>['parseAsync']>>;
  try {
    const parser = buildParser(argv);
    let printed = '';
    args = await parser.parseAsync(argv, {}, (_err, _argv, output) => {
      printed = output;
    });
    if (printed) {
      io.stdout(printed.endsWith('\n') ? printed : `${printed}\n`);
      helpShown = true;
    }
  } catch (err) {
    io.stderr(`policylint: ${(err as Error).message.split('\n')[0]}\n`);
    return 2;
  }
  if (helpShown) return 0;

  if (args.listRules) {
    io.stdout(listRules(allRules.map((r) => r.meta)));
    return 0;
  }

  let values: OptionValues;
  const cliRules: Record<string, RuleSetting> = {};
  try {
    values = optionValues(args);
    const flags = args.rule === undefined ? [] : Array.isArray(args.rule) ? args.rule : [args.rule];
    for (const flag of flags) {
      const [id, sev] = parseRuleFlag(String(flag), rulesById);
      cliRules[id] = sev;
    }
  } catch (err) {
    io.stderr(`policylint: ${(err as Error).message}\n`);
    return 2;
  }
  const { format } = values;
  const formatter = formatters[format];

  const common = {
    cwd: io.cwd,
    configFile: args.config ? String(args.config) : undefined,
    lang: values.lang,
    locale: values.locale,
    rules: cliRules,
  };
  if (args.printConfig !== undefined) {
    try {
      io.stdout(`${JSON.stringify(await printConfig(String(args.printConfig), common), null, 2)}\n`);
      return 0;
    } catch (err) {
      io.stderr(`policylint: ${(err as Error).message.split('\n').join('; ')}\n`);
      return 2;
    }
  }

  const inputs = (args._ as (string | number)[]).map(String);
  if (inputs.length === 0) {
    io.stderr('policylint: no files given (pass files, directories, globs, or - for stdin; see --help)\n');
    return 2;
  }

  // The report goes to stdout or to --output-file, piece by piece when the format allows it. A
  // write that fails (disk full, a directory, a closed device) is remembered and reported once at
  // the end as the run's failure (exit 2), not thrown: lint errors are exit 1.
  const outputName = args.outputFile ? String(args.outputFile) : undefined;
  let writeError: unknown;
  let sink: { write(s: string): Promise<void>; close(): Promise<void> };
  if (outputName) {
    const target = path.resolve(io.cwd, outputName);
    try {
      await fs.mkdir(path.dirname(target), { recursive: true });
      const handle = await fs.open(target, 'w');
      sink = {
        write: async (t) => {
          if (!t || writeError) return;
          await handle.write(t).catch((err: unknown) => void (writeError = err));
        },
        close: () => handle.close().catch((err: unknown) => void (writeError ??= err)),
      };
    } catch (err) {
      io.stderr(`policylint: ${outputName}: cannot write the report: ${describeWriteError(err)}\n`);
      return 2;
    }
  } else sink = { write: async (t) => void (t && io.stdout(t)), close: async () => undefined };

  const useColor = args.color ?? (io.env.FORCE_COLOR ? io.env.FORCE_COLOR !== '0' : io.stdoutIsTTY && !io.env.NO_COLOR && !outputName);
  const chalk = new Chalk({ level: useColor ? 1 : 0 });
  const streaming = streamingFormatters[format]?.(chalk, values.locale);
  const show = (r: FileResult) => (args.quiet ? onlyErrors(r) : r);
  let first = true;
  let writing = Promise.resolve();
  let outcome: LintFilesOutcome;
  try {
    if (streaming) writing = sink.write(streaming.start());
    outcome = await lintFiles(inputs, {
      ...common,
      encoding: values.encoding,
      stdinFilename: args.stdinFilename ? String(args.stdinFilename) : undefined,
      readStdin: io.readStdin,
      concurrency: values.concurrency,
      maxFileSize: values.maxFileSize,
      onlyPolicies: Boolean(args.onlyPolicies),
      keepSource: !streaming,
      keepView: format === 'html',
      onFileError: (name, reason) => io.stderr(`policylint: ${name}: ${reason}\n`),
      onResult: streaming
        ? (r) => {
            const piece = streaming.file(show(r), first);
            first = false;
            writing = writing.then(() => sink.write(piece));
          }
        : undefined,
    });
  } catch (err) {
    await sink.close();
    if (err instanceof FatalConfigError) {
      io.stderr(`policylint: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  await writing;
  const errors = outcome.errorCount;
  const warnings = args.quiet ? 0 : outcome.warningCount;
  if (streaming) {
    await sink.write(streaming.end({ errorCount: errors, warningCount: warnings, fatalErrorCount: outcome.fatalErrorCount, fileCount: outcome.fileCount }));
  } else {
    await sink.write(formatter(outcome.results.map(show), { palette: chalk, rules: [...allRules.map((r) => r.meta), unusedDisableMeta], cwd: io.cwd, workspace: io.env.GITHUB_WORKSPACE, version: VERSION, locale: common.locale }));
  }
  await sink.close();
  if (writeError) {
    io.stderr(`policylint: ${outputName}: cannot write the report: ${describeWriteError(writeError)}\n`);
    return 2;
  }

  if (outcome.failed) return 2;
  if (errors > 0) return 1;
  if (values.maxWarnings !== undefined && warnings > values.maxWarnings) {
    io.stderr(`policylint: too many warnings (${warnings}, --max-warnings ${values.maxWarnings})\n`);
    return 1;
  }
  return 0;
}

const WRITE_ERRORS: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOTDIR: 'a part of the path is not a directory',
  EEXIST: 'a part of the path is a file',
  EIO: 'input/output error',
  EFBIG: 'the file is too large',
};

/** A write error as one line: what went wrong, and the system's code. */
export function describeWriteError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code && WRITE_ERRORS[code]) return `${WRITE_ERRORS[code]} (${code})`;
  return code ?? String((err as Error)?.message ?? err).split('\n')[0];
}

/** "20MB", "500KB", "2GB", "20" (megabytes) → bytes; undefined when unreadable. */
export function parseSize(value: unknown): number | undefined {
  if (value === undefined) return DEFAULT_MAX_FILE_SIZE;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?\s*$/i.exec(String(value));
  if (!m) return undefined;
  const unit = (m[2] ?? 'mb').toLowerCase()[0];
  return Math.round(Number(m[1]) * (unit === 'b' ? 1 : unit === 'k' ? 1e3 : unit === 'g' ? 1e9 : 1e6));
}

function onlyErrors(r: FileResult): FileResult {
  const messages = r.messages.filter((m) => m.severity === 2);
  return { ...r, messages, warningCount: 0 };
}

export function listRules(metas: readonly RuleMeta[]): string {
  const rows = metas.map((m) => {
    const sevs = [...new Set(Object.values(m.messages).map((x) => x.severity))];
    return [m.id, sevs.length === 1 ? sevs[0] : sevs.sort().join('/'), m.law, m.description.en];
  });
  const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length), ['rule', 'severity', 'law'][i].length));
  const line = (r: string[]) => `${r[0].padEnd(w[0])}  ${r[1].padEnd(w[1])}  ${r[2].padEnd(w[2])}  ${r[3]}\n`;
  return line(['rule', 'severity', 'law', 'checks']) + rows.map(line).join('');
}

/** Entry point of the bin: wires main() to the process. */
export async function run(): Promise<void> {
  // A closed pipe (`policylint … | head`) is not an error of the run: stop quietly.
  // Any other failure of stdout (a full disk behind a redirection) ends the run with one line, exit 2.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.stderr.write(`policylint: stdout: cannot write the report: ${describeWriteError(err)}\n`);
    process.exit(2);
  });
  const code = await main(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const c of process.stdin) chunks.push(c as Buffer);
      return Buffer.concat(chunks);
    },
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: Boolean(process.stdout.isTTY),
  }).catch((err: Error) => {
    process.stderr.write(`policylint: internal error: ${err.message}\n`);
    return 2;
  });
  process.exitCode = code;
}
