import { readdirSync, readFileSync } from 'node:fs';
import { brief, lint, textAt } from '../helpers/lint.js';

const dir = new URL('../../fixtures/rules/breach-notification/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, dir), 'utf8');
const fmt = (name: string) => (name.endsWith('.md') ? 'markdown' : 'text');
const run = (name: string) => lint(fixture(name), { rule: 'breach-notification', format: fmt(name) });
/** "line:col rule/message «reported text» reason" for exact assertions. */
const found = (name: string) => {
  const source = fixture(name);
  return run(name).map((m) => `${brief([m])[0]} «${textAt(source, m)}» ${m.data?.reason}`);
};

describe('breach-notification', () => {
  test('GDPR-style 72 hours to "the competent supervisory authority": at the deadline, once for the sentence', () => {
    expect(found('fires-gdpr-72.en.md')).toEqual(['9:97 breach-notification/wrong-deadline «within 72 hours» only-72-hours']);
  });

  test('a leak notice only to users within 30 days, no Roskomnadzor; log retention for investigations is not a notice', () => {
    expect(found('fires-users-30-days.ru.txt')).toEqual(['6:87 breach-notification/wrong-deadline «в течение 30 (тридцати) дней» subjects-only']);
  });

  test('"as soon as possible" as the only deadline for Roskomnadzor; a user reporting a leak to the operator is not the notice', () => {
    expect(found('fires-asap.en.txt')).toEqual(['4:134 breach-notification/wrong-deadline «as soon as possible» vague']);
  });

  test('24 h and 72 h, but to «надзорный орган по защите данных», not Roskomnadzor: at the authority', () => {
    expect(found('fires-other-authority.ru.md')).toEqual(['5:106 breach-notification/wrong-deadline «надзорный орган по защите данных» other-authority']);
  });

  test('the investigation results in 10 working days instead of 72 hours', () => {
    expect(found('fires-second-deadline.ru.txt')).toEqual(['3:197 breach-notification/wrong-deadline «в течение 10 рабочих дней» too-long']);
  });

  test.each([['clean-statutory.ru.txt'], ['clean-statutory.en.md'], ['clean-no-incidents.en.txt']])('clean: %s', (name) => {
    expect(found(name)).toEqual([]);
  });

  test('severity, message language, and a replacement with the statutory deadlines or authority', () => {
    const [ru] = run('fires-users-30-days.ru.txt');
    expect(ru.severity).toBe(1);
    expect(ru.message).toMatch(/^Уведомление об инциденте описано как «в течение 30 \(тридцати\) дней»/);
    expect(ru.message).toContain('ч. 3.1 ст. 21 152-ФЗ');
    expect(ru.suggestions).toEqual([expect.objectContaining({ kind: 'replace', text: expect.stringMatching(/^в течение 24 часов .* в течение 72 часов/) })]);
    const [en] = run('fires-gdpr-72.en.md');
    expect(en.message).toMatch(/^The incident notice is described as "within 72 hours"/);
    expect(en.message).toContain('152-FZ art. 21 part 3.1');
    expect(en.suggestions?.[0].text).toMatch(/^within 24 hours .* within 72 hours/);
    const [authority] = run('fires-other-authority.ru.md');
    expect(authority.suggestions?.[0]).toEqual(expect.objectContaining({ kind: 'replace', text: expect.stringMatching(/^Роскомнадзор/) }));
  });

  test.each([
    ['В случае утечки персональных данных Оператор уведомит Роскомнадзор в течение 72 часов.', 'в течение 72 часов'],
    ['При выявлении инцидента Оператор уведомляет Роскомнадзор в течение 48 часов.', 'в течение 48 часов'],
    ['В случае инцидента Оператор уведомляет Роскомнадзор в разумный срок.', 'в разумный срок'],
    ['В случае инцидента с персональными данными Оператор уведомит надзорный орган в течение 24 часов.', 'надзорный орган'],
    ['In the event of a data breach, we will notify Roskomnadzor within 72 hours.', 'within 72 hours'],
    ['If a breach occurs we will notify Roskomnadzor and affected users within 72 hours.', 'within 72 hours'],
    ['In the event of a breach we will send a notification within 72 hours.', 'within 72 hours'],
    ['If your data is leaked, we will inform you as soon as possible.', 'as soon as possible'],
    ['Operator shall notify the users of any data leak within one month.', 'within one month'],
    ['The Operator reports incidents to Roskomnadzor within 72 hours.', 'within 72 hours'],
  ])('fires: %s', (sentence, phrase) => {
    const ru = /[а-яё]/iu.test(sentence);
    const source = `${ru ? 'Политика' : 'Privacy Policy'}\n1. ${ru ? 'Безопасность' : 'Security'}\n1.1. ${sentence}\n`;
    expect(lint(source, { rule: 'breach-notification' }).map((m) => textAt(source, m))).toEqual([phrase]);
  });

  test.each([
    ['В случае выявления инцидента Оператор уведомляет Роскомнадзор в течение 24 часов о произошедшем инциденте и в течение 72 часов о результатах внутреннего расследования.'],
    ['Оператор уведомляет Роскомнадзор о произошедшем инциденте в течение суток, а о результатах расследования — в течение трех суток.'],
    ['При выявлении инцидента Оператор уведомляет Роскомнадзор в порядке, установленном ч. 3.1 ст. 21 Федерального закона № 152-ФЗ.'],
    ['Оператор незамедлительно, но не позднее 24 часов, уведомляет Роскомнадзор об инциденте.'],
    ['Журналы инцидентов хранятся 3 года; уведомления об инцидентах направляются в Роскомнадзор в течение 24 часов.'],
    ['Оператор информирует ГосСОПКА о компьютерных инцидентах в течение 3 часов.'],
    ['Оператор принимает меры по защите от утечек и уведомляет пользователей об изменениях Политики в течение 10 дней.'],
    ['If a data breach occurs, we notify Roskomnadzor within 24 hours and affected users within 30 days.'],
    ['The processor notifies the Operator of any incident within 48 hours.'],
    ['If you notice unauthorized access to your account, please notify us within 24 hours.'],
    ['The Operator takes measures against unauthorized access and will notify users of any changes to this Policy within 10 days.'],
  ])('clean: %s', (sentence) => {
    const ru = /[а-яё]/iu.test(sentence);
    const source = `${ru ? 'Политика' : 'Privacy Policy'}\n1. ${ru ? 'Безопасность' : 'Security'}\n1.1. ${sentence}\n`;
    expect(brief(lint(source, { rule: 'breach-notification' }))).toEqual([]);
  });

  test('under an incident heading: a notice to users is judged, a notice of policy changes is not', () => {
    const source = 'Privacy Policy\n7. Security and incident response\n7.1. We will notify users of changes to this Policy within 10 days.\n7.2. We notify affected users within 30 days.\n';
    const messages = lint(source, { rule: 'breach-notification' });
    expect(messages.map((m) => `${brief([m])[0]} ${textAt(source, m)}`)).toEqual(['4:31 breach-notification/wrong-deadline within 30 days']);
  });

  test('a deadline in a notification table with the incident in the row and the notice in the header', () => {
    const source = '# Политика\n\n## Инциденты\n\n| Событие | Кого уведомляем | Срок уведомления |\n|---|---|---|\n| Утечка данных | Роскомнадзор | 72 часа |\n| Утечка данных | Пользователи | 30 дней |\n';
    const messages = lint(source, { rule: 'breach-notification', format: 'markdown' });
    expect(messages.map((m) => `${brief([m])[0]} ${textAt(source, m)}`)).toEqual(['7:34 breach-notification/wrong-deadline 72 часа']);
  });

  test('nothing on the seed policies: none of them describes incident notification', () => {
    const seeds = new URL('../../fixtures/seeds/', import.meta.url);
    for (const f of readdirSync(seeds).filter((n) => n.endsWith('.txt'))) {
      expect([f, brief(lint(readFileSync(new URL(f, seeds), 'utf8'), { rule: 'breach-notification' }))]).toEqual([f, []]);
    }
  });
});
