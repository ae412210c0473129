import { brief, lint, textAt } from '../helpers/lint.js';
import { isValidInn, isValidOgrn, isValidOgrnip, regionOf, sameRegion } from '../../rules/extract/identifiers.js';

// Recipients as data (rules/lexicons/recipients.ts): WhatsApp belongs to Meta (US) and is a foreign
// recipient when the operator receives or keeps data through it; when the user may merely choose
// to write through it, it is a contact channel. MAX (ООО «Коммуникационная платформа», VK group) is Russian.
const RULE = 'cross-border-transfer';
const run = (source: string) => lint(source, { rule: RULE });

describe('messengers as recipients', () => {
  test.each([
    ['Политика обработки персональных данных\nОператор — ООО «Берёза». Заявки с сайта поступают Оператору в WhatsApp, где хранится переписка.\n', '2:63', 'WhatsApp'],
    ['Privacy Policy\nThe operator is Bereza LLC. Requests from the website reach us through WhatsApp Business, where the chat history is stored.\n', '2:72', 'WhatsApp'],
  ])('the operator receives and keeps data through WhatsApp: a foreign recipient', (source, at, text) => {
    const messages = run(source);
    expect(brief(messages)).toEqual([`${at} ${RULE}/undisclosed-foreign-recipient`]);
    expect(textAt(source, messages[0])).toBe(text);
  });

  test.each([
    ['Политика обработки персональных данных\nОператор — ООО «Берёза». Вы можете задать вопрос по телефону или написать нам в WhatsApp.\n'],
    ['Privacy Policy\nThe operator is Bereza LLC. You may also write to us on WhatsApp if that is more convenient for you.\n'],
    // MAX is a Russian service: data kept there do not go abroad.
    ['Политика обработки персональных данных\nОператор — ООО «Берёза». Заявки с сайта поступают Оператору в мессенджер MAX, где хранится переписка.\n'],
    ['Privacy Policy\nThe operator is Bereza LLC. Requests reach us through the national messenger MAX, where the chat history is stored.\n'],
  ])('a contact channel, or a Russian messenger: no foreign recipient', (source) => {
    expect(brief(run(source))).toEqual([`1:1 ${RULE}/not-addressed`]);
  });
});

describe('identifier regions', () => {
  test('an INN is compared by digits 1–2 only (since 2026 digits 3–4 are an FNS index, not a tax office)', () => {
    // Same region 23, digits 3–4 of the INN (42) unrelated to anything in the OGRNIP.
    expect(isValidInn('234228203602') && isValidOgrnip('318231001809990')).toBe(true);
    expect(regionOf('inn', '234228203602')).toBe('23');
    expect(regionOf('ogrnip', '318231001809990')).toBe('23');
    expect(sameRegion('234228203602', '318231001809990')).toBe(true);
    expect(isValidInn('3593816667') && isValidOgrn('1153522631888')).toBe(true);
    expect(sameRegion('3593816667', '1153522631888')).toBe(true);
    expect(sameRegion('3593816667', '1156158108886')).toBe(false);
  });
});
