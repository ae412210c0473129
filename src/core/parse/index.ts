import type { SourceFormat } from '../types.js';
import type { ParsedSource } from './units.js';
import { parsePlainText } from './plaintext.js';

type Parser = (source: string) => ParsedSource;

/**
 * Parsers by format. Plain text is always here; Markdown (remark) and HTML (parse5) are large, so
 * the CLI loads them only when a file needs them (`loadParser`), and libraries that want them all
 * up front import `./all.js`.
 */
// PDF and Word files come with units made by their readers (src/core/binary); their extracted
// text parsed as plain text is the fallback, e.g. for a report that rebuilds the model.
const parsers: Partial<Record<SourceFormat, Parser>> = { text: parsePlainText, pdf: parsePlainText, docx: parsePlainText };

export function registerParser(format: SourceFormat, parser: Parser): void {
  parsers[format] = parser;
}

/** Loads the parser of a format (a separate chunk in the CLI bundle) if it is not loaded yet. */
export async function loadParser(format: SourceFormat): Promise<void> {
  if (parsers[format]) return;
  if (format === 'markdown') registerParser('markdown', (await import('./markdown.js')).parseMarkdown);
  else if (format === 'html') registerParser('html', (await import('./html.js')).parseHtml);
}

/** Parses a source by its format into line units for the document model. */
export function parseSource(source: string, format: SourceFormat): ParsedSource {
  const parser = parsers[format];
  if (!parser) throw new Error(`the ${format} parser is not loaded (await loadParser('${format}') first)`);
  return parser(source);
}
