import { model } from './helpers/lint.js';

describe('document model', () => {
  test('plain text: numbered sections, clauses and title lines', () => {
    const src = 'Privacy Policy\n1. General provisions\nThis Policy applies.\n1.1. The operator is LLC Romashka.\n2. Purposes\n- Registration;\n- Support.\n';
    const d = model(src);
    expect(d.sections.map((s) => [s.number ?? '', s.title, s.depth])).toEqual([
      ['', 'Privacy Policy', 1],
      ['1', 'General provisions', 1],
      ['2', 'Purposes', 1],
    ]);
    const clause = d.blocks.find((b) => b.number === '1.1')!;
    expect(d.slice([clause.contentStart, clause.end])).toBe('The operator is LLC Romashka.');
    expect(d.sections[clause.section].number).toBe('1');
    const items = d.blocks.filter((b) => b.kind === 'list-item').map((b) => d.slice([b.start, b.end]));
    expect(items).toEqual(['Registration;', 'Support.']);
  });

  test('markdown: headings, ordered list clauses with lazy lines, tables', () => {
    const src = '# Политика\n\n1. Общие положения\nНастоящая политика определяет порядок.\n\n| Цель | Основание |\n|---|---|\n| Регистрация | договор |\n';
    const d = model(src, 'markdown');
    expect(d.sections.map((s) => s.title)).toEqual(['Политика', 'Общие положения']);
    const row = d.blocks.find((b) => b.kind === 'table-row' && !b.header)!;
    expect(row.cells!.map((c) => d.slice(c))).toEqual(['Регистрация', 'договор']);
    expect(d.lang).toBe('ru');
    const loc = d.location(row.cells![1]);
    expect(loc).toEqual({ line: 8, column: 17, endLine: 8, endColumn: 24 });
  });

  test('CRLF gives the same positions as LF', () => {
    const lf = 'Title\n1. One\nText with TIN 123 here.\n';
    const crlf = lf.replace(/\n/g, '\r\n');
    const a = model(lf);
    const b = model(crlf);
    const at = (d: typeof a) => d.location([d.text.indexOf('TIN'), d.text.indexOf('TIN') + 3]);
    expect(at(b)).toEqual(at(a));
    expect(at(a)).toEqual({ line: 3, column: 11, endLine: 3, endColumn: 14 });
  });

  test('hard-wrapped lines join; sentences split but not at abbreviations', () => {
    const d = model('1. Retention\nData is kept for the term of the contract and\nfor 3 years after it ends. See art. 5 of the Law. Then it is destroyed.\n');
    const para = d.blocks.find((b) => b.kind === 'paragraph')!;
    expect(d.slice([para.start, para.end])).toBe('Data is kept for the term of the contract and for 3 years after it ends. See art. 5 of the Law. Then it is destroyed.');
    const ss = d.sentences.filter((s) => s.block === para.index).map((s) => d.slice([s.start, s.end]));
    expect(ss).toEqual(['Data is kept for the term of the contract and for 3 years after it ends.', 'See art. 5 of the Law.', 'Then it is destroyed.']);
  });

  test('tab-separated table rows in plain text', () => {
    const d = model('ИНН / ОГРН\t7804711014 / 1247800090636\nАдрес\tг. Москва\n');
    const rows = d.blocks.filter((b) => b.kind === 'table-row');
    expect(rows.map((r) => r.cells!.map((c) => d.slice(c)))).toEqual([
      ['ИНН / ОГРН', '7804711014 / 1247800090636'],
      ['Адрес', 'г. Москва'],
    ]);
  });

  test('bar-separated rows without outer bars are a table when a neighbouring line has as many bars', () => {
    const d = model('Цели\nЦель | Данные | Срок\nОбращения | ФИО, телефон | 1 год\nУчёт | ФИО | 5 лет\nТелефон | почта — это каналы связи.\n');
    const rows = d.blocks.filter((b) => b.kind === 'table-row');
    expect(rows.map((r) => r.cells!.map((c) => d.slice(c)))).toEqual([
      ['Цель', 'Данные', 'Срок'],
      ['Обращения', 'ФИО, телефон', '1 год'],
      ['Учёт', 'ФИО', '5 лет'],
    ]);
    // One bar in running text is no table.
    expect(model('Звоните | пишите нам.\nМы ответим.\n').blocks.some((b) => b.kind === 'table-row')).toBe(false);
  });
});

describe('clause numbers', () => {
  test('a number glued to a capitalised word is still a clause', () => {
    const d = model('1.ОБЩИЕ ПОЛОЖЕНИЯ\n1.1.Политика определяет порядок обработки.\n3.1.Обработка заявок ведётся оператором.\n');
    expect(d.blocks.map((b) => [b.kind, b.number])).toEqual([
      ['heading', '1'],
      ['paragraph', '1.1'],
      ['paragraph', '3.1'],
    ]);
    expect(d.sections[0].title).toBe('ОБЩИЕ ПОЛОЖЕНИЯ');
  });

  test('decimals and dates are not clause numbers', () => {
    const d = model('1.5 million users were counted.\n30.04.2026 the policy changed.\n');
    expect(d.blocks.map((b) => b.number)).toEqual([undefined, undefined]);
  });

  test('a policy without numbers titles its parts with short lines', () => {
    const d = model('PRIVACY NOTICE\nEffective date: 1 January 2026\nWho we are\nRomashka LLC, Moscow, Lenina St., 1.\nWhat we collect\nWhen you contact us we collect your name and e-mail address.\nYour rights\nYou may ask for a copy of your data at any time.\n');
    expect(d.sections.map((s) => [s.title, s.depth, s.parent])).toEqual([
      ['PRIVACY NOTICE', 1, -1],
      ['Who we are', 2, 0],
      ['What we collect', 2, 0],
      ['Your rights', 2, 0],
    ]);
  });
});

describe('Markdown text made by transforms keeps its place', () => {
  test('GFM autolinks split a paragraph into nodes without positions; offsets still map', () => {
    const src = 'Write to privacy@example.ru or www.example.ru. The Operator responds within 30 calendar days.\n';
    const d = model(src, 'markdown');
    const at = d.text.indexOf('30 calendar days');
    expect(d.location([at, at + 16])).toEqual({ line: 1, column: 77, endLine: 1, endColumn: 93 });
    const mail = d.text.indexOf('privacy@example.ru');
    expect(d.location([mail, mail + 18])).toEqual({ line: 1, column: 10, endLine: 1, endColumn: 28 });
  });
});
