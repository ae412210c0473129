import { model } from '../helpers/lint.js';
import { entities, identifiers, isValidInn, isValidOgrn, isValidOgrnip, operatorIdentity } from '../../rules/extract/identifiers.js';

/** Changes one digit: +1 (mod 10) at index i (negative: from the end). */
const bump = (s: string, i: number) => {
  const at = i < 0 ? s.length + i : i;
  return s.slice(0, at) + String((Number(s[at]) + 1) % 10) + s.slice(at + 1);
};

describe('check digits (docs/law.md: Identifiers examples)', () => {
  const INN10 = ['7804711014', '7710140679'];
  const INN12 = ['325750000308', '390518049508', '262517638904'];
  const OGRN = ['1247800090636'];
  const OGRNIP = ['318325600012390', '323390000035755', '312265133100116'];

  test.each([...INN10, ...INN12])('INN %s is valid', (s) => expect(isValidInn(s)).toBe(true));
  test.each(OGRN)('OGRN %s is valid', (s) => expect(isValidOgrn(s)).toBe(true));
  test.each(OGRNIP)('OGRNIP %s is valid', (s) => expect(isValidOgrnip(s)).toBe(true));

  test.each([...INN10, ...INN12])('INN %s corrupted fails: last digit +1, a middle digit changed, wrong length', (s) => {
    expect(isValidInn(bump(s, -1))).toBe(false);
    expect(isValidInn(bump(s, Math.floor(s.length / 2)))).toBe(false);
    expect(isValidInn(s.slice(0, -1))).toBe(false);
    expect(isValidInn(`${s}0`)).toBe(false);
  });
  test.each(OGRN)('OGRN %s corrupted fails', (s) => {
    expect(isValidOgrn(bump(s, -1))).toBe(false);
    expect(isValidOgrn(bump(s, 6))).toBe(false);
    expect(isValidOgrn(s.slice(0, -1))).toBe(false);
    expect(isValidOgrn(`${s}0`)).toBe(false);
  });
  test.each(OGRNIP)('OGRNIP %s corrupted fails', (s) => {
    expect(isValidOgrnip(bump(s, -1))).toBe(false);
    expect(isValidOgrnip(bump(s, 7))).toBe(false);
    expect(isValidOgrnip(s.slice(0, -1))).toBe(false);
    expect(isValidOgrnip(`${s}0`)).toBe(false);
  });

  test('the negative checks of docs/law.md: Identifiers', () => {
    expect(isValidInn('7710140678')).toBe(false);
    expect(isValidInn('325750000309')).toBe(false);
    expect(isValidOgrn('1247800090637')).toBe(false);
    expect(isValidOgrnip('318325600012391')).toBe(false);
  });

  test('leading digits and kinds do not mix', () => {
    // An OGRNIP is not an OGRN and vice versa; a 13-digit number must start with 1 or 5.
    expect(isValidOgrn('318325600012390')).toBe(false);
    expect(isValidOgrnip('1247800090636')).toBe(false);
    const ogrnStarting3 = `3${'247800090636'.slice(0, 11)}`;
    const withCheck = ogrnStarting3 + String(Number(BigInt(ogrnStarting3) % 11n) % 10);
    expect(isValidOgrn(withCheck)).toBe(false);
    expect(isValidInn('77101406 79')).toBe(false);
    expect(isValidInn('')).toBe(false);
  });
});

