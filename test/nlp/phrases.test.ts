import { PhraseMatcher } from '../../src/core/nlp/phrases.js';
import { tokenize } from '../../src/core/nlp/tokens.js';
import { foldForMatching } from '../../src/core/text.js';

const run = (m: PhraseMatcher, text: string) => m.match(tokenize(text, foldForMatching(text))).map((h) => `${h.concept}:${text.slice(h.start, h.end)}`);

describe('phrase automaton', () => {
  const m = new PhraseMatcher(
    [
      { concept: 'store', phrases: ['хранение', 'retain*'] },
      { concept: 'period', phrases: ['в течение ^num (дней|лет|года)'] },
      { concept: 'consent', phrases: ['(выража*|да*) ~3 согласие', '=agree to'] },
      { concept: 'site', phrases: ['использ* ~2 @site'] },
    ],
    { site: ['сайт*', 'сервис*'] },
  );
  test('stems match every form; exact words only themselves', () => {
    expect(run(m, 'Данные хранения и хранение; We retained it.')).toEqual(['store:хранения', 'store:хранение', 'store:retained']);
    expect(run(m, 'You agreed to it; you agree to it.')).toEqual(['consent:agree to']);
  });
  test('flags, groups and gaps within a sentence', () => {
    expect(run(m, 'в течение 30 дней; вы тем самым выражаете своё согласие')).toEqual(['period:в течение 30 дней', 'consent:выражаете своё согласие']);
    expect(run(m, 'используя наш сайт')).toEqual(['site:используя наш сайт']);
  });
  test('a gap never crosses a sentence end, and is bounded', () => {
    expect(run(m, 'вы выражаете. Согласие')).toEqual([]);
    expect(run(m, 'вы выражаете одно два три четыре согласие')).toEqual([]);
  });
  test('a malformed phrase is an error at compile time', () => {
    expect(() => new PhraseMatcher([{ concept: 'x', phrases: ['(a b|c)'] }])).toThrow(/single words/);
    expect(() => new PhraseMatcher([{ concept: 'x', phrases: ['@nothing'] }])).toThrow(/word class/);
  });
});
