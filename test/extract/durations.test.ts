import { PolicyDocument } from '../../src/core/document.js';
import { parseSource } from '../../src/core/parse/index.js';
import type { SourceFormat } from '../../src/core/types.js';
import { durations, maxWorkingDays, parseNumber, topicAt, type DurationItem, type Period } from '../../rules/extract/durations.js';

const doc = (source: string, format: SourceFormat = 'text') => new PolicyDocument(source, format, parseSource(source, format));
const items = (source: string, format: SourceFormat = 'text') => durations(doc(source, format)).items;
const periods = (source: string, format: SourceFormat = 'text') => durations(doc(source, format)).periods;
/** The one period of a sentence, normalised. */
const one = (sentence: string) => {
  const ps = periods(sentence);
  expect(ps).toHaveLength(1);
  const p = ps[0];
  return { amount: p.amount, amountMax: p.amountMax, unit: p.unit, dayKind: p.dayKind, bound: p.bound, text: p.text };
};
const topics = (source: string, format: SourceFormat = 'text') => items(source, format).map((i) => `${i.kind}:${i.topic} ${i.text}`);

describe('durations: numbers and units', () => {
  test.each([
    ['Срок — 30 (тридцати) календарных дней.', { amount: 30, unit: 'day', dayKind: 'calendar', bound: 'exact', text: '30 (тридцати) календарных дней' }],
    ['We answer within 10 (ten) business days.', { amount: 10, unit: 'day', dayKind: 'working', bound: 'max', text: '10 (ten) business days' }],
    ['Данные уничтожаются в срок не позднее тридцати дней.', { amount: 30, unit: 'day', dayKind: 'unspecified', bound: 'max', text: 'тридцати дней' }],
    ['Ответ даётся в течение месяца.', { amount: 1, unit: 'month', dayKind: 'unspecified', bound: 'max', text: 'месяца' }],
    ['Logs are kept for 12 months.', { amount: 12, unit: 'month', dayKind: 'unspecified', bound: 'exact', text: '12 months' }],
    ['Records are kept for 1 (one) year.', { amount: 1, unit: 'year', dayKind: 'unspecified', bound: 'exact', text: '1 (one) year' }],
    ['Документы хранятся не менее 5 лет.', { amount: 5, unit: 'year', dayKind: 'unspecified', bound: 'min', text: '5 лет' }],
    ['Data is kept no more than 30 days.', { amount: 30, unit: 'day', dayKind: 'unspecified', bound: 'max', text: '30 days' }],
    ['Backups are kept up to 6 months.', { amount: 6, unit: 'month', dayKind: 'unspecified', bound: 'max', text: '6 months' }],
    ['Incidents are reported within 24 hours.', { amount: 24, unit: 'hour', dayKind: 'unspecified', bound: 'max', text: '24 hours' }],
    ['Уведомление — в течение семидесяти двух часов.', { amount: 72, unit: 'hour', dayKind: 'unspecified', bound: 'max', text: 'семидесяти двух часов' }],
    ['Logs: one hundred and eighty days.', { amount: 180, unit: 'day', dayKind: 'unspecified', bound: 'exact', text: 'one hundred and eighty days' }],
    ['Хранится двадцать четыре месяца.', { amount: 24, unit: 'month', dayKind: 'unspecified', bound: 'exact', text: 'двадцать четыре месяца' }],
    ['Хранится 3-х лет не более.', { amount: 3, unit: 'year', dayKind: 'unspecified', bound: 'exact', text: '3-х лет' }],
    ['A 30-day window.', { amount: 30, unit: 'day', dayKind: 'unspecified', bound: 'exact', text: '30-day' }],
    ['Срок 10 раб. дней.', { amount: 10, unit: 'day', dayKind: 'working', bound: 'exact', text: '10 раб. дней' }],
    ['Хранится полгода.', { amount: 6, unit: 'month', dayKind: 'unspecified', bound: 'exact', text: 'полгода' }],
    ['Хранится 1,5 года.', { amount: 1.5, unit: 'year', dayKind: 'unspecified', bound: 'exact', text: '1,5 года' }],
    ['Logs: 180 or 365 calendar days.', { amount: 180, amountMax: 365, unit: 'day', dayKind: 'calendar', bound: 'exact', text: '180 or 365 calendar days' }],
    ['Хранятся от 3 до 5 лет.', { amount: 3, amountMax: 5, unit: 'year', dayKind: 'unspecified', bound: 'exact', text: '3 до 5 лет' }],
    ['Ответ — в течение 10\u00a0рабочих\u00a0дней.', { amount: 10, unit: 'day', dayKind: 'working', bound: 'max', text: '10\u00a0рабочих\u00a0дней' }],
    ['ОТВЕТ — В ТЕЧЕНИЕ ДЕСЯТИ РАБОЧИХ ДНЕЙ.', { amount: 10, unit: 'day', dayKind: 'working', bound: 'max', text: 'ДЕСЯТИ РАБОЧИХ ДНЕЙ' }],
    ['Data is kept for at least three years.', { amount: 3, unit: 'year', dayKind: 'unspecified', bound: 'min', text: 'three years' }],
    ['We reply within a week.', { amount: 1, unit: 'week', dayKind: 'unspecified', bound: 'max', text: 'a week' }],
  ])('%s', (sentence, expected) => {
    expect(one(sentence)).toEqual({ amountMax: undefined, ...expected });
  });

  test('calendar years, dates, times of day and clause numbers are not durations', () => {
    expect(periods('Редакция от 30.04.2026 года. В 2026 году. Since 2022 year. Запросы принимаются с 9 до 18 часов. Статья 5. 7.1. Пункт 3.')).toEqual([]);
  });

  test('number words', () => {
    expect(parseNumber('тридцати')).toBe(30);
    expect(parseNumber('двадцати четырех')).toBe(24);
    expect(parseNumber('one hundred and eighty')).toBe(180);
    expect(parseNumber('twenty-four')).toBe(24);
    expect(parseNumber('ста восьмидесяти')).toBe(180);
    expect(parseNumber('триста шестьдесят пять')).toBe(365);
    expect(parseNumber('1,5')).toBe(1.5);
    expect(parseNumber('banana')).toBeUndefined();
  });

  test('working days a period can hold: 10 working days, 14 calendar days fit; 15 days, a month do not', () => {
    const wd = (s: string) => maxWorkingDays(periods(s)[0]);
    expect(wd('10 working days')).toBe(10);
    expect(wd('14 days')).toBe(10);
    expect(wd('15 calendar days')).toBe(11);
    expect(wd('2 weeks')).toBe(10);
    expect(wd('within a month')).toBeGreaterThan(10);
    expect(wd('72 hours')).toBe(3);
  });

  test('the deadline phrase takes its introducer and where it runs from; an extension is marked', () => {
    const d = doc('The Operator sends a reasoned response within no more than 30 (thirty) calendar days from receipt, unless a shorter period applies. It may be extended by no more than 5 working days. In total it may be extended to 15 working days.');
    const [main, by, to] = durations(d).periods as Period[];
    expect(d.slice(main.phrase)).toBe('within no more than 30 (thirty) calendar days from receipt');
    expect(main.extension).toBeUndefined();
    expect(by.extension).toBe('by');
    expect(d.slice(by.phrase)).toBe('no more than 5 working days');
    expect(to.extension).toBe('to');
    const ru = doc('Оператор даёт ответ в срок, не превышающий 10 рабочих дней с даты получения запроса.');
    expect(ru.slice(durations(ru).periods[0].phrase)).toBe('в срок, не превышающий 10 рабочих дней с даты получения запроса');
  });
});