describe('identifiers(doc)', () => {
  const ids = (source: string, format: 'text' | 'markdown' = 'text') => {
    const doc = model(source, format);
    return identifiers(doc).map((i) => ({ kind: i.kind, label: i.label, value: i.value, text: doc.slice(i.range), valid: i.valid, owner: i.owner }));
  };

  test('labels in Russian and English, with their kinds', () => {
    expect(ids('ИНН 7804711014, ОГРН 1247800090636.').map((i) => [i.kind, i.label, i.value])).toEqual([
      ['inn', 'ИНН', '7804711014'],
      ['ogrn', 'ОГРН', '1247800090636'],
    ]);
    expect(ids('TIN: 390518049508 OGRNIP: 323390000035755 Address: Kaliningrad').map((i) => [i.kind, i.label])).toEqual([
      ['inn', 'TIN'],
      ['ogrnip', 'OGRNIP'],
    ]);
    expect(ids('Taxpayer Identification Number (INN): 7804711014; Primary State Registration Number: 1247800090636; PSRNIE 323390000035755').map((i) => i.kind)).toEqual([
      'inn',
      'ogrn',
      'ogrnip',
    ]);
    expect(ids('ОГРН ИП 323390000035755, ОГРНИП: 318325600012390, PSRN 1247800090636').map((i) => [i.kind, i.label])).toEqual([
      ['ogrnip', 'ОГРН ИП'],
      ['ogrnip', 'ОГРНИП'],
      ['ogrn', 'PSRN'],
    ]);
  });

  test('"ОГРН" with 15 digits is taken as an OGRNIP, and validated as one', () => {
    expect(ids('ИП Иванов И.И., ОГРН 323390000035755')).toMatchObject([{ kind: 'ogrnip', label: 'ОГРН', valid: true }]);
  });

  test('a KPP is not an INN', () => {
    expect(ids('ИНН/КПП 7736207543/770401001').map((i) => [i.kind, i.value])).toEqual([['inn', '7736207543']]);
    expect(ids('ИНН / КПП: 7736207543 / 770401001').map((i) => i.value)).toEqual(['7736207543']);
    expect(ids('КПП/ИНН 770401001/7736207543').map((i) => i.value)).toEqual(['7736207543']);
    expect(ids('ИНН 7736207543 КПП 770401001 ОГРН 1027700229193').map((i) => i.value)).toEqual(['7736207543', '1027700229193']);
  });

  test('digits split by spaces and NBSP are normalised; the range covers them', () => {
    expect(ids('ИНН 7\u00a0736\u00a0207\u00a0543')).toMatchObject([{ value: '7736207543', text: '7\u00a0736\u00a0207\u00a0543', valid: true }]);
    expect(ids('ОГРН: 1 247 800 090 636.')).toMatchObject([{ value: '1247800090636', text: '1 247 800 090 636', valid: true }]);
    // Two numbers one after the other are two numbers, not one long one.
    expect(ids('ИНН, ОГРН: 7804711014 1247800090636').map((i) => [i.kind, i.value])).toEqual([
      ['inn', '7804711014'],
      ['ogrn', '1247800090636'],
    ]);
  });

  test('a tab-separated header table: "ИНН / ОГРН ⇥ 7804711014 / 1247800090636"', () => {
    expect(ids('Правообладатель\tООО «Мобильный маркетинг онлайн»\nИНН / ОГРН\t7804711014 / 1247800090636\n').map((i) => [i.kind, i.value, i.owner])).toEqual([
      ['inn', '7804711014', 'operator'],
      ['ogrn', '1247800090636', 'operator'],
    ]);
  });

  test('a Markdown table with label columns', () => {
    const source = '| Компания | ИНН | ОГРН |\n|---|---|---|\n| ООО «Ромашка» | 7701526010 | 1197746199353 |\n';
    expect(ids(source, 'markdown').map((i) => [i.kind, i.label, i.value])).toEqual([
      ['inn', 'ИНН', '7701526010'],
      ['ogrn', 'ОГРН', '1197746199353'],
    ]);
  });

  test('wrong lengths are kept (and invalid); words that only look like labels are not', () => {
    expect(ids('ИНН 77015260101')).toMatchObject([{ value: '77015260101', valid: false }]);
    expect(ids('We stayed at the Holiday Inn 2024 and the tin 12 box.')).toEqual([]);
    expect(ids('Мы обрабатываем ФИО, ИНН, СНИЛС и номер телефона 89161234567.')).toEqual([]);
  });

  test('whose identifier it is', () => {
    const owners = (source: string) => ids(source).map((i) => `${i.value}:${i.owner}`);
    // Platform and bank INNs (docs/law.md: Identifiers), with or without context.
    expect(owners('ИНН 7710140679')).toEqual(['7710140679:third-party']);
    expect(owners('6.2. Acquirer — Joint-Stock Company TBank (INN 7710140679):')).toEqual(['7710140679:third-party']);
    expect(owners('Оплата через ЮKassa (ООО НКО «ЮМани», ИНН 7750005725).')).toEqual(['7750005725:third-party']);
    // An OGRN stated with a platform INN belongs to the platform too.
    expect(owners('ООО «ЯНДЕКС», ИНН 7736207543, ОГРН 1027700229193')).toEqual(['7736207543:third-party', '1027700229193:third-party']);
    // Unknown companies: by role and context.
    expect(owners('Хостинг-провайдер — ООО «Облако» (ИНН 7816815900).')).toEqual(['7816815900:third-party']);
    expect(owners('Оператор — ООО «Ромашка» (ИНН 7701526010). Оператор передаёт данные ООО «Облако» (ИНН 7816815900).')).toEqual([
      '7701526010:operator',
      '7816815900:third-party',
    ]);
    expect(owners('Реквизиты: ИНН банка 7816815900; ИНН оператора 7701526010')).toEqual(['7816815900:third-party', '7701526010:operator']);
    expect(owners('ООО «Ромашка» (ИНН 7701526010, далее — Оператор) использует платёжный сервис (ИНН 7816815900).')).toEqual([
      '7701526010:operator',
      '7816815900:third-party',
    ]);
  });
});

