import { codeActionsFor, hoverAt, rangeOf, suggestionEdit, toDiagnostic } from '../src/node/lsp.js';
import type { LintMessage } from '../src/core/types.js';

// The conversions of src/node/lsp.ts on their own: positions, edits at the edges of a file.
const finding = (over: Partial<LintMessage>): LintMessage => ({ ruleId: 'some-rule', messageId: 'x', severity: 2, message: 'M', line: 1, column: 1, ...over });

describe('rangeOf', () => {
  test('1-based line/column with exclusive end → 0-based LSP positions', () => {
    expect(rangeOf(finding({ line: 3, column: 5, endLine: 4, endColumn: 2 }))).toEqual({ start: { line: 2, character: 4 }, end: { line: 3, character: 1 } });
  });
  test('a finding without an end is an empty range at its start', () => {
    expect(rangeOf(finding({ line: 2, column: 7 }))).toEqual({ start: { line: 1, character: 6 }, end: { line: 1, character: 6 } });
  });
});

describe('toDiagnostic', () => {
  test('warning severity, no code or link for a finding without a rule', () => {
    const d = toDiagnostic(finding({ ruleId: null, severity: 1, url: undefined }));
    expect(d.severity).toBe(2);
    expect(d.code).toBeUndefined();
    expect(d.codeDescription).toBeUndefined();
    expect(d.source).toBe('policylint');
  });
  test('the localised citation, where the finding has one, is carried for hovers', () => {
    const m = { ...finding({ law: '152-FZ art. 20 part 1' }), lawText: 'ч. 1 ст. 20 152-ФЗ' };
    expect(toDiagnostic(m).data).toMatchObject({ law: 'ч. 1 ст. 20 152-ФЗ' });
    expect(hoverAt([m], { line: 0, character: 0 }, 'ru')?.contents).toMatchObject({ value: expect.stringContaining('**Закон:** ч. 1 ст. 20 152-ФЗ') });
  });
});

describe('suggestionEdit', () => {
  const insert = { kind: 'insert' as const, desc: 'Add', text: 'New clause.' };
  test('insert after a CRLF line keeps CRLF', () => {
    const text = 'Title\r\nSection\r\nBody\r\n';
    expect(suggestionEdit(finding({ line: 2, column: 1, endLine: 2, endColumn: 8 }), insert, text, 'text')).toEqual({
      range: { start: { line: 1, character: 7 }, end: { line: 1, character: 7 } },
      newText: '\r\n\r\nNew clause.\r\n',
    });
  });
  test('insert after the last line of a file without a final newline', () => {
    expect(suggestionEdit(finding({ line: 2, column: 1, endLine: 2, endColumn: 5 }), insert, 'Title\nLast', 'markdown')).toEqual({
      range: { start: { line: 1, character: 4 }, end: { line: 1, character: 4 } },
      newText: '\n\nNew clause.',
    });
  });
  test('insert into HTML is an escaped paragraph after the element, none for a finding about the whole file', () => {
    const text = '<h2>Rights</h2>\n<p>Text</p>\n';
    expect(suggestionEdit(finding({ line: 1, column: 5, endLine: 1, endColumn: 11 }), { ...insert, text: 'A < B & C' }, text, 'html')?.newText).toBe('\n\n<p>A &lt; B &amp; C</p>\n');
    expect(suggestionEdit(finding({ line: 1, column: 1 }), insert, text, 'html')).toBeUndefined();
  });
  test('replace is the finding range', () => {
    expect(suggestionEdit(finding({ line: 1, column: 3, endLine: 1, endColumn: 5 }), { desc: 'd', text: 'yy' }, 'a xx b', 'text')).toEqual({
      range: { start: { line: 0, character: 2 }, end: { line: 0, character: 4 } },
      newText: 'yy',
    });
  });
});

describe('codeActionsFor', () => {
  test('one quick fix per suggestion of the findings the range touches; none for others', () => {
    const text = 'a xx b\nc yy d\n';
    const m1 = finding({ ruleId: 'r1', line: 1, column: 3, endLine: 1, endColumn: 5, suggestions: [{ desc: 'one', text: '1' }, { desc: 'two', text: '2' }] });
    const m2 = finding({ ruleId: 'r2', line: 2, column: 3, endLine: 2, endColumn: 5, suggestions: [{ desc: 'three', text: '3' }] });
    const actions = codeActionsFor('file:///p.txt', [m1, m2], { start: { line: 0, character: 4 }, end: { line: 0, character: 4 } }, text, 'text');
    expect(actions.map((a) => [a.title, a.kind, a.isPreferred, a.edit?.changes?.['file:///p.txt']?.[0].newText])).toEqual([
      ['policylint: one', 'quickfix', false, '1'],
      ['policylint: two', 'quickfix', false, '2'],
    ]);
  });
});
