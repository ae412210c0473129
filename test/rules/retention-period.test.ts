import { readFileSync } from 'node:fs';
import { brief, lint, textAt } from '../helpers/lint.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/rules/retention-period/${name}`, import.meta.url), 'utf8');
const fmt = (name: string) => (name.endsWith('.md') ? 'markdown' : 'text');
const run = (name: string) => lint(fixture(name), { rule: 'retention-period', format: fmt(name) });
const texts = (name: string) => run(name).map((m) => textAt(fixture(name), m));

describe('retention-period', () => {
  describe('missing', () => {
    test('a storage section about location and a 30-day destruction deadline, but no retention period: at the section heading', () => {
      const messages = run('fires-missing.ru.md');
      expect(brief(messages)).toEqual(['14:4 retention-period/missing']);
      expect(textAt(fixture('fires-missing.ru.md'), messages[0])).toBe('3. Хранение и защита данных');
      expect(messages[0].severity).toBe(2);
      expect(messages[0].message).toMatch(/^В политике не сказано, сколько хранятся/);
    });

    test('"the Policy is effective indefinitely" is not retention; no retention heading: at 1:1', () => {
      const messages = run('fires-missing.en.txt');
      expect(brief(messages)).toEqual(['1:1 retention-period/missing']);
      expect(messages[0].message).toMatch(/^The policy does not say how long personal data is kept/);
    });
  });

  describe('vague', () => {
    test('only «не дольше, чем требуют цели» and a minimum for accounting records', () => {
      const messages = run('fires-vague.ru.txt');
      expect(brief(messages)).toEqual(['5:35 retention-period/vague']);
      expect(textAt(fixture('fires-vague.ru.txt'), messages[0])).toBe('не дольше, чем этого требуют цели');
      expect(messages[0].severity).toBe(1);
      expect(messages[0].data).toEqual({ found: 'не дольше, чем этого требуют цели' });
    });

    test('"as long as necessary", "the period required by law" and "at least 180 days" (Markdown)', () => {
      expect(brief(run('fires-vague.en.md'))).toEqual(['5:25 retention-period/vague']);
      expect(texts('fires-vague.en.md')).toEqual(['for as long as necessary']);
    });

    test('a minimum alone is vague, reported with its bound', () => {
      const source = '1. Storage\nPayment records are kept for at least 5 years.\n';
      const messages = lint(source, { rule: 'retention-period' });
      expect(brief(messages)).toEqual(['2:30 retention-period/vague']);
      expect(textAt(source, messages[0])).toBe('at least 5 years');
    });
  });

  describe('unbounded', () => {
    test('"Indefinitely" in a pipe table of retention periods (CRLF); anonymised statistics, "permanently deleted" and the policy term are not', () => {
      const messages = run('fires-unbounded.en.txt');
      expect(brief(messages)).toEqual(['10:17 retention-period/unbounded']);
      expect(texts('fires-unbounded.en.txt')).toEqual(['Indefinitely']);
      expect(messages[0].data).toEqual({ found: 'Indefinitely' });
      expect(messages[0].severity).toBe(1);
    });

    test('«бессрочно» in a list and «без ограничения срока» in a table; anonymised statistics and the policy term are not', () => {
      const messages = run('fires-unbounded.ru.md');
      expect(brief(messages)).toEqual(['8:33 retention-period/unbounded', '13:21 retention-period/unbounded']);
      expect(texts('fires-unbounded.ru.md')).toEqual(['бессрочно', 'без ограничения срока']);
      expect(messages[0].message).toMatch(/^Персональные данные хранятся «бессрочно»/);
    });

    test('"permanently" for keeping data fires; "permanently deleted" does not', () => {
      expect(brief(lint('Retention\nServer logs are kept permanently.\nOther logs are kept for 3 months.\n', { rule: 'retention-period' }))).toEqual([
        '2:22 retention-period/unbounded',
      ]);
      expect(brief(lint('Retention\nLogs are kept for 3 months and then permanently deleted.\n', { rule: 'retention-period' }))).toEqual([]);
    });

    test('«хранятся постоянно» fires; «бессрочно, до момента удаления аккаунта» is bounded by the event', () => {
      const source = 'Хранение\nДанные хранятся постоянно.\n';
      const messages = lint(source, { rule: 'retention-period' });
      expect(brief(messages)).toEqual(['2:17 retention-period/unbounded']);
      expect(textAt(source, messages[0])).toBe('постоянно');
      expect(brief(lint('Хранение\nДанные хранятся бессрочно, до момента удаления аккаунта.\n', { rule: 'retention-period' }))).toEqual([]);
    });

    test('maxYears reports a longer retention period', () => {
      const source = 'Retention\nProfiles are kept for 10 years after the last login.\n';
      expect(brief(lint(source, { rule: 'retention-period' }))).toEqual([]);
      const messages = lint(source, { rule: 'retention-period', settings: { 'retention-period': ['warn', { maxYears: 5 }] } });
      expect(brief(messages)).toEqual(['2:23 retention-period/unbounded']);
      expect(textAt(source, messages[0])).toBe('10 years');
    });
  });

  test.each([
    ['Inactive accounts are deleted after 24 months of inactivity.'],
    ['Аккаунты, неактивные более 2 лет, удаляются.'],
    ['Данные хранятся до достижения целей обработки, но не более 3 лет.'],
    ['Personal data is processed until consent is withdrawn.'],
  ])('clean: %s', (sentence) => {
    expect(brief(lint(`Retention\n${sentence}\n`, { rule: 'retention-period' }))).toEqual([]);
  });

  test.each([
    ['Срок обработки персональных данных определяется достижением целей обработки.', 'определяется достижением целей'],
    ['Документы хранятся в сроки, предусмотренные статьей 29 Закона о бухгалтерском учете.', 'в сроки, предусмотренные статьей'],
    ['Personal data is processed until the purposes of processing are achieved.', 'until the purposes of processing are achieved'],
    ['Персональные данные хранятся в соответствии с требованиями законодательства.', 'хранятся в соответствии с требованиями законодательства'],
  ])('vague: %s', (sentence, found) => {
    const source = `Retention\n${sentence}\n`;
    const messages = lint(source, { rule: 'retention-period' });
    expect(messages.map((m) => m.messageId)).toEqual(['vague']);
    expect(textAt(source, messages[0])).toBe(found);
  });

  test.each([
    // A table with periods and end events, a statutory minimum beside them, «полгода», a 30-day destruction deadline, the policy's own term.
    ['clean-table.ru.md'],
    // End events, a period with NBSP, anonymised statistics kept indefinitely, "permanently erased", the policy's own term; CRLF.
    ['clean-events.en.txt'],
    // Number words: «одного года», «тридцати дней», «1 (одного) года»; "не дольше, чем требуют цели, но не более 3 лет".
    ['clean-words.ru.txt'],
  ])('clean: %s', (name) => {
    expect(brief(run(name))).toEqual([]);
  });
});