describe('entities(doc) and operatorIdentity(doc)', () => {
  const op = (source: string, format: 'text' | 'markdown' = 'text') => {
    const doc = model(source, format);
    const o = operatorIdentity(doc);
    return { doc, o, name: o.name && doc.slice(o.name.range), address: o.address && doc.slice(o.address) };
  };

  test('names with legal forms, in any case ending and both languages', () => {
    const doc = model(
      'Оператором является Обществом с ограниченной ответственностью «Ромашка». ИП Иванов И.И. и индивидуальным предпринимателем Петровым Петром Петровичем. Romashka LLC, JSC "Selectel", Individual Entrepreneur Anton Sergeevich Lantsov.',
    );
    expect(entities(doc).map((e) => [e.kind, e.name])).toEqual([
      ['company', 'Ромашка'],
      ['ip', 'Иванов И.И.'],
      ['ip', 'Петровым Петром Петровичем'],
      ['company', 'Romashka'],
      ['company', 'Selectel'],
      ['ip', 'Anton Sergeevich Lantsov'],
    ]);
  });

  test('forms without a name, and "физических лиц Российской Федерации", are not entities', () => {
    expect(entities(model('Оператор — юридическое лицо, ИП или ООО; данные физических лиц Российской Федерации; an individual entrepreneur, or a legal entity.'))).toEqual([]);
  });

  test('the operator is the one named in its role, not a recipient named first', () => {
    const { o, name } = op('Данные передаются ООО «ЯНДЕКС».\nОператор: ООО «Ромашка», ИНН 7701526010.');
    expect(name).toBe('ООО «Ромашка»');
    expect(o.kind).toBe('company');
    expect(o.identifiers.map((i) => i.value)).toEqual(['7701526010']);
  });

  test('the same person written in Latin and Cyrillic is one operator', () => {
    const { o } = op('1.1. Operator: Individual Entrepreneur Antonov Aleksandr Viktorovich, INN 262517638904.\n\n13. Contacts\nIndividual Entrepreneur Антонов Александр Викторович\nOGRNIP: 312265133100116\n');
    expect(o.mentions.map((m) => m.name)).toEqual(['Antonov Aleksandr Viktorovich', 'Антонов Александр Викторович']);
    expect(o.identifiers.map((i) => i.kind)).toEqual(['inn', 'ogrnip']);
  });

  test('self-employed operator', () => {
    expect(op('Оператор — самозанятый Кузнецов Иван Петрович, ИНН 662308246291.').o).toMatchObject({ selfEmployed: true, kind: 'self-employed' });
    expect(op('The operator, Ivan Kuznetsov, is self-employed (professional income tax), TIN 662308246291.').o.selfEmployed).toBe(true);
    expect(op('Оператор — ИП Кузнецов Иван Петрович, ИНН 662308246291. Мы работаем с самозанятыми курьерами.').o.selfEmployed).toBe(false);
  });

  test('addresses: street and building, or postcode and place; never a city alone', () => {
    const base = 'Оператор: ООО «Ромашка», ИНН 7701526010. ';
    expect(op(`${base}Адрес: г. Москва.`).address).toBeUndefined();
    expect(op(`${base}Located in Moscow, Russia.`).address).toBeUndefined();
    expect(op(`${base}Адрес: 123112, г. Москва.`).address).toBe('123112');
    expect(op(`${base}Адрес: г. Москва, ул. Тверская, д. 7.`).address).toBe('ул. Тверская, д. 7');
    expect(op(`${base}Address: 16 Lva Tolstogo Street, Moscow.`).address).toBe('16 Lva Tolstogo Street');
    // A third party's or the regulator's address is not the operator's.
    expect(op(`${base}Жалобу можно направить в Роскомнадзор: 109992, г. Москва, Китайгородский пр., д. 7.`).address).toBeUndefined();
    expect(op(`${base}Аналитика: ООО «ЯНДЕКС», 119021, г. Москва, ул. Льва Толстого, д. 16.`).address).toBeUndefined();
  });

  test('the operator section for findings about something absent', () => {
    const { doc, o } = op('1. Общие положения\n1.1. Текст.\n\n5. Права и обязанности оператора\n5.1. Текст.\n\n9. Контакты\nE-mail: a@b.ru\n');
    expect(o.identified).toBe(false);
    expect(o.section && doc.slice(o.section)).toBe('9. Контакты');
  });
});

describe('performance', () => {
  const inputs: [string, string][] = [
    ['digits', '1'.repeat(100000)],
    ['spaced digits', '1 '.repeat(50000)],
    ['labels', 'ИНН '.repeat(20000)],
    ['label chains', 'ИНН/КПП/ОГРН/'.repeat(10000)],
    ['labels and digits', 'ИНН 7 7 7 7 7 7 7 7 7 7 7 7 7 '.repeat(5000)],
    ['forms', 'ООО ИП АО LLC JSC '.repeat(10000)],
    ['capitalised words', 'Romashka Lutik Vasilek LLC '.repeat(10000)],
    ['addresses', 'ул. Ленина, д. 1, 123456, г. Москва, '.repeat(5000)],
    ['quotes', 'ООО «'.repeat(20000)],
    ['capitals', 'A'.repeat(100000)],
    ['capital words', 'Aaaa '.repeat(20000) + 'LLC'],
    ['digit words', '12345 '.repeat(20000)],
    ['cyrillic run', 'обществ'.repeat(10000)],
    ['roles', 'Оператор передаёт банку '.repeat(5000)],
  ];
  test.each(inputs)('fast on %s', (_n, source) => {
    const t = Date.now();
    operatorIdentity(model(source));
    // A guard against super-linear blow-ups (minutes), not a speed test: speed is `npm run bench`'s.
    expect(Date.now() - t).toBeLessThan(15_000);
  });
});
