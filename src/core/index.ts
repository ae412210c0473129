/** The browser-safe core: decode, parse, model, rules, format. The CLI and the playground use this. */
export { lintSource, fatalResult, finishResult, interpolate } from './engine.js';
export type { LintInput, EngineOptions } from './engine.js';
export { decode, detectFormat, formatFromName, LoadError } from './load.js';
export { PolicyDocument } from './document.js';
export { readerViewOf, SourceToText } from './reader-view.js';
export { addLocations, binaryFormat, describeLocation, extractDocument } from './binary/index.js';
export type { BinaryFormat, BinaryLimits, ExtractedDocument } from './binary/index.js';
export { parseSource, loadParser, registerParser } from './parse/index.js';
export * from './config.js';
export { formatters } from './formatters/index.js';
export { unusedDisableMeta } from './suppress.js';
export type * from './types.js';
export { analyse, clauseAt, context, lexicon, matchLexicon, negatedAt, type Analysis, type Clause, type ClauseFacts, type Lexicon } from './nlp/clauses.js';
export { tokenize, F as TokenFlags, type Token } from './nlp/tokens.js';
export { PhraseMatcher, type LexiconEntry, type PhraseHit } from './nlp/phrases.js';
