import { readFileSync } from 'node:fs';
import { brief, lint, textAt } from '../helpers/lint.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/rules/security-measures/${name}`, import.meta.url), 'utf8');
const fmt = (name: string) => (name.endsWith('.md') ? 'markdown' : 'text');
const run = (name: string) => lint(fixture(name), { rule: 'security-measures', format: fmt(name) });

describe('security-measures', () => {
  test('HTTPS alone is not a description of the measures; reported at the security heading', () => {
    const messages = run('fires-https-only.en.txt');
    expect(brief(messages)).toEqual(['4:1 security-measures/missing']);
    expect(textAt(fixture('fires-https-only.en.txt'), messages[0])).toBe('2. Security');
    expect(messages[0].severity).toBe(1);
    expect(messages[0].message).toMatch(/HTTPS, SSL\/TLS\) alone/);
    expect(messages[0].suggestions?.[0].text).toMatch(/^The Operator takes the legal, organizational and technical measures/);
  });

  test('"we value your privacy", a password as a data category, "access to the site may be restricted": missing at 1:1', () => {
    const messages = run('fires-vague.ru.md');
    expect(brief(messages)).toEqual(['1:1 security-measures/missing']);
    expect(messages[0].message).toMatch(/^В политике не описаны меры защиты персональных данных \(ч\. 1–2 ст\. 18\.1, ст\. 19 152-ФЗ\)/);
    expect(messages[0].message).not.toMatch(/HTTPS/);
  });

  test.each([
    // The statutory statement of art. 19 part 1 (seeds 002, 004).
    ['clean-general.ru.txt'],
    // Concrete measures under a lead-in, no general statement.
    ['clean-concrete.en.md'],
    // Concrete measures as dash items, CRLF, NBSP.
    ['clean-concrete-crlf.ru.txt'],
    // «защищены паролем»: the participle of «защитить» (т→щ) still speaks of protection.
    ['clean-participle.ru.txt'],
    // The operator applies encryption and access control, said outside any security section.
    ['clean-measures-elsewhere.ru.txt'],
    ['clean-measures-elsewhere.en.md'],
  ])('clean: %s', (name) => {
    expect(brief(run(name))).toEqual([]);
  });

  test.each([
    ['We take reasonable steps to keep your information safe.'],
    ['Мы используем SSL-шифрование для защиты ваших данных.'],
    ['Оператор обеспечивает конфиденциальность персональных данных.'],
  ])('not a description: %s', (source) => {
    expect(brief(lint(`Privacy\n${source}\n`, { rule: 'security-measures' }))).toEqual(['1:1 security-measures/missing']);
  });

  test('the user\'s own password and a negated measure describe nothing', () => {
    expect(brief(run('fires-measures-of-user.en.txt'))).toEqual(['1:1 security-measures/missing']);
  });

  test.each([
    ['Оператор принимает все возможные меры, исключающие доступ к персональным данным неуполномоченных лиц.'],
    ['We implement appropriate technical and organisational measures.'],
    ['Оператор применяет организационно-технические меры защиты информации.'],
  ])('a general statement counts: %s', (source) => {
    expect(lint(`Privacy\n${source}\n`, { rule: 'security-measures' })).toEqual([]);
  });
});
