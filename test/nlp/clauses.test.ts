import { clauseAt } from '../../src/core/nlp/clauses.js';
import { model } from '../helpers/lint.js';
import { clauses, find, preds } from '../helpers/clauses.js';

describe('clauses', () => {
  test('a gerund phrase is an adverbial clause of the clause after it', () => {
    const all = clauses('Оставив заявку на сайте, вы тем самым выражаете согласие на обработку данных.');
    const adv = find(all, 'Оставив');
    const main = find(all, 'вы тем самым');
    expect(adv.role).toBe('adverbial');
    expect(adv.parent).toBe(main.index);
    expect(preds(main)[0]).toBe('consent');
    expect(main.facts.actor).toBe('subject');
  });
  test('"By submitting the form, you agree" in English', () => {
    const all = clauses('By submitting the form, you agree to the processing of your data.');
    expect(find(all, 'By submitting').role).toBe('adverbial');
    expect(find(all, 'you agree').facts.actor).toBe('subject');
  });
  test('relative clauses split at the comma before «который» / "which"', () => {
    const all = clauses("The legal basis is your consent, which you give by submitting the form.");
    expect(find(all, 'which you give').role).toBe('subordinate');
  });
  test('a clause number before the document does not hide that the clause is about it', () => {
    const all = clauses('1.1. Настоящая Политика разработана в соответствии с требованиями Федерального закона № 152-ФЗ.\n\n2.3. This Policy contains: the purposes; the grounds.', 'text');
    expect([...find(all, '1.1. Настоящая').facts.kinds]).toEqual(['about-document']);
    expect(find(all, '2.3. This Policy').facts.kinds.has('contents')).toBe(true);
  });
  test('a list continues its lead-in', () => {
    const all = clauses('Пользователь вправе:\n\n- требовать уточнения своих данных;\n- отозвать согласие.\n\nОператор хранит данные.');
    const lead = find(all, 'Пользователь вправе');
    expect(find(all, 'требовать').leadIn).toBe(lead.index);
    expect(find(all, 'отозвать').leadIn).toBe(lead.index);
    expect(find(all, 'отозвать').facts.actor).toBe('subject');
    expect(find(all, 'Оператор хранит').leadIn).toBe(-1);
  });
  test('a table cell is read with its column header', () => {
    const all = clauses('| Цель | Данные | Срок |\n|---|---|---|\n| Обработка обращений | ФИО, телефон | 1 год |');
    expect(find(all, '1 год').header).toBe('срок');
    expect(find(all, 'Обработка обращений').header).toBe('цель');
  });
  test('polarity wherever the negation stands', () => {
    const all = clauses('Сервисы Google Analytics не используются. Google Analytics is not used. We do not share data. Передачи за рубеж нет. Данные хранятся не более 3 лет.');
    expect(find(all, 'Сервисы').facts.negated).toBe(true);
    expect(find(all, 'Google Analytics is').facts.negated).toBe(true);
    expect(find(all, 'We do not').facts.negated).toBe(true);
    expect(find(all, 'Передачи').facts.negated).toBe(true);
    expect(find(all, 'Данные хранятся').facts.negated).toBe(false);
  });
  test('scope: what «кроме» / "except" leaves out', () => {
    const doc = model('Передачи за рубеж нет, кроме сервиса перевода текста.', 'markdown');
    const c = clauseAt(doc, 0)!;
    expect(doc.slice(c.facts.except!).trim()).toBe('сервиса перевода текста.');
  });
  test('modality: right, must, on request', () => {
    const all = clauses('Оператор обязан по запросу субъекта сообщить сведения. The user may withdraw consent.');
    expect([...find(all, 'Оператор').facts.modality].sort()).toEqual(['must', 'on-request']);
    expect([...find(all, 'The user').facts.modality]).toEqual(['right']);
  });
  test('the regulator deadline: the predicate is notifying the regulator', () => {
    const all = clauses('Оператор обязан сообщать в уполномоченный орган по защите прав субъектов персональных данных по его запросу необходимую информацию в течение 30 дней.');
    expect(preds(find(all, 'Оператор'))).toContain('notify-regulator');
  });
  test('kinds: definition, contents list, about the document, heading', () => {
    const all = clauses('# Термины\n\n«Персональные данные» — любая информация.\n\n# Общие положения\n\nНастоящая Политика содержит: цели обработки; порядок отзыва согласия.\n\nПолитика разработана во исполнение требований 152-ФЗ.\n\nPersonal data means any information.');
    expect(find(all, 'Термины').facts.kinds.has('heading')).toBe(true);
    expect(find(all, '«Персональные').facts.kinds.has('definition')).toBe(true);
    expect(find(all, 'Настоящая Политика').facts.kinds.has('contents')).toBe(true);
    expect(find(all, 'цели обработки').facts.kinds.has('contents')).toBe(true);
    expect(find(all, 'порядок отзыва').facts.kinds.has('contents')).toBe(true);
    expect(find(all, 'Политика разработана').facts.kinds.has('about-document')).toBe(true);
    expect(find(all, 'Общие положения').facts.kinds.has('definition')).toBe(false);
  });
  test('contents lists in other words: «В настоящей Политике описаны:», "In this Policy you will find:"', () => {
    const all = clauses('В настоящей Политике описаны:\n\n- цели обработки;\n- порядок отзыва согласия.\n\nIn this Policy you will find:\n\n- how to withdraw consent.');
    expect(find(all, 'порядок отзыва').facts.kinds.has('contents')).toBe(true);
    expect(find(all, 'how to withdraw').facts.kinds.has('contents')).toBe(true);
  });
  test('an item of a contents lead-in that is a verb phrase is a statement, a noun item is contents', () => {
    const all = clauses('Настоящая Политика устанавливает следующие права субъекта:\n\n- получать сведения об обработке;\n- порядок отзыва согласия.\n\nThis Policy sets out the following rights:\n\n- to withdraw consent;\n- how to withdraw consent.');
    expect(find(all, 'получать').facts.kinds.has('contents')).toBe(false);
    expect(find(all, 'порядок отзыва').facts.kinds.has('contents')).toBe(true);
    expect(find(all, 'to withdraw').facts.kinds.has('contents')).toBe(false);
    expect(find(all, 'how to withdraw').facts.kinds.has('contents')).toBe(true);
  });
  test('a verb to the reader before a dash is no term: «Захотите — удалим» is not a definition', () => {
    const all = clauses('Захотите — удалим ваше обращение. Напишите — ответим.\n\nЗаявка — форма на сайте.');
    expect(find(all, 'Захотите').facts.kinds.has('definition')).toBe(false);
    expect(find(all, 'Напишите').facts.kinds.has('definition')).toBe(false);
    expect(find(all, 'Заявка').facts.kinds.has('definition')).toBe(true);
  });
});