describe('durations: unbounded, events, vague', () => {
  test.each([
    ['Logs are kept indefinitely.', 'indefinitely'],
    ['Журналы хранятся бессрочно.', 'бессрочно'],
    ['Server logs are stored permanently.', 'permanently'],
    ['Архивы хранятся без ограничения срока.', 'без ограничения срока'],
    ['Backups are kept for an unlimited period.', 'for an unlimited period'],
    ['Данные хранятся на неопределённый срок.', 'на неопределённый срок'],
  ])('unbounded: %s', (sentence, text) => {
    const u = durations(doc(sentence)).unbounded;
    expect(u.map((i) => [i.text, i.topic])).toEqual([[text, 'retention']]);
  });

  test('"permanently deleted" is not unbounded storage; anonymised data is marked', () => {
    expect(durations(doc('Data is permanently deleted after 30 days. Удалённые данные стираются навсегда.')).unbounded).toEqual([]);
    const [u] = durations(doc('Aggregated, anonymized statistics may be retained indefinitely.')).unbounded;
    expect(u.anonymised).toBe(true);
    const [v] = durations(doc('Данные хранятся бессрочно в обезличенном виде.')).unbounded;
    expect(v.anonymised).toBe(true);
    const [w] = durations(doc('Data is destroyed or anonymized within 30 days.')).periods;
    expect(w.anonymised).toBe(false);
  });

  test.each([
    ['Data is kept until the account is deleted.', 'account', 'until the account is deleted'],
    ['Данные хранятся до отзыва согласия.', 'consent', 'до отзыва согласия'],
    ['Invoices are kept for the term of the contract.', 'contract', 'for the term of the contract'],
    ['Data is stored for 5 years after the user stops using the Website.', 'use', 'after the user stops using'],
    ['Данные хранятся в течение срока действия договора.', 'contract', 'в течение срока действия договора'],
    ['Данные хранятся до удаления учётной записи.', 'account', 'до удаления учётной записи'],
    ['Consent records are kept until the user clears the browser storage.', 'user-action', 'until the user clears'],
  ])('event: %s', (sentence, event, text) => {
    const e = durations(doc(sentence)).events;
    expect(e.map((i) => [i.event, i.text, i.topic])).toEqual([[event, text, 'retention']]);
  });

  test.each([
    ['We keep data for as long as necessary.', 'necessary', 'for as long as necessary'],
    ['Данные хранятся не дольше, чем этого требуют цели обработки.', 'necessary', 'не дольше, чем этого требуют цели'],
    ['Data is stored for the period required by law.', 'law', 'for the period required by law'],
    ['Данные хранятся до достижения целей обработки.', 'purpose', 'до достижения целей'],
    ['Ответ направляется в разумный срок.', 'reasonable', 'в разумный срок'],
    ['Оператор отвечает в кратчайшие сроки.', 'asap', 'в кратчайшие сроки'],
    ['We reply without undue delay.', 'asap', 'without undue delay'],
  ])('vague: %s', (sentence, vague, text) => {
    const v = durations(doc(sentence)).vague;
    expect(v.map((i) => [i.vague, i.text])).toEqual([[vague, text]]);
  });

  test('where data is stored "in accordance with the law" is not a vague period', () => {
    expect(durations(doc('Персональные данные хранятся на серверах в РФ в соответствии с законодательством.')).vague).toEqual([]);
    expect(durations(doc('Персональные данные хранятся в соответствии с требованиями законодательства.')).vague.map((v) => v.vague)).toEqual(['law']);
  });
});

