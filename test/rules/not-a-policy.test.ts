import { readFileSync } from 'node:fs';
import { brief, DOCS, lint } from '../helpers/lint.js';
import { lintSource } from '../../src/core/engine.js';
import { rules } from '../../rules/index.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/rules/not-a-policy/${name}`, import.meta.url), 'utf8');
const fmt = (name: string) => (name.endsWith('.md') ? 'markdown' : name.endsWith('.html') ? 'html' : 'text');
const all = (name: string) => lint(fixture(name), { format: fmt(name) });

describe('not-a-policy', () => {
  test.each([
    ['fires-readme.en.md'],
    // A bot's README says it stores notes and deletes them; install and license sections make it a README.
    ['fires-bot-readme.en.md'],
    ['fires-changelog.ru.txt'],
    // Terms of sale that never speak of data, a 404 page, a cookie banner's two lines.
    ['fires-terms-of-sale.ru.txt'],
    ['fires-404.en.html'],
    ['fires-cookie-banner.ru.html'],
    ['fires-cookie-banner.en.txt'],
  ])('%s: one finding, and nothing from the other rules', (name) => {
    expect(brief(all(name))).toEqual(['1:1 not-a-policy/not-policy']);
  });

  test.each([['clean-title-only.ru.txt'], ['clean-untitled-policy.en.txt']])('%s is a policy: checked in full', (name) => {
    const messages = all(name);
    expect(messages.filter((m) => m.ruleId === 'not-a-policy')).toEqual([]);
    expect(messages.length).toBeGreaterThan(0); // the other rules report what such a policy lacks
  });

  test.each([
    // A family site's informal notice: stores messages and e-mail, deletes «сведения о себе», Metrica.
    ['clean-family-notice.ru.md'],
    // A bot's notice in three lines: chat ID and messages kept, deleted after 30 days or on /forget.
    ['clean-bot-notice.en.txt'],
  ])('%s: a short notice about handling data is linted as a policy and gets what it lacks', (name) => {
    const got = brief(all(name));
    expect(got).not.toContain('1:1 not-a-policy/not-policy');
    expect(got).toEqual(expect.arrayContaining(['1:1 operator-identity/missing-operator', '1:1 subject-rights/missing', '1:1 legal-basis/missing']));
  });

  test('a <title> that names a privacy page makes a policy of an almost empty page', () => {
    const got = brief(all('clean-empty-titled.ru.html'));
    expect(got).not.toContain('1:1 not-a-policy/not-policy');
    expect(got).toContain('1:1 operator-identity/missing-operator');
  });

  test('a front matter title makes a policy', () => {
    const source = '---\ntitle: "Privacy"\n---\n\nThis page is being updated.\n';
    expect(brief(lint(source, { format: 'markdown', rule: 'not-a-policy' }))).toEqual([]);
    expect(brief(lint('---\ntitle: "Release notes"\n---\n\nThis page is being updated.\n', { format: 'markdown', rule: 'not-a-policy' }))).toEqual([
      '1:1 not-a-policy/not-policy',
    ]);
  });

  test('turned off, the other rules run as usual', () => {
    const messages = lint(fixture('fires-readme.en.md'), { format: 'markdown', settings: { 'not-a-policy': 'off' } });
    expect(messages.some((m) => m.ruleId === 'policy-date')).toBe(true);
  });

  test('a file name that says privacy policy makes a policy of an almost empty page', () => {
    const source = 'Раздел обновляется.\n';
    const run = (filePath: string) =>
      brief(lintSource({ source, filePath, format: 'text' }, { rules, config: { lang: 'auto', locale: 'auto', rules: {} }, docsBase: DOCS }).messages);
    expect(run('site/politika-konfidencialnosti.txt')).not.toContain('1:1 not-a-policy/not-policy');
    expect(run('site/privacy.txt')).toContain('1:1 operator-identity/missing-operator');
    expect(run('site/news.txt')).toEqual(['1:1 not-a-policy/not-policy']);
  });
});
