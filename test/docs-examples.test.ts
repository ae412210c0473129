import { readdirSync, readFileSync } from 'node:fs';
import { rules } from '../rules/index.js';
import { lint } from './helpers/lint.js';

// Every docs/rules page's examples are tests: a ```text fail <messageId> block must make the rule
// report that message, a ```text pass block must make it report nothing (ESLint's
// check-rule-examples, remark-lint's examples-as-tests).
const docsDir = new URL('../docs/rules/', import.meta.url);
const pages = readdirSync(docsDir).filter((f) => f.endsWith('.md'));
const FENCE = /^```(text|markdown|html) (fail|pass)(?: ([a-z-]+))?\n([\s\S]*?)^```$/gm;

test('every rule has a docs page, and every page names a rule', () => {
  const ids = rules.map((r) => r.meta.id);
  for (const id of ids) expect(pages).toContain(`${id}.md`);
  for (const page of pages) expect([...ids, 'unused-disable']).toContain(page.replace(/\.md$/, ''));
});

describe.each(pages.filter((p) => rules.some((r) => `${r.meta.id}.md` === p)))('%s', (page) => {
  const id = page.replace(/\.md$/, '');
  const text = readFileSync(new URL(page, docsDir), 'utf8');
  const examples = [...text.matchAll(FENCE)].map((m) => ({ format: m[1] as 'text' | 'markdown' | 'html', kind: m[2], messageId: m[3], body: m[4] }));
  const meta = rules.find((r) => r.meta.id === id)!.meta;

  test('has failing and passing examples for each message id', () => {
    expect(examples.some((e) => e.kind === 'pass')).toBe(true);
    for (const messageId of Object.keys(meta.messages)) {
      expect(examples.filter((e) => e.kind === 'fail').map((e) => e.messageId)).toContain(messageId);
    }
  });

  test.each(examples.map((e, i) => [`${i + 1}: ${e.kind}${e.messageId ? ` ${e.messageId}` : ''}`, e] as const))('example %s', (_n, e) => {
    const messages = lint(e.body, { rule: id, format: e.format });
    if (e.kind === 'pass') expect(messages.map((m) => m.messageId)).toEqual([]);
    else expect(messages.map((m) => m.messageId)).toContain(e.messageId);
  });
});
