/**
 * GitHub Actions workflow commands (docs/architecture.md, "Output contracts"): one `::error` / `::warning` line per finding,
 * which the runner turns into an annotation on the file and lines. Pure and browser-safe.
 */
import type { FileResult, LintMessage } from '../types.js';
import type { FormatContext } from './index.js';
import { relativePath } from './paths.js';

/** GitHub shows at most this many error and this many warning annotations per step. */
export const ANNOTATIONS_PER_STEP = 10;

export type AnnotationKind = 'error' | 'warning';

/** What GitHub needs to place one annotation; columns are GitHub's (end column inclusive). */
export interface Annotation {
  kind: AnnotationKind;
  message: string;
  title: string;
  file: string;
  line: number;
  col?: number;
  endLine?: number;
  endColumn?: number;
}

/** Escapes workflow-command data (the message), as @actions/core does. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow-command property value: also ':' and ','. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** The path GitHub matches against the diff: relative to the repository root when inside it. */
export function repoRelativePath(filePath: string, ctx: FormatContext): string {
  return relativePath(ctx.workspace ?? ctx.cwd, filePath, ctx.cwd) ?? filePath.replace(/\\/g, '/');
}

/**
 * One finding as an annotation. Our end column is exclusive, GitHub's inclusive; a finding that
 * spans lines gets lines only (GitHub ignores columns then), a zero-width one a line (and column).
 */
export function toAnnotation(m: LintMessage, file: string): Annotation {
  const kind: AnnotationKind = m.severity === 2 ? 'error' : 'warning';
  const title = m.fatal ? 'policylint' : m.ruleId ?? 'policylint';
  const a: Annotation = { kind, message: m.message, title, file, line: m.line };
  let endLine = m.endLine ?? m.line;
  let endColumn = m.endColumn ?? m.column;
  // A span that ends at column 1 ends with the previous line's line break.
  if (endLine > m.line && endColumn === 1) {
    endLine -= 1;
    endColumn = Number.POSITIVE_INFINITY;
  }
  if (endLine > m.line) {
    a.endLine = endLine;
  } else if (endColumn > m.column && Number.isFinite(endColumn)) {
    a.col = m.column;
    a.endLine = m.line;
    a.endColumn = endColumn - 1;
  } else if (m.column > 1) {
    a.col = m.column;
  }
  return a;
}

/** The workflow command for an annotation. */
export function annotationCommand(a: Annotation): string {
  const props: [string, string | number | undefined][] = [
    ['file', a.file],
    ['line', a.line],
    ['col', a.col],
    ['endLine', a.endLine],
    ['endColumn', a.endColumn],
    ['title', a.title],
  ];
  const p = props
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${a.kind} ${p}::${escapeData(a.message)}`;
}

/** Every finding of every file as an annotation, in report order. */
export function annotationsOf(results: readonly FileResult[], ctx: FormatContext): Annotation[] {
  const out: Annotation[] = [];
  for (const r of results) {
    const file = repoRelativePath(r.filePath, ctx);
    for (const m of r.messages) out.push(toAnnotation(m, file));
  }
  return out;
}

export function formatGithub(results: readonly FileResult[], ctx: FormatContext = {}): string {
  const annotations = annotationsOf(results, ctx);
  let out = annotations.map((a) => `${annotationCommand(a)}\n`).join('');
  const errors = annotations.filter((a) => a.kind === 'error').length;
  const warnings = annotations.length - errors;
  if (errors > ANNOTATIONS_PER_STEP || warnings > ANNOTATIONS_PER_STEP) {
    // A plain log line, not a command: GitHub shows only the first annotations of each kind.
    out += `policylint: ${errors} error(s) and ${warnings} warning(s); GitHub shows at most ${ANNOTATIONS_PER_STEP} error and ${ANNOTATIONS_PER_STEP} warning annotations per step, so some are only listed in this log.\n`;
  }
  return out;
}
