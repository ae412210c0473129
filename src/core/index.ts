/** The browser-safe core: decode, parse, model, rules, format. The CLI and the playground use this. */
export { lintSource, fatalResult, finishResult, interpolate } from './engine.js';
export type { LintInput, EngineOptions } from './engine.js';
export { decode, detectFormat, formatFromName, LoadError } from './load.js';
export { PolicyDocument } from './document.js';
export { addLocations, binaryFormat, describeLocation, extractDocument } from './binary/index.js';
export type { BinaryFormat, BinaryLimits, ExtractedDocument } from './binary/index.js';
export { parseSource, loadParser, registerParser } from './parse/index.js';
export * from './config.js';
export { formatters } from './formatters/index.js';
export { unusedDisableMeta } from './suppress.js';
export type * from './types.js';
