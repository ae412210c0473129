import { model } from '../helpers/lint.js';
import { crossBorder, recipients, type MentionRole } from '../../rules/extract/recipients.js';
import { PLATFORM_INNS } from '../../rules/lexicons/recipients.js';

/** "name:role" for every mention in a one-paragraph text. */
function roles(text: string): string[] {
  const doc = model(text);
  return recipients(doc).map((m) => `${doc.slice(m.range)}:${m.role}`);
}

describe('recipients: who receives data, and who is only a channel', () => {
  test.each<[string, string[]]>([
    // Contact channels the user may choose.
    ['По вопросам обработки персональных данных пишите нам в Telegram: @romashka_help или на адрес romashka.help@gmail.com.', ['Telegram:contact', 'gmail.com:contact']],
    ['If you have questions, write to us on Telegram @acme_help or email acme.privacy@gmail.com.', ['Telegram:contact', 'gmail.com:contact']],
    ['Подписывайтесь на наш канал в Телеграме и группу ВКонтакте.', ['Телеграме:contact', 'ВКонтакте:contact']],
    ['Для получения новостей подпишитесь на наш Telegram-канал.', ['Telegram:contact']],
    ['Для консультаций используйте WhatsApp +7 999 123-45-67.', ['WhatsApp:contact']],
    // A messenger through which the operator sends or stores users' messages.
    ['Уведомления о статусе заказа Оператор направляет через Telegram-бота @romashka_bot: боту передаются идентификатор чата и текст сообщения.', ['Telegram-бота:recipient']],
    ['Our bot sends order notifications to users via Telegram.', ['Telegram:recipient']],
    ['Заявки с сайта автоматически пересылаются менеджерам в Telegram.', ['Telegram:recipient']],
    ['Messenger operators — Telegram (Telegram FZ-LLC): the Operator transfers the chat identifier and the text of the message.', ['Telegram (Telegram FZ-LLC):recipient']],
    // The operator's bot in a messenger: the messenger carries its messages.
    ['Ответы, которые вы отправляете боту в мессенджере Telegram, сохраняются.', ['Telegram:recipient']],
    // Sign-in providers: data comes from them.
    ['Вход на сайт возможен через аккаунт Google; Оператор получает от Google имя и адрес электронной почты.', ['Google:source', 'Google:source']],
    ['You can sign in with your Google account.', ['Google:source']],
    ['Authorization via Yandex ID and VK ID is available.', ['Yandex:source', 'VK ID:source']],
    // Processing services: naming them in use says they receive data.
    ['На сайте используется сервис веб-аналитики Google Analytics.', ['Google Analytics:recipient']],
    ['We use Google Fonts and reCAPTCHA on the website.', ['Google Fonts:recipient', 'reCAPTCHA:recipient']],
    ['The application is hosted by Amazon Web Services, Inc.', ['Amazon Web Services, Inc.:recipient']],
    ['Оплата принимается через ЮKassa и Stripe.', ['ЮKassa:recipient', 'Stripe:recipient']],
    ['Тексты обращений обрабатываются моделью GPT-4o (OpenAI).', ['GPT-4o (OpenAI):recipient']],
    // Negated use.
    ['Мы не используем Google Analytics и иные иностранные счётчики.', ['Google Analytics:negated']],
    ['We do not use Google Analytics, Facebook Pixel or other trackers; we use Yandex.Metrica.', ['Google Analytics:negated', 'Facebook Pixel:negated', 'Yandex.Metrica:recipient']],
    // Named as not used, after the name.
    ['Сервисы Google Analytics и Meta Pixel на сайте не используются.', ['Google Analytics:negated', 'Meta Pixel:negated']],
    ['Google Analytics is not used on this website.', ['Google Analytics:negated']],
    ['Google Analytics is used for statistics, but Hotjar is not installed.', ['Google Analytics:recipient', 'Hotjar:negated']],
    ['Оплата через PayPal; реквизиты карты Оператору не передаются.', ['PayPal:recipient']],
    // One of the contact means in a list; a data item.
    ['Оператор обрабатывает данные, которые вы передаёте при обращении по контактам (Telegram, телефон, электронная почта).', ['Telegram:contact']],
    ['Мы собираем идентификатор и имя аккаунта Telegram, а также Telegram user ID.', ['Telegram:mention', 'Telegram:mention']],
    // Not recipients at all: a store, a wallet, a word.
    ['Приложение доступно в Google Play и App Store; оплата возможна через Apple Pay.', []],
    ['Uploaded files (max. 10 MB) are applied including the notion of personal data.', []],
  ])('%s', (text, expected) => {
    expect(roles(text)).toEqual(expected);
  });

  test('foreign and Russian recipients are told apart', () => {
    const doc = model('Мы используем Яндекс.Метрику, Selectel и Cloudflare.');
    expect(recipients(doc).map((m) => `${m.recipient.name}:${m.foreign ? 'foreign' : 'ru'}`)).toEqual(['Яндекс Метрика:ru', 'Selectel:ru', 'Cloudflare:foreign']);
  });

  test('PLATFORM_INNS keeps the checksum-valid INNs of Russian platforms', () => {
    for (const inn of ['7736207543', '7743001840', '7750005725', '7710140679', '7707083893', '7810962785']) expect(PLATFORM_INNS.has(inn)).toBe(true);
  });
});

