import { readFileSync } from 'node:fs';
import { brief, lint, textAt } from '../helpers/lint.js';

const RULE = 'third-parties';
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/rules/${RULE}/${name}`, import.meta.url), 'utf8');
const fmt = (name: string) => (name.endsWith('.md') ? 'markdown' : 'text');
const run = (name: string) => lint(fixture(name), { rule: RULE, format: fmt(name) });
const seed = (name: string) => lint(readFileSync(new URL(`../../fixtures/seeds/${name}`, import.meta.url), 'utf8'), { rule: RULE, format: 'text' });

describe(RULE, () => {
  test.each([
    ['fires-open-class.ru.txt', [['5:53', 'третьим лицам'], ['6:73', 'иным организациям']]],
    ['fires-partners.en.md', [['9:38', 'our partners']]],
    // "не передаёт … за исключением партнёров": the exception is an open class (CRLF file).
    ['fires-except-partners.ru.txt', [['3:76', 'партнёров']]],
    ['fires-including.en.txt', [['3:42', 'other organisations']]],
    // A list made only of open classes stays open even though a payment service is named in another section.
    ['fires-open-chain.en.md', [['5:40', 'our partners']]],
    ['fires-open-chain.ru.txt', [['3:53', 'партнёрам']]],
  ])('vague-recipients: %s', (name, expected) => {
    const messages = run(name);
    expect(brief(messages)).toEqual(expected.map(([at]) => `${at} ${RULE}/vague-recipients`));
    expect(messages.map((m) => textAt(fixture(name), m))).toEqual(expected.map(([, text]) => text));
    expect(messages.every((m) => m.severity === 1)).toBe(true);
  });

  test.each([
    // Categories named beside "иные организации" (the seed 002 pattern): checkable.
    ['clean-categories.ru.txt'],
    // "third parties" in one clause, YooKassa named in another.
    ['clean-named-elsewhere.en.txt'],
    // Confidentiality duty and "не передаёт … за исключением случаев, предусмотренных законодательством".
    ['clean-negated.ru.md'],
    ['clean-required-by-law.en.txt'],
    // "интересов … третьих лиц" and "передачу (предоставление, доступ)" in a list of actions.
    ['clean-legal-basis.ru.txt'],
    ['clean-consent-only.en.md'],
  ])('clean: %s', (name) => {
    expect(brief(run(name))).toEqual([]);
  });

  test.each([['000_11c64957fcb7e1c7.txt'], ['001_8ec42599e754db7b.txt'], ['002_ce9acaf8b669d72a.txt'], ['003_783d3dcfe567bbf0.txt'], ['004_4956529242d25e2a.txt']])(
    'clean: seed %s',
    (name) => {
      expect(brief(seed(name))).toEqual([]);
    },
  );

  test('a category in the same sentence makes the class checkable', () => {
    expect(brief(lint('Мы передаём данные партнёрам — службам доставки и платёжным системам.', { rule: RULE }))).toEqual([]);
    const source = 'Мы передаём данные партнёрам для развития бизнеса.';
    const messages = lint(source, { rule: RULE });
    expect(brief(messages)).toEqual([`1:20 ${RULE}/vague-recipients`]);
    expect(textAt(source, messages[0])).toBe('партнёрам');
  });

  test('a named company makes the class checkable, the operator itself does not', () => {
    expect(brief(lint('Оператор передаёт данные третьим лицам, в том числе ООО «Ромашка-Доставка».', { rule: RULE }))).toEqual([]);
    const source = 'ООО «Вектор» (далее — Оператор) передаёт данные третьим лицам.';
    const messages = lint(source, { rule: RULE });
    expect(brief(messages)).toEqual([`1:49 ${RULE}/vague-recipients`]);
    expect(textAt(source, messages[0])).toBe('третьим лицам');
  });

  test.each([
    ['Передача персональных данных третьим лицам не осуществляется.'],
    ['Personal data is not transferred to third parties.'],
    ['We do not sell your personal data to third parties.'],
    // Art. 6 part 3 restated: a right to entrust processing to one other person, not a transfer.
    ['Оператор вправе поручить обработку персональных данных другому лицу на основании заключаемого с этим лицом договора.'],
    ['Оператор вправе поручить обработку персональных данных третьему лицу с согласия субъекта.'],
  ])('not a transfer to an open class: %s', (source) => {
    expect(brief(lint(source, { rule: RULE }))).toEqual([]);
  });

  test('an English class is reported with its noun, without the preposition', () => {
    const source = 'We may share your information with third-party service providers that perform services on our behalf.';
    const messages = lint(source, { rule: RULE });
    expect(brief(messages)).toEqual([`1:36 ${RULE}/vague-recipients`]);
    expect(textAt(source, messages[0])).toBe('third-party service providers');
    expect(messages[0].data).toEqual({ phrase: 'third-party service providers' });
  });

  test('message and suggestion follow the document language', () => {
    const ru = run('fires-open-class.ru.txt')[0];
    expect(ru.message).toMatch(/^Получатели данных описаны только открытым кругом лиц \(«третьим лицам»\).*п\. 5 и 9 ч\. 7 ст\. 14 152-ФЗ/);
    expect(ru.suggestions?.[0].text).toMatch(/^Оператор передаёт персональные данные следующим лицам/);
    const en = run('fires-partners.en.md')[0];
    expect(en.message).toMatch(/^Recipients are described only as an open class \("our partners"\).*art\. 14 part 7/);
    expect(en.suggestions?.[0].text).toMatch(/^The Operator transfers personal data to the following recipients/);
  });
});
