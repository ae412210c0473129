import { readFileSync } from 'node:fs';
import { brief, lint, textAt } from '../helpers/lint.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/rules/placeholder-text/${name}`, import.meta.url), 'utf8');
const fmt = (name: string) => (name.endsWith('.md') ? 'markdown' : name.endsWith('.html') ? 'html' : 'text');
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

  test('notes to the drafter in running text (Russian); «укажите» addressed to the reader is none', () => {
    const name = 'fires-drafter-notes.ru.txt';
    expect(brief(run(name))).toEqual([
      '6:3 placeholder-text/placeholder',
      '8:22 placeholder-text/placeholder',
      '9:11 placeholder-text/placeholder',
      '11:45 placeholder-text/placeholder',
    ]);
    expect(texts(name)).toEqual([
      'перечислите законы и подзаконные акты, которые касаются вашей деятельности, например Трудовой кодекс',
      'здесь можно указать цели, для которых собираются данные',
      'впиши: дата редакции',
      'указать раздел сайта или адрес почты',
    ]);
  });

  test('a draft banner and notes to the drafter (English); "enter your e-mail in the form" is none', () => {
    const name = 'fires-drafter-notes.en.md';
    expect(brief(run(name))).toEqual(['3:3 placeholder-text/placeholder', '9:3 placeholder-text/placeholder', '14:1 placeholder-text/placeholder']);
    expect(texts(name)).toEqual([
      'DRAFT: requires legal review before publication. Placeholders are marked',
      'list the regulations that apply to your activities, for example the Civil Code',
      'Insert the privacy contact address here',
    ]);
  });

  test('generator dummies, field names and requisites with no value, at their text in the HTML source', () => {
    const name = 'fires-dummies.ru.html';
    expect(brief(run(name))).toEqual([
      '6:58 placeholder-text/placeholder',
      '7:33 placeholder-text/placeholder',
      '8:43 placeholder-text/placeholder',
      '9:71 placeholder-text/placeholder',
      '11:4 placeholder-text/placeholder',
      '12:14 placeholder-text/placeholder',
      '12:38 placeholder-text/placeholder',
      '14:4 placeholder-text/placeholder',
    ]);
    expect(texts(name)).toEqual([
      'Фамилия Имя Отчество (в Им. падеже)',
      'http://site.ru',
      'ООО ИНН',
      'hello@site.ru',
      'EMAIL',
      'ООО «Название»',
      'COMPANY_EMAIL',
      'ИНН',
    ]);
  });

  test('Latin filler without the words "lorem ipsum": one finding for the run; a Latin phrase in prose is none', () => {
    const messages = run('fires-filler.en.html');
    expect(brief(messages)).toEqual(['5:4 placeholder-text/placeholder']);
    expect(messages[0].endLine).toBe(6);
  });

  test.each([
    // Front matter, a variable it defines, Hugo shortcodes, a Liquid include, code spans and blocks,
    // an HTML comment, an instruction to the reader.
    ['clean-markup.en.md'],
    // A label with its value on the next line, «форма: ИП», «запросить ИНН», cookie names, real e-mail domains.
    ['clean-requisites.ru.md'],
  ])('not leftovers: %s', (name) => {
    expect(brief(run(name))).toEqual([]);
  });

  test('an unresolved template variable is a leftover unless the front matter defines it', () => {
    const source = '---\ntitle: Privacy\n---\n\n# {{ title }}\n\nWrite to {{ contact_email }}.\n';
    expect(lint(source, { rule: 'placeholder-text', format: 'markdown' }).map((m) => textAt(source, m))).toEqual(['{{ contact_email }}']);
  });

  test.each([
    ['В заявке укажите название вашей организации и ИНН.'],
    ['Для оформления заказа может потребоваться указать адрес доставки.'],
    ['Оператор вправе попросить указать номер заказа.'],
    ['You can specify your cookie preferences here.'],
    ['Please describe the issues related to your business in the request.'],
    ['Enter your e-mail in the form below to receive a copy of your data.'],
  ])('asked of the reader, not a note to the drafter: %s', (line) => {
    expect(lint(`Политика конфиденциальности\n${line}\n`, { rule: 'placeholder-text' })).toEqual([]);
  });
});
