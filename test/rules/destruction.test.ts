import { readFileSync } from 'node:fs';
import { brief, lint, textAt } from '../helpers/lint.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/rules/destruction/${name}`, import.meta.url), 'utf8');
const fmt = (name: string) => (name.endsWith('.md') ? 'markdown' : 'text');
const run = (name: string) => lint(fixture(name), { rule: 'destruction', format: fmt(name) });

describe('destruction', () => {
  test('definitions, a right to demand destruction and protection "from destruction" say nothing about when data is destroyed', () => {
    const messages = run('fires-missing.ru.txt');
    expect(brief(messages)).toEqual(['5:1 destruction/missing']);
    expect(textAt(fixture('fires-missing.ru.txt'), messages[0])).toBe('2. Сроки хранения');
    expect(messages[0].severity).toBe(1);
    expect(messages[0].message).toMatch(/^В политике не сказано, как и когда уничтожаются/);
    expect(messages[0].message).toContain('ст. 21');
  });

  test('the same in English and Markdown: at the retention heading', () => {
    const messages = run('fires-missing.en.md');
    expect(brief(messages)).toEqual(['15:4 destruction/missing']);
    expect(textAt(fixture('fires-missing.en.md'), messages[0])).toBe('4. Retention');
    expect(messages[0].message).toMatch(/^The policy does not say how or when personal data is destroyed/);
  });

  test('nothing at all: at 1:1', () => {
    expect(brief(lint('Privacy Policy\nWe process your e-mail to answer your questions.\n', { rule: 'destruction' }))).toEqual(['1:1 destruction/missing']);
  });

  test.each([
    // Seed 001's wording: destroyed or anonymized within 30 days upon purpose or consent withdrawal.
    ['clean-30-days.en.txt'],
    // No number, but the trigger and the method: erasure, shredding, an act and a log extract.
    ['clean-method.ru.md'],
    // A table cell: "…; then deletion".
    ['clean-table.en.md'],
  ])('clean: %s', (name) => {
    expect(brief(run(name))).toEqual([]);
  });

  describe('working-days', () => {
    test('«30 рабочих дней» says when (no `missing`) but in the wrong unit: at the deadline phrase', () => {
      const messages = run('clean-working-days.ru.txt');
      expect(brief(messages)).toEqual(['3:99 destruction/working-days']);
      expect(textAt(fixture('clean-working-days.ru.txt'), messages[0])).toBe('в срок, не превышающий 30 (тридцати) рабочих дней с даты поступления');
      expect(messages[0].suggestions?.[0].text).toBe('в срок, не превышающий 30 (тридцати) дней');
    });

    test('10 working days for unlawful processing is lawful (art. 21 part 3); 30 and 20 working days are not', () => {
      const ru = run('fires-working-days.ru.txt');
      expect(brief(ru)).toEqual(['3:129 destruction/working-days']);
      expect(textAt(fixture('fires-working-days.ru.txt'), ru[0])).toBe('в срок, не превышающий 30 (тридцати) рабочих дней');
      const en = run('fires-working-days.en.md');
      expect(brief(en)).toEqual(['5:61 destruction/working-days']);
      expect(textAt(fixture('fires-working-days.en.md'), en[0])).toBe('within 20 business days');
      expect(en[0].message).toMatch(/calendar days \(152-FZ art\. 21 parts 4–5\)/);
    });
  });

  test('deletion when the user deletes the account counts; "after the account is deleted" alone does not', () => {
    expect(brief(lint('Storage\nAPI tokens are removed when the user disconnects a cabinet or deletes the account.\n', { rule: 'destruction' }))).toEqual([]);
    expect(brief(lint('Storage\nProfiles are kept for 3 years after the account is deleted.\n', { rule: 'destruction' }))).toEqual(['1:1 destruction/missing']);
  });
});

describe('destruction: the user deleting their own account', () => {
  test('"the user may delete their account" is not the operator destroying data', () => {
    expect(brief(lint('Account\nThe user may delete their account at any time in the settings.\n', { rule: 'destruction' }))).toEqual(['1:1 destruction/missing']);
  });

  test('a long sentence full of deletion words stays fast', () => {
    const started = Date.now();
    lint(`Storage\nData ${'is deleted, '.repeat(5000)}.\n`, { rule: 'destruction' });
    // A guard against super-linear blow-ups, not a speed test: speed is `npm run bench`'s.
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});

describe('destruction: a period belongs to its own predicate (issue 9)', () => {
  test('storage «в течение срока, необходимого для достижения целей, или до отзыва согласия» says nothing about destruction', () => {
    const source = 'Сроки\nПерсональные данные хранятся в течение срока, необходимого для достижения целей обработки, или до отзыва согласия субъектом.\n';
    expect(brief(lint(source, { rule: 'destruction' }))).toEqual(['1:1 destruction/missing']);
  });

  test.each([
    ['Анкета участника удаляется после окончания мероприятия.'],
    ['Answers are deleted once the report is issued.'],
    ['Мы отвечаем на запрос в срок до 10 рабочих дней, а данные по требованию удаляем в течение 30 дней.'],
  ])('a deletion with its own end event or deadline: %s', (sentence) => {
    expect(brief(lint(`Данные\n${sentence}\n`, { rule: 'destruction' }))).toEqual([]);
  });
});
