import { clauses, find, preds } from '../helpers/clauses.js';

/** The clause facts that rules/extract/recipients.ts and rules/security-measures.ts rely on. */

describe('clause facts for recipients and security measures', () => {
  test('a parenthesis belongs to the clause around it, and "but" starts a new clause', () => {
    const all = clauses('Иностранные сервисы (Google Fonts, Google Analytics), способные передавать данные за рубеж, на сайте не используются.');
    expect(find(all, 'Google Fonts').role).toBe('paren');
    expect(find(all, 'Google Fonts').parent).toBe(find(all, 'Иностранные').index);
    const en = clauses('Google Analytics is used for statistics, but Hotjar is not installed.');
    expect(find(en, 'but Hotjar').index).not.toBe(find(en, 'Google Analytics').index);
  });

  test('the operator using a measure: predicate use, actor operator, not negated', () => {
    const ru = find(clauses('Оператор применяет шифрование и ограничение доступа.'), 'Оператор');
    expect(preds(ru)).toContain('use');
    expect(ru.facts.actor).toBe('operator');
    expect(ru.facts.negated).toBe(false);
    const en = find(clauses('We do not use encryption for newsletters.'), 'We');
    expect(preds(en)).toContain('use');
    expect(en.facts.negated).toBe(true);
  });
});
