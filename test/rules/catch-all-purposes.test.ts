import { readdirSync, readFileSync } from 'node:fs';
import { brief, lint, textAt } from '../helpers/lint.js';

const dir = new URL('../../fixtures/rules/catch-all-purposes/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, dir), 'utf8');
const fmt = (name: string) => (name.endsWith('.md') ? 'markdown' : 'text');
const run = (name: string, options?: Record<string, unknown>) =>
  lint(fixture(name), { rule: 'catch-all-purposes', format: fmt(name), settings: options ? { 'catch-all-purposes': ['warn', options] } : undefined });
/** "line:col rule/message «reported text»" for exact assertions. */
const found = (name: string, options?: Record<string, unknown>) => {
  const source = fixture(name);
  return run(name, options).map((m) => `${brief([m])[0]} «${textAt(source, m)}»`);
};

describe('catch-all-purposes', () => {
  test('other purposes «в иных целях, не противоречащих законодательству» and «в других целях», not the negated ones, the definition or the recipients', () => {
    expect(found('fires-other-purposes.ru.txt')).toEqual([
      '8:3 catch-all-purposes/catch-all «в иных целях, не противоречащих законодательству РФ»',
      '9:57 catch-all-purposes/catch-all «в других целях»',
    ]);
  });

  test('open lists of data and purposes and "etc." closing purposes; not examples in brackets, negations, references or recipients', () => {
    expect(found('fires-open-list.en.md')).toEqual([
      '11:30 catch-all-purposes/catch-all «includes, but is not limited to»',
      '15:27 catch-all-purposes/catch-all «for purposes such as»',
      '19:48 catch-all-purposes/catch-all «etc.»',
    ]);
  });

  test('«и т.д.» closing purposes in a table cell and «любые действия» with data (CRLF); not objects of one purpose or protection against actions', () => {
    expect(found('fires-etc-and-actions.ru.md')).toEqual([
      '10:48 catch-all-purposes/catch-all «и т.д.»',
      '15:53 catch-all-purposes/catch-all «любых действий»',
    ]);
  });

  test('"any other lawful purpose", "purposes other than", a non-exhaustive list; not aggregated data or a new purpose with separate consent', () => {
    expect(found('fires-any-purpose.en.txt')).toEqual([
      '6:45 catch-all-purposes/catch-all «for any other lawful purpose»',
      '7:39 catch-all-purposes/catch-all «purposes other than»',
      '8:11 catch-all-purposes/catch-all «list of purposes is not exhaustive»',
    ]);
  });

  test.each([['clean-negations.ru.txt'], ['clean-references.en.txt'], ['clean-table.ru.md']])('clean: %s', (name) => {
    expect(found(name)).toEqual([]);
  });

  test('severity, message language and the phrase in the message', () => {
    const ru = run('fires-other-purposes.ru.txt');
    expect(ru[0].severity).toBe(1);
    expect(ru[0].message).toMatch(/^«в иных целях, не противоречащих законодательству РФ» делает цели обработки/);
    expect(ru[0].message).toContain('ч. 2 и 5 ст. 5 152-ФЗ');
    const en = run('fires-any-purpose.en.txt');
    expect(en[0].message).toMatch(/^"for any other lawful purpose" leaves the purposes of processing/);
    expect(en[0].message).toContain('152-FZ art. 5 parts 2 and 5');
    expect(en.map((m) => m.data?.kind)).toEqual(['purposes', 'purposes', 'open-list']);
  });

  test('an open list gets a suggestion that makes it exhaustive; other catch-alls get none', () => {
    const [data, purposes] = run('fires-open-list.en.md');
    expect(data.suggestions).toBeUndefined();
    expect(purposes.suggestions).toBeUndefined();
    const ru = lint('Политика\n2. Состав данных\n2.1. Оператор обрабатывает данные, включая, но не ограничиваясь: ФИО, телефон.\n', { rule: 'catch-all-purposes' });
    expect(ru.map((m) => m.suggestions)).toEqual([[{ kind: 'replace', desc: 'Сделать перечень исчерпывающим', text: 'а именно' }]]);
    const en = lint('Privacy Policy\n2. Data we collect\n2.1. We collect personal data, including but not limited to your name and e-mail.\n', { rule: 'catch-all-purposes' });
    expect(en.map((m) => m.suggestions?.[0].text)).toEqual(['namely']);
  });

  test('option dataLists: false reports the purposes only', () => {
    expect(found('fires-open-list.en.md', { dataLists: false })).toEqual([
      '15:27 catch-all-purposes/catch-all «for purposes such as»',
      '19:48 catch-all-purposes/catch-all «etc.»',
    ]);
    expect(found('fires-etc-and-actions.ru.md', { dataLists: false })).toEqual(['10:48 catch-all-purposes/catch-all «и т.д.»']);
  });

  test.each([
    ['Данные могут использоваться Оператором в любых целях.', 'в любых целях'],
    ['Оператор вправе обрабатывать данные в иных законных целях.', 'в иных законных целях'],
    ['Оператор вправе использовать персональные данные в любых не запрещённых законом целях.', 'в любых не запрещённых законом целях'],
    ['Оператор обрабатывает данные в целях, не противоречащих законодательству Российской Федерации.', 'в целях, не противоречащих законодательству Российской Федерации'],
    ['Оператор вправе обрабатывать данные в иных целях, не предусмотренных настоящей Политикой.', 'в иных целях, не предусмотренных настоящей Политикой'],
    ['Данные используются в таких целях, как маркетинг и аналитика.', 'в таких целях, как'],
    ['Оператор обрабатывает персональные данные, в том числе, в следующих целях:', 'в том числе, в следующих целях'],
    ['Обработка персональных данных включает, но не ограничивается: сбор, запись, хранение.', 'но не ограничивается'],
    ['Перечень целей обработки не является исчерпывающим.', 'Перечень целей обработки не является исчерпывающим'],
    ['Данные обрабатываются в целях исполнения договора, оказания услуг, улучшения сервиса и т.п.', 'и т.п.'],
    ['Оператор вправе запрашивать у Пользователя любые иные сведения.', 'любые иные сведения'],
    ['We may use your personal data for marketing and other purposes.', 'other purposes'],
    ['We may also use your data for other legitimate business purposes.', 'for other legitimate business purposes'],
    ['We process personal data, among others, for the following purposes:', 'among others, for the following purposes'],
    ['We process data for the purposes of account management, billing, customer support, etc.', 'etc.'],
    ['We collect any other information you provide to us when using the Service.', 'any other information'],
    ['The Operator may perform any actions with personal data necessary for the purposes above.', 'any actions'],
  ])('fires: %s', (sentence, phrase) => {
    const ru = /[а-яё]/iu.test(sentence);
    const source = `${ru ? 'Политика' : 'Privacy Policy'}\n1. ${ru ? 'Общие положения' : 'General provisions'}\n1.1. ${sentence}\n`;
    const messages = lint(source, { rule: 'catch-all-purposes' });
    expect(messages.map((m) => textAt(source, m))).toEqual([phrase]);
  });

  test.each([
    ['Оператор не обрабатывает персональные данные в иных целях, кроме указанных в разделе 3.'],
    ['Использование данных в других целях запрещено.'],
    ['Данные обрабатываются в иных целях, указанных в разделе 3 настоящей Политики.'],
    ['Данные могут обрабатываться в иных целях, на которые субъект дал отдельное согласие.'],
    ['Оператор обязуется не использовать данные в других целях.'],
    ['Мы собираем информацию о любых действиях пользователя на сайте.'],
    ['Пользователь несет ответственность за любые действия, совершенные с использованием его учетной записи.'],
    ['Оператор вправе совершать любые действия (операции), предусмотренные Федеральным законом № 152-ФЗ.'],
    ['Данные обрабатываются в статистических или иных исследовательских целях при условии обязательного обезличивания.'],
    ['Отправка уведомлений, счетов, напоминаний, сообщений и т.д.'],
    ['We do not sell your data or use it for other purposes.'],
    ['Data is processed for the other purposes of this Policy.'],
    ['If we intend to use your data for other purposes, we will ask for your consent first.'],
    ['We use your data only for the purposes set out above and for no other purpose.'],
    ['We do not collect any other information.'],
    ['Cookie files record pages visited, clicks, etc.'],
    ['This policy applies to the processing of personal data for all purposes listed in section 3.'],
    ['The list of purposes above is exhaustive.'],
  ])('clean: %s', (sentence) => {
    const ru = /[а-яё]/iu.test(sentence);
    const source = `${ru ? 'Политика' : 'Privacy Policy'}\n1. ${ru ? 'Цели обработки' : 'Purposes of processing'}\n1.1. ${sentence}\n`;
    expect(brief(lint(source, { rule: 'catch-all-purposes' }))).toEqual([]);
  });

  test('reports nothing on the seed policies (000: "price monitoring and other Service modules" is a feature list of the Service, not another purpose)', () => {
    const seeds = new URL('../../fixtures/seeds/', import.meta.url);
    for (const f of readdirSync(seeds).filter((n) => n.endsWith('.txt'))) {
      expect([f, brief(lint(readFileSync(new URL(f, seeds), 'utf8'), { rule: 'catch-all-purposes' }))]).toEqual([f, []]);
    }
  });
});
