/** Shared types of the linter core. Browser-safe: no Node APIs here. */

export type Lang = 'ru' | 'en';
export type SourceFormat = 'markdown' | 'text' | 'html' | 'pdf' | 'docx';
export type SeverityName = 'off' | 'warn' | 'error';
/** 0 off, 1 warning, 2 error (as ESLint). */
export type SeverityLevel = 0 | 1 | 2;

/** A text in both languages the linter speaks. */
export interface Localized {
  en: string;
  ru: string;
}

export interface MessageMeta {
  /** Message template; `{{name}}` is replaced from the report's data. */
  text: Localized;
  /** Default severity of this finding. */
  severity: Exclude<SeverityName, 'off'>;
  /** Law reference when it differs from the rule's, e.g. "152-FZ art. 20 part 1". */
  law?: string;
}

export interface RuleOptionSchema {
  type: 'number' | 'string' | 'boolean' | 'string[]';
  description: string;
  default: unknown;
}

export interface RuleMeta {
  /** kebab-case id, the stem of rules/<id>.ts, docs/rules/<id>.md, test/rules/<id>.test.ts. */
  id: string;
  /** One-line summary. */
  description: Localized;
  /** Law reference, e.g. "152-FZ art. 18.1; art. 14 part 7". */
  law: string;
  messages: Record<string, MessageMeta>;
  options?: Record<string, RuleOptionSchema>;
  /**
   * When this rule reports anything for a file, the other rules' findings are dropped for that
   * file (e.g. "this is not a privacy policy" instead of a wall of "missing" findings).
   */
  exclusive?: boolean;
}

/** Suggested wording for a finding; shown to the user, never applied to the file by policylint. */
export interface Suggestion {
  desc: string;
  text: string;
  /**
   * 'replace' (default): the text replaces the reported span ("within 30 days" → the lawful
   * deadline). 'insert': new text to add after the reported block, for findings about something
   * absent (a clause the policy lacks), whose span is only where it belongs.
   */
  kind?: 'replace' | 'insert';
}

/** What a rule reports. Offsets are in `doc.text` coordinates; the engine maps them to the file. */
export interface ReportDescriptor {
  messageId: string;
  /** [start, end) in doc.text. Omit for a finding about the whole file (reported at 1:1). */
  range?: readonly [number, number];
  data?: Record<string, string | number>;
  suggestions?: Suggestion[];
}

export interface RuleContext {
  readonly doc: import('./document.js').PolicyDocument;
  readonly options: Readonly<Record<string, unknown>>;
  report(descriptor: ReportDescriptor): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

/**
 * Where a reader finds a spot of a document that is not text (docs/formats.md): a PDF's page and
 * line on that page, a Word file's paragraph in the body and its number.
 */
export interface SourceLocation {
  page?: number;
  pageLine?: number;
  paragraph?: number;
  clause?: string;
}

/** One finding in the output contract (docs/architecture.md, "Output contracts"; docs/formats.md for the PDF and Word fields). */
export interface LintMessage extends SourceLocation {
  ruleId: string | null;
  messageId?: string;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  law?: string;
  url?: string;
  fatal?: true;
  data?: Record<string, string | number>;
  suggestions?: Suggestion[];
}

export interface SuppressedMessage extends LintMessage {
  suppressions: { kind: 'directive'; justification: string }[];
}

export interface FileResult {
  filePath: string;
  language?: Lang;
  format?: SourceFormat;
  encoding?: string;
  messages: LintMessage[];
  suppressedMessages?: SuppressedMessage[];
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
  /** Source text, kept for formatters that show it (not serialised by the json formatter). */
  source?: string;
  /** PDF and Word: where each line of `source` is in the document (not serialised either). */
  locations?: (SourceLocation | undefined)[];
  /** The policy as a reader sees it, kept for the HTML report (not serialised by the json formatter). */
  view?: ReaderView;
}

/**
 * A policy as its reader sees it: the prose text in blocks (headings, paragraphs, list items, table
 * rows), with the map back to the source that findings' line:column point into. Plain data, so it
 * crosses worker threads and can come from any input format (docs/html-report.md).
 */
export interface ReaderView {
  /** The prose text; blocks and cells are [start, end) in it. */
  text: string;
  blocks: ReaderBlock[];
  /** Runs of `text` copied from `FileResult.source`, in text order; the rest of `text` has no counterpart there. */
  segments: { textStart: number; sourceStart: number; length: number }[];
}

export interface ReaderBlock {
  kind: 'heading' | 'paragraph' | 'list-item' | 'table-row';
  start: number;
  end: number;
  /** Heading level (1–6), or list nesting (1 = top level); 0 for paragraphs and rows. */
  depth: number;
  /** A list item of a numbered list whose numbers are not part of the text (HTML <ol>). */
  ordered?: boolean;
  /** Where the text after the block's own clause number ("7.1. ") starts, when it has one. */
  contentStart?: number;
  /** Table cells as [start, end) in text; rows of one table share `table`. */
  cells?: [number, number][];
  header?: boolean;
  table?: number;
  /** 1-based page of a paged source (PDF); the report marks where a new page starts. */
  page?: number;
}

/** A rule's configured setting: severity, or [severity, options]. */
export type RuleSetting = SeverityName | 0 | 1 | 2 | [SeverityName | 0 | 1 | 2, Record<string, unknown>?];