/** "polarity/scope" of each transfer statement. */
function transfers(text: string): string[] {
  return crossBorder(model(text)).transfers.map((t) => `${t.polarity}/${t.scope}`);
}
/** "place:claim" of each location statement. */
function locations(text: string): string[] {
  const doc = model(text);
  return crossBorder(doc).locations.map((l) => `${l.place}:${doc.slice(l.claim)}`);
}

describe('crossBorder: statements about transfer abroad', () => {
  test.each<[string, string[]]>([
    ['Оператор вправе осуществлять трансграничную передачу персональных данных при условии соблюдения требований ст. 12 Закона.', ['positive/all']],
    ['В случае трансграничной передачи персональных данных Оператор заранее уведомляет Роскомнадзор.', ['positive/all']],
    // A denial with an exception: only the exception goes abroad.
    ['Оператор не осуществляет трансграничную передачу персональных данных, за исключением передачи текстов запросов компании OpenAI (США).', ['negative/except']],
    ['Передачи персональных данных за рубеж нет, кроме сервиса перевода текста.', ['negative/except']],
    // Said in plain words: who processes the data abroad, a named country, the user's country.
    ['Платёжные данные обрабатывает сервис Stripe на серверах в Ирландии.', ['positive/all']],
    ['Some providers may process your data on servers outside your country.', ['positive/all']],
    ['Firebase обрабатывает данные на инфраструктуре, которая может находиться вне вашей страны.', ['positive/all']],
    // The operator's bare right to keep data outside Russia discloses no transfer; a region code is no country.
    ['Оператор вправе хранить персональные данные на серверах за пределами Российской Федерации.', []],
    ['The application is hosted in the eu-central-1 region.', []],
    // Countries where users live are not destinations.
    ['For users in the EEA and the United Kingdom, the legal basis for processing is legitimate interest.', []],
    ['Для пользователей из Казахстана и Республики Беларусь обработка ведётся с учётом их законодательства.', []],
    ['If you are located in the European Union, processing of your data is also governed by the GDPR.', []],
    ['Обработка данных жителей ЕС ведётся с учётом GDPR.', []],
    // Where the operator is registered is not where data goes.
    ['Оператор зарегистрирован в ОАЭ и обрабатывает персональные данные в соответствии с настоящей Политикой.', []],
    ['Трансграничная передача на территорию государств, не являющихся сторонами Конвенции, может осуществляться с письменного согласия.', ['positive/all']],
    ['Оператор осуществляет сбор, запись, хранение, передачу (в том числе трансграничную) и уничтожение данных.', ['positive/all']],
    ['Personal data may be transferred to foreign countries, including the USA, where our processors are located.', ['positive/all']],
    ['Трансграничная передача персональных данных не осуществляется.', ['negative/all']],
    ['The Operator does not carry out cross-border transfer of personal data.', ['negative/all']],
    ['Персональные данные не передаются за пределы Российской Федерации.', ['negative/all']],
    ['Your data never leaves Russia.', ['negative/all']],
    ['Data is processed only in Russia and is never sent abroad.', ['negative/all']],
    ['Оператор не осуществляет трансграничную передачу персональных данных в иностранные государства, не обеспечивающие адекватную защиту прав субъектов.', ['negative/non-adequate']],
    ['The Operator does not transfer marketplace API tokens or card details abroad.', ['negative/partial']],
    // Not statements: a definition, the right to information, a condition unrelated to the transfer.
    ['Трансграничная передача персональных данных — передача персональных данных на территорию иностранного государства.', []],
    ['Cross-border transfer of personal data means the transfer of personal data to the territory of a foreign state.', []],
    ['Субъект вправе получить сведения об осуществленной или о предполагаемой трансграничной передаче данных.', []],
    ['The data subject has the right to receive information on the performed or intended cross-border transfer of data.', []],
  ])('%s', (text, expected) => {
    expect(transfers(text)).toEqual(expected);
  });

  test('a heading names the topic without saying yes or no, unless it says no', () => {
    expect(transfers('8. Cross-Border Transfer\n8.1. The Operator does not carry out cross-border transfer of personal data.')).toEqual(['topic/all', 'negative/all']);
    expect(transfers('8. Трансграничная передача не осуществляется\nОператор хранит данные в Москве.')).toEqual(['negative/all']);
    expect(transfers('8. Международная передача данных\nОтдельной базы данных разработчик не ведёт.')).toEqual(['topic/all']);
    expect(transfers('8. Международная передача данных\nНе осуществляется.')).toEqual(['topic/all', 'negative/all']);
  });
});

