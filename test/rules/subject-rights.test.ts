import { readFileSync } from 'node:fs';
import { brief, lint, textAt } from '../helpers/lint.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/rules/subject-rights/${name}`, import.meta.url), 'utf8');
const fmt = (name: string) => (name.endsWith('.md') ? 'markdown' : 'text');
const run = (name: string) => lint(fixture(name), { rule: 'subject-rights', format: fmt(name) });

describe('subject-rights', () => {
  test.each([
    // Numbered sub-clauses under «имеет право:», CRLF line ends, «ё».
    ['clean-numbered.ru.txt'],
    // Rights stated in different sections, none of them called "rights".
    ['clean-scattered.en.md'],
    // Rights in a Markdown table.
    ['clean-table.ru.md'],
    // "Users may: …; …; …" and "Consent may be withdrawn" in another section.
    ['clean-modal.en.txt'],
    // Template wording: «актуализировать их», «получить любые разъяснения … касающимся обработки».
    ['clean-template-phrasing.ru.txt'],
  ])('clean: %s', (name) => {
    expect(brief(run(name))).toEqual([]);
  });

  test('missing: a rights heading over text that states no right is one finding, at the heading', () => {
    const messages = run('fires-empty-section.ru.txt');
    expect(brief(messages)).toEqual(['4:1 subject-rights/missing']);
  });

  test('missing-right appeal: at the rights heading (seed 002 pattern)', () => {
    const messages = run('fires-no-appeal.ru.txt');
    expect(brief(messages)).toEqual(['6:1 subject-rights/missing-right']);
    expect(messages[0].data?.right).toBe('appeal');
    expect(messages[0].severity).toBe(1);
    expect(textAt(fixture('fires-no-appeal.ru.txt'), messages[0])).toBe('5. Права пользователя');
    expect(messages[0].message).toMatch(/Роскомнадзор/);
    expect(messages[0].message).toMatch(/ст\. 17 152-ФЗ/);
    expect(messages[0].suggestions?.[0].text).toMatch(/^Субъект персональных данных вправе обжаловать/);
  });

  test('a foreign "supervisory authority" is not the appeal to Roskomnadzor; reported where it is named', () => {
    const source = fixture('fires-foreign-regulator.en.md');
    const messages = run('fires-foreign-regulator.en.md');
    expect(brief(messages)).toEqual(['10:40 subject-rights/missing-right']);
    expect(messages[0].data?.right).toBe('appeal');
    expect(textAt(source, messages[0])).toBe('supervisory authority');
    expect(messages[0].message).toMatch(/name Roskomnadzor/);
  });

  test('missing: definitions, operator rights, "rights and freedoms" and "consent and its revocation" are not rights of the subject', () => {
    const messages = run('fires-none.en.txt');
    expect(brief(messages)).toEqual(['1:1 subject-rights/missing']);
    expect(messages[0].severity).toBe(2);
    expect(messages[0].data).toBeUndefined();
    expect(messages[0].suggestions?.[0].text.split('\n')).toHaveLength(4);
  });

  test('rights of the operator do not count; a right stated elsewhere does', () => {
    const messages = run('fires-operator-rights.ru.txt');
    expect(brief(messages)).toEqual(['3:1 subject-rights/missing-right', '3:1 subject-rights/missing-right', '3:1 subject-rights/missing-right']);
    expect(messages.map((m) => m.data?.right)).toEqual(['access', 'rectification', 'appeal']);
    expect(textAt(fixture('fires-operator-rights.ru.txt'), messages[0])).toBe('1. Общие положения');
  });

  test('missing (Markdown): «права и свободы», «согласие и его отзыв» as data, rights of the operator', () => {
    expect(brief(run('fires-missing.ru.md'))).toEqual(['1:1 subject-rights/missing']);
    expect(run('fires-missing.ru.md')[0].message).toMatch(/^В политике не указаны права субъекта/);
  });

  test('no rights section and no rights: reported once at 1:1, no missing-right', () => {
    const messages = lint('Privacy Policy\nWe collect your e-mail to send the newsletter.\n', { rule: 'subject-rights' });
    expect(brief(messages)).toEqual(['1:1 subject-rights/missing']);
  });

  test('each right alone is recognised', () => {
    const base = 'Права субъекта\nСубъект вправе:\n';
    const items = {
      access: '- получать информацию об обработке своих персональных данных;',
      rectification: '- требовать уточнения, блокирования или уничтожения данных;',
      'withdraw-consent': '- отозвать согласие на обработку;',
      appeal: '- обжаловать действия Оператора в Роскомнадзор или в суд.',
    };
    for (const [right, line] of Object.entries(items)) {
      const messages = lint(base + line + '\n', { rule: 'subject-rights' });
      expect(messages.map((m) => m.data?.right).sort()).toEqual(Object.keys(items).filter((r) => r !== right).sort());
    }
  });

  test('message follows the locale', () => {
    const [ru] = lint(fixture('fires-no-appeal.ru.txt'), { rule: 'subject-rights', locale: 'en' });
    expect(ru.message).toMatch(/^The policy does not state the data subject's right to appeal/);
  });
});
