import { readFileSync } from 'node:fs';
import { brief, lint, textAt } from '../helpers/lint.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/rules/implied-consent/${name}`, import.meta.url), 'utf8');
const fmt = (name: string) => (name.endsWith('.md') ? 'markdown' : 'text');
const run = (name: string) => lint(fixture(name), { rule: 'implied-consent', format: fmt(name) });
const texts = (name: string) => run(name).map((m) => textAt(fixture(name), m));

describe('implied-consent', () => {
  test('Russian phrasings (docs/law.md, Consent)', () => {
    const name = 'fires-conduct.ru.txt';
    expect(brief(run(name))).toEqual([
      '4:6 implied-consent/implied',
      '5:6 implied-consent/implied',
      '6:6 implied-consent/implied',
      '9:6 implied-consent/implied',
      '10:6 implied-consent/implied',
      '13:24 implied-consent/implied',
    ]);
    expect(texts(name)).toEqual([
      'Настоящая Политика является согласием',
      'Использование Сайта Пользователем означает безоговорочное согласие с настоящей Политикой',
      'В случае несогласия с условиями Политики Пользователь должен прекратить использование Сайта',
      'Отправляя заявку через форму обратной связи, Пользователь подтверждает своё согласие на обработку',
      'Продолжая пользоваться сайтом, вы соглашаетесь с использованием файлов cookie',
      'не направил возражений в течение 10 дней, изменения считаются принятыми',
    ]);
    expect(run(name)[0].severity).toBe(1);
    expect(run(name)[0].message).toMatch(/ч\. 1 ст\. 9 152-ФЗ/);
  });

  test('English phrasings in Markdown', () => {
    const name = 'fires-continued-use.en.md';
    expect(brief(run(name))).toEqual(['7:3 implied-consent/implied', '8:3 implied-consent/implied', '12:1 implied-consent/implied', '16:6 implied-consent/implied']);
    expect(texts(name)).toEqual([
      'By using this website, you agree to this Privacy Policy',
      'If you do not agree with this Policy, please do not use the Website',
      'By submitting the contact form you consent to the processing',
      'continued use of the Service after changes are posted constitutes acceptance of the updated Policy',
    ]);
    expect(run(name)[0].message).toMatch(/152-FZ art\. 9 part 1/);
  });

  test('changes accepted by continued use; disagreement means stopping (capitals)', () => {
    const name = 'fires-changes.en.txt';
    expect(brief(run(name))).toEqual(['4:7 implied-consent/implied', '5:7 implied-consent/implied']);
    expect(texts(name)).toEqual([
      'Continued use after publication means acceptance of the changes',
      'SHOULD YOU DISAGREE WITH THE UPDATED POLICY, YOU MUST STOP USING THE SERVICE',
    ]);
  });

  test('an object pronoun for the changes named before it: «вы принимаете их», "you accept them"; not an operator accepting a withdrawal', () => {
    expect(brief(run('fires-pronoun-object.ru.md'))).toEqual(['6:1 implied-consent/implied']);
    expect(texts('fires-pronoun-object.ru.md')).toEqual(['Продолжая пользоваться сайтом после публикации изменений, вы принимаете их']);
    expect(brief(run('fires-pronoun-object.en.md'))).toEqual(['6:1 implied-consent/implied']);
    expect(texts('fires-pronoun-object.en.md')).toEqual(['Continued use of the app after changes are posted means you accept them']);
  });

  test('the policy under another name: "you accept the updated notice"', () => {
    const name = 'fires-continue-notice.en.txt';
    expect(brief(run(name))).toEqual(['4:46 implied-consent/implied']);
    expect(texts(name)).toEqual(['By continuing to use our website after changes are posted you accept the updated notice']);
  });

  test.each([
    // «подтверждает, что ознакомился», a separate consent by a tick, consent as the ground (CRLF).
    ['clean-acknowledge.ru.txt'],
    // "you confirm that you have read this Policy", a checkbox, a negation, fund deduction, "contact us".
    ['clean-acknowledge.en.txt'],
    // «при наличии отдельного согласия», «отдельным документом», a cookie-banner button, an offer.
    ['clean-separate-consent.ru.md'],
  ])('clean: %s', (name) => {
    expect(brief(run(name))).toEqual([]);
  });

  test('one finding for "use means consent" followed by "if you disagree, leave"', () => {
    const source = 'Политика\n1.4. Использование Сервиса означает согласие с Политикой. При несогласии с Политикой Пользователь обязан покинуть сайт.\n';
    expect(brief(lint(source, { rule: 'implied-consent' }))).toEqual(['2:6 implied-consent/implied']);
  });

  test('acceptance of another document (Terms of Use) by use is not this rule', () => {
    expect(lint('If you do not agree with the Terms of Use, do not use the site.\n', { rule: 'implied-consent' })).toEqual([]);
    expect(lint('Продолжая использовать сайт, Пользователь соглашается с Пользовательским соглашением.\n', { rule: 'implied-consent' })).toEqual([]);
  });

  test('a consent box ticked in advance is implied; one not ticked in advance is not', () => {
    const source = 'Политика\nГалочка о согласии на обработку персональных данных в форме проставлена по умолчанию.\n';
    const messages = lint(source, { rule: 'implied-consent' });
    expect(brief(messages)).toEqual(['2:1 implied-consent/implied']);
    expect(textAt(source, messages[0])).toBe('Галочка о согласии на обработку персональных данных в форме проставлена по умолчанию');
    expect(lint('Политика\nГалочка согласия на обработку по умолчанию не проставлена.\n', { rule: 'implied-consent' })).toEqual([]);
  });

  test('clicking a button counts when it also sends a form or accepts an offer, not a cookie-banner "Accept"', () => {
    expect(brief(lint('Нажимая на кнопку, вы принимаете условия оферты и даёте согласие на обработку персональных данных.\n', { rule: 'implied-consent' }))).toEqual([
      '1:1 implied-consent/implied',
    ]);
    expect(lint('By clicking «Accept» in the cookie banner, you consent to analytics cookies.\n', { rule: 'implied-consent' })).toEqual([]);
  });

  test('consent by conduct beyond fixed word orders (Russian)', () => {
    const name = 'fires-conduct-clauses.ru.txt';
    expect(brief(run(name))).toEqual([
      '4:6 implied-consent/implied',
      '5:45 implied-consent/implied',
      '6:6 implied-consent/implied',
      '7:11 implied-consent/implied',
      '8:6 implied-consent/implied',
      '9:6 implied-consent/implied',
      '12:36 implied-consent/implied',
      '15:15 implied-consent/implied',
      '20:6 implied-consent/implied',
    ]);
    expect(texts(name)).toEqual([
      'Оставив заявку на сайте, вы тем самым выражаете согласие на обработку',
      'согласие Клиента, выраженное самим фактом звонка',
      'Согласие Покупатель даёт, заполняя форму',
      'согласие на обработку (п. 1 ч. 1 ст. 6 152-ФЗ) — вы даёте его конклюдентным действием: направлением заявки',
      'Используя Сервис, Пользователь даёт добровольное, информированное, конкретное и сознательное согласие на обработку',
      'Заполнив форму обратной связи, посетитель даёт согласие на получение рекламных',
      'Оставаясь на сайте, посетитель соглашается с их использованием',
      'продолжая работу с Сайтом, соглашается',
      'Продолжение пользования приложением после публикации изменений рассматривается как согласие с новой редакцией',
    ]);
  });

  test('consent by conduct beyond fixed word orders (English, Markdown)', () => {
    const name = 'fires-conduct-clauses.en.md';
    expect(brief(run(name))).toEqual([
      '5:40 implied-consent/implied',
      '6:6 implied-consent/implied',
      '8:1 implied-consent/implied',
      '10:24 implied-consent/implied',
      '12:1 implied-consent/implied',
      '19:54 implied-consent/implied',
    ]);
    expect(texts(name)).toEqual([
      'consent, which you give by sending',
      'consent is given by the fact of contacting',
      'By creating an account, the User gives free, specific, informed and unambiguous consent to the processing',
      'By browsing it you agree to their use',
      'By continuing to use the Website you agree',
      'use of the app means acceptance',
    ]);
  });

  test.each([
    // written consent, a tick box, withdrawal by a notice (gerunds), contacting to correct data, a negation.
    ['clean-conduct-clauses.ru.txt'],
    // withdrawal "by sending a notice", "specific consent" asked for, a negation, another document.
    ['clean-conduct-clauses.en.md'],
  ])('clean: %s', (name) => {
    expect(brief(run(name))).toEqual([]);
  });

  test('a second consent by conduct in the same paragraph is its own finding; "if you disagree, leave" is not', () => {
    const source = 'Политика\nИспользование сайта означает согласие на обработку данных. Отправляя форму, вы также даёте согласие на обработку данных. При несогласии покиньте сайт.\n';
    expect(brief(lint(source, { rule: 'implied-consent' }))).toEqual(['2:1 implied-consent/implied', '2:60 implied-consent/implied']);
  });

  test('the object of a bare "means acceptance" is the policy only in a paragraph or section about it', () => {
    expect(brief(lint('Changes\nWe may update this Policy. Continued use after the effective date constitutes acceptance.\n', { rule: 'implied-consent' }))).toEqual([
      '2:28 implied-consent/implied',
    ]);
    expect(lint('Orders\nPlacing an order on the site constitutes acceptance.\n', { rule: 'implied-consent' })).toEqual([]);
  });

  test('«в части, не требующей отдельного согласия» does not make an implied consent explicit', () => {
    const source = 'Политика\nДальнейшее использование Сайта означает согласие с новой редакцией Политики в части, не требующей отдельного согласия.\n';
    expect(brief(lint(source, { rule: 'implied-consent' }))).toEqual(['2:1 implied-consent/implied']);
    expect(lint('Политика\nОбработка для рассылок ведётся только при наличии отдельного согласия, которое Пользователь даёт, отправляя форму подписки с отметкой в чекбоксе.\n', { rule: 'implied-consent' })).toEqual([]);
  });

  test('a tick box in another clause far from the construction does not cancel it', () => {
    const source =
      'Policy\nConsent for newsletters is collected with an unticked checkbox in the subscription form, which we keep as a record together with the date and the IP address of the request; by using the site you agree to the processing of your data.\n';
    expect(brief(lint(source, { rule: 'implied-consent' }))).toEqual(['2:174 implied-consent/implied']);
  });

  test('more forms of conduct: orders, uploads, participles, consent as the complement, "keep using"', () => {
    expect(brief(run('fires-conduct-forms.ru.txt'))).toEqual([
      '4:6 implied-consent/implied',
      '5:6 implied-consent/implied',
      '6:6 implied-consent/implied',
      '7:6 implied-consent/implied',
      '8:20 implied-consent/implied',
      '9:6 implied-consent/implied',
      '10:20 implied-consent/implied',
    ]);
    expect(texts('fires-conduct-forms.ru.txt')).toEqual([
      'Совершая заказ на сайте, покупатель выражает полное и безоговорочное согласие с условиями настоящей Политики',
      'Загружая фотографии в личный кабинет, вы даёте согласие на их обработку',
      'Сообщая нам свой номер телефона, вы соглашаетесь получать SMS-уведомления',
      'Акцептом настоящей Политики является регистрация',
      'оставивший заявку, считается давшим',
      'Подтверждая заказ, Покупатель соглашается с условиями обработки',
      'не согласный с Политикой, должен покинуть сайт',
    ]);
    // Consent in writing, a ground beside a voluntary registration, «неотъемлемой частью договора» and an
    // acknowledgement on ordering (lines 13–16) are not.
    expect(brief(run('fires-conduct-forms.en.txt'))).toEqual(['3:1 implied-consent/implied', '4:1 implied-consent/implied']);
    expect(texts('fires-conduct-forms.en.txt')).toEqual([
      'By providing us with your phone number you consent to receive text',
      'If you keep using the platform after we post changes, you accept the revised policy',
    ]);
  });
});
