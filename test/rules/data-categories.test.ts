import { readFileSync } from 'node:fs';
import { brief, lint, textAt } from '../helpers/lint.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/rules/data-categories/${name}`, import.meta.url), 'utf8');
const fmt = (name: string) => (name.endsWith('.md') ? 'markdown' : 'text');
const run = (name: string) => lint(fixture(name), { rule: 'data-categories', format: fmt(name) });
const one = (source: string) => brief(lint(source, { rule: 'data-categories' }));

describe('data-categories', () => {
  test.each([
    // A definition of personal data and the glossary, plus the operator's contacts: no list.
    ['fires-definition-only.en.txt', '1:1', ''],
    // The definition lists examples («фамилия, имя, …») — still a definition; the data section has no list.
    ['fires-no-list.ru.md', '7:4', '2. Какие данные мы обрабатываем'],
  ])('missing: %s', (name, at, text) => {
    const messages = run(name);
    expect(brief(messages)).toEqual([`${at} data-categories/missing`]);
    expect(textAt(fixture(name), messages[0])).toBe(text);
    expect(messages[0].severity).toBe(2);
  });

  test.each([
    ['clean-inline-list.ru.txt'], // «следующие персональные данные: фамилию, имя, …»
    ['clean-section-items.en.md'], // one item per bullet under "Information we collect"
    ['clean-categories.en.txt'], // named categories only
    ['clean-table.ru.md'], // «Категории данных» column
    ['clean-one-per-line.ru.txt'], // one item per bullet under a heading the topics do not know
  ])('clean: %s', (name) => {
    expect(brief(run(name))).toEqual([]);
  });

  test.each([
    ['000_11c64957fcb7e1c7.txt'],
    ['001_8ec42599e754db7b.txt'],
    ['002_ce9acaf8b669d72a.txt'],
    ['003_783d3dcfe567bbf0.txt'],
    ['004_4956529242d25e2a.txt'],
  ])('seed %s is clean', (name) => {
    expect(brief(lint(readFileSync(new URL(`../../fixtures/seeds/${name}`, import.meta.url), 'utf8'), { rule: 'data-categories', format: 'text' }))).toEqual([]);
  });

  test('inline snippets', () => {
    expect(one('We collect your phone number and e-mail address.')).toEqual([]);
    expect(one('Оператор обрабатывает ФИО и номер телефона.')).toEqual([]);
    expect(one('We process your e-mail address, GPS location and heart rate data.')).toEqual([]);
    expect(one('Обрабатываемые данные\n3.1. Имя.\n3.2. Телефон.')).toEqual([]);
    // One item the operator collects is a list of one; a channel of contact is not.
    expect(one('Privacy\nWe ask for your e-mail address when you subscribe.')).toEqual([]);
    expect(one('Privacy\nWe process requests sent to us by e-mail.')).toEqual(['1:1 data-categories/missing']);
    expect(one('Политика\n«Персональные данные» — любая информация, относящаяся к субъекту, включая фамилию, имя, адрес.\nМы обрабатываем ваши данные.')).toEqual(['1:1 data-categories/missing']);
    expect(one('Contacts\nE-mail: info@example.com\nPhone: +7 900 000-00-00')).toEqual(['1:1 data-categories/missing']);
  });

  test('message follows the document language', () => {
    expect(run('fires-no-list.ru.md')[0].message).toMatch(/^В политике не перечислены обрабатываемые персональные данные.*п\. 2 ч\. 1 ст\. 18\.1 152-ФЗ/);
    expect(run('fires-definition-only.en.txt')[0].message).toMatch(/^The policy does not list the personal data.*152-FZ art\. 18\.1 part 1 item 2/);
  });
});
