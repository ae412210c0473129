/**
 * Findings as the Language Server Protocol shows them: diagnostics, hovers and quick fixes.
 * Pure functions of a finding and the document's text (docs/editors.md).
 */
import type { CodeAction, Diagnostic, Hover, Position, Range, TextEdit } from 'vscode-languageserver';
import { LineIndex } from '../core/text.js';
import type { Lang, LintMessage, SourceFormat, Suggestion } from '../core/types.js';

export const SOURCE = 'policylint';

/** What a diagnostic carries back to the server in `data` (for code actions). */
export interface DiagnosticData {
  messageId?: string;
  law?: string;
  suggestions?: Suggestion[];
}

/** A finding with the localised citation that JSON output carries beside `law`, when it does. */
type Finding = LintMessage & { lawText?: string };

/**
 * The finding's range in LSP terms. The linter's line/column are 1-based with an exclusive end
 * column, counted in UTF-16 code units of the source — as LSP's 0-based `character` is.
 */
export function rangeOf(m: LintMessage): Range {
  const start: Position = { line: m.line - 1, character: m.column - 1 };
  const end: Position = { line: (m.endLine ?? m.line) - 1, character: (m.endColumn ?? m.column) - 1 };
  return { start, end };
}

export function toDiagnostic(m: Finding): Diagnostic {
  const d: Diagnostic = {
    range: rangeOf(m),
    // DiagnosticSeverity: 1 error, 2 warning.
    severity: m.severity === 2 ? 1 : 2,
    source: SOURCE,
    message: m.message,
  };
  if (m.ruleId) d.code = m.ruleId;
  if (m.url) d.codeDescription = { href: m.url };
  const data: DiagnosticData = { messageId: m.messageId, law: m.lawText ?? m.law, suggestions: m.suggestions };
  d.data = data;
  return d;
}

const LABELS = {
  en: { article: 'Law', suggested: 'Suggested wording', replace: 'replaces the highlighted text', insert: 'to add after this block', docs: 'Rule documentation', error: 'error', warning: 'warning' },
  ru: { article: 'Закон', suggested: 'Предлагаемая формулировка', replace: 'вместо выделенного текста', insert: 'добавить после этого блока', docs: 'Описание правила', error: 'ошибка', warning: 'предупреждение' },
} as const;

/** Markdown of one finding for a hover: the message, the article, the suggested wording, the docs link. */
export function hoverMarkdown(m: Finding, locale: Lang): string {
  const t = LABELS[locale];
  const parts = [`**policylint** · \`${m.ruleId ?? 'error'}\` · ${m.severity === 2 ? t.error : t.warning}`, '', m.message];
  const law = m.lawText ?? m.law;
  if (law) parts.push('', `**${t.article}:** ${law}`);
  for (const s of m.suggestions ?? []) {
    parts.push('', `**${t.suggested}** (${s.kind === 'insert' ? t.insert : t.replace}): ${s.desc}`, '', ...s.text.split(/\r?\n/).map((l) => `> ${l}`));
  }
  if (m.url) parts.push('', `[${t.docs}: ${m.ruleId}](${m.url})`);
  return parts.join('\n');
}

function contains(r: Range, p: Position): boolean {
  const after = p.line > r.start.line || (p.line === r.start.line && p.character >= r.start.character);
  const before = p.line < r.end.line || (p.line === r.end.line && p.character <= r.end.character);
  return after && before;
}

/** The hover at a position: every finding whose range holds it, or undefined. */
export function hoverAt(messages: readonly Finding[], position: Position, locale: Lang): Hover | undefined {
  const here = messages.filter((m) => contains(rangeOf(m), position));
  if (!here.length) return undefined;
  return {
    contents: { kind: 'markdown', value: here.map((m) => hoverMarkdown(m, locale)).join('\n\n---\n\n') },
    range: rangeOf(here[0]),
  };
}

function offsetOf(lines: LineIndex, p: Position): number {
  return lines.lineStart(p.line + 1) + p.character;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The edit of one suggestion, or undefined when it has no sensible place. 'replace' replaces the
 * finding's range; 'insert' adds the text as a paragraph of its own after the line where the
 * finding ends (a heading, or line 1 for a finding about the whole file), blank lines around it.
 * In HTML the paragraph is a <p>, and only after an element the finding points at.
 */
export function suggestionEdit(m: LintMessage, s: Suggestion, text: string, format: SourceFormat): TextEdit | undefined {
  const range = rangeOf(m);
  const lines = new LineIndex(text);
  if (s.kind !== 'insert') {
    // Replacing a span of HTML that holds tags would break the markup.
    if (format === 'html' && /[<>]/.test(text.slice(offsetOf(lines, range.start), offsetOf(lines, range.end)))) return undefined;
    return { range, newText: s.text };
  }
  const empty = range.start.line === range.end.line && range.start.character === range.end.character;
  if (format === 'html' && empty) return undefined;
  const block = format === 'html' ? `<p>${escapeHtml(s.text)}</p>` : s.text;
  const line = range.end.line + 1; // 1-based
  const at = { line: range.end.line, character: lines.lineEnd(line) - lines.lineStart(line) };
  const next = line < lines.lineCount ? text.slice(lines.lineStart(line + 1), lines.lineEnd(line + 1)) : '';
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  return { range: { start: at, end: at }, newText: `${eol}${eol}${block}${next.trim() ? eol : ''}` };
}

function overlaps(a: Range, b: Range): boolean {
  const before = (p: Position, q: Position) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

/**
 * Quick fixes for the findings at a range: one action per suggestion, each a workspace edit of the
 * document. Offered only; policylint never applies them itself.
 */
export function codeActionsFor(
  uri: string,
  messages: readonly LintMessage[],
  requested: Range,
  text: string,
  format: SourceFormat,
): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const m of messages) {
    if (!m.suggestions?.length || !overlaps(rangeOf(m), requested)) continue;
    const diagnostic = toDiagnostic(m);
    for (const s of m.suggestions) {
      const edit = suggestionEdit(m, s, text, format);
      if (!edit) continue;
      actions.push({
        title: `policylint: ${s.desc}`,
        kind: 'quickfix',
        diagnostics: [diagnostic],
        isPreferred: m.suggestions.length === 1,
        edit: { changes: { [uri]: [edit] } },
      });
    }
  }
  return actions;
}
