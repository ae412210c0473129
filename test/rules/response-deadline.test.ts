import { readFileSync } from 'node:fs';
import { brief, lint, textAt } from '../helpers/lint.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/rules/response-deadline/${name}`, import.meta.url), 'utf8');
const fmt = (name: string) => (name.endsWith('.md') ? 'markdown' : 'text');
const run = (name: string) => lint(fixture(name), { rule: 'response-deadline', format: fmt(name) });
const texts = (name: string) => run(name).map((m) => textAt(fixture(name), m));

describe('response-deadline', () => {
  describe('too-long', () => {
    test('"responds within 30 calendar days", beside a 30-day destruction deadline, a 30-day repeat-request interval and a 30-day objection review', () => {
      const messages = run('fires-too-long.en.txt');
      expect(brief(messages)).toEqual(['6:183 response-deadline/too-long']);
      expect(texts('fires-too-long.en.txt')).toEqual(['within 30 calendar days']);
      expect(messages[0].severity).toBe(2);
      expect(messages[0].data).toEqual({ found: 'within 30 calendar days' });
      expect(messages[0].message).toContain('10 working days');
      expect(messages[0].suggestions).toEqual([
        {
          desc: 'The deadline of 152-FZ art. 14 part 3 and art. 20 part 1',
          text: 'within 10 (ten) working days of receipt of the request, extendable by no more than 5 (five) working days by a reasoned notice stating the reasons',
        },
      ]);
    });

    test('«в течение 30 (тридцати) дней с даты получения запроса»; a 7-working-day rectification and a 30-day answer to Roskomnadzor are not answers to the subject', () => {
      const messages = run('fires-too-long.ru.md');
      expect(brief(messages)).toEqual(['5:99 response-deadline/too-long']);
      expect(texts('fires-too-long.ru.md')).toEqual(['в течение 30 (тридцати) дней с даты получения запроса']);
      expect(messages[0].message).toMatch(/^Ответ на запрос субъекта даётся/);
      expect(messages[0].suggestions?.[0].text).toBe(
        'в течение 10 (десяти) рабочих дней с даты получения запроса; срок может быть продлён не более чем на 5 (пять) рабочих дней с направлением мотивированного уведомления',
      );
    });

    test('«в течение месяца»; «в кратчайшие сроки» for destroying data is not an answer', () => {
      expect(brief(run('fires-too-long-month.ru.txt'))).toEqual(['3:103 response-deadline/too-long']);
      expect(texts('fires-too-long-month.ru.txt')).toEqual(['в течение месяца']);
    });

    test('"one month" in a table of deadlines, and an extension "by up to 30 days" (no suggestion for it)', () => {
      const messages = run('fires-too-long.en.md');
      expect(brief(messages)).toEqual(['7:25 response-deadline/too-long', '11:82 response-deadline/too-long']);
      expect(texts('fires-too-long.en.md')).toEqual(['one month', 'up to 30 days']);
      expect(messages[0].suggestions).toHaveLength(1);
      expect(messages[1].suggestions).toBeUndefined();
    });

    test('a demand to cease processing met within 30 days (art. 21 part 5.1)', () => {
      const source = 'Права\nОтвет на запрос направляется в течение 10 рабочих дней.\nПо требованию о прекращении обработки Оператор прекращает обработку в течение 30 дней.\n';
      const messages = lint(source, { rule: 'response-deadline' });
      expect(brief(messages)).toEqual(['3:69 response-deadline/too-long']);
      expect(textAt(source, messages[0])).toBe('в течение 30 дней');
      expect(messages[0].suggestions?.[0].desc).toBe('Срок из ч. 5.1 ст. 21 152-ФЗ');
    });

    test.each([
      ['We answer requests within 15 days.', 'within 15 days'],
      ['Requests are answered within fifteen (15) business days.', 'within fifteen (15) business days'],
      ['Requests are answered within three weeks.', 'within three weeks'],
      ['Запросы рассматриваются в течение 30-ти дней.', 'в течение 30-ти дней'],
      ['Ответ на обращение направляется в тридцатидневный срок.', 'в тридцатидневный срок'],
      ['Обращения рассматриваются в течении 30 дней.', 'в течении 30 дней'],
      ['Срок рассмотрения обращения не превышает 30 дней.', 'не превышает 30 дней'],
      ['We aim to respond to all legitimate requests within one month.', 'within one month'],
    ])('%s', (sentence, found) => {
      const source = `Your rights\n${sentence}\n`;
      const messages = lint(source, { rule: 'response-deadline' });
      expect(messages.map((m) => m.messageId)).toEqual(['too-long']);
      expect(textAt(source, messages[0])).toBe(found);
    });
  });

  describe('missing', () => {
    test('«в разумный срок», a rectification deadline, an answer to Roskomnadzor and the repeat-request interval give no deadline: at the vague phrase', () => {
      const messages = run('fires-missing.ru.txt');
      expect(brief(messages)).toEqual(['5:112 response-deadline/missing']);
      expect(textAt(fixture('fires-missing.ru.txt'), messages[0])).toBe('в разумный срок');
      expect(messages[0].severity).toBe(2);
      expect(messages[0].message).toMatch(/^В политике нет срока ответа/);
    });

    test('"without undue delay", "within the period established by law" and a 24-hour incident notice (Markdown)', () => {
      const messages = run('fires-missing.en.md');
      expect(brief(messages)).toEqual(['9:63 response-deadline/missing']);
      expect(textAt(fixture('fires-missing.en.md'), messages[0])).toBe('without undue delay');
      expect(messages[0].message).toMatch(/^The policy gives no deadline/);
    });

    test('no deadline and no vague phrase: at the rights heading, not «Правовые основания»', () => {
      const src = 'ПОЛИТИКА\n4. Правовые основания обработки\n4.1. Обработка осуществляется на основании согласия.\n5. Права субъекта\n5.1. Субъект вправе получать информацию об обработке.\n';
      const messages = lint(src, { rule: 'response-deadline' });
      expect(brief(messages)).toEqual(['4:1 response-deadline/missing']);
      expect(textAt(src, messages[0])).toBe('5. Права субъекта');
    });

    test('no rights section: at 1:1', () => {
      expect(brief(lint('Privacy policy\nWe keep data for 3 years.\n', { rule: 'response-deadline' }))).toEqual(['1:1 response-deadline/missing']);
    });
  });

  test.each([
    // Seed 001: 10 business days, +5 with a reasoned notice; a 30-day destruction deadline, a 30-day repeat interval, RKN 10 working days, rectification 7.
    ['clean-10-business.en.txt'],
    // A table: 3 working days to answer; «10 дней» (calendar, shorter); «незамедлительно».
    ['clean-short.ru.md'],
    // The statutory wording; cessation 10 working days; a 30-day objection review.
    ['clean-cessation.ru.txt'],
  ])('clean: %s', (name) => {
    expect(brief(run(name))).toEqual([]);
  });

  test.each([
    'Requests are answered within 10 days.',
    'Requests are answered within 14 calendar days.',
    'Ответ на запрос — в течение 10 (десяти) рабочих дней; срок может быть продлён до 15 рабочих дней с направлением мотивированного уведомления.',
    'We respond to requests within 72 hours.',
    'Ответ на запрос направляется незамедлительно.',
    'We reply to requests within 10 workdays. We will inform users 30 days before the changes take effect.',
    'Ответ на запрос — 10 рабочих дней. Оператор уведомляет Роскомнадзор о прекращении обработки в течение 30 дней.',
    'Ответ на запрос — 10 рабочих дней. Претензии по оплате рассматриваются в течение 30 дней.',
  ])('clean: %s', (sentence) => {
    expect(brief(lint(`Your rights\n${sentence}\n`, { rule: 'response-deadline' }))).toEqual([]);
  });
});

