import { bases, groundMentions, type GroundMention } from '../../rules/extract/bases.js';
import { model } from '../helpers/lint.js';

/** "clause:text" of every mention, in order. */
function mentions(source: string, format: 'text' | 'markdown' = 'text'): string[] {
  const doc = model(source, format);
  return groundMentions(doc).map((g: GroundMention) => `${g.clause}:${doc.slice([g.start, g.end])}`);
}

function stated(source: string, format: 'text' | 'markdown' = 'text'): string[] {
  return [...bases(model(source, format)).clauses].sort();
}

describe('groundMentions: references to art. 6', () => {
  test.each([
    ['Основание: п. 5 ч. 1 ст. 6 152-ФЗ.', ['5:п. 5 ч. 1 ст. 6']],
    ['Основание — пункт 1 части 1 статьи 6 Федерального закона «О персональных данных».', ['1:пункт 1 части 1 статьи 6']],
    ['Basis: clause 5, part 1, Article 6 of 152-FZ.', ['5:clause 5, part 1, Article 6']],
    ['Basis: Art. 6(1)(7) of the Law.', ['7:Art. 6(1)(7)']],
    ['Basis: Article 6 part 1 clause 2.', ['2:Article 6 part 1 clause 2']],
    ['Processing on behalf of the operator (part 3, Article 6 of 152-FZ).', ['p3:part 3, Article 6', 'p3:on behalf of the operator']],
    ['Основание: п. 3.1 ч. 1 ст. 6.', ['3.1:п. 3.1 ч. 1 ст. 6']],
    ['Основания: пп. 1, 5 и 7 ч. 1 ст. 6.', ['1:пп. 1, 5 и 7 ч. 1 ст. 6', '5:пп. 1, 5 и 7 ч. 1 ст. 6', '7:пп. 1, 5 и 7 ч. 1 ст. 6']],
    ['Основания: п. 2 или 5 ч. 1 ст. 6.', ['2:п. 2 или 5 ч. 1 ст. 6', '5:п. 2 или 5 ч. 1 ст. 6']],
  ])('%s', (source, expected) => {
    expect(mentions(source).filter((m) => !/^[15]:(?:Основани|Basis)/u.test(m)).sort()).toEqual([...expected].sort());
  });

  test('a range expands to every clause in it, 3.1 and 9.1 included', () => {
    const doc = model('Оператор вправе продолжить обработку при наличии оснований, указанных в пп. 2–11 ч. 1 ст. 6 152-ФЗ.');
    const clauses = groundMentions(doc).filter((g) => g.kind === 'reference').map((g) => g.clause);
    expect(clauses).toEqual(['2', '3', '3.1', '4', '5', '6', '7', '8', '9', '9.1', '10', '11']);
  });

  test('"art. 6" alone is a reference with no clause', () => {
    expect(mentions('Processing is based on Article 6 of 152-FZ.')).toEqual(['?:Article 6']);
  });

  test('art. 6 of another act is not a ground', () => {
    expect(mentions('См. ст. 6 Налогового кодекса РФ.').filter((m) => m.includes('ст. 6'))).toEqual([]);
    expect(mentions('Art. 6(1)(b) GDPR applies to EU users.')).toEqual([]);
  });

  test('the 152-FZ of a reference is not a separate law mention', () => {
    expect(mentions('Basis: clause 1, part 1, Article 6 of 152-FZ.').filter((m) => m.startsWith('2:'))).toEqual([]);
  });
});

describe('groundMentions: phrases, RU and EN', () => {
  test.each([
    ['1', 'согласие субъекта персональных данных'],
    ['1', 'the data subject’s consent'],
    ['2', 'исполнение обязанностей, возложенных законодательством'],
    ['2', 'compliance with the legal obligations'],
    ['2', 'Налоговый кодекс'],
    ['2', '149-ФЗ'],
    ['3', 'участие в гражданском судопроизводстве'],
    ['3.1', 'исполнение судебного акта'],
    ['4', 'предоставление государственных и муниципальных услуг'],
    ['5', 'исполнение договора, стороной которого является субъект'],
    ['5', 'performance of a contract with the user'],
    ['6', 'защита жизни, здоровья или иных жизненно важных интересов'],
    ['6', 'vital interests'],
    ['7', 'законные интересы оператора'],
    ['7', 'legitimate interests of the Company'],
    ['8', 'профессиональная деятельность журналиста'],
    ['9', 'в статистических или иных исследовательских целях'],
    ['9', 'statistical or research purposes'],
    ['10', 'общедоступные персональные данные'],
    ['11', 'данные, подлежащие опубликованию или обязательному раскрытию'],
    ['p3', 'обработка по поручению другого оператора'],
    ['p3', 'on behalf of another operator'],
  ])('clause %s: %s', (clause, text) => {
    expect(mentions(`${text}.`).map((m) => m.split(':')[0])).toContain(clause);
  });

  test('"согласно" is not consent; the rights and interests of the subject are not legitimate interests', () => {
    expect(mentions('Согласно политике, не нарушаются права и законные интересы субъекта.')).toEqual([]);
  });
});

