import { compile, findAll, findFirst, has, phrasePattern } from '../src/core/match.js';

describe('phrase matching', () => {
  test('stems and prefixes match word forms, only at word starts', () => {
    const re = compile(['хранения', 'retention period*']);
    const text = 'перехранение; хранение и хранятся; no-retention periods; retention periods';
    // A hyphen is not a letter: "no-retention" has "retention" at a word start.
    expect(findAll(re, text).map((m) => m.text)).toEqual(['хранение', 'retention periods', 'retention periods']);
    // The slice start counts as a word start, as a lookbehind inside the slice sees it.
    expect(findFirst(re, text, 2)?.text).toBe('хранение');
    expect(has(re, 'перехранение')).toBe(false);
  });

  test('gaps stay within a sentence; raw fragments keep their case', () => {
    const re = compile(['срок* ~3 хранени*', '{\\p{Lu}\\d}']);
    expect(findAll(re, 'сроки их хранения. срок. хранения').map((m) => m.text)).toEqual(['сроки их хранения']);
    expect(phrasePattern('{\\p{Lu}}')).toBe('\\p{Lu}');
  });
});
