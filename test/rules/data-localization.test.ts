import { readFileSync } from 'node:fs';
import { brief, lint, textAt } from '../helpers/lint.js';

const RULE = 'data-localization';
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/rules/${RULE}/${name}`, import.meta.url), 'utf8');
const fmt = (name: string) => (name.endsWith('.md') ? 'markdown' : 'text');
const run = (name: string) => lint(fixture(name), { rule: RULE, format: fmt(name) });
const seed = (name: string) => lint(readFileSync(new URL(`../../fixtures/seeds/${name}`, import.meta.url), 'utf8'), { rule: RULE, format: 'text' });

describe(RULE, () => {
  test.each([
    // "законодательство РФ", "граждан РФ", "зарегистрирован в РФ": Russia named, but not where data is kept.
    ['fires-nothing.ru.txt', '5:1', '2. Условия обработки'],
    // Stored in Germany and Finland: storage abroad is not localisation.
    ['fires-stored-abroad.en.md', '1:1', ''],
    ['fires-citizens-only.en.txt', '1:1', ''],
    // Localisation of the language or interface says nothing about databases in Russia.
    ['fires-language-localization.ru.md', '3:4', '2. Условия обработки'],
    ['fires-language-localization.en.txt', '1:1', ''],
    // A third party's servers in Russia (an analytics counter, a payment service) are not the operator's databases.
    ['fires-third-party-servers.ru.txt', '1:1', ''],
    ['fires-third-party-servers.en.md', '1:1', ''],
  ])('missing: %s', (name, at, heading) => {
    const messages = run(name);
    expect(brief(messages)).toEqual([`${at} ${RULE}/missing`]);
    expect(textAt(fixture(name), messages[0])).toBe(heading);
    expect(messages[0].severity).toBe(1);
  });

  test.each([
    ['000_11c64957fcb7e1c7.txt', '32:1'],
    ['002_ce9acaf8b669d72a.txt', '1:1'],
  ])('missing: seed %s', (name, at) => {
    expect(brief(seed(name))).toEqual([`${at} ${RULE}/missing`]);
  });

  test.each([
    // The pre-2025 wording of art. 18 part 5.
    ['clean-old-wording.ru.txt'],
    // The 2025 wording: databases abroad "не допускаются".
    ['clean-2025-wording.ru.md'],
    // Plain statements.
    ['clean-stored-in-rf.en.txt'],
    ['clean-hosting.ru.txt'],
    ['clean-servers.en.md'],
    // Localisation of the data, by the law's name.
    ['clean-localization-law.ru.txt'],
    ['clean-data-localisation.en.md'],
  ])('clean: %s', (name) => {
    expect(brief(run(name))).toEqual([]);
  });

  test.each([['001_8ec42599e754db7b.txt'], ['003_783d3dcfe567bbf0.txt'], ['004_4956529242d25e2a.txt']])('clean: seed %s', (name) => {
    expect(brief(seed(name))).toEqual([]);
  });

  test('a Russian hosting provider named as where the service runs is localisation', () => {
    expect(brief(lint('Сервис размещён на серверах Selectel, данные пользователей хранятся там же.', { rule: RULE }))).toEqual([]);
  });

  test('"not stored in Russia" is not localisation', () => {
    expect(brief(lint('Personal data is not stored in the Russian Federation.', { rule: RULE }))).toEqual([`1:1 ${RULE}/missing`]);
  });

  test('message and suggestion follow the document language', () => {
    const ru = run('fires-nothing.ru.txt')[0];
    expect(ru.message).toMatch(/^Не сказано, что персональные данные граждан РФ .*ч\. 5 ст\. 18 152-ФЗ/);
    expect(ru.suggestions?.[0].text).toMatch(/^При сборе персональных данных/);
    const en = run('fires-citizens-only.en.txt')[0];
    expect(en.message).toMatch(/^Nothing says that Russian citizens' personal data .*art\. 18 part 5/);
    expect(en.suggestions?.[0].text).toMatch(/^When collecting personal data/);
  });
});