describe('bases: which mentions state a ground', () => {
  test('a legal-bases section with a list (seed 000 shape)', () => {
    const source = [
      '4. Legal bases',
      'The Operator processes personal data on the following bases:',
      '- Performance of a contract (public offer) with the user — to deliver the Service.',
      '- User consent — when signing in.',
      '- Legitimate interest of the Operator — security.',
      '- Compliance with mandatory requirements of Russian law.',
    ].join('\n');
    expect(stated(source)).toEqual(['1', '2', '5', '7']);
  });

  test('a basis sentence outside any section, and the list it introduces', () => {
    expect(stated('Обработка персональных данных осуществляется на основании согласия субъекта и договора с ним.')).toEqual(['1', '5']);
    expect(stated('Personal data processing is carried out on the basis of:\n- consent of the personal data subject;\n- the Civil Code of the Russian Federation.')).toEqual(['1', '2']);
  });

  test('a list of laws is the statutory ground', () => {
    expect(stated('Правовые основания обработки\nФедеральный закон № 152-ФЗ, Федеральный закон № 149-ФЗ, Гражданский кодекс РФ.')).toEqual(['2']);
  });

  test('drafting, conformity, withdrawal and exceptions state no ground', () => {
    const source = [
      'Настоящая Политика разработана на основании Федерального закона № 152-ФЗ.',
      'Обработка осуществляется на основании согласия субъекта в соответствии с Федеральным законом № 152-ФЗ.',
      'Оператор вправе продолжить обработку без согласия при наличии оснований, указанных в пп. 2–11 ч. 1 ст. 6.',
      'We process data on the basis of your consent, unless otherwise required by law.',
      'Personal data may be disclosed to authorities on the basis of the requirements of the law.',
    ].join('\n');
    expect(stated(source)).toEqual(['1']);
  });

  test('152-FZ alone beside another ground is the framework; the processor\'s contract is no ground', () => {
    expect(stated('Правовые основания обработки\n- Федеральный закон от 27.07.2006 № 152-ФЗ «О персональных данных»;\n- согласие субъекта персональных данных.')).toEqual(['1']);
    expect(stated('Правовые основания обработки\n- Федеральный закон № 152-ФЗ;\n- Федеральный закон № 149-ФЗ;\n- согласие субъекта.')).toEqual(['1', '2']);
    expect(stated('Обработка осуществляется на основании согласия. Оператор вправе поручить обработку персональных данных другому лицу на основании заключаемого с этим лицом договора.')).toEqual(['1']);
  });

  test('a list split by ";" goes on after the sentence with the trigger', () => {
    expect(stated('Our legal bases: consent for marketing; performance of the contract for orders; legal obligations for accounting.')).toEqual(['1', '2', '5']);
  });

  test('mentions in the rights section are not statements', () => {
    const source = '7. Права пользователя\n7.1. Пользователь вправе отозвать согласие, если обработка основана на согласии.\n7.2. Обработка данных основана на договоре.';
    const b = bases(model(source));
    expect([...b.clauses]).toEqual([]);
  });

  test('any: consent to processing outside a statement still states a ground', () => {
    expect(bases(model('By submitting the form you give your consent to the processing of your personal data.')).any).toBe(true);
    expect(bases(model('You may withdraw your consent to processing at any time.')).any).toBe(false);
    expect(bases(model('We collect your name and phone number.')).any).toBe(false);
  });

  test('statements carry their section', () => {
    const b = bases(model('Privacy\n2. Legal grounds for processing\n- consent of the data subject;\n3. Data\nName.'));
    expect(b.sections.map((s) => s.title)).toEqual(['Legal grounds for processing']);
    expect(b.statements[0].section?.title).toBe('Legal grounds for processing');
  });
});
