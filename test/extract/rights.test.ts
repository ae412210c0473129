import { subjectRights } from '../../rules/extract/rights.js';
import { model } from '../helpers/lint.js';

const rightsOf = (source: string, format: 'text' | 'markdown' = 'text') => {
  const doc = model(source, format);
  const r = subjectRights(doc);
  return { kinds: [...r.kinds].sort(), mentions: r.mentions.map((m) => [m.kind, doc.slice([m.start, m.end])]), r, doc };
};

describe('rights extractor', () => {
  test('the core rights of a Russian list, with their ranges', () => {
    const { mentions } = rightsOf(
      'Субъект ПД вправе: получать информацию, касающуюся обработки его ПД; требовать уточнения, блокирования или уничтожения данных; отозвать согласие; обжаловать действия Оператора в Роскомнадзор или в суд.',
    );
    expect(mentions).toEqual(
      expect.arrayContaining([
        ['access', 'получать информацию, касающуюся обработки'],
        ['rectification', 'требовать уточнения'],
        ['withdraw-consent', 'отозвать согласие'],
        ['appeal', 'обжаловать действия Оператора в Роскомнадзор'],
      ]),
    );
    expect(new Set(mentions.map(([k]) => k)).size).toBe(4);
  });

  test.each([
    ['Пользователь вправе требовать прекращения обработки своих персональных данных.', ['cessation']],
    ['Вы можете отписаться от рассылки по ссылке в письме.', ['marketing-opt-out']],
    ['Субъект вправе заявить возражение против решения, принятого на основании исключительно автоматизированной обработки.', ['automated-decisions']],
    ['The data subject may claim compensation for damages in court.', ['compensation']],
    ['Consent may be withdrawn at any time.', ['withdraw-consent']],
    ['Для отзыва согласия направьте заявление на почту Оператора.', ['withdraw-consent']],
    ['Оператор обязан по запросу субъекта предоставить информацию об обработке его персональных данных.', ['access']],
    ['You have the right to data portability.', ['portability']],
    // What follows a withdrawal says that consent can be withdrawn (whoever acts in the sentence).
    ['Upon withdrawal of consent, data is destroyed within 30 days.', ['withdraw-consent']],
    ['Оператор прекращает обработку при: достижении цели; отзыве согласия субъекта.', ['withdraw-consent']],
  ])('%s', (source, kinds) => {
    expect(rightsOf(source).kinds).toEqual([...kinds].sort());
  });

  test.each([
    ['Оператор вправе уточнять, блокировать и уничтожать персональные данные.'],
    ['Персональные данные могут быть уточнены, заблокированы или уничтожены Оператором по достижении целей.'],
    ['Пользователь не вправе отозвать согласие после оплаты.'],
    ['Споры разрешаются в судебном порядке по месту нахождения Оператора.'],
    ['You can delete cookies in your browser settings.'],
    ['We may request information about your personal data to verify your identity.'],
    ['2.1. The Company may process the following data:\n2.1.1. communication data: complaints, consent to data processing and its revocation.'],
    ['Processing means collection, recording, clarification, blocking, deletion, destruction.'],
    ['Права и обязанности Оператора\nОператор вправе:\n- получать информацию от пользователя;\n- уточнять данные;\n- удалять учётные записи.'],
  ])('not a right of the subject: %s', (source) => {
    expect(rightsOf(source).kinds).toEqual([]);
  });

  test('an appeal to a foreign or unnamed authority is recorded, not counted', () => {
    const { kinds, r, doc } = rightsOf('Users may lodge a complaint with the ICO or another supervisory authority.');
    expect(kinds).toEqual([]);
    expect(r.foreignAuthority.map((x) => doc.slice(x))).toEqual(['ICO', 'supervisory authority']);
  });

  test('a court alone is an appeal (art. 17: to Roskomnadzor or a court)', () => {
    expect(rightsOf('The data subject has the right to protect their rights in court.').kinds).toEqual(['appeal']);
  });

  test('rights sections: the subject\'s, not the operator\'s, not "applicable law"', () => {
    const src = '1. Права оператора\nОператор вправе уточнять данные.\n2. Применимое право\nПрименяется право РФ.\n3. Права субъекта персональных данных\nСубъект вправе отозвать согласие.\n';
    const { r } = rightsOf(src);
    expect(r.sections.map((s) => s.title)).toEqual(['Права субъекта персональных данных']);
    expect([...r.kinds]).toEqual(['withdraw-consent']);
  });

  test('generic statements: "has the right" about data counts, "rights and freedoms" does not', () => {
    expect(rightsOf('The user has the right to receive their data in accordance with the law.').r.generic).toHaveLength(1);
    expect(rightsOf('Processing must not violate the rights and freedoms of the user.').r.generic).toHaveLength(0);
  });

  test('is computed once per document', () => {
    const doc = model('Субъект вправе отозвать согласие.');
    expect(subjectRights(doc)).toBe(subjectRights(doc));
  });
});
