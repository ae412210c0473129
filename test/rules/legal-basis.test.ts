import { readFileSync } from 'node:fs';
import { brief, lint, textAt } from '../helpers/lint.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/rules/legal-basis/${name}`, import.meta.url), 'utf8');
const fmt = (name: string) => (name.endsWith('.md') ? 'markdown' : 'text');
const run = (name: string) => lint(fixture(name), { rule: 'legal-basis', format: fmt(name) });
const seed = (name: string) => lint(readFileSync(new URL(`../../fixtures/seeds/${name}`, import.meta.url), 'utf8'), { rule: 'legal-basis', format: 'text' });

describe('legal-basis', () => {
  describe('missing', () => {
    test.each([
      // "developed on the basis of 152-FZ" is about the document; CRLF line ends.
      ['fires-missing.en.txt', '7:1', '2. Purposes of processing'],
      // «разработана на основании 152‑ФЗ» (non-breaking hyphen), no purposes or grounds heading → 1:1.
      ['fires-missing.ru.md', '1:1', ''],
      // Mentions that state nothing: a contents list («…на обработку которых даётся согласие»), «разработана
      // во исполнение требований 152-ФЗ и на основе ГК», acceptance of the policy, «если срок не установлен … договором».
      ['fires-missing-contents-list.ru.txt', '11:1', '2. Цели обработки'],
      // The same in English: "This notice describes: …", "drafted to comply with", "agree with this Privacy Notice", "unless … a contract".
      ['fires-missing-contents-list.en.md', '1:1', ''],
    ])('%s', (name, at, text) => {
      const messages = run(name);
      expect(brief(messages)).toEqual([`${at} legal-basis/missing`]);
      expect(textAt(fixture(name), messages[0])).toBe(text);
      expect(messages[0].severity).toBe(2);
    });
  });

  describe('not-per-purpose', () => {
    test.each([
      // Seed 000 shape: grounds each with examples of what they cover — not a mapping.
      ['fires-grounds-with-examples.en.txt', '17:1', '4. Legal grounds'],
      ['fires-grounds-with-examples.ru.txt', '8:1', '3. Правовые основания'],
      // Grounds in one sentence, no grounds heading: at the sentence, without its clause number.
      ['fires-grounds-sentence.ru.txt', '5:6', 'Обработка персональных данных осуществляется на основании согласия субъекта персональных данных, договора, заключённого с ним, а также требований Налогового кодекса РФ.'],
      // A list of laws counts as the statutory ground, beside consent.
      ['fires-law-list.ru.md', '9:4', '2. Правовые основания обработки'],
      // The classic template: laws, charter, contracts, consent.
      ['fires-template.ru.txt', '8:1', '3. Правовые основания обработки персональных данных'],
      // Grounds given only as references to art. 6.
      ['fires-references.en.md', '11:4', 'Legal basis'],
      ['fires-references-nbsp.ru.txt', '5:1', '2. ПРАВОВЫЕ ОСНОВАНИЯ'],
      // Purposes in one comma-separated sentence, one of them with a ground in brackets, and a retention
      // subsection «6.2. Данные аккаунта (исполнение соглашения)»: no mapping.
      ['fires-comma-purposes.ru.txt', '6:1', '4. Правовые основания'],
      // One "Legal basis:" label listing three grounds is not "X — basis: Y" pairs.
      ['fires-basis-labels-unpaired.en.md', '3:4', 'Legal bases'],
      // «Согласие — основание: п. 1 ч. 1 ст. 6»: a ground labelled with its reference is no purpose paired with a ground.
      ['fires-basis-labels-grounds.ru.txt', '3:1', 'Правовые основания'],
      // Two grounds in a sentence and the purposes in one comma-separated sentence: not one purpose.
      ['fires-comma-purposes.en.txt', '3:4', 'We process personal data on the basis of your consent and of the contract with you.'],
    ])('%s', (name, at, text) => {
      const messages = run(name);
      expect(brief(messages)).toEqual([`${at} legal-basis/not-per-purpose`]);
      expect(textAt(fixture(name), messages[0])).toBe(text);
      expect(messages[0].severity).toBe(1);
    });

    test('names the grounds it found', () => {
      const [m] = run('fires-grounds-with-examples.en.txt');
      expect(m.data).toMatchObject({ count: 3 });
      expect(m.message).toMatch(/^The policy lists 3 legal grounds \(consent, contract with the subject, legal obligation\)/);
      expect(run('fires-grounds-with-examples.ru.txt')[0].message).toMatch(/^В политике перечислены правовые основания \(согласие, договор с субъектом, исполнение закона\)/);
    });
  });

  describe('purpose-without-basis', () => {
    test.each([
      // Markdown table: empty basis cell.
      ['fires-table-row.en.md', ['11:3'], ['Product analytics']],
      // Pipe table in plain text: "—" in the basis cell.
      ['fires-table-row.ru.txt', ['8:3'], ['Пропускной режим в офис']],
      // "4.1. Цель: … Правовое основание: …" units; 4.3 has no basis field.
      ['fires-per-purpose-sections.ru.txt', ['12:12'], ['обработка обращений в службу поддержки']],
      // Markdown subsections of the purposes section.
      ['fires-purpose-subsections.ru.md', ['13:10'], ['Аналитика посещаемости']],
      // Purpose items each naming a ground in parentheses, but one.
      ['fires-purpose-items.en.txt', ['8:6'], ['to improve the website using anonymised statistics']],
      // Tab-separated key-value tables «Цель | … / Правовое основание | …».
      ['fires-key-value-table.ru.txt', ['10:6'], ['Статистика']],
      // "Перечень целей является исчерпывающим" and the incompatibility clause are not purposes.
      ['fires-items-meta.ru.txt', ['6:6'], ['Улучшение работы сайта']],
    ])('%s', (name, ats, texts) => {
      const messages = run(name);
      expect(brief(messages)).toEqual(ats.map((at) => `${at} legal-basis/purpose-without-basis`));
      expect(messages.map((m) => textAt(fixture(name), m))).toEqual(texts);
      expect(messages.every((m) => m.severity === 1)).toBe(true);
    });
  });

  test.each([
    ['clean-single-ground.ru.txt'], // one ground; 152-FZ in "в соответствии с"; withdrawal and пп. 2–11 are not grounds
    ['clean-table.ru.md'],
    ['clean-pipe-table.en.txt'],
    ['clean-per-purpose.en.txt'],
    ['clean-items.ru.txt'],
    // A purpose that is its own ground: "performance of contracts", «исполнение договоров».
    ['clean-self-grounded.en.txt'],
    ['clean-self-grounded.ru.txt'],
    // The only ground is named in the purpose: «(исполнение договора оказания услуг)».
    ['clean-purpose-names-ground.ru.txt'],
    ['clean-item-labels.en.md'],
    ['clean-grounds-point-at-purposes.en.txt'],
    ['clean-prose-tie.ru.txt'],
    ['clean-contract-only.en.md'], // "where processing is based on consent, you may withdraw it" is no second ground
    ['clean-conditional-law.en.txt'], // "unless otherwise required by law", disclosure to authorities
    ['clean-processor-clause.ru.txt'], // «поручить обработку … на основании договора» is the processor's contract
    ['clean-framework-law.ru.txt'], // 152-FZ alone beside consent is the framework, not a second ground
    ['clean-basis-labels.en.md'], // "Crash reports - basis: legitimate interest. Account data - basis: contract." is a mapping
    ['clean-basis-labels.ru.txt'], // «Отчёты о сбоях — основание: законный интерес. Данные аккаунта — основание: договор.»
    ['clean-basis-labels-brackets.en.txt'], // "Newsletter (basis: consent). Order delivery (basis: contract with you)." 
  ])('clean: %s', (name) => {
    expect(brief(run(name))).toEqual([]);
  });

  describe('seeds', () => {
    test.each([
      ['000_11c64957fcb7e1c7.txt', ['19:1 legal-basis/not-per-purpose']],
      ['001_8ec42599e754db7b.txt', []], // a single ground (consent)
      ['002_ce9acaf8b669d72a.txt', ['51:1 legal-basis/not-per-purpose']],
      ['003_783d3dcfe567bbf0.txt', []], // "Purpose of processing | Legal basis" table
      ['004_4956529242d25e2a.txt', ['28:1 legal-basis/not-per-purpose']],
    ])('%s', (name, expected) => {
      expect(brief(seed(name))).toEqual(expected);
    });
  });

  test('messages cite the article in both languages', () => {
    expect(run('fires-missing.en.txt')[0].message).toMatch(/152-FZ art\. 6 part 1/);
    expect(run('fires-missing.ru.md')[0].message).toMatch(/ч\. 1 ст\. 6 152-ФЗ/);
    expect(run('fires-table-row.ru.txt')[0].message).toMatch(/^Для этой цели не указано правовое основание/);
    expect(run('fires-table-row.en.md')[0].message).toMatch(/^No legal ground is given for this purpose/);
  });

  test('inline snippets', () => {
    const one = (s: string) => brief(lint(s, { rule: 'legal-basis' }));
    // Grounds named as the only item of a single purpose: nothing to map.
    expect(one('Purpose: providing the Service.\nLegal bases: consent and performance of the contract.')).toEqual([]);
    // Withdrawal alone states no ground.
    expect(one('Privacy policy\nWe collect your name.\nYou may withdraw your consent at any time.')).toEqual(['1:1 legal-basis/missing']);
    // Implied consent is still a (bad) ground: another rule judges it.
    expect(one('By using the website you consent to the processing of your personal data.')).toEqual([]);
    expect(one('Ставя отметку, пользователь соглашается на обработку персональных данных.')).toEqual([]);
    // Grounds that each name their purpose, with no separate list of purposes.
    expect(one('Privacy Policy\nOur legal bases: consent for marketing; performance of the contract for order processing; legal obligations for accounting.')).toEqual([]);
    // With a separate list, "— to deliver the Service" is an example, not a tie (seed 000).
    expect(one('Purposes\n- Registration.\n- Support.\nLegal bases\n- Contract with the user — to deliver the Service.\n- Consent — when signing in.')).toEqual(['4:1 legal-basis/not-per-purpose']);
    // «в целях … на основании …» ties a ground to a purpose in prose.
    expect(one('Данные работников обрабатываются в целях исполнения трудового договора на основании Трудового кодекса РФ. Данные кандидатов обрабатываются в целях подбора персонала на основании согласия.')).toEqual([]);
  });

  test('a sentence about what the policy describes states a ground only with a ground marker', () => {
    const states = 'Privacy Policy\nThis Policy describes the processing of personal data that we carry out with the consent of users.\nPurposes: answering requests; delivery.\n';
    expect(brief(lint(states, { rule: 'legal-basis' }))).toEqual([]);
    const lists = 'Privacy Policy\nThis Policy describes the purposes, the data for which consent is given and how to withdraw consent.\nPurposes: answering requests; delivery.\n';
    expect(brief(lint(lists, { rule: 'legal-basis' }))).toEqual(['1:1 legal-basis/missing']);
  });
});