describe('response-deadline: a period belongs to its own predicate (issue 9)', () => {
  test('the regulator\'s 30 days («сообщать в уполномоченный орган … по его запросу … в течение 30 дней») is no answer to the subject: missing, not too-long', () => {
    expect(brief(run('fires-missing-regulator.ru.txt'))).toEqual(['1:1 response-deadline/missing']);
  });

  test('"report to the authorized body …, at the request of this body, … within 30 days": missing, not too-long', () => {
    expect(brief(run('fires-missing-regulator.en.txt'))).toEqual(['1:1 response-deadline/missing']);
  });

  test.each([
    ['Мы ответим на ваш запрос в течение 30 дней и удалим данные в течение 3 рабочих дней.', 'в течение 30 дней'],
    ['We answer your request within 30 days and delete the data within 3 working days.', 'within 30 days'],
  ])('a verb after «и» / "and" opens the next clause: %s', (sentence, found) => {
    const source = `Права\n${sentence}\n`;
    const messages = lint(source, { rule: 'response-deadline' });
    expect(messages.map((m) => m.messageId)).toEqual(['too-long']);
    expect(textAt(source, messages[0])).toBe(found);
  });

  test('«в течение 30 дней с даты получения запроса уполномоченного органа»: whose request it is decides, even after the period', () => {
    const source = 'Права\nОператор обязан в течение 30 дней с даты получения запроса уполномоченного органа по защите прав субъектов персональных данных сообщить ему необходимую информацию. Ответ субъекту даётся в течение 10 рабочих дней.\n';
    expect(brief(lint(source, { rule: 'response-deadline' }))).toEqual([]);
  });

  test('a register table «Цель | Данные | Основание | Срок» with «Обработка обращений … 1 год» holds storage periods, not answer deadlines', () => {
    expect(brief(run('clean-register-table.ru.md'))).toEqual([]);
  });

  test('the same register as plain text, its rows separated by bars without outer bars', () => {
    expect(brief(run('clean-register-table-plain.ru.txt'))).toEqual([]);
    expect(brief(lint(fixture('clean-register-table-plain.ru.txt'), { rule: 'retention-period' }))).toEqual([]);
  });

  test('a bare «Срок» column does not turn «Запрос сведений | 10 рабочих дней» into storage; «Отзыв согласия | 30 дней» is no answer', () => {
    const source = '| Тип обращения | Срок |\n|---|---|\n| Запрос сведений | 10 рабочих дней |\n| Отзыв согласия | 30 дней |\n';
    expect(brief(lint(source, { rule: 'response-deadline', format: 'markdown' }))).toEqual([]);
  });

  test('one sentence with an answer deadline and a deletion deadline: each period keeps its own verb', () => {
    expect(brief(run('clean-answer-and-deletion.ru.txt'))).toEqual([]);
    const messages = run('fires-too-long-beside-deletion.en.txt');
    expect(brief(messages)).toEqual(['2:26 response-deadline/too-long']);
    expect(texts('fires-too-long-beside-deletion.en.txt')).toEqual(['within 30 days']);
  });

  test('«незамедлительно приостанавливают предоставление … пользователям информационной системы» is no answer', () => {
    const source = 'Права\nПри нарушениях Оператор незамедлительно приостанавливает предоставление персональных данных пользователям информационной системы.\n';
    expect(brief(lint(source, { rule: 'response-deadline' }))).toEqual(['1:1 response-deadline/missing']);
  });
});
