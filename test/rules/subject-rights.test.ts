import { readFileSync } from 'node:fs';
import { brief, lint, textAt } from '../helpers/lint.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/rules/subject-rights/${name}`, import.meta.url), 'utf8');
const fmt = (name: string) => (name.endsWith('.md') ? 'markdown' : 'text');
const run = (name: string) => lint(fixture(name), { rule: 'subject-rights', format: fmt(name) });

describe('subject-rights', () => {
  test.each([
    // Numbered sub-clauses under «имеет право:», CRLF line ends, «ё».
    ['clean-numbered.ru.txt'],
    // Rights stated in different sections, none of them called "rights".
    ['clean-scattered.en.md'],
    // Rights in a Markdown table.
    ['clean-table.ru.md'],
    // "Users may: …; …; …" and "Consent may be withdrawn" in another section.
    ['clean-modal.en.txt'],
    // Template wording: «актуализировать их», «получить любые разъяснения … касающимся обработки».
    ['clean-template-phrasing.ru.txt'],
  ])('clean: %s', (name) => {
    expect(brief(run(name))).toEqual([]);
  });

  test('missing: a rights heading over text that states no right is one finding, at the heading', () => {
    const messages = run('fires-empty-section.ru.txt');
    expect(brief(messages)).toEqual(['4:1 subject-rights/missing']);
  });

  test('missing-right appeal: at the rights heading (seed 002 pattern)', () => {
    const messages = run('fires-no-appeal.ru.txt');
    expect(brief(messages)).toEqual(['6:1 subject-rights/missing-right']);
    expect(messages[0].data?.right).toBe('appeal');
    expect(messages[0].severity).toBe(1);
    expect(textAt(fixture('fires-no-appeal.ru.txt'), messages[0])).toBe('5. Права пользователя');
    expect(messages[0].message).toMatch(/Роскомнадзор/);
    expect(messages[0].message).toMatch(/ст\. 17 152-ФЗ/);
    expect(messages[0].suggestions?.[0].text).toMatch(/^Субъект персональных данных вправе обжаловать/);
  });

  test('a foreign "supervisory authority" is not the appeal to Roskomnadzor; reported where it is named', () => {
    const source = fixture('fires-foreign-regulator.en.md');
    const messages = run('fires-foreign-regulator.en.md');
    expect(brief(messages)).toEqual(['10:40 subject-rights/missing-right']);
    expect(messages[0].data?.right).toBe('appeal');
    expect(textAt(source, messages[0])).toBe('supervisory authority');
    expect(messages[0].message).toMatch(/name Roskomnadzor/);
  });

  test('missing: definitions, operator rights, "rights and freedoms" and "consent and its revocation" are not rights of the subject', () => {
    const messages = run('fires-none.en.txt');
    expect(brief(messages)).toEqual(['1:1 subject-rights/missing']);
    expect(messages[0].severity).toBe(2);
    expect(messages[0].data).toBeUndefined();
    expect(messages[0].suggestions?.[0].text.split('\n')).toHaveLength(4);
  });

  test('rights of the operator do not count; a right stated elsewhere does', () => {
    const messages = run('fires-operator-rights.ru.txt');
    expect(brief(messages)).toEqual(['3:1 subject-rights/missing-right', '3:1 subject-rights/missing-right', '3:1 subject-rights/missing-right']);
    expect(messages.map((m) => m.data?.right)).toEqual(['access', 'rectification', 'appeal']);
    expect(textAt(fixture('fires-operator-rights.ru.txt'), messages[0])).toBe('1. Общие положения');
  });

  test('missing (Markdown): «права и свободы», «согласие и его отзыв» as data, rights of the operator', () => {
    expect(brief(run('fires-missing.ru.md'))).toEqual(['1:1 subject-rights/missing']);
    expect(run('fires-missing.ru.md')[0].message).toMatch(/^В политике не указаны права субъекта/);
  });

  test('no rights section and no rights: reported once at 1:1, no missing-right', () => {
    const messages = lint('Privacy Policy\nWe collect your e-mail to send the newsletter.\n', { rule: 'subject-rights' });
    expect(brief(messages)).toEqual(['1:1 subject-rights/missing']);
  });

  test('each right alone is recognised', () => {
    const base = 'Права субъекта\nСубъект вправе:\n';
    const items = {
      access: '- получать информацию об обработке своих персональных данных;',
      rectification: '- требовать уточнения, блокирования или уничтожения данных;',
      'withdraw-consent': '- отозвать согласие на обработку;',
      appeal: '- обжаловать действия Оператора в Роскомнадзор или в суд.',
    };
    for (const [right, line] of Object.entries(items)) {
      const messages = lint(base + line + '\n', { rule: 'subject-rights' });
      expect(messages.map((m) => m.data?.right).sort()).toEqual(Object.keys(items).filter((r) => r !== right).sort());
    }
  });

  test('message follows the locale', () => {
    const [ru] = lint(fixture('fires-no-appeal.ru.txt'), { rule: 'subject-rights', locale: 'en' });
    expect(ru.message).toMatch(/^The policy does not state the data subject's right to appeal/);
  });
});

describe('subject-rights: issue 9 classes', () => {
  describe('rights in other words', () => {
    test('a procedure (access), a request to correct or erase, a withdrawal «можно», a noun «Оспаривание действий… в Роскомнадзоре»', () => {
      expect(brief(run('clean-other-words.ru.md'))).toEqual([]);
    });

    test('"ask us for a copy", "write to us and we will delete it", withdrawal and a complaint to Roskomnadzor', () => {
      expect(brief(run('clean-other-words.en.txt'))).toEqual([]);
    });

    test.each([
      ['Запрос о выдаче сведений об обработке можно направить на почту privacy@example.ru.', 'access'],
      ['Запросы Клиентов о предоставлении сведений об обрабатываемых Оператором персональных данных направляются по почте.', 'access'],
      ['Вы можете получить копию своих персональных данных, написав нам.', 'access'],
      ['Можно попросить нас исправить или стереть ваши данные.', 'rectification'],
      ['Запросы о блокировке, изменении или удалении данных направляются на адрес Оператора.', 'rectification'],
      ['Захотите — удалим вашу заявку. Просто напишите нам.', 'rectification'],
      ['Ask us for a copy of your data at privacy@example.com.', 'access'],
      ['Write to us and we will delete it.', 'rectification'],
      ['Оспаривание действий Оператора в Роскомнадзоре.', 'appeal'],
      ['Согласие можно отозвать письмом на почту.', 'withdraw-consent'],
      ['Чтобы узнать, какие сведения о вас мы обрабатываем, напишите на info@example.ru.', 'access'],
      ['To find out what data we hold about you, email privacy@example.com.', 'access'],
      ['Ваши данные будут удалены по вашему запросу.', 'rectification'],
      ['Напишите нам, и мы постараемся оперативно скрыть, уточнить или удалить спорный фрагмент.', 'rectification'],
      ['Send us an email and we will tell you which data we process.', 'access'],
      ['Напишите нам — пришлём перечень данных, которые о вас храним.', 'access'],
      ["If you'd like us to delete your account, just email support@example.com.", 'rectification'],
      ['Для удаления данных направьте заявление на почту.', 'rectification'],
      ['To have your data deleted, contact privacy@example.com.', 'rectification'],
    ])('%s states %s', (sentence, right) => {
      const messages = lint(`Политика\n${sentence}\n`, { rule: 'subject-rights' });
      expect(messages.map((m) => m.messageId)).toEqual(['missing-right', 'missing-right', 'missing-right']);
      expect(messages.map((m) => m.data?.right)).not.toContain(right);
    });

    test('an offer names only what it offers: the other three rights are missing, at 1:1', () => {
      const messages = run('fires-offer-only.en.txt');
      expect(brief(messages)).toEqual(['1:1 subject-rights/missing-right', '1:1 subject-rights/missing-right', '1:1 subject-rights/missing-right']);
      expect(messages.map((m) => m.data?.right)).toEqual(['access', 'withdraw-consent', 'appeal']);
    });

    test.each([['Для удаления данных Оператор использует сертифицированные средства.'], ['This Policy explains how to have your data deleted.']])('no instruction to the subject: %s', (sentence) => {
      expect(brief(lint(`Policy\n${sentence}\n`, { rule: 'subject-rights' }))).toEqual(['1:1 subject-rights/missing']);
    });

    test('a deletion on a schedule is no offer, even below an invitation to write', () => {
      const messages = lint('Данные\nНапишите нам на почту.\nДанные будут удалены через 3 года.\n', { rule: 'subject-rights' });
      expect(brief(messages)).toEqual(['1:1 subject-rights/missing']);
    });

    test('a promise that is not made is no offer: "we will not delete it"', () => {
      const messages = lint('Privacy\nWrite to us if you like, but we will not delete your reviews.\n', { rule: 'subject-rights' });
      expect(brief(messages)).toEqual(['1:1 subject-rights/missing']);
    });
  });

  describe('a dispute or jurisdiction clause is not the right to appeal', () => {
    test('«Перед обращением в суд … досудебный претензионный порядок», «споры рассматриваются в суде»: appeal missing, at the rights heading', () => {
      const messages = run('fires-dispute-clause.ru.txt');
      expect(brief(messages)).toEqual(['2:1 subject-rights/missing-right']);
      expect(messages[0].data?.right).toBe('appeal');
    });

    test('"referred to the courts of Saint Petersburg after the pre-trial claim procedure": appeal missing, at "Your rights"', () => {
      const messages = run('fires-jurisdiction.en.md');
      expect(brief(messages)).toEqual(['3:4 subject-rights/missing-right']);
      expect(messages[0].data?.right).toBe('appeal');
    });

    test('a court appeal in one clause and a jurisdiction clause after «;» in the same sentence: the appeal stands', () => {
      const source = 'Права\nПользователь вправе получать сведения об обработке, требовать уточнения данных, отозвать согласие, обжаловать действия Оператора в суде; споры рассматриваются по месту нахождения Оператора.\n';
      expect(brief(lint(source, { rule: 'subject-rights' }))).toEqual([]);
    });

    test('an appeal to the authorised body beside a dispute clause is still the right', () => {
      const source = 'Права\nСубъект вправе получать сведения об обработке, требовать уточнения или удаления данных, отозвать согласие.\nСпоры, не урегулированные переговорами, Пользователь вправе передать в суд или обжаловать действия Оператора в Роскомнадзоре.\n';
      expect(brief(lint(source, { rule: 'subject-rights' }))).toEqual([]);
    });
  });

  describe('mentions that state nothing', () => {
    test('«Настоящая Политика содержит: …; порядок отзыва согласия; …обжалование» states no right: missing at 1:1', () => {
      expect(brief(run('fires-contents-list.ru.txt'))).toEqual(['1:1 subject-rights/missing']);
    });

    test.each([
      ['Политика\nВ настоящей Политике описаны:\n- цели обработки;\n- порядок отзыва согласия;\n- право на обжалование действий оператора в Роскомнадзоре.\n'],
      ['Policy\nIn this Policy you will find:\n- what data we collect;\n- how to withdraw consent;\n- how to ask for a copy of your data.\n'],
    ])('a contents list in other words states no right: %s', (source) => {
      expect(brief(lint(source, { rule: 'subject-rights' }))).toEqual(['1:1 subject-rights/missing']);
    });

    test.each([
      ['Политика\nНастоящая Политика устанавливает следующие права субъекта:\n- получать сведения об обработке его данных;\n- требовать уточнения, блокирования или уничтожения данных;\n- отозвать согласие;\n- обжаловать действия Оператора в Роскомнадзоре.\n'],
      ['Policy\nThis Policy sets out the following rights of users:\n- to obtain information about the processing of their data;\n- to demand correction or deletion;\n- to withdraw consent;\n- to complain to Roskomnadzor.\n'],
      ['Политика\nНастоящая Политика устанавливает следующие права субъекта:\n- право на получение сведений об обработке;\n- право требовать уточнения или удаления данных;\n- право на отзыв согласия;\n- право на обжалование действий Оператора в суде.\n'],
    ])('a list the Policy introduces as the rights states them: %s', (source) => {
      expect(brief(lint(source, { rule: 'subject-rights' }))).toEqual([]);
    });

    test('"This Policy sets out: … how to withdraw consent and how to request a copy" states no right', () => {
      expect(brief(run('fires-contents-list.en.md'))).toEqual(['1:1 subject-rights/missing']);
    });
  });
});
