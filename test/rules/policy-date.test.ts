import { readFileSync } from 'node:fs';
import { brief, lint } from '../helpers/lint.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/rules/policy-date/${name}`, import.meta.url), 'utf8');
const fmt = (name: string) => (name.endsWith('.md') ? 'markdown' : 'text');
const run = (name: string) => lint(fixture(name), { rule: 'policy-date', format: fmt(name) });

describe('policy-date', () => {
  test.each([
    // A law's date and "effective indefinitely … new version" are not the policy's date.
    ['fires-law-date-only.en.txt'],
    ['fires-no-date.ru.md'],
    // A law's date in the header is still not the policy's.
    ['fires-law-in-header.ru.txt'],
  ])('missing: %s', (name) => {
    const messages = run(name);
    expect(brief(messages)).toEqual(['1:1 policy-date/missing']);
    expect(messages[0].severity).toBe(1);
  });

  test.each([['clean-revision.ru.txt'], ['clean-last-updated.en.md'], ['clean-version.en.txt'], ['clean-header-date.ru.txt']])('clean: %s', (name) => {
    expect(brief(run(name))).toEqual([]);
  });

  test('message follows the document language', () => {
    expect(run('fires-no-date.ru.md')[0].message).toMatch(/^В политике нет даты/);
    expect(run('fires-law-date-only.en.txt')[0].message).toMatch(/^The policy has no effective date/);
  });
});
