import { analyse, type Clause } from '../../src/core/nlp/clauses.js';
import { model } from '../helpers/lint.js';

/** The clause facts that rules/extract/recipients.ts and rules/security-measures.ts rely on. */
function clauses(source: string): { c: Clause; text: string }[] {
  const doc = model(source, 'markdown');
  return analyse(doc).clauses.map((c) => ({ c, text: doc.slice([c.start, c.stop]) }));
}
const find = (all: { c: Clause; text: string }[], start: string) => {
  const x = all.find((x) => x.text.startsWith(start));
  if (!x) throw new Error(`no clause starts with "${start}": ${all.map((a) => a.text).join(' | ')}`);
  return x.c;
};
const preds = (c: Clause) => c.facts.predicates.map((p) => p.concept.slice('predicate:'.length));

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
