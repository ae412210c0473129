import { lintSource } from '../../src/core/engine.js';
import { rules } from '../../rules/index.js';
import type { LintMessage, Rule, RuleSetting, SourceFormat } from '../../src/core/types.js';
import { PolicyDocument } from '../../src/core/document.js';
import { parseSource } from '../../src/core/parse/index.js';

export const DOCS = 'https://example.test/docs/rules';

/** Lints a string with one rule (or all) and returns the messages. */
export function lint(
  source: string,
  opts: { rule?: string; format?: SourceFormat; lang?: 'auto' | 'ru' | 'en'; settings?: Record<string, RuleSetting>; locale?: 'auto' | 'ru' | 'en' } = {},
): LintMessage[] {
  const selected: readonly Rule[] = opts.rule ? rules.filter((r) => r.meta.id === opts.rule) : rules;
  if (opts.rule && selected.length === 0) throw new Error(`no rule ${opts.rule}`);
  const result = lintSource(
    { source, filePath: 'test', format: opts.format ?? 'text' },
    { rules: selected, config: { lang: opts.lang ?? 'auto', locale: opts.locale ?? 'auto', rules: opts.settings ?? {} }, docsBase: DOCS },
  );
  return result.messages.filter((m) => m.ruleId !== 'unused-disable' || !opts.rule);
}

/** Compact "line:col ruleId/messageId" lines, for exact assertions. */
export function brief(messages: LintMessage[]): string[] {
  return messages.map((m) => `${m.line}:${m.column} ${m.ruleId}/${m.messageId}`);
}

/** The source text a message points at (its range in the file). */
export function textAt(source: string, m: Pick<LintMessage, 'line' | 'column' | 'endLine' | 'endColumn'>): string {
  const lines = source.split(/\r\n|\r|\n/);
  if (m.endLine === undefined || m.endColumn === undefined) return '';
  if (m.line === m.endLine) return lines[m.line - 1].slice(m.column - 1, m.endColumn - 1);
  const parts = [lines[m.line - 1].slice(m.column - 1)];
  for (let l = m.line + 1; l < m.endLine; l++) parts.push(lines[l - 1]);
  parts.push(lines[m.endLine - 1].slice(0, m.endColumn - 1));
  return parts.join('\n');
}

export function model(source: string, format: SourceFormat = 'text'): PolicyDocument {
  return new PolicyDocument(source, format, parseSource(source, format));
}
