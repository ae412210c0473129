import type { FileResult, Lang, LintMessage, ReportDescriptor, Rule, RuleMeta, SourceFormat, SuppressedMessage } from './types.js';
import { PolicyDocument } from './document.js';
import { parseSource } from './parse/index.js';
import { readerViewOf } from './reader-view.js';
import { type ResolvedConfig, optionsOf, severityOf } from './config.js';
import { applyDirectives, parseDirectives, unusedDirectives, unusedDisableMeta } from './suppress.js';

export interface LintInput {
  source: string;
  filePath: string;
  format: SourceFormat;
  encoding?: string;
  /** Units already made by the reader of a PDF or Word file (else the source is parsed by format). */
  parsed?: import('./parse/units.js').ParsedSource;
}

export interface EngineOptions {
  rules: readonly Rule[];
  config: ResolvedConfig;
  /** Base of the docs links: `${docsBase}/${ruleId}.md`. */
  docsBase: string;
  /** Keep the reader view of the policy on the result (`view`, for the HTML report). */
  readerView?: boolean;
}

/** Builds the model once, runs every enabled rule over it, and returns the file's result. */
export function lintSource(input: LintInput, options: EngineOptions): FileResult {
  const { config } = options;
  const langOverride: Lang | undefined = config.lang === 'auto' ? undefined : config.lang;
  const doc = new PolicyDocument(input.source, input.format, input.parsed ?? parseSource(input.source, input.format), langOverride);
  doc.filePath = input.filePath;
  const locale: Lang = config.locale === 'auto' ? doc.lang : config.locale;

  const messages: LintMessage[] = [];
  // Exclusive rules run first; if one reports, it speaks for the whole file.
  const ordered = [...options.rules.filter((r) => r.meta.exclusive), ...options.rules.filter((r) => !r.meta.exclusive)];
  let spokenFor = false;
  for (const rule of ordered) {
    if (spokenFor && !rule.meta.exclusive) break;
    const setting = config.rules[rule.meta.id];
    if (setting !== undefined && severityOf(setting) === 0) continue;
    const reports: ReportDescriptor[] = [];
    const context = {
      doc,
      options: optionsOf(rule.meta, setting),
      report: (d: ReportDescriptor) => {
        reports.push(d);
      },
    };
    try {
      rule.check(context);
    } catch (err) {
      messages.push(fatal(`internal error in rule ${rule.meta.id}: ${(err as Error).message}`, rule.meta.id));
      continue;
    }
    for (const r of reports) messages.push(toMessage(rule.meta, r, doc, setting === undefined ? undefined : severityOf(setting), locale, options.docsBase));
    if (rule.meta.exclusive && reports.length) spokenFor = true;
  }

  const directives = parseDirectives(input.source, doc.lines);
  const { kept, suppressed } = applyDirectives(messages, directives);
  const unusedSetting = config.rules[unusedDisableMeta.id];
  if (unusedSetting === undefined || severityOf(unusedSetting) !== 0) {
    for (const { directive, rules } of unusedDirectives(directives)) {
      const sev = unusedSetting === undefined ? 1 : severityOf(unusedSetting);
      kept.push({
        ruleId: unusedDisableMeta.id,
        messageId: 'unused',
        severity: sev === 2 ? 2 : 1,
        message: interpolate(unusedDisableMeta.messages.unused.text[locale], {
          kind: directive.kind,
          detail: rules.length ? ` (${rules.join(', ')})` : '',
        }),
        line: directive.line,
        column: directive.column,
        endLine: directive.endLine,
        endColumn: directive.endColumn,
        url: `${options.docsBase}/${unusedDisableMeta.id}.md`,
      });
    }
  }
  const result = finishResult(
    { filePath: input.filePath, language: doc.lang, format: input.format, encoding: input.encoding, source: input.source },
    kept,
    suppressed,
  );
  if (options.readerView) result.view = readerViewOf(doc);
  return result;
}

function toMessage(meta: RuleMeta, r: ReportDescriptor, doc: PolicyDocument, configured: number | undefined, locale: Lang, docsBase: string): LintMessage {
  const m = meta.messages[r.messageId];
  if (!m) throw new Error(`rule ${meta.id} reported unknown messageId "${r.messageId}"`);
  const severity: 1 | 2 = configured === undefined ? (m.severity === 'error' ? 2 : 1) : configured === 1 ? 1 : 2;
  const loc = r.range ? doc.location(r.range) : { line: 1, column: 1, endLine: 1, endColumn: 1 };
  const msg: LintMessage = {
    ruleId: meta.id,
    messageId: r.messageId,
    severity,
    message: interpolate(m.text[locale], r.data),
    ...loc,
    law: m.law ?? meta.law,
    url: `${docsBase}/${meta.id}.md`,
  };
  if (r.data) msg.data = r.data;
  if (r.suggestions?.length) msg.suggestions = r.suggestions;
  return msg;
}

export function interpolate(template: string, data?: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => (data && key in data ? String(data[key]) : whole));
}

export function fatal(reason: string, ruleId: string | null = null): LintMessage {
  return { ruleId, severity: 2, message: reason, line: 1, column: 1, fatal: true };
}

/** Sorts, de-duplicates and counts. */
export function finishResult(
  base: Omit<FileResult, 'messages' | 'errorCount' | 'warningCount' | 'fatalErrorCount'>,
  messages: LintMessage[],
  suppressed: SuppressedMessage[] = [],
): FileResult {
  const sorted = [...messages].sort(
    (a, b) =>
      a.line - b.line ||
      a.column - b.column ||
      (a.ruleId ?? '').localeCompare(b.ruleId ?? '') ||
      (a.messageId ?? '').localeCompare(b.messageId ?? ''),
  );
  const seen = new Set<string>();
  const unique = sorted.filter((m) => {
    const key = `${m.ruleId}|${m.messageId}|${m.line}|${m.column}|${m.endLine}|${m.endColumn}|${m.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const result: FileResult = {
    ...base,
    messages: unique,
    errorCount: unique.filter((m) => m.severity === 2).length,
    warningCount: unique.filter((m) => m.severity === 1).length,
    fatalErrorCount: unique.filter((m) => m.fatal).length,
  };
  if (suppressed.length) result.suppressedMessages = suppressed;
  return result;
}

/** The result for a file that could not be read or decoded. */
export function fatalResult(filePath: string, reason: string): FileResult {
  return finishResult({ filePath }, [fatal(reason)]);
}
