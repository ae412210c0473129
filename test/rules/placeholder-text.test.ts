import { readFileSync } from 'node:fs';
import { brief, lint, textAt } from '../helpers/lint.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/rules/placeholder-text/${name}`, import.meta.url), 'utf8');
const fmt = (name: string) => (name.endsWith('.md') ? 'markdown' : 'text');
const run = (name: string) => lint(fixture(name), { rule: 'placeholder-text', format: fmt(name) });
const texts = (name: string) => run(name).map((m) => textAt(fixture(name), m));

describe('placeholder-text', () => {
  test('a Russian template with slots left in it', () => {
    const name = 'fires-template.ru.txt';
    expect(brief(run(name))).toEqual([
      '2:13 placeholder-text/placeholder',
      '5:11 placeholder-text/placeholder',
      '6:6 placeholder-text/placeholder',
      '7:8 placeholder-text/placeholder',
      '8:20 placeholder-text/placeholder',
    ]);
    expect(texts(name)).toEqual(['ХХ.ХХ.20ХХ', '[название организации]', 'указать', '[redux_option key="legal_address"]', '___» __________ 20__']);
    expect(run(name)[1].severity).toBe(2);
    expect(run(name)[1].message).toMatch(/^Остаток шаблона или черновика «\[название организации\]»/);
  });

  test('an English draft in Markdown', () => {
    const name = 'fires-draft.en.md';
    expect(texts(name)).toEqual([
      '{{company_name}}',
      'XX.XX.20XX',
      '[COMPANY NAME]',
      '0000000000',
      'to be finalized in the final document version',
      'TODO',
      'Lorem ipsum dolor sit amet',
    ]);
    expect(brief(run(name))).toEqual([
      '1:21 placeholder-text/placeholder',
      '3:16 placeholder-text/placeholder',
      '7:17 placeholder-text/placeholder',
      '7:37 placeholder-text/placeholder',
      '11:71 placeholder-text/placeholder',
      '15:1 placeholder-text/placeholder',
      '17:1 placeholder-text/placeholder',
    ]);
  });

  test('slots in table cells', () => {
    expect(brief(run('fires-table.ru.md'))).toEqual(['6:9 placeholder-text/placeholder', '7:10 placeholder-text/placeholder']);
    expect(texts('fires-table.ru.md')).toEqual(['указать', 'ХХХХХХХХХХХХХ']);
  });

  test('angle-bracket slots, a phone mask and a template domain in plain text', () => {
    expect(brief(run('fires-angle.en.txt'))).toEqual([
      '2:14 placeholder-text/placeholder',
      '2:45 placeholder-text/placeholder',
      '3:22 placeholder-text/placeholder',
      '4:10 placeholder-text/placeholder',
    ]);
    expect(texts('fires-angle.en.txt')).toEqual(['<COMPANY>', '<ADDRESS>', '(XXX) XXX-XX-XX', 'www.yoursite.ru']);
  });

  test.each([
    // [1], «(далее — Оператор)», «указанные», «необходимо указать:», a Markdown link, an e-mail, cookie names.
    ['clean-brackets.ru.md'],
    // "(hereinafter — the Operator)", "indicated", "to be processed", <https://…>, [text](url), "must specify".
    ['clean-brackets.en.txt'],
  ])('clean: %s', (name) => {
    expect(brief(run(name))).toEqual([]);
  });

  test.each([
    ['__________________________'],
    ['УТВЕРЖДАЮ\nГенеральный директор ______________ И.И. Иванов'],
    ['Подпись: ______________'],
    ['We use the ToDo app for internal tasks.'],
    ['Cookie ___utmvc is set by the firewall.'],
  ])('not a placeholder: %s', (source) => {
    expect(lint(`Политика\n${source}\n`, { rule: 'placeholder-text' })).toEqual([]);
  });

  test('a blank after a label is one', () => {
    const messages = lint('Политика\nФИО ответственного: ______________\n', { rule: 'placeholder-text' });
    expect(brief(messages)).toEqual(['2:21 placeholder-text/placeholder']);
  });
});
