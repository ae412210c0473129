import { lintSource } from '../../src/core/engine.js';
import '../../src/core/parse/all.js';
import { parseSource } from '../../src/core/parse/index.js';
import { pathologicalInline } from '../../src/core/parse/markdown.js';
import { rules } from '../../rules/index.js';
import { formatStylish } from '../../src/core/formatters/stylish.js';
import type { SourceFormat } from '../../src/core/types.js';

// Markdown whose brackets, links or emphasis make the Markdown parser (micromark) quadratic: the
// linter reads it as plain text instead, says so in the result's `notes`, and finishes. No timing
// is asserted (that is bench/'s job): before the guard these inputs took minutes, so the jest
// timeout below is what fails.
const POLICY = [
  '# Политика обработки персональных данных',
  '',
  '1. Общие положения. Настоящая Политика определяет порядок обработки персональных данных пользователей сайта.',
  '2. Ответ на запрос субъекта даётся в течение 30 дней.',
  '',
].join('\n');

const lintAs = (source: string, format: SourceFormat) =>
  lintSource({ source, filePath: 'p.md', format }, { rules, config: { lang: 'auto', locale: 'auto', rules: {} }, docsBase: 'https://example.test' });

const where = (r: ReturnType<typeof lintAs>) => r.messages.map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.ruleId}/${m.messageId}`);

describe('Markdown the parser cannot read in linear time', () => {
  test.each([
    ['100 KB of nested "["', '['.repeat(100_000)],
    ['"[a" then as many "]"', '[a'.repeat(30_000) + ']'.repeat(30_000)],
    ['a chain of "[a](" (link destinations never closed)', '[a]('.repeat(25_000)],
    ['closed "[a]" shortcut references', '[a] '.repeat(60_000)],
    ['"[a][b]" full references', '[a][b] '.repeat(40_000)],
    ['unclosed emphasis', '*a '.repeat(300_000)],
    ['unclosed code spans', '`a '.repeat(300_000)],
  ])('%s: read as plain text, with a note, and finishes', (_name, paragraph) => {
    const source = `${POLICY}\n${paragraph}\n`;
    expect(pathologicalInline(source)).toBeDefined();
    const parsed = parseSource(source, 'markdown');
    expect(parsed.note).toMatch(/^read as plain text/);
    const md = lintAs(source, 'markdown');
    expect(md.notes).toEqual([parsed.note]);
    expect(md.format).toBe('markdown');
    expect(md.fatalErrorCount).toBe(0);
    // The plain-text reading: the same findings at the same places as the file read as .txt.
    const txt = lintAs(source, 'text');
    expect(where(md)).toEqual(where(txt));
    expect(txt.notes).toBeUndefined();
    // The stylish report says so under the file's findings; the counts are the findings' alone.
    expect(formatStylish([md])).toContain(`\n  ${md.locale === 'ru' ? 'примечание' : 'note'}: ${parsed.note}\n`);
    expect(md.errorCount + md.warningCount).toBe(md.messages.length);
  }, 60_000);

  test('ordinary Markdown is still read as Markdown: links, emphasis, tables, many paragraphs', () => {
    const links = Array.from({ length: 100 }, (_, i) => `Получатель ${i}: [ООО «Ромашка ${i}»](https://example.test/${i}) — **хостинг** и _резервное_ копирование \`backup-${i}\`.`).join('\n\n');
    const source = `${POLICY}\n${links}\n`;
    expect(pathologicalInline(source)).toBeUndefined();
    expect(parseSource(source, 'markdown').note).toBeUndefined();
    expect(lintAs(source, 'markdown').notes).toBeUndefined();
  });
});
