import type { FileResult, Lang } from '../types.js';
import { jsonFile } from './json.js';
import { type Palette, type Totals, plain, reportLanguage, stylishFile, stylishSummary } from './stylish.js';

/**
 * Formats that can be written file by file, so that a run over thousands of files keeps no
 * results in memory. The concatenation of the pieces equals the array formatter's output.
 */
export interface StreamingFormatter {
  start(): string;
  file(result: FileResult, first: boolean): string;
  end(totals: Totals): string;
}

export const streamingFormatters: Record<string, (palette?: Palette, locale?: Lang | 'auto') => StreamingFormatter> = {
  json: () => ({ start: () => '[', file: (r, first) => (first ? '' : ',') + jsonFile(r), end: () => ']' }),
  stylish: (palette = plain, flag) => {
    // The totals' language follows the files seen (reportLanguage), known only at the end.
    const seen = new Set<Lang | undefined>();
    return {
      start: () => '',
      file: (r) => {
        seen.add(r.locale);
        return stylishFile(r, palette, flag === 'ru' || flag === 'en' ? flag : 'en');
      },
      end: (t) => stylishSummary(t, palette, reportLanguage(seen, flag)),
    };
  },
};