describe('durations: what a duration is about', () => {
  test.each([
    ['Personal data is stored for no more than 5 years.', 'retention'],
    ['Upon withdrawal of consent, data is destroyed or anonymized within 30 days.', 'destruction'],
    ['По достижении целей обработки данные уничтожаются в срок, не превышающий 30 (тридцати) дней.', 'destruction'],
    ['A response to a request is provided within 10 business days.', 'subject-request'],
    ['Оператор рассматривает запрос и направляет ответ в течение 30 дней с даты получения запроса.', 'subject-request'],
    ['The Operator answers a request of Roskomnadzor within 10 working days.', 'regulator-request'],
    ['Информацию по запросу уполномоченного органа оператор направляет в течение 10 рабочих дней.', 'regulator-request'],
    ['Inaccurate data is corrected within 7 working days.', 'rectification'],
    ['Оператор вносит изменения в неполные данные в течение семи рабочих дней.', 'rectification'],
    ['По требованию о прекращении обработки оператор прекращает её в течение 10 рабочих дней.', 'cessation'],
    ['We notify Roskomnadzor of a data breach within 24 hours.', 'incident'],
    ['Повторный запрос может быть направлен не ранее чем через 30 дней.', 'repeat-request'],
    ['A repeat request may be sent no earlier than 30 days after the initial request.', 'repeat-request'],
    ['Оператор рассматривает возражение в течение тридцати дней со дня его получения.', 'automated-decision'],
    ['Your objection to an automated decision is reviewed within 30 days.', 'automated-decision'],
    ['Согласие действует в течение 5 лет.', 'consent-validity'],
    ['Refunds are processed within 14 days.', 'payment'],
    ['Претензии рассматриваются в течение 10 дней.', 'other'],
    ['Deletion requests are handled within 30 days.', 'destruction'],
    ['Ответ на запрос о предоставлении сведений — 3 рабочих дня.', 'subject-request'],
  ])('%s → %s', (sentence, topic) => {
    const ps = periods(sentence);
    expect(ps.map((p) => p.topic)).toEqual([topic]);
  });

  test('the policy\'s own term is not retention', () => {
    expect(topics('11.1. The Policy is effective indefinitely until replaced by a new version.')).toEqual(['unbounded:policy-validity indefinitely']);
    expect(topics('Политика вступает в силу с момента утверждения и действует бессрочно.')).toEqual(['unbounded:policy-validity бессрочно']);
    expect(topics('Согласие действует до его отзыва.')).toEqual(['event:consent-validity до его отзыва']);
  });

  test('two durations in one sentence get their own topics', () => {
    expect(topics('Претензии по оплате рассматриваются в течение 10 дней, возврат денежных средств — в течение 30 дней.')).toEqual([
      'period:other 10 дней',
      'period:payment 30 дней',
    ]);
    expect(topics('Data is stored for 3 years and then destroyed within 30 days.')).toEqual(['period:retention 3 years', 'period:destruction 30 days']);
  });

  test('a table cell takes its column header; a list item its lead-in; a bare sentence its section heading', () => {
    const md = '# Policy\n\n## Retention\n\n| Data | Period |\n|---|---|\n| Billing log | Indefinitely - as accounting documents |\n\n## Requests\n\n| Request | Deadline |\n|---|---|\n| Access to data | one month |\n| Correction of inaccurate data | 7 working days |\n';
    expect(topics(md, 'markdown')).toEqual(['unbounded:retention Indefinitely', 'period:subject-request one month', 'period:rectification 7 working days']);
    const list = 'Общие положения\nСроки хранения данных:\n- профиль — 3 года после удаления аккаунта;\n- журналы — шесть месяцев.\n';
    expect(topics(list)).toEqual(['period:retention 3 года', 'event:retention после удаления аккаунта', 'period:retention шесть месяцев']);
    expect(topics('8. Права субъекта\nСрок ответа — 30 календарных дней.\n').map((t) => t.split(' ')[0])).toEqual(['period:subject-request']);
  });

  test('topicAt classifies any range', () => {
    const d = doc('Данные хранятся 3 года.');
    const at = d.lower.indexOf('3 года');
    expect(topicAt(d, at, at + 6)).toBe('retention');
  });

  test('items are in document order and typed', () => {
    const all: DurationItem[] = items('Logs are kept for 6 months. Policy is effective indefinitely. We answer immediately.');
    expect(all.map((i) => i.kind)).toEqual(['period', 'unbounded', 'immediate']);
    expect(all.map((i) => i.range[0])).toEqual([...all.map((i) => i.range[0])].sort((a, b) => a - b));
  });

  test('memoised per document', () => {
    const d = doc('Logs are kept for 6 months.');
    expect(durations(d)).toBe(durations(d));
  });
});