describe('crossBorder: where data is stored', () => {
  test.each<[string, string[]]>([
    ['Data of users of the Russian Federation is stored in the Russian Federation.', ['ru:stored in the Russian Federation']],
    ['Personal data of citizens of the Russian Federation is collected and stored on servers located in the Russian Federation.', ['ru:stored on servers located in the Russian Federation']],
    ['All servers and infrastructure of the Service are located within the territory of the Russian Federation.', ['ru:servers and infrastructure of the Service are located within the territory of the Russian Federation']],
    ['Для сервиса используются ресурсы хостинг-провайдера АО «Селектел», расположенные на территории РФ.', ['ru:хостинг-провайдера АО «Селектел», расположенные на территории РФ']],
    ['Оператор обеспечивает запись, систематизацию, накопление, хранение персональных данных граждан РФ с использованием баз данных, находящихся на территории Российской Федерации.', ['ru:баз данных, находящихся на территории Российской Федерации']],
    ['Запись, систематизация, накопление, хранение персональных данных граждан РФ с использованием баз данных, находящихся за пределами территории Российской Федерации, не допускаются.', ['ru:баз данных, находящихся за пределами территории Российской Федерации']],
    ['Персональные данные покупателей хранятся на арендованных серверах в Нидерландах.', ['abroad:хранятся на арендованных серверах в Нидерландах']],
    ['Personal data of users in Russia is stored on servers in Germany.', ['abroad:stored on servers in Germany']],
    ['Data is stored in Russia; backups are kept in Finland.', ['ru:stored in Russia', 'abroad:kept in Finland']],
    ['Personal data is stored in Russia, and backups are kept in Finland.', ['abroad:kept in Finland', 'ru:stored in Russia']],
    ['Data collected in Russia is stored in the Netherlands.', ['abroad:stored in the Netherlands']],
    ['Сервер с базой данных расположен в Москве.', ['ru:Сервер с базой данных расположен в Москве']],
    ['Место хранения персональных данных: Российская Федерация.', ['ru:Место хранения персональных данных: Российская Федерация']],
    ['Server location: Russia (Moscow).', ['ru:Server location: Russia']],
    ['Хранение персональных данных осуществляется в соответствии с требованиями ч. 5 ст. 18 Федерального закона № 152-ФЗ.', ['ru:ч. 5 ст. 18']],
    ['The Operator complies with data localisation requirements when storing personal data.', ['ru:data localisation']],
    // Localisation of the language or the interface; a third party's servers.
    ['Язык интерфейса хранится в cookie для локализации сайта.', []],
    ['Cookies store localization preferences such as the selected language.', []],
    ['Для статистики используется Яндекс Метрика (ООО «Яндекс», серверы расположены на территории Российской Федерации).', []],
    // A CRM keeps the operator's own records: its servers in Russia are the operator's databases.
    ['Заявки хранятся в CRM-системе amoCRM на серверах в России.', ['ru:хранятся в CRM-системе amoCRM на серверах в России']],
    // Russia named, but not as where data is.
    ['Адрес: г. Москва, ул. Ленина, д. 1. Данные хранятся 3 года.', []],
    ['Hosting location is to be finalized.', []],
    ['Обработка осуществляется в соответствии с законодательством, действующим в РФ, и хранение данных длится 3 года.', []],
    ['The Operator is a company registered in the Russian Federation and stores data securely.', []],
    ['Personal data is not stored in the Russian Federation.', []],
  ])('%s', (text, expected) => {
    expect(locations(text)).toEqual(expected);
  });
});

test('roles are one of the documented values', () => {
  const all: MentionRole[] = ['recipient', 'contact', 'source', 'negated', 'mention'];
  const doc = model('Google Analytics, Telegram @x, вход через Google, не используем Stripe, YouTube.');
  for (const m of recipients(doc)) expect(all).toContain(m.role);
});
