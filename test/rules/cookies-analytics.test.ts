import { readFileSync } from 'node:fs';
import { brief, lint, textAt } from '../helpers/lint.js';

const RULE = 'cookies-analytics';
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/rules/${RULE}/${name}`, import.meta.url), 'utf8');
const fmt = (name: string) => (name.endsWith('.md') ? 'markdown' : 'text');
const run = (name: string, options?: Record<string, unknown>) =>
  lint(fixture(name), { rule: RULE, format: fmt(name), settings: options ? { [RULE]: ['warn', options] } : undefined });
const texts = (name: string, options?: Record<string, unknown>) => run(name, options).map((m) => textAt(fixture(name), m));
/** One line of policy text under a title. */
const line = (text: string) => lint(`Policy\n${text}\n`, { rule: RULE });
const lineText = (text: string) => line(text).map((m) => textAt(`Policy\n${text}\n`, m));

describe('cookies-analytics', () => {
  test.each([
    // Counters named, an implied-consent banner sentence (not a way to refuse), a right to withdraw consent in general.
    ['fires-metrica.ru.txt', '10:36', 'Яндекс.Метрика'],
    // Markdown: essential cookies and Google Analytics in one sentence, a cookie table.
    ['fires-google-analytics.en.md', '12:64', 'Google Analytics'],
    // Seed 001 without its browser-settings clause (CRLF).
    ['fires-analytics-cookies.en.txt', '3:23', 'cookies for functionality and analytics'],
    // Google Analytics denied, a VK pixel used; "cannot disable cookies" is no way to refuse.
    ['fires-pixel.ru.md', '6:57', 'пиксель VK Рекламы'],
    // NBSP between words, «аналитические куки»; unsubscribing from mail is not refusing analytics.
    ['fires-counters-nbsp.ru.txt', '4:44', 'сервисов\u00a0веб-аналитики'],
  ])('no-opt-out: %s', (name, at, text) => {
    const messages = run(name);
    expect(brief(messages)).toEqual([`${at} ${RULE}/no-opt-out`]);
    expect(texts(name)).toEqual([text]);
    expect(messages[0].severity).toBe(1);
  });

  test.each([
    // Only strictly necessary cookies; "do not use analytics cookies", "no tracking pixels", "not used for analytics"; sales analytics as a product.
    ['clean-essential-only.en.txt'],
    // «не используем аналитику», «на Сайте не используются», «отсутствуют»; water and electricity meters are no web counters.
    ['clean-no-analytics.ru.txt'],
    // Yandex.Metrica with «отключить cookie в настройках браузера» and the Metrica blocker.
    ['clean-browser-settings.ru.txt'],
    // Google Analytics and Meta Pixel with a cookie banner and the opt-out add-on.
    ['clean-opt-out.en.md'],
    // Cookies defined as used "for analytics" in the definitions; the site itself uses session cookies only.
    ['clean-definitions.ru.txt'],
    // A reference to a separate Cookie Policy (accepted by default).
    ['clean-cookie-policy.en.txt'],
  ])('clean: %s', (name) => {
    expect(brief(run(name))).toEqual([]);
  });

  test('cookiePolicyReference: false requires the policy itself to say how to refuse', () => {
    expect(brief(run('clean-cookie-policy.en.txt', { cookiePolicyReference: false }))).toEqual([`3:23 ${RULE}/no-opt-out`]);
    expect(texts('clean-cookie-policy.en.txt', { cookiePolicyReference: false })).toEqual(['Yandex.Metrica']);
    expect(brief(run('clean-browser-settings.ru.txt', { cookiePolicyReference: false }))).toEqual([]);
  });

  test('message language, article and data', () => {
    const ru = run('fires-metrica.ru.txt')[0];
    expect(ru.message).toMatch(/^В политике сказано, что сайт использует «Яндекс\.Метрика»/);
    expect(ru.message).toMatch(/ч\. 1–2 ст\. 9, ч\. 2 ст\. 18\.1 152-ФЗ/);
    expect(ru.data).toEqual({ what: 'Яндекс.Метрика' });
    const en = run('fires-google-analytics.en.md')[0];
    expect(en.message).toMatch(/^The policy says the site uses "Google Analytics"/);
    expect(en.message).toMatch(/152-FZ art\. 9 parts 1–2; art\. 18\.1 part 2/);
  });

  test('the suggestion is a clause to insert, with the opt-out page of the service named', () => {
    const [ru] = run('fires-metrica.ru.txt');
    expect(ru.suggestions).toHaveLength(1);
    expect(ru.suggestions![0].kind).toBe('insert');
    expect(ru.suggestions![0].text).toMatch(/настройках браузера/);
    expect(ru.suggestions![0].text).toMatch(/yandex\.ru\/support\/metrica\/general\/opt-out/);
    expect(ru.suggestions![0].text).not.toMatch(/gaoptout/);
    const [en] = run('fires-google-analytics.en.md');
    expect(en.suggestions![0].kind).toBe('insert');
    expect(en.suggestions![0].text).toMatch(/tools\.google\.com\/dlpage\/gaoptout/);
    expect(en.suggestions![0].text).not.toMatch(/yandex/);
    expect(run('fires-analytics-cookies.en.txt')[0].suggestions![0].text).not.toMatch(/https:/);
  });

  test.each([
    ['We use Yandex.Metrica.', 'Yandex.Metrica'],
    ['We use Google Tag Manager.', 'Google Tag Manager'],
    ['The site uses Hotjar heatmaps.', 'Hotjar'],
    ['Сайт использует Top.Mail.ru.', 'Top.Mail.ru'],
    ['На сайте установлен код счётчика Яндекс.Метрики.', 'Яндекс.Метрики'],
    // A named service beats the generic phrase before it in the same sentence.
    ['Для статистики посещений сайта используется сервис Яндекс.Метрика.', 'Яндекс.Метрика'],
    ['Оператор использует файлы cookie для сбора статистики посещений.', 'статистики посещений'],
    ['Мы используем куки для персонализации рекламы.', 'куки для персонализации рекламы'],
    ['We may use cookies for marketing purposes.', 'cookies for marketing'],
    ['Cookies help us understand how visitors use the website.', 'Cookies help us understand how visitors use'],
    ['The Service uses performance cookies.', 'performance cookies'],
    ['Функциональные и аналитические cookie-файлы.', 'аналитические cookie'],
    ['Our e-mails contain a tracking pixel.', 'tracking pixel'],
    // Negation in another clause or sentence does not cover the tracker.
    ['We do not sell data to third parties; we use Google Analytics.', 'Google Analytics'],
    ['We do not use Google Analytics, we use Yandex.Metrica instead.', 'Yandex.Metrica'],
    ['The site does not use Google Analytics but uses Yandex.Metrica.', 'Yandex.Metrica'],
    ['Мы не используем Google Analytics, используем только Яндекс.Метрику.', 'Яндекс.Метрику'],
    // "not used to identify you": the tracker is used.
    ['Yandex.Metrica data are not used to identify you.', 'Yandex.Metrica'],
    ['Analytics cookies are not used to identify you.', 'Analytics cookies'],
    // A generic analytics service counts where the sentence speaks of visits.
    ['The website uses analytics services to count visits.', 'analytics services'],
    // A dash after the cookie word in a sentence that says the site uses them is no definition.
    ['The website uses cookies — small text files — to collect visit statistics.', 'cookies — small text files — to collect visit statistics'],
    ['При посещении Сайта автоматически собираются данные с помощью метрических программ.', 'метрических программ'],
    ['Данные о посетителях обрабатываются с помощью сервисов интернет-статистики (Яндекс Метрика и Гугл Аналитика).', 'Яндекс Метрика'],
  ])('fires on: %s', (text, found) => {
    expect(brief(line(text))).toEqual([`2:${text.indexOf(found) + 1} ${RULE}/no-opt-out`]);
    expect(lineText(text)).toEqual([found]);
  });

  test.each([
    // Negations
    ['Мы не используем аналитику.'],
    ['Сервисы веб-аналитики на Сайте не используются.'],
    ['Счётчики посещений не установлены.'],
    ["We don't use Yandex.Metrica or Google Analytics."],
    ['Сайт не подключает Яндекс.Метрику.'],
    ['Ни Яндекс.Метрика, ни Google Analytics на сайте не используются.'],
    ['Cookies are not used for analytics or marketing.'],
    ['Рекламные и аналитические cookie отсутствуют.'],
    // Cookies without analytics, analytics without cookies or the web
    ['The site stores a cookie to remember your last visit.'],
    ['Сайт использует только технические cookie, необходимые для работы корзины.'],
    ['A command-line client for the marketplace analytics service.'],
    ['Сервис аналитики продаж на маркетплейсах помогает продавцам.'],
    ['Screen resolution in pixels.'],
    ['Абонент передаёт показания счётчиков воды и электроэнергии.'],
    ['Sizes are given in the metric system.'],
    ['Cookies are small text files used for analytics and advertising.'],
    ['Cookie — небольшой фрагмент данных, используемый для аналитики.'],
    ['Session cookies are used to track your login state.'],
    ['We place cookies on the marketplace to keep your cart.'],
    ['We use cookies and similar technologies (e.g., Google Analytics). You can control cookies through your browser settings.'],
    // A way to refuse in the policy
    ['The site uses cookies and similar technologies for analytics and personalised advertising; you can opt out at any time.'],
    ['Мы используем Яндекс.Метрику. Вы можете запретить сохранение cookie в настройках браузера.'],
    ['We use Google Analytics. You can disable cookies in your browser.'],
    ['Сайт использует Яндекс.Метрику. Нажимая кнопку «Принять» в баннере, вы даёте согласие на использование аналитических cookie.'],
    ['Сайт использует сервисы аналитики. Подробнее — в Политике использования файлов cookie.'],
    ['Сайт использует Яндекс.Метрику. Пользователь может изменить настройки своего интернет-браузера.'],
    ['Сайт использует Яндекс.Метрику. Вы можете отказаться от сбора данных Яндекс.Метрикой.'],
  ])('clean: %s', (text) => {
    expect(brief(line(text))).toEqual([]);
  });

  test.each([
    // A page about the service's own data use, a generic withdrawal by letter: no way to refuse the tracking.
    ['We use Google Analytics. For more information on how Google uses data, see https://policies.google.com/technologies/partner-sites.'],
    ['We use Google Analytics. You can withdraw your consent at any time by writing to us.'],
  ])('no way to refuse: %s', (text) => {
    expect(brief(line(text))).toEqual([`2:8 ${RULE}/no-opt-out`]);
  });

  test('the cookie policy speaking of itself is no reference to another document', () => {
    const source = 'Политика использования файлов cookie\n1. Настоящая Политика использования файлов cookie регулирует порядок их применения.\n2. На сайте работает Яндекс.Метрика.\n';
    expect(brief(lint(source, { rule: RULE }))).toEqual([`3:22 ${RULE}/no-opt-out`]);
  });

  test('an opt-out said to be impossible is none', () => {
    expect(brief(line('We use Google Analytics. Cookies cannot be disabled.'))).toEqual([`2:8 ${RULE}/no-opt-out`]);
    expect(brief(line('На сайте работает Яндекс.Метрика. Отключить cookie невозможно.'))).toEqual([`2:19 ${RULE}/no-opt-out`]);
    expect(brief(line('We use Google Analytics. You cannot disable these cookies.'))).toEqual([`2:8 ${RULE}/no-opt-out`]);
    // A warning about the consequences is still a way to refuse.
    expect(brief(line('We use Google Analytics. If you disable cookies, the site cannot remember your language.'))).toEqual([]);
  });

  test('a heading naming cookies and analytics is not a statement of use', () => {
    expect(brief(lint('Политика\n9. Cookie и аналитика\n9.1. Сайт использует только сессионные cookie.\n', { rule: RULE }))).toEqual([]);
  });

  test('one finding per policy, at the first use', () => {
    const source = 'Privacy\n1. We use Google Analytics.\n2. We also use Yandex.Metrica and Hotjar.\n';
    expect(brief(lint(source, { rule: RULE }))).toEqual([`2:11 ${RULE}/no-opt-out`]);
  });
});
