import { readFileSync } from 'node:fs';
import { brief, lint, textAt } from '../helpers/lint.js';

const RULE = 'special-categories';
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/rules/${RULE}/${name}`, import.meta.url), 'utf8');
const fmt = (name: string) => (name.endsWith('.md') ? 'markdown' : 'text');
const run = (name: string) => lint(fixture(name), { rule: RULE, format: fmt(name) });
const texts = (name: string) => run(name).map((m) => textAt(fixture(name), m));
const line = (text: string) => lint(`Policy\n${text}\n`, { rule: RULE });
const lineText = (text: string) => line(text).map((m) => textAt(`Policy\n${text}\n`, m));

describe('special-categories', () => {
  test.each([
    // A dating site: intimate life on a checkbox consent; written consent only for newsletters; biometrics denied.
    ['fires-dating.ru.txt', ['9:53'], ['сексуальную ориентацию']],
    // A gym: health data and face recognition at the door, on contract and "consent in the app" (Markdown list).
    ['fires-fitness.en.md', ['8:6', '9:44'], ['Health information', 'face']],
    // Tenant screening asks for criminal records on the consent of a web form.
    ['fires-tenant-screening.ru.txt', ['3:87'], ['судимости']],
    // A selfie compared with the passport photo (the cue is in the next clause), consent by a tick (CRLF).
    ['fires-kyc.en.txt', ['3:36'], ['selfie']],
    // A purposes table: health data on "согласие пациента", not consent in writing.
    ['fires-table.ru.md', ['8:37'], ['сведения о состоянии здоровья']],
  ])('no-written-consent: %s', (name, at, found) => {
    const messages = run(name);
    expect(brief(messages)).toEqual(at.map((a) => `${a} ${RULE}/no-written-consent`));
    expect(texts(name)).toEqual(found);
    expect(messages.every((m) => m.severity === 2)).toBe(true);
  });

  test.each([
    // A clinic: health data with the patient's consent in writing (CRLF, ё).
    ['clean-clinic.ru.txt'],
    // Medical secrecy, art. 10 part 2 item 4 (Markdown).
    ['clean-medical-secrecy.en.md'],
    // An employer: medical check-ups and criminal records of candidates under the Labour Code.
    ['clean-hr.ru.txt'],
    // Face recognition at the office door with the employees' written consent.
    ['clean-biometric-written.en.txt'],
    // Seeds 001 and 003 phrasings, "please do not send", a passport photo, profile photos other members see, browser fingerprints.
    ['clean-negations.en.txt'],
    // Definitions of the terms, «не обрабатывает», «не осуществляется», a photo on a pass, «защиты жизни, здоровья».
    ['clean-negations.ru.md'],
  ])('clean: %s', (name) => {
    expect(brief(run(name))).toEqual([]);
  });

  test('each clean fixture is clean because of its ground, not for want of a statement', () => {
    const without = (name: string, re: RegExp) =>
      lint(
        fixture(name)
          .split(/\r?\n/)
          .filter((l) => !re.test(l))
          .join('\n'),
        { rule: RULE, format: fmt(name) },
      ).map((m) => m.messageId);
    expect(without('clean-clinic.ru.txt', /письменной форме/)).toEqual(['no-written-consent']);
    expect(without('clean-medical-secrecy.en.md', /secrecy/)).toEqual(['no-written-consent']);
    expect(without('clean-hr.ru.txt', /Трудовой кодекс/)).toEqual(['no-written-consent', 'no-written-consent']);
    expect(without('clean-biometric-written.en.txt', /written consent/)).toEqual(['no-written-consent']);
  });

  test('messages: language, article, data', () => {
    const [ru] = run('fires-dating.ru.txt');
    expect(ru.message).toMatch(/^В политике сказано, что обрабатываются «сексуальную ориентацию» \(специальная категория персональных данных\)/);
    expect(ru.message).toMatch(/ч\. 1–2 ст\. 10 152-ФЗ/);
    expect(ru.data).toMatchObject({ what: 'сексуальную ориентацию', lawEn: '152-FZ art. 10 parts 1–2' });
    const [health, face] = run('fires-fitness.en.md');
    expect(health.message).toMatch(/^The policy says it processes "Health information" \(a special category of personal data\)/);
    expect(face.message).toMatch(/\(biometric personal data\).*152-FZ art\. 11 parts 1–2/);
    const [criminal] = run('fires-tenant-screening.ru.txt');
    expect(criminal.message).toMatch(/\(сведения о судимости\).*ч\. 3 ст\. 10 152-ФЗ/);
  });

  test('suggestions are clauses to insert, per kind of data', () => {
    const [health, face] = run('fires-fitness.en.md');
    expect(health.suggestions).toEqual([expect.objectContaining({ kind: 'insert', text: expect.stringMatching(/Article 10 part 2 item 1/) })]);
    expect(face.suggestions).toEqual([expect.objectContaining({ kind: 'insert', text: expect.stringMatching(/Article 11 part 1/) })]);
    const [criminal] = run('fires-tenant-screening.ru.txt');
    expect(criminal.suggestions![0].text).toMatch(/ч\. 3 ст\. 10/);
  });

  test.each([
    ['Оператор обрабатывает сведения о состоянии здоровья пациентов.', 'сведения о состоянии здоровья'],
    ['Оператор обрабатывает специальные категории персональных данных.', 'специальные категории персональных данных'],
    ['Мы обрабатываем данные о вашем здоровье (пульс, давление), которые передаёт фитнес-браслет.', 'данные о вашем здоровье'],
    ['We collect information about your health, such as heart rate and sleep, from your fitness tracker.', 'information about your health'],
    ['Оператор обрабатывает данные о национальности и вероисповедании участников конференции.', 'национальности'],
    ['Пользователь может сообщить о своих религиозных убеждениях в анкете.', 'религиозных убеждениях'],
    ['The user may indicate religion and political views in the profile.', 'religion'],
    ['Оператор обрабатывает сведения об инвалидности для предоставления льгот.', 'сведения об инвалидности'],
    ['We collect proof of your disability to grant a discount.', 'proof of your disability'],
    ['К обрабатываемым данным относятся сведения о состоянии здоровья.', 'сведения о состоянии здоровья'],
    ['Оператор обрабатывает данные клиентов - сведения о состоянии здоровья.', 'сведения о состоянии здоровья'],
    ['Мы обрабатываем сведения о судимости кандидатов.', 'судимости'],
    ['Оператор обрабатывает сведения о противопоказаниях к занятиям спортом.', 'противопоказаниях'],
    ['Клиент предоставляет медицинскую справку о допуске к тренировкам.', 'медицинскую справку'],
    ['We process health data, which we do not share.', 'health data'],
    // Biometrics: a feature used to establish identity.
    ['Оператор вправе обрабатывать биометрические персональные данные.', 'биометрические'],
    ['We collect your fingerprint to let you enter the office (access control system).', 'fingerprint'],
    ['We use your photo to verify your identity by comparing it with your passport.', 'photo'],
    ['We process your voice to identify you when you call.', 'voice'],
    ['We use facial recognition to check in guests.', 'facial recognition'],
    ['Изображение лица используется для идентификации клиента в офисе.', 'Изображение лица'],
    ['Оператор обрабатывает фотографию пользователя для подтверждения личности путём сравнения с фото в паспорте.', 'фотографию'],
    ['Голосовая биометрия используется для подтверждения личности при звонке в банк.', 'биометрия'],
  ])('fires on: %s', (text, found) => {
    expect(brief(line(text))).toEqual([`2:${text.indexOf(found) + 1} ${RULE}/no-written-consent`]);
    expect(lineText(text)).toEqual([found]);
  });

  test.each([
    // Negations (seeds 001, 003 and the usual templates)
    ['The Operator does not process special categories of personal data or biometric personal data.'],
    ['4.3. Special categories of personal data (information about health, racial or ethnic origin, political, religious or philosophical beliefs, sex life) and biometric personal data are not deliberately collected or processed by the Operator.'],
    ['Оператор не обрабатывает специальные категории персональных данных.'],
    ['Обработка специальных категорий персональных данных не осуществляется.'],
    ['Оператор не осуществляет обработку персональных данных, касающихся расовой, национальной принадлежности, политических взглядов, религиозных или философских убеждений, интимной жизни.'],
    ['Оператор не собирает и не обрабатывает биометрические данные.'],
    ['Обработка биометрических персональных данных не производится.'],
    ['Биометрические персональные данные Оператором не обрабатываются.'],
    ["We don't collect sensitive data such as health data."],
    ['We do not knowingly collect special categories of data.'],
    ['Special category data: none.'],
    ['| Special categories | Not processed |'],
    ['Health data: we do not process it.'],
    ['Please do not send us health information.'],
    ['There is no need to provide health information.'],
    // Grounds in the same sentence
    ['Оператор обрабатывает сведения о состоянии здоровья пациентов с их письменного согласия.'],
    ['Обработка специальных категорий персональных данных, касающихся состояния здоровья, осуществляется с согласия в письменной форме субъекта.'],
    ['Оператор не осуществляет обработку специальных категорий персональных данных, за исключением случаев, предусмотренных законодательством РФ.'],
    ['Оператор обрабатывает специальные категории персональных данных в случаях, предусмотренных законодательством РФ.'],
    ['The Operator processes special categories of personal data on the grounds set out in part 2 of Article 10 of Federal Law No. 152-FZ.'],
    ['Обработка сведений о состоянии здоровья осуществляется на основании п. 4 ч. 2 ст. 10 152-ФЗ.'],
    ['We process health data to provide medical services; processing is carried out by medical professionals bound by medical secrecy.'],
    ['We process criminal record certificates of candidates in accordance with the Labour Code.'],
    ['Оператор обрабатывает медицинские справки работников в соответствии с Трудовым кодексом РФ.'],
    // Not special data, not biometric
    ['We record calls for quality control.'],
    ['We use voice recognition to transcribe your requests.'],
    ['Мы обрабатываем голосовые сообщения пользователей для распознавания речи.'],
    ['Upload a photo of your passport to verify your identity.'],
    ['Your profile photo helps other members recognize you.'],
    ['Browser fingerprint and device identifiers are used to identify users and prevent fraud.'],
    ['You can unlock the app with Face ID; biometric data stays on your device and is never sent to us.'],
    ['Purposes: protection of life and health of the subject.'],
    ['Мы заботимся о здоровье клиентов.'],
    ['Race registration: name, age, T-shirt size.'],
    ['We design our website for users with disabilities.'],
    ['Сайт адаптирован для людей с инвалидностью.'],
    ['We may disclose data to law enforcement in connection with criminal offences.'],
    ['Мы передаём данные в правоохранительные органы в целях уголовного преследования.'],
    ['Оператор обрабатывает следующие данные: ФИО, дата рождения, пол, гражданство, фотография.'],
    ['Photos uploaded to the service are processed by AI to recognize objects.'],
    ['We use Face ID login on iOS.'],
    ['В анкете нет полей для сведений о здоровье.'],
    ['Сведения о здоровье не запрашиваются.'],
    ['Специальные категории персональных данных — сведения, касающиеся расовой, национальной принадлежности, состояния здоровья.'],
    ['К специальным категориям персональных данных относятся сведения о состоянии здоровья.'],
    ['Health data - information about your physical or mental health.'],
  ])('clean: %s', (text) => {
    expect(brief(line(text))).toEqual([]);
  });

  test('written consent for another matter does not cover the data', () => {
    const source = 'Policy\n1. We process information about your health to plan training.\n2. Cross-border transfer is carried out only with your written consent.\n';
    expect(brief(lint(source, { rule: RULE }))).toEqual([`2:15 ${RULE}/no-written-consent`]);
  });

  test('"without written consent" is no ground; "never … without written consent" is one', () => {
    expect(brief(line('Health data may be processed without written consent.'))).toEqual([`2:1 ${RULE}/no-written-consent`]);
    expect(brief(line('We never process health data without your written consent.'))).toEqual([]);
  });

  test('one finding per kind of data; consent in writing for one kind does not cover another', () => {
    const source =
      'Policy\n1. We process health data of patients with their written consent.\n2. We also check the criminal records of couriers.\n3. Criminal records of drivers are checked too.\n';
    expect(brief(lint(source, { rule: RULE }))).toEqual([`3:22 ${RULE}/no-written-consent`]);
  });

  test('a ground stated for the kind of data elsewhere in the policy covers it', () => {
    const source =
      '# Policy\n\n## 3. Data\n\n- name;\n- health status.\n\n## 5. Legal grounds\n\nHealth data is processed only with the written consent of the subject.\n';
    expect(brief(lint(source, { rule: RULE, format: 'markdown' }))).toEqual([]);
    expect(brief(lint(source.replace('Health data is processed only with the written consent of the subject.', 'All data is processed on the basis of consent.'), { rule: RULE, format: 'markdown' }))).toEqual([
      `6:3 ${RULE}/no-written-consent`,
    ]);
  });

  test('labour law among the legal grounds covers the health data of employees listed elsewhere', () => {
    const source =
      'Политика\n1. Правовые основания обработки\n1.1. Правовым основанием являются Трудовой кодекс РФ и Федеральный закон № 152-ФЗ.\n2. Категории данных\n2.1. Работники: ФИО, сведения о состоянии здоровья, необходимые для выполнения трудовой функции.\n2.2. Клиенты фитнес-зала: ФИО, сведения о противопоказаниях к занятиям.\n';
    // The clients' contraindications are not employees' data: labour law is no ground for them.
    expect(brief(lint(source, { rule: RULE }))).toEqual([`6:43 ${RULE}/no-written-consent`]);
  });
});
