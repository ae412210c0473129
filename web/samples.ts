/**
 * Example policies for the playground's "example" buttons: written for policylint, deliberately
 * flawed (implied consent, a 30-day response deadline, a placeholder, indefinite retention, a
 * foreign analytics service with nothing on transfer abroad), so that a first visit shows findings.
 */
export const SAMPLES: Record<'ru' | 'en', { name: string; text: string }> = {
  ru: {
    name: 'primer-politiki.md',
    text: `# Политика обработки персональных данных

1. Общие положения
1.1. Настоящая Политика определяет порядок обработки персональных данных пользователей сайта example.ru (далее — Сайт).
1.2. Оператор — ООО «[название организации]», адрес: 101000, г. Москва, ул. Примерная, д. 1.
1.3. Продолжая использовать Сайт, пользователь соглашается с настоящей Политикой и даёт согласие на обработку своих персональных данных.

2. Цели обработки
2.1. Регистрация пользователя и исполнение договора оказания услуг.
2.2. Ответы на обращения пользователей.
2.3. Анализ посещаемости Сайта с помощью сервиса Google Analytics.

3. Обрабатываемые данные
Фамилия, имя, адрес электронной почты, номер телефона, IP-адрес, файлы cookie.

4. Правовые основания
Обработка осуществляется на основании согласия субъекта персональных данных и договора с ним.

5. Сроки хранения
Персональные данные хранятся бессрочно.

6. Права субъекта персональных данных
6.1. Пользователь вправе получать информацию об обработке своих персональных данных, требовать их уточнения, блокирования или уничтожения, отозвать согласие на обработку.
6.2. Оператор отвечает на запрос пользователя в течение 30 дней с даты его получения.

7. Передача данных
Оператор может передавать персональные данные партнёрам и иным лицам.
`,
  },
  en: {
    name: 'example-policy.md',
    text: `# Privacy Policy

1. General
1.1. This Policy explains how the personal data of users of example.com (the "Site") is processed.
1.2. The operator is TODO: company name, INN 7701234560.
1.3. By continuing to use the Site, the user consents to the processing of their personal data.

2. Purposes
2.1. Registering users and performing the service agreement.
2.2. Answering users' questions.
2.3. Measuring traffic with Google Analytics.

3. Data we process
Name, e-mail address, phone number, IP address, cookies.

4. Retention
Personal data is kept for as long as necessary.

5. Your rights
5.1. You may request information about the processing of your data, ask us to correct, block or delete it, and withdraw your consent.
5.2. We answer requests within 30 calendar days.
`,
  },
};
