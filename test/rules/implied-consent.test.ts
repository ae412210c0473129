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
});
