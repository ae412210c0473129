import type { ParsedSource } from './units.js';
import { parsePlainText } from './plaintext.js';

/** Placeholder until the HTML parser lands (issue 3): tags are blanked out, offsets kept. */
export function parseHtml(source: string): ParsedSource {
  return parsePlainText(source.replace(/<[^>]*>/g, (t) => ' '.repeat(t.length)));
}
