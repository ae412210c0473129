import type { FileResult } from '../types.js';

/** The JSON report (DESIGN.md): ESLint's json shape plus language, format and encoding. */
export function formatJson(results: readonly FileResult[]): string {
  return JSON.stringify(results.map(({ source: _source, ...r }) => r));
}
