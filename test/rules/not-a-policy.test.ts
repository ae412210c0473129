import { readFileSync } from 'node:fs';
import { brief, lint } from '../helpers/lint.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/rules/not-a-policy/${name}`, import.meta.url), 'utf8');
const fmt = (name: string) => (name.endsWith('.md') ? 'markdown' : 'text');

describe('not-a-policy', () => {
  test.each([['fires-readme.en.md'], ['fires-changelog.ru.txt']])('%s: one finding, and nothing from the other rules', (name) => {
    const all = lint(fixture(name), { format: fmt(name) });
    expect(brief(all)).toEqual(['1:1 not-a-policy/not-policy']);
  });

  test.each([['clean-title-only.ru.txt'], ['clean-untitled-policy.en.txt']])('%s is a policy: checked in full', (name) => {
    const all = lint(fixture(name), { format: fmt(name) });
    expect(all.filter((m) => m.ruleId === 'not-a-policy')).toEqual([]);
    expect(all.length).toBeGreaterThan(0); // the other rules report what such a policy lacks
  });

  test('turned off, the other rules run as usual', () => {
    const all = lint(fixture('fires-readme.en.md'), { format: 'markdown', settings: { 'not-a-policy': 'off' } });
    expect(all.some((m) => m.ruleId === 'policy-date')).toBe(true);
  });
});
