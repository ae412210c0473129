import type { FileResult } from '../types.js';

/** One file's entry of the JSON report (without the source text, reader view and reader locations kept for other formatters). */
export function jsonFile({ source: _source, view: _view, locations: _locations, ...r }: FileResult): string {
  return JSON.stringify(r);
}

/** The JSON report (docs/architecture.md, "Output contracts"): ESLint's json shape plus language, format and encoding. */
export function formatJson(results: readonly FileResult[]): string {
  return `[${results.map(jsonFile).join(',')}]`;
}
