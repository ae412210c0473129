import { readFileSync } from 'node:fs';
import { brief, lint, textAt } from '../helpers/lint.js';

const RULE = 'operator-identity';
const read = (path: string) => readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8');
const fixture = (name: string) => read(`rules/operator-identity/${name}`);
const fmt = (name: string) => (name.endsWith('.md') ? 'markdown' : name.endsWith('.html') ? 'html' : 'text');
const run = (name: string) => lint(fixture(name), { rule: RULE, format: fmt(name) });

describe('operator-identity: fires', () => {
  // [fixture, "line:col rule/message", text at the reported location]
  test.each([
    // No legal person of its own: the payment provider's, Yandex's and Selectel's INNs do not count.
    ['fires-missing-operator.en.txt', '14:1 operator-identity/missing-operator', '3. Contacts'],
    // "Администрация сайта", a definition of "оператор", "ИП или ООО", a city, the bank's INN.
    ['fires-missing-operator.ru.md', '1:1 operator-identity/missing-operator', ''],
    // OGRN and address, no INN; the acquirer's INN is not the operator's. Name in the instrumental case.
    ['fires-missing-inn.ru.txt', '5:74 operator-identity/missing-inn', 'Обществом с ограниченной ответственностью «Северный ветер»'],
    ['fires-missing-inn.en.md', '3:15 operator-identity/missing-inn', 'Individual Entrepreneur Petrov Ilya Sergeevich'],
    // ИП with an INN and no OGRNIP; Yandex's "ИНН/КПП …/…, ОГРН …" is not the operator's.
    ['fires-missing-ogrn.ru.txt', '3:11 operator-identity/missing-ogrn', 'ИП Гарипов Тимур Ренатович'],
    ['fires-missing-ogrn.en.txt', '4:1 operator-identity/missing-ogrn', 'Ural Bytes LLC'],
    // Last digit +1.
    ['fires-invalid-inn.ru.txt', '5:6 operator-identity/invalid-inn', '7701526011'],
    // A middle digit changed, the digits split by NBSP.
    ['fires-invalid-inn.en.md', '5:77 operator-identity/invalid-inn', '5003\u00a06081\u00a03955'],
    // 11 digits, in a Markdown requisites table.
    ['fires-invalid-inn-length.ru.md', '6:9 operator-identity/invalid-inn', '77015260101'],
    ['fires-invalid-ogrn.ru.md', '3:81 operator-identity/invalid-ogrn', '1197746199354'],
    // 14 digits under "OGRNIP".
    ['fires-invalid-ogrn.en.txt', '4:80 operator-identity/invalid-ogrn', '31950034323194'],
    // ИП with a 13-digit OGRN.
    ['fires-entity-mismatch.ru.txt', '3:91 operator-identity/entity-mismatch', '1197746199353'],
    // A company with a 12-digit INN.
    ['fires-entity-mismatch.en.txt', '3:19 operator-identity/entity-mismatch', '500360913955'],
    // ИП with a 10-digit INN.
    ['fires-entity-mismatch-ip-inn10.en.txt', '3:83 operator-identity/entity-mismatch', '7816815900'],
    // Two different INNs for the same company (header table and requisites section).
    ['fires-entity-mismatch-two-inns.ru.md', '15:25 operator-identity/entity-mismatch', '7701526010'],
    // "Место нахождения: г. Москва" is a city, not an address; Roskomnadzor's address is not the operator's.
    ['fires-missing-address-city.ru.txt', '4:17 operator-identity/missing-address', 'Акционерное общество «Лесная поляна»'],
    // "Full details in Section 9", and section 9 has no address; Yandex's address is not the operator's.
    ['fires-missing-address.en.md', '3:16 operator-identity/missing-address', 'Individual Entrepreneur Garipov Timur Renatovich'],
  ])('%s → %s', (name, expected, text) => {
    const messages = run(name);
    expect(brief(messages)).toEqual([expected]);
    expect(textAt(fixture(name), messages[0])).toBe(text);
  });

  test('severities: missing-address is a warning, the rest errors', () => {
    expect(run('fires-missing-address-city.ru.txt')[0].severity).toBe(1);
    expect(run('fires-missing-inn.ru.txt')[0].severity).toBe(2);
    expect(run('fires-missing-operator.en.txt')[0].severity).toBe(2);
    expect(run('fires-invalid-ogrn.ru.md')[0].severity).toBe(2);
  });

  test('messages carry the offending number and the operator, in the document language', () => {
    const inn = run('fires-invalid-inn.ru.txt')[0];
    expect(inn.data).toMatchObject({ value: '7701526011', digits: 10 });
    expect(inn.message).toMatch(/^ИНН оператора 7701526011 .*\(ч\. 2 ст\. 18\.1, п\. 4 ч\. 7 ст\. 14 152-ФЗ\)/);
    const ogrn = run('fires-invalid-ogrn.en.txt')[0];
    expect(ogrn.data).toMatchObject({ value: '31950034323194', label: 'OGRNIP', digits: 14 });
    expect(ogrn.message).toMatch(/^The operator's OGRNIP 31950034323194 \(14 digits\)/);
    const mismatch = run('fires-entity-mismatch-two-inns.ru.md')[0];
    expect(mismatch.data).toMatchObject({ value: '7701526010', conflict: 'ИНН 5024830169' });
    const missing = run('fires-missing-ogrn.en.txt')[0];
    expect(missing.message).toContain('(Ural Bytes LLC)');
    expect(missing.message).toMatch(/152-FZ art\. 18\.1 part 2/);
    expect(run('fires-missing-operator.ru.md')[0].message).toMatch(/^Из политики не видно, кто оператор/);
    for (const m of [inn, ogrn, mismatch, missing]) expect(m.message).not.toMatch(/\{\{/);
  });

  test('missing-operator replaces missing-inn, missing-ogrn and missing-address', () => {
    for (const name of ['fires-missing-operator.en.txt', 'fires-missing-operator.ru.md']) {
      expect(run(name).map((m) => m.messageId)).toEqual(['missing-operator']);
    }
  });
});

describe('operator-identity: does not fire', () => {
  test.each([
    // "ИНН/КПП: 7816 815 900 / 781601001" (NBSP), "ОГРН: 1 227 800 181 905".
    ['clean-kpp-split.ru.txt'],
    // Self-employed: an INN and no OGRNIP; ЮKassa's INN beside it.
    ['clean-self-employed.ru.md'],
    ['clean-self-employed.en.txt'],
    // ИП with a 15-digit number labelled "ОГРН".
    ['clean-ip-ogrn-label.ru.txt'],
    // Acquirer, ЮKassa (with Yandex's OGRN), OAuth providers, hosting: all someone else's.
    ['clean-payment-provider.en.txt'],
    // A Markdown table whose columns are headed "INN", "OGRN"; CRLF line ends.
    ['clean-table.en.md'],
    // Key-value requisites table with "ОГРН ИП" and the bank's INN ("ИНН банка").
    ['clean-requisites.ru.md'],
    // "Taxpayer Identification Number (INN): …", CRLF.
    ['clean-company-crlf.en.txt'],
    // Site footer: name, INN, OGRN and address in separate sentences, straight quotes.
    ['clean-footer.ru.txt'],
    // Lower-case labels, initials, "ул Лавочкина 2" without a full stop, the bank's INN and OGRN.
    ['clean-sloppy.ru.txt'],
  ])('%s', (name) => {
    expect(brief(run(name))).toEqual([]);
  });
});

describe('operator-identity: seeds', () => {
  const seed = (file: string) => lint(read(`seeds/${file}`), { rule: RULE, format: 'text' });
  test.each([['000_11c64957fcb7e1c7.txt'], ['001_8ec42599e754db7b.txt'], ['002_ce9acaf8b669d72a.txt']])('%s is clean', (file) => {
    expect(brief(seed(file))).toEqual([]);
  });
  test('003: only missing-address, at the operator as first named; TBank\'s INN is not the operator\'s', () => {
    const messages = seed('003_783d3dcfe567bbf0.txt');
    expect(brief(messages)).toEqual(['5:16 operator-identity/missing-address']);
    expect(textAt(read('seeds/003_783d3dcfe567bbf0.txt'), messages[0])).toBe('Individual Entrepreneur Antonov Aleksandr Viktorovich');
  });
  test('004: only missing-operator, at 1:1', () => {
    expect(brief(seed('004_4956529242d25e2a.txt'))).toEqual(['1:1 operator-identity/missing-operator']);
  });
});

describe('operator-identity: inline cases', () => {
  const check = (source: string, format: 'text' | 'markdown' = 'text') => lint(source, { rule: RULE, format }).map((m) => m.messageId);
  const ADDRESS = 'адрес: 123112, г. Москва, Пресненская наб., д. 8';

  test('an INN in the payment provider sentence is never the operator\'s', () => {
    expect(check(`Оператор: ООО «Ромашка», ОГРН 1197746199353, ${ADDRESS}.\nОплата: ЮKassa (ООО НКО «ЮМани», ИНН 7750005725).`)).toEqual(['missing-inn']);
    expect(check(`Оператор: ООО «Ромашка», ОГРН 1197746199353, ${ADDRESS}.\nОплату принимает платёжный агент, ИНН 7701234567.`)).toEqual(['missing-inn']);
  });

  test('an INN stated for another named company is not the operator\'s', () => {
    expect(
      check(`Оператор — ООО «Ромашка» (ИНН 7701526010, ОГРН 1197746199353), ${ADDRESS}.\nОператор поручает хранение данных ООО «Облако» (ИНН 7816815900).`),
    ).toEqual([]);
  });

  test('a responsible person\'s INN is not a second INN of the operator', () => {
    expect(
      check(`1. Сведения об операторе\nОператор — ООО «Ромашка», ИНН 7701526010, ОГРН 1197746199353, ${ADDRESS}.\nОтветственное лицо: Иванова Анна Ивановна, ИНН 500360913955.`),
    ).toEqual([]);
  });

  test('the same INN repeated is not a mismatch', () => {
    expect(check(`ООО «Ромашка», ИНН 7701526010, ОГРН 1197746199353, ${ADDRESS}.\n\n9. Реквизиты\nИНН 7701 5260 10, ОГРН 1197746199353.`)).toEqual([]);
  });

  test('a city, a country, an e-mail or a website address is not an address', () => {
    const base = 'Оператор: ООО «Ромашка», ИНН 7701526010, ОГРН 1197746199353.';
    expect(check(`${base} Адрес: Россия, г. Москва.`)).toEqual(['missing-address']);
    expect(check(`${base} Адрес электронной почты: info@romashka.ru. Сайт расположен по адресу https://romashka.ru.`)).toEqual(['missing-address']);
    expect(check(`${base} Юридический адрес: 123112, Москва.`)).toEqual([]);
    expect(check(`${base} Адрес: Москва, Пресненская набережная, 8.`)).toEqual([]);
  });

  test('English legal forms and labels', () => {
    expect(check('The operator is "Romashka" LLC, Taxpayer ID 7701526010, PSRN 1197746199353, 5 Tverskaya Street, Moscow.')).toEqual([]);
    expect(check('Operator: Sole Proprietor Ivanov Ivan Ivanovich, TIN 500360913955, PSRNIE 319500343231940, 12 Lenina Avenue, Kazan.')).toEqual([]);
  });

  test('the number follows the label: INN/KPP pairs, swapped pairs, combined labels', () => {
    expect(check(`ООО «Ромашка», ИНН/КПП 7701526010/770101001, ОГРН 1197746199353, ${ADDRESS}.`)).toEqual([]);
    expect(check(`ООО «Ромашка», КПП/ИНН 770101001/7701526010, ОГРН 1197746199353, ${ADDRESS}.`)).toEqual([]);
    expect(check(`ООО «Ромашка», ИНН / ОГРН: 7701526010 / 1197746199353, ${ADDRESS}.`)).toEqual([]);
    // A 9-digit number under "ИНН" alone is a wrong INN, not a KPP.
    expect(check(`ООО «Ромашка», ИНН 770101001, ОГРН 1197746199353, ${ADDRESS}.`)).toEqual(['invalid-inn']);
  });

  test('sloppy text: glued labels, single quotes, "наб 8" without a full stop, NBSP and CRLF', () => {
    expect(check(`ООО «Ромашка» ИНН7701526010 ОГРН1197746199353 ${ADDRESS}`)).toEqual([]);
    expect(check(`ООО 'Ромашка', ИНН 7701526010, ОГРН 1197746199353, ${ADDRESS}`)).toEqual([]);
    expect(check('ООО «Ромашка», ИНН 7701526010, ОГРН 1197746199353, адрес: Москва, Пресненская наб 8')).toEqual([]);
    expect(check('Оператор:\u00a0ООО\u00a0«Ромашка»\r\nИНН\u00a07701526010\r\nОГРН\u00a01197746199353\r\nАдрес:\u00a0123112,\u00a0г.\u00a0Москва,\u00a0ул.\u00a0Тверская,\u00a0д.\u00a07\r\n')).toEqual([]);
  });

  test('two different OGRNs for the operator', () => {
    const source = `ООО «Ромашка», ИНН 7701526010, ОГРН 1197746199353, ${ADDRESS}.\n\n9. Реквизиты\nООО «Ромашка», ОГРН 1227800181905.`;
    const messages = lint(source, { rule: RULE, format: 'text' });
    expect(brief(messages)).toEqual(['4:21 operator-identity/entity-mismatch']);
    expect(textAt(source, messages[0])).toBe('1227800181905');
  });

  test('short numbers after a label are no identifiers', () => {
    expect(check(`ООО «Ромашка», ОГРН 1197746199353, ${ADDRESS}. ИНН 12 цифр указывается в договоре.`)).toEqual(['missing-inn']);
  });

  test('self-employment must be the operator\'s own', () => {
    // Self-employed contractors of the operator do not make the operator self-employed.
    expect(check(`Оператор — ИП Соколова Мария Петровна, ИНН 500360913955, ${ADDRESS}. Оператор обрабатывает данные самозанятых исполнителей.`)).toEqual([
      'missing-ogrn',
    ]);
    expect(check(`Оператор — Соколова Мария Петровна, ИНН 500360913955, ${ADDRESS}. Оператор является плательщиком НПД.`)).toEqual([]);
  });

  test('contact channels are no third parties: "Telegram: @…", a Yandex mailbox', () => {
    expect(check('Оператор — ООО «Ромашка», адрес: 123112, г. Москва, ул. Тверская, д. 7.\n\n9. Контакты\nE-mail: romashka@yandex.ru\nTelegram: @romashka\nИНН 7701526010\nОГРН 1197746199353')).toEqual([]);
  });

  test('"наш ИНН" after a payment provider is the operator\'s', () => {
    expect(check(`Оператор — ООО «Ромашка», ОГРН 1197746199353, ${ADDRESS}. Мы принимаем оплату через ЮKassa, наш ИНН 7701526010.`)).toEqual([]);
  });

  test('joint operators each have their own INN: no mismatch', () => {
    expect(
      check(`Операторы: ООО «Ромашка» (ИНН 7701526010, ОГРН 1197746199353) и ООО «Северный ветер» (ИНН 7816815900, ОГРН 1227800181905), ${ADDRESS}.`),
    ).toEqual([]);
  });

  test('a foreign company has no Russian INN or OGRN to state', () => {
    expect(check('Operator: Romashka Ltd (Cyprus), registered office: 1 Makariou Avenue, Limassol 3030, Cyprus.')).toEqual([]);
    expect(check('Operator: Romashka Ltd (Cyprus), Limassol.')).toEqual(['missing-address']);
  });

  test('a company named only in a heading-like first line is the operator', () => {
    const source = 'Политика ООО «Ромашка» в отношении обработки персональных данных\n\n1. Общие положения\n1.1. Текст.';
    const messages = lint(source, { rule: RULE, format: 'text' });
    // All three at the name as stated.
    expect(brief(messages)).toEqual(['1:10 operator-identity/missing-address', '1:10 operator-identity/missing-inn', '1:10 operator-identity/missing-ogrn']);
    expect(textAt(source, messages[0])).toBe('ООО «Ромашка»');
  });

  test('missing-* point at the operator section heading when the operator has no name with a legal form', () => {
    const source = '1. Общие положения\n1.1. Текст политики.\n\n9. Реквизиты оператора\nИНН 7701526010\nОГРН 1197746199353\n';
    const messages = lint(source, { rule: RULE, format: 'text' });
    expect(brief(messages)).toEqual(['4:1 operator-identity/missing-address']);
    expect(textAt(source, messages[0])).toBe('9. Реквизиты оператора');
  });
});

describe('operator-identity: every kind of operator', () => {
  test.each([
    // A non-profit partnership named in full, with nothing else: its INN, OGRN and address are due.
    ['fires-nonprofit.ru.md', '5:83', 'Некоммерческое партнёрство «Северные ремёсла»'],
    // The English form of an АНО.
    ['fires-nonprofit.en.txt', '4:41', 'Autonomous Non-Profit Organization "Open Steppe"'],
  ])('%s: named with its legal form, so missing-inn, missing-ogrn and missing-address', (name, at, text) => {
    const messages = run(name);
    expect(brief(messages)).toEqual([`${at} ${RULE}/missing-address`, `${at} ${RULE}/missing-inn`, `${at} ${RULE}/missing-ogrn`]);
    expect(textAt(fixture(name), messages[0])).toBe(text);
  });

  test.each([
    // A municipal healthcare institution (МБУЗ) with INN, OGRN and address.
    ['clean-municipal.ru.txt'],
    // INN and OGRNIP without labels right after the entrepreneur's name, told apart by length and check digits.
    ['clean-unlabelled.ru.html'],
    // The same as a requisites block of lines, in English.
    ['clean-unlabelled.en.txt'],
    // A self-employed status on a line of its own: no OGRNIP is due.
    ['clean-self-employed-line.ru.md'],
    // The bank of the requisites, with its own INN and OGRN: not the operator, no entity-mismatch.
    ['clean-bank-requisites.ru.md'],
  ])('clean: %s', (name) => {
    expect(brief(run(name))).toEqual([]);
  });

  test('a blank operator slot («ООО ИНН (далее — Оператор)», an empty requisites block) is missing-operator; the host and the bank are not the operator', () => {
    const messages = run('fires-blank-slot.ru.txt');
    expect(brief(messages)).toEqual([`9:1 ${RULE}/missing-operator`]);
    expect(textAt(fixture('fires-blank-slot.ru.txt'), messages[0])).toBe('3. Реквизиты оператора');
  });

  test('a dummy name («ИП Фамилия Имя Отчество в Им. падеже») names nobody; a dealer mentioned later is not the operator', () => {
    expect(brief(run('fires-dummy-name.ru.html'))).toEqual([`1:1 ${RULE}/missing-operator`]);
  });

  test('an unlabelled number that fails its check digits is no identifier', () => {
    const source = 'Политика конфиденциальности\nОператор: ИП Коваленко Пётр Ильич, 234228203603, 318231001809990, 350000, г. Краснодар, ул. Красная, д. 10\n';
    expect(brief(lint(source, { rule: RULE }))).toEqual([`2:11 ${RULE}/missing-inn`]);
  });

  test('a dummy number is no identifier: the INN and OGRN are still missing', () => {
    const source = 'Политика конфиденциальности\nОператор: ООО «Вектор», ИНН 0000000000, ОГРН 1234567890123, адрес: 160000, г. Вологда, ул. Мира, д. 12.\n';
    expect(brief(lint(source, { rule: RULE }))).toEqual([`2:11 ${RULE}/missing-inn`, `2:11 ${RULE}/missing-ogrn`]);
    expect(brief(lint(source, { rule: 'placeholder-text' }))).toEqual(['2:29 placeholder-text/placeholder', '2:46 placeholder-text/placeholder']);
  });
});