describe('retention-period: issue 9 classes', () => {
  test('under the heading «Актуализация и уничтожение», «хранятся не более 3 лет» is still a storage period', () => {
    expect(brief(run('clean-under-destruction-heading.ru.txt'))).toEqual([]);
  });

  test.each([['clean-period-column.ru.md'], ['clean-period-column.en.md']])('a column headed only «Срок» / "Period" holds retention periods: %s', (name) => {
    expect(brief(run(name))).toEqual([]);
  });

  test.each([
    ['Анкеты хранятся до конца смены.'],
    ['Данные хранятся, пока вы пользуетесь сервисом.'],
    ['Forms are kept until the end of the course.'],
    ['Фото хранятся, пока активна подписка.'],
  ])('an end event alone is concrete: %s', (sentence) => {
    expect(brief(lint(`Хранение\n${sentence}\n`, { rule: 'retention-period' }))).toEqual([]);
  });

  test.each([
    ['Логи хранятся столько, сколько потребуется.', 'столько, сколько потребуется'],
    ['Резервные копии хранятся согласно политике хранения Оператора.', 'согласно политике хранения Оператора'],
    ['Cards are kept as long as we need them.', 'as long as we need them'],
    ['Данные хранятся у провайдера согласно его политике.', 'согласно его политике'],
  ])('vague, not missing: %s', (sentence, found) => {
    const source = `Retention\n${sentence}\n`;
    const messages = lint(source, { rule: 'retention-period' });
    expect(messages.map((m) => m.messageId)).toEqual(['vague']);
    expect(textAt(source, messages[0])).toBe(found);
  });

  test.each([['clean-end-events.ru.txt'], ['clean-end-events.en.txt']])('end events: «пока активна подписка», «после окончания мероприятия», "while your access is valid": %s', (name) => {
    expect(brief(run(name))).toEqual([]);
  });

  test.each([
    ['Мы храним данные не дольше, чем это требуется для целей обработки.', 'не дольше, чем это требуется для'],
    ['Мы храним данные не дольше, чем того требуют цели обработки.', 'не дольше, чем того требуют цели'],
    ['Данные хранятся не дольше, чем необходимо для оказания услуг.', 'не дольше, чем необходимо для'],
    ['Данные хранятся не дольше срока, необходимого для целей обработки.', 'не дольше срока, необходимого'],
  ])('«не дольше, чем это требуется» in any inflection is vague: %s', (sentence, found) => {
    const source = `Сроки хранения\n${sentence}\n`;
    const messages = lint(source, { rule: 'retention-period' });
    expect(brief(messages)).toEqual(['2:' + (sentence.indexOf(found.split(' ')[0]) + 1) + ' retention-period/vague']);
    expect(textAt(source, messages[0])).toBe(found);
  });

  test.each([
    ['Информация публичная, поэтому я не обязан её удалять.', 'не обязан её удалять'],
    ['Комментарии никогда не удаляются.', 'никогда не удаляются'],
    ['We never delete your posts.', 'never delete'],
  ])('a refusal to delete is storage without end: %s', (sentence, found) => {
    const source = `Data\n${sentence}\n`;
    const messages = lint(source, { rule: 'retention-period' });
    expect(messages.map((m) => m.messageId)).toEqual(['unbounded']);
    expect(textAt(source, messages[0])).toBe(found);
  });

  test.each([
    ['Оператор не обязан удалять данные, если их хранение требуется законом.'],
    ['If you do not delete your account, we keep it.'],
  ])('an exception or the user\'s own choice is no refusal: %s', (sentence) => {
    expect(lint(`Data\n${sentence}\n`, { rule: 'retention-period' }).map((m) => m.messageId)).toEqual(['missing']);
  });

  test('«в соответствии с политикой хранения провайдера» is vague, not missing', () => {
    const messages = run('fires-vague-provider.ru.txt');
    expect(brief(messages)).toEqual(['2:45 retention-period/vague']);
    expect(textAt(fixture('fires-vague-provider.ru.txt'), messages[0])).toBe('в соответствии с политикой хранения провайдера');
  });

  test('"under the provider\'s data retention policy" is vague, not missing', () => {
    const messages = run('fires-vague-provider.en.txt');
    expect(brief(messages)).toEqual(['2:46 retention-period/vague']);
    expect(textAt(fixture('fires-vague-provider.en.txt'), messages[0])).toBe("under the provider's data retention policy");
  });

  test('a provider\'s rules beside a concrete period are fine; «согласно срокам, установленным законодательством» is the law kind', () => {
    expect(brief(lint('Хранение\nОтчёты хранятся согласно стандартным срокам Firebase, аккаунты — 2 года.\n', { rule: 'retention-period' }))).toEqual([]);
  });
});
