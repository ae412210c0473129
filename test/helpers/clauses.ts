import { analyse, type Clause } from '../../src/core/nlp/clauses.js';
import { model } from './lint.js';

export interface ClauseText {
  c: Clause;
  text: string;
}

/** Every clause of a text, with the text it covers. */
export function clauses(source: string, format: 'text' | 'markdown' = 'markdown'): ClauseText[] {
  const doc = model(source, format);
  return analyse(doc).clauses.map((c) => ({ c, text: doc.slice([c.start, c.stop]) }));
}

/** The clause whose text starts with `start` (an error naming every clause when there is none). */
export function find(all: ClauseText[], start: string): Clause {
  const x = all.find((x) => x.text.startsWith(start));
  if (!x) throw new Error(`no clause starts with "${start}": ${all.map((a) => a.text).join(' | ')}`);
  return x.c;
}

/** A clause's predicates without the "predicate:" prefix, in order. */
export const preds = (c: Clause): string[] => c.facts.predicates.map((p) => p.concept.slice('predicate:'.length));
