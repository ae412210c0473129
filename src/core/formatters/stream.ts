import type { FileResult } from '../types.js';
import { jsonFile } from './json.js';
import { type Palette, type Totals, plain, stylishFile, stylishSummary } from './stylish.js';

/**
 * Formats that can be written file by file, so that a run over thousands of files keeps no
 * results in memory. The concatenation of the pieces equals the array formatter's output.
 */
export interface StreamingFormatter {
  start(): string;
  file(result: FileResult, first: boolean): string;
  end(totals: Totals): string;
}

export const streamingFormatters: Record<string, (palette?: Palette) => StreamingFormatter> = {
  json: () => ({ start: () => '[', file: (r, first) => (first ? '' : ',') + jsonFile(r), end: () => ']' }),
  stylish: (palette = plain) => ({ start: () => '', file: (r) => stylishFile(r, palette), end: (t) => stylishSummary(t, palette) }),
};
