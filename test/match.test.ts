import { compile, findAll, findFirst, has, phrasePattern } from '../src/core/match.js';
import { countBefore } from '../src/core/search.js';

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

describe('countBefore', () => {
  const starts = [{ s: 2 }, { s: 5 }, { s: 5 }, { s: 9 }];
  test.each([
    [0, false, 0],
    [5, false, 1],
    [5, true, 3],
    [9, true, 4],
    [100, false, 4],
  ])('value %i (inclusive %s) → %i', (value, inclusive, expected) => {
    expect(countBefore(starts, value, (x) => x.s, inclusive)).toBe(expected);
  });
  test('an empty list', () => expect(countBefore([], 3, (x: number) => x)).toBe(0));
});
