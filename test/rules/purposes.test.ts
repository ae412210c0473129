import { readFileSync } from 'node:fs';
import { brief, lint, textAt } from '../helpers/lint.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/rules/purposes/${name}`, import.meta.url), 'utf8');
const fmt = (name: string) => (name.endsWith('.md') ? 'markdown' : 'text');
const run = (name: string) => lint(fixture(name), { rule: 'purposes', format: fmt(name) });
const one = (source: string) => brief(lint(source, { rule: 'purposes' }));

describe('purposes', () => {
  test.each([
    // "for informational purposes", "For the purposes of this Policy", "for the purposes specified in this Policy".
    ['fires-no-purposes.en.txt', '1:1', ''],
    // «Цель настоящей Политики» is not a purposes section; «в целях, указанных в настоящей Политике» names none.
    ['fires-no-purposes.ru.md', '7:4', '2. Цели обработки'],
  ])('missing: %s', (name, at, text) => {
    const messages = run(name);
    expect(brief(messages)).toEqual([`${at} purposes/missing`]);
    expect(textAt(fixture(name), messages[0])).toBe(text);
    expect(messages[0].severity).toBe(2);
  });

  test.each([
    ['clean-list.en.md'], // "Why we process your data" list
    ['clean-table.ru.md'], // «Цель» column
    ['clean-per-purpose.ru.txt'], // «Цель 1. …» blocks
    ['clean-prose.en.txt'], // "We use your e-mail to send receipts"
    ['clean-prose.ru.txt'], // «в целях исполнения договора»
    ['clean-table-in-section.ru.md'], // a numbered table in the purposes section, no «Цель» column
  ])('clean: %s', (name) => {
    expect(brief(run(name))).toEqual([]);
  });

  test.each([
    ['000_11c64957fcb7e1c7.txt'],
    ['001_8ec42599e754db7b.txt'],
    ['002_ce9acaf8b669d72a.txt'],
    ['003_783d3dcfe567bbf0.txt'],
    ['004_4956529242d25e2a.txt'],
  ])('seed %s is clean', (name) => {
    expect(brief(lint(readFileSync(new URL(`../../fixtures/seeds/${name}`, import.meta.url), 'utf8'), { rule: 'purposes', format: 'text' }))).toEqual([]);
  });

  test('prose purposes, RU and EN', () => {
    expect(one('Мы используем номер телефона для связи по заказу.')).toEqual([]);
    expect(one('Personal data is processed in order to deliver orders.')).toEqual([]);
    expect(one('Данные обрабатываются с целью рассылки новостей.')).toEqual([]);
    expect(one('The Operator collects your e-mail for the purpose of sending invoices.')).toEqual([]);
    expect(one('Номер телефона нужен для подтверждения записи.')).toEqual([]);
    expect(one('Персональные данные обрабатываются для: оформления заказов.')).toEqual([]);
    // A purpose after each ground.
    expect(one('Privacy Policy\nLegal bases: consent for marketing; the contract for order processing.')).toEqual([]);
  });

  test('no purpose: vague, circular or about the policy', () => {
    expect(one('Privacy Policy\nWe process your name and e-mail address for other purposes.\nData is kept for 1 year.')).toEqual(['1:1 purposes/missing']);
    expect(one('Политика\nДанные обрабатываются в иных целях.\nДанные хранятся 1 год.')).toEqual(['1:1 purposes/missing']);
    expect(one('Privacy Policy\nWe keep your data for the duration of the contract.')).toEqual(['1:1 purposes/missing']);
  });

  test('message follows the document language and cites art. 5 part 2', () => {
    expect(run('fires-no-purposes.ru.md')[0].message).toMatch(/^В политике не указаны цели обработки.*ч\. 2 ст\. 5 152-ФЗ/);
    expect(run('fires-no-purposes.en.txt')[0].message).toMatch(/^The policy does not state the purposes.*152-FZ art\. 5 part 2/);
  });
});
