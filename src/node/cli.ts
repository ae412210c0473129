import { promises as fs } from 'node:fs';
import path from 'node:path';
import yargs from 'yargs';
import { Chalk } from 'chalk';
import { rules as allRules } from '../../rules/index.js';
import { parseRuleFlag, type ResolvedConfig } from '../core/config.js';
import { formatters } from '../core/formatters/index.js';
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

function buildParser(argv: string[]) {
  return yargs(argv)
    .scriptName('policylint')
    .usage('$0 [options] <file|dir|glob|->...\n\nChecks privacy policies against 152-FZ "On Personal Data".')
    .option('format', { alias: 'f', type: 'string', default: 'stylish', describe: `Report format: ${FORMATS.join(' | ')}` })
    .option('output-file', { alias: 'o', type: 'string', describe: 'Write the report to a file instead of stdout' })
    .option('config', { alias: 'c', type: 'string', describe: 'Use this config file (no discovery)' })
    .option('lang', { type: 'string', choices: ['auto', 'ru', 'en'], describe: 'Document language (default: auto)' })
    .option('locale', { type: 'string', choices: ['auto', 'ru', 'en'], describe: 'Language of messages (default: the document language)' })
    .option('rule', { type: 'string', array: true, describe: 'Override a rule: <id>:<off|warn|error> (repeatable)' })
    .option('max-warnings', { type: 'number', describe: 'Exit 1 when warnings exceed this number' })
    .option('quiet', { type: 'boolean', default: false, describe: 'Report errors only' })
    .option('color', { type: 'boolean', describe: 'Force colours on or off (--no-color)' })
    .option('stdin-filename', { type: 'string', describe: 'Name used for stdin input in reports' })
    .option('max-file-size', { type: 'string', describe: 'Refuse files larger than this (default 20MB)' })
    .option('concurrency', { type: 'string', describe: 'Worker threads: a number, or auto (the cores, when there are many files)' })
    .option('encoding', { type: 'string', describe: 'Force the input encoding (utf-8, windows-1251, koi8-r, utf-16le, …)' })
    .option('list-rules', { type: 'boolean', default: false, describe: 'List every rule with its severity and law reference' })
    .option('print-config', { type: 'string', describe: 'Print the resolved config for a file' })
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

  const format = String(args.format);
  const formatter = formatters[format];
  if (!formatter) {
    io.stderr(`policylint: unknown format "${format}" (use ${Object.keys(formatters).join(', ')})\n`);
    return 2;
  }

  const cliRules: Record<string, RuleSetting> = {};
  try {
    for (const flag of (args.rule as string[] | undefined) ?? []) {
      const [id, sev] = parseRuleFlag(flag, rulesById);
      cliRules[id] = sev;
    }
  } catch (err) {
    io.stderr(`policylint: ${(err as Error).message}\n`);
    return 2;
  }

  const common = {
    cwd: io.cwd,
    configFile: args.config ? String(args.config) : undefined,
    lang: args.lang as ResolvedConfig['lang'] | undefined,
    locale: args.locale as ResolvedConfig['locale'] | undefined,
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
  const maxFileSize = parseSize(args.maxFileSize);
  if (maxFileSize === undefined) {
    io.stderr(`policylint: --max-file-size "${args.maxFileSize}": expected a size such as 20MB, 500KB or 2GB\n`);
    return 2;
  }
  const concurrency = args.concurrency === undefined || args.concurrency === 'auto' ? undefined : Number(args.concurrency);
  if (concurrency !== undefined && (!Number.isInteger(concurrency) || concurrency < 1)) {
    io.stderr(`policylint: --concurrency "${args.concurrency}": expected a positive whole number or auto\n`);
    return 2;
  }

  // The report goes to stdout or to --output-file, piece by piece when the format allows it.
  let sink: { write(s: string): Promise<void>; close(): Promise<void> };
  if (args.outputFile) {
    const target = path.resolve(io.cwd, String(args.outputFile));
    try {
      await fs.mkdir(path.dirname(target), { recursive: true });
      const handle = await fs.open(target, 'w');
      sink = { write: async (t) => void (t && (await handle.write(t))), close: () => handle.close() };
    } catch (err) {
      io.stderr(`policylint: cannot write ${args.outputFile}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}\n`);
      return 2;
    }
  } else sink = { write: async (t) => void (t && io.stdout(t)), close: async () => undefined };

  const useColor = args.color ?? (io.env.FORCE_COLOR ? io.env.FORCE_COLOR !== '0' : io.stdoutIsTTY && !io.env.NO_COLOR && !args.outputFile);
  const chalk = new Chalk({ level: useColor ? 1 : 0 });
  const streaming = streamingFormatters[format]?.(chalk);
  const show = (r: FileResult) => (args.quiet ? onlyErrors(r) : r);
  let first = true;
  let writing = Promise.resolve();
  let outcome: LintFilesOutcome;
  try {
    if (streaming) writing = sink.write(streaming.start());
    outcome = await lintFiles(inputs, {
      ...common,
      encoding: args.encoding ? String(args.encoding) : undefined,
      stdinFilename: args.stdinFilename ? String(args.stdinFilename) : undefined,
      readStdin: io.readStdin,
      concurrency,
      maxFileSize,
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

  if (outcome.failed) return 2;
  if (errors > 0) return 1;
  if (typeof args.maxWarnings === 'number' && args.maxWarnings >= 0 && warnings > args.maxWarnings) {
    io.stderr(`policylint: too many warnings (${warnings}, --max-warnings ${args.maxWarnings})\n`);
    return 1;
  }
  return 0;
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
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
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
