import type { SourceFormat } from '../types.js';
import type { ParsedSource } from './units.js';
import { parseMarkdown } from './markdown.js';
import { parsePlainText } from './plaintext.js';
import { parseHtml } from './html.js';

/** Parses a source by its format into line units for the document model. */
export function parseSource(source: string, format: SourceFormat): ParsedSource {
  switch (format) {
    case 'markdown':
      return parseMarkdown(source);
    case 'html':
      return parseHtml(source);
    default:
      return parsePlainText(source);
  }
}
