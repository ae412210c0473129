import { readFileSync } from 'node:fs';
import { brief, lint, textAt } from '../helpers/lint.js';

const RULE = 'cross-border-transfer';
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/rules/${RULE}/${name}`, import.meta.url), 'utf8');
const fmt = (name: string) => (name.endsWith('.md') ? 'markdown' : 'text');
const run = (name: string) => lint(fixture(name), { rule: RULE, format: fmt(name) });
const seed = (name: string) => lint(readFileSync(new URL(`../../fixtures/seeds/${name}`, import.meta.url), 'utf8'), { rule: RULE, format: 'text' });

describe(RULE, () => {
  describe('undisclosed-foreign-recipient', () => {
    test.each([
      // A Telegram bot through which the operator sends reminders: Telegram FZ-LLC (UAE) receives them (CRLF file).
      ['fires-telegram-bot.ru.txt', '7:80', 'Telegram-бота', 'Telegram'],
      // Google Analytics on the site while the policy says there is no cross-border transfer.
      ['fires-analytics-no-transfer.en.md', '7:20', 'Google Analytics', 'Google Analytics'],
      // "No transfer to countries without adequate protection" while Google (USA, not adequate) collects data;
      // reported once per entity, at the legal name.
      ['fires-analytics-non-adequate.ru.txt', '3:114', 'Google LLC', 'Google LLC'],
      // AWS hosting, nothing said about transfer abroad.
      ['fires-aws-hosting.en.txt', '6:34', 'Amazon Web Services, Inc.', 'Amazon Web Services, Inc.'],
      // A US processor in a Markdown table, nothing on transfer.
      ['fires-processors-table.en.md', '7:3', 'Mailchimp', 'Mailchimp'],
      // "The operator may store data on servers outside Russia": no country, no recipient, nothing on transfer.
      ['fires-storage-right-abroad.ru.txt', '3:27', 'хранить персональные данные пользователей на серверах вне территории Российской Федерации', '«хранить персональные данные пользователей на серверах вне территории Российской Федерации»'],
      // The operator's bot runs in the messenger: the messenger carries every message, it is a recipient.
      ['fires-bot-platform.ru.txt', '2:92', 'Telegram', 'Telegram'],
      ['fires-bot-platform.en.md', '3:39', 'Discord', 'Discord'],
      // "No cross-border transfer" and "stored on rented servers in Finland": the plain words contradict the denial.
      ['fires-denial-with-servers-abroad.en.txt', '5:14', 'records are stored on rented servers in Finland', '"records are stored on rented servers in Finland"'],
      // Countries named as where users live are no destination: the analytics service is still undisclosed.
      ['fires-users-country-not-destination.en.md', '10:73', 'Amplitude', 'Amplitude'],
      ['fires-users-country-not-destination.ru.txt', '6:41', 'Hotjar', 'Hotjar'],
      // «Передачи за рубеж нет, кроме сервиса перевода текста DeepL»: PayPal is outside the stated exception.
      ['fires-outside-exception.ru.txt', '7:28', 'PayPal', 'PayPal'],
      // "except to our AI provider OpenAI": Stripe is outside the exception, OpenAI inside it.
      ['fires-outside-exception.en.md', '10:34', 'Stripe', 'Stripe'],
    ])('%s', (name, at, text, recipient) => {
      const messages = run(name);
      expect(brief(messages)).toEqual([`${at} ${RULE}/undisclosed-foreign-recipient`]);
      expect(textAt(fixture(name), messages[0])).toBe(text);
      expect(messages[0].severity).toBe(2);
      expect(messages[0].data?.recipient).toBe(recipient);
    });

    test('seed 003: Telegram FZ-LLC as messenger operator while section 8 denies any transfer', () => {
      const messages = seed('003_783d3dcfe567bbf0.txt');
      expect(brief(messages)).toEqual([`55:28 ${RULE}/undisclosed-foreign-recipient`]);
      expect(messages[0].data).toEqual({ recipient: 'Telegram (Telegram FZ-LLC)', country: 'UAE' });
    });

    test('message and suggestion follow the document language', () => {
      const ru = run('fires-telegram-bot.ru.txt')[0];
      expect(ru.message).toMatch(/^Персональные данные уходят за рубеж \(ОАЭ\): Telegram; политика .*ст\. 12/);
      expect(ru.suggestions?.[0].text).toMatch(/^Трансграничная передача персональных данных\. Оператор передаёт Telegram \(ОАЭ\)/);
      const en = run('fires-aws-hosting.en.txt')[0];
      expect(en.message).toMatch(/^Personal data goes abroad \(USA\): Amazon Web Services, Inc\.; the policy .*art\. 12/);
      expect(en.suggestions?.[0].text).toMatch(/^Cross-border transfer of personal data\. The Operator transfers .* to Amazon Web Services, Inc\. \(USA\)/);
    });
  });

  describe('not-addressed', () => {
    test.each([
      // A Telegram handle and a gmail.com address for questions are contact channels, not recipients.
      ['fires-contact-only.en.txt', '7:1', '2. Sharing of data'],
      // Definitions and the right to information about a transfer do not say whether there is one.
      ['fires-definition-only.ru.txt', '5:1', '3. Передача персональных данных'],
      // Signing in with Google: the operator receives data from Google, it does not send any.
      ['fires-oauth-google.en.txt', '6:1', '3. Sharing'],
      // Only Russian recipients (Yandex.Metrica, T-Bank): no transfer abroad, but the policy never says so.
      ['fires-yandex-only.ru.md', '7:4', '2. Передача данных третьим лицам'],
      // Telegram in a list of contacts (with the phone and e-mail), WhatsApp to write to: channels, not recipients.
      ['fires-contact-channels.ru.txt', '1:1', ''],
      // «Сервисы Google Analytics и Meta Pixel на сайте не используются»: no recipient, and transfer still not addressed.
      ['fires-not-used-not-addressed.ru.md', '1:1', ''],
    ])('%s', (name, at, heading) => {
      const messages = run(name);
      expect(brief(messages)).toEqual([`${at} ${RULE}/not-addressed`]);
      expect(textAt(fixture(name), messages[0])).toBe(heading);
      expect(messages[0].severity).toBe(1);
      expect(messages[0].suggestions?.map((s) => s.desc)).toHaveLength(2);
    });

    test.each([
      ['001_8ec42599e754db7b.txt', '1:1'],
      ['002_ce9acaf8b669d72a.txt', '55:1'],
      ['004_4956529242d25e2a.txt', '1:1'],
    ])('seed %s', (name, at) => {
      expect(brief(seed(name))).toEqual([`${at} ${RULE}/not-addressed`]);
    });
  });

  test.each([
    // Transfer to named recipients with countries: addressed.
    ['clean-transfer-with-countries.en.md'],
    ['clean-transfer-countries.ru.txt'],
    // Google as a sign-in provider beside "no cross-border transfer": no contradiction.
    ['clean-oauth-google.ru.md'],
    // "We do not use Google Analytics, Facebook Pixel …": negated, and no transfer claimed.
    ['clean-no-foreign-services.en.txt'],
    // A gmail.com address and a t.me link for requests, with "no transfer": contact channels only.
    ['clean-gmail-contact.ru.txt'],
    // Russian recipients only, and "no transfer": consistent.
    ['clean-russian-only.ru.txt'],
    // Transfer abroad said in plain words, without the word "cross-border": a service on servers in a named country,
    // "servers outside your country", a section «Международная передача данных».
    ['clean-service-servers-abroad.ru.md'],
    ['clean-servers-in-named-country.ru.txt'],
    ['clean-outside-your-country.en.txt'],
    ['clean-international-section.ru.md'],
    ['clean-international-section.en.md'],
    // "Google Analytics is not used …, and neither are Meta Pixel or Hotjar" beside "no transfer": no contradiction.
    ['clean-not-used.en.txt'],
  ])('clean: %s', (name) => {
    expect(brief(run(name))).toEqual([]);
  });

  test('seed 000: OpenAI servers abroad, in a "Cross-border transfer" section: clean', () => {
    expect(brief(seed('000_11c64957fcb7e1c7.txt'))).toEqual([]);
  });

  test('a foreign recipient named while transfer is not addressed replaces not-addressed', () => {
    const source = 'Privacy Policy\n1. Analytics\nThe website uses Google Analytics to count visits.\n';
    const messages = lint(source, { rule: RULE });
    expect(brief(messages)).toEqual([`3:18 ${RULE}/undisclosed-foreign-recipient`]);
    expect(textAt(source, messages[0])).toBe('Google Analytics');
  });

  test('a transfer to adequate countries only is not contradicted by an adequate-country recipient, but is by a US one', () => {
    const denial = 'Оператор не осуществляет трансграничную передачу персональных данных в государства, не обеспечивающие адекватную защиту прав субъектов персональных данных.';
    const source = `${denial}\nДля рассылок используется сервис Mailchimp.\n`;
    const messages = lint(source, { rule: RULE });
    expect(brief(messages)).toEqual([`2:34 ${RULE}/undisclosed-foreign-recipient`]);
    expect(textAt(source, messages[0])).toBe('Mailchimp');
  });
});
