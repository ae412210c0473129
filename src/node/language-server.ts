/**
 * `policylint-language-server --stdio`: findings as editor diagnostics while a policy is edited,
 * with hovers and quick fixes (docs/editors.md). Lints through the same path as the CLI.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import picomatch from 'picomatch';
import {
  type Connection,
  createConnection,
  type InitializeResult,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ConfigError } from '../core/config.js';
import { formatFromName } from '../core/load.js';
import { looksLikePolicy } from '../core/policy-file.js';
import type { Lang, LintMessage, SourceFormat } from '../core/types.js';
import { ConfigFinder, type CliOverrides, type LoadedConfig, isIgnored, resolveFor } from './config-files.js';
import { knownRules } from './lint-files.js';
import { lintText } from './lint-one.js';
import { codeActionsFor, hoverAt, SOURCE, toDiagnostic } from './lsp.js';

declare const __VERSION__: string;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

/** Pause after the last keystroke before a document is linted again. */
const DEFAULT_DEBOUNCE_MS = 300;
/** Documents larger than this are not linted as you type (the CLI's default limit). */
const MAX_CHARS = 20e6;

// VS Code's language ids, and Neovim's filetype `text`.
const LANGUAGE_FORMATS: Record<string, SourceFormat> = { markdown: 'markdown', plaintext: 'text', text: 'text', html: 'html' };

/** Options a client may pass in `initializationOptions`. */
export interface ServerOptions {
  /** Language of the messages: 'auto' (the policy's), 'ru' or 'en'. Overrides the config, as --locale does. */
  locale?: CliOverrides['locale'];
  /** Language of the policy, as --lang. */
  lang?: CliOverrides['lang'];
  /** Milliseconds to wait after an edit before linting (default 300). */
  debounceMs?: number;
}

/** What the last lint of a document found, for hovers and code actions. */
interface Linted {
  version: number;
  text: string;
  format: SourceFormat;
  locale: Lang;
  messages: LintMessage[];
}

function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/**
 * Whether the config picks the file: ignored by `ignorePatterns` → false; named by the config's
 * `files` patterns, where the config has them → true; otherwise undefined (the policy test decides).
 */
function pickedByConfig(loaded: LoadedConfig | undefined, file: string): boolean | undefined {
  if (!loaded) return undefined;
  if (isIgnored(loaded, file)) return false;
  const files = (loaded.config as { files?: unknown }).files;
  if (Array.isArray(files) && files.length && files.every((f) => typeof f === 'string')) {
    const rel = path.relative(loaded.dir, file).split(path.sep).join('/');
    if (picomatch(files as string[], { dot: true })(rel)) return true;
  }
  return undefined;
}

function oneLine(err: unknown): string {
  return ((err as Error).message ?? String(err)).split('\n').join('; ');
}

export function startLanguageServer(argv: string[] = process.argv.slice(2)): Connection | undefined {
  if (argv.includes('--version') || argv.includes('-v')) {
    process.stdout.write(`${VERSION}\n`);
    return undefined;
  }
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(
      'Usage: policylint-language-server --stdio\n\nThe policylint language server: diagnostics, hovers and quick fixes for privacy policies\nin any editor with an LSP client. See docs/editors.md.\n',
    );
    return undefined;
  }
  const transport = argv.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket=') || a.startsWith('--pipe='));
  // Without a transport flag the server speaks over stdio, the transport every LSP client knows.
  const connection = transport ? createConnection(ProposedFeatures.all) : createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  const documents = new TextDocuments(TextDocument);
  const rules = knownRules();
  const linted = new Map<string, Linted>();
  const timers = new Map<string, NodeJS.Timeout>();
  const seen = new Set<string>();
  let options: ServerOptions = {};
  let debounceMs = DEFAULT_DEBOUNCE_MS;

  const publish = (doc: TextDocument, diagnostics: ReturnType<typeof toDiagnostic>[]) =>
    connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });

  async function lint(uri: string): Promise<void> {
    const doc = documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    const text = doc.getText();
    const file = filePathOf(uri);
    const name = file ?? decodeURIComponent(uri.replace(/^[a-z][a-z0-9+.-]*:/i, ''));
    const format = formatFromName(name) ?? LANGUAGE_FORMATS[doc.languageId];
    const stillCurrent = () => documents.get(uri)?.version === version;
    const clear = () => {
      linted.delete(uri);
      publish(doc, []);
    };
    if (!format || text.trim() === '' || text.length > MAX_CHARS) return clear();
    try {
      // A fresh finder each time: an edited config takes effect at the next lint.
      const loaded = file ? await new ConfigFinder(rules).find(path.dirname(file)) : undefined;
      const picked = file ? pickedByConfig(loaded, file) : undefined;
      if (picked === false || (picked === undefined && !looksLikePolicy(name, text))) {
        if (stillCurrent()) clear();
        return;
      }
      const config = resolveFor(loaded, file, { lang: options.lang, locale: options.locale });
      const result = await lintText(text, name, config, { format });
      if (!stillCurrent()) return;
      const locale: Lang = config.locale === 'auto' ? (result.language ?? 'en') : config.locale;
      linted.set(uri, { version, text, format: result.format ?? format, locale, messages: result.messages });
      publish(doc, result.messages.map(toDiagnostic));
    } catch (err) {
      if (!stillCurrent()) return;
      linted.delete(uri);
      if (!(err instanceof ConfigError)) connection.console.error(`policylint: ${name}: ${(err as Error).stack ?? err}`);
      const at = { line: 0, character: 0 };
      publish(doc, [{ range: { start: at, end: at }, severity: 1, source: SOURCE, message: oneLine(err) }]);
    }
  }

  function schedule(uri: string, delay: number): void {
    clearTimeout(timers.get(uri));
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        void lint(uri);
      }, delay),
    );
  }

  connection.onInitialize((params): InitializeResult => {
    options = (params.initializationOptions ?? {}) as ServerOptions;
    if (typeof options.debounceMs === 'number' && options.debounceMs >= 0) debounceMs = options.debounceMs;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix'] },
      },
      serverInfo: { name: 'policylint-language-server', version: VERSION },
    };
  });

  // Opened: lint at once. Edited: lint when the typing pauses.
  documents.onDidChangeContent(({ document }) => {
    const first = !seen.has(document.uri);
    seen.add(document.uri);
    schedule(document.uri, first ? 0 : debounceMs);
  });
  documents.onDidClose(({ document }) => {
    clearTimeout(timers.get(document.uri));
    timers.delete(document.uri);
    seen.delete(document.uri);
    linted.delete(document.uri);
    connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });
  // A config file changed (clients that watch files say so): lint every open document again.
  const relintAll = () => {
    for (const doc of documents.all()) schedule(doc.uri, 0);
  };
  connection.onDidChangeWatchedFiles(relintAll);
  connection.onDidChangeConfiguration(relintAll);

  const current = (uri: string): Linted | undefined => {
    const l = linted.get(uri);
    return l && documents.get(uri)?.version === l.version ? l : undefined;
  };
  connection.onHover(({ textDocument, position }) => {
    const l = current(textDocument.uri);
    return l ? hoverAt(l.messages, position, l.locale) : undefined;
  });
  connection.onCodeAction(({ textDocument, range }) => {
    const l = current(textDocument.uri);
    return l ? codeActionsFor(textDocument.uri, l.messages, range, l.text, l.format) : [];
  });

  documents.listen(connection);
  connection.listen();
  return connection;
}