describe('durations: linear time', () => {
  test.each([
    ['a line of 100,000 digits', '1'.repeat(100_000)],
    ['100,000 digits and a unit', `${'1'.repeat(100_000)} days`],
    ['digits and spaces', '1 '.repeat(50_000)],
    ['number words', 'тридцати '.repeat(10_000)],
    ['English number words', 'one hundred and '.repeat(10_000)],
    ['numbers with duplicates', '30 (тридцати) '.repeat(10_000)],
    ['hyphens', '1-'.repeat(50_000)],
    ['introducers', 'в течение '.repeat(10_000)],
    ['many periods in one sentence', 'request within 30 days, '.repeat(5_000)],
    ['many events', 'until the account is deleted; '.repeat(5_000)],
    ['many vague phrases', 'as long as necessary, '.repeat(5_000)],
    ['a long table row', `| Data | ${'kept 3 years; '.repeat(5_000)} |`],
  ])('%s', (_name, source) => {
    const started = Date.now();
    durations(doc(source));
    // A guard against super-linear blow-ups (minutes), not a speed test: speed is `npm run bench`'s.
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});

describe('hours written as "h"', () => {
  test('"within 72h" and "24 h" are hours; «ч. 1» is never hours', () => {
    const d = doc('Roskomnadzor is notified within 24 h and the results follow within 72h. См. п. 3 ч. 1 ст. 6 Закона.');
    const hours = durations(d).periods.filter((x) => x.unit === 'hour').map((x) => x.amount);
    expect(hours).toEqual([24, 72]);
  });
});
