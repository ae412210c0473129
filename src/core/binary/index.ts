/**
 * Documents that are not text: PDF and Word files are read from their bytes into the text a
 * reader sees, with where each line of that text is in the document (page and line, or
 * paragraph and clause), so that findings can say where to look. Browser-safe: takes a
 * Uint8Array. See docs/formats.md.
 */
import { LoadError } from '../load.js';
import type { FileResult, SourceLocation } from '../types.js';
import type { ParsedSource } from '../parse/units.js';
import type { ZipLimits } from './zip.js';
import type { PdfLimits } from './pdf.js';

export type BinaryFormat = 'pdf' | 'docx';

export interface ExtractedDocument {
  format: BinaryFormat;
  text: string;
  parsed: ParsedSource;
  /** Per line of `text` (0-based): where the reader finds it. */
  lines: (SourceLocation | undefined)[];
}

const SUPPORTED = 'supported: .docx, .pdf, .md, .html, .txt';

const startsWith = (bytes: Uint8Array, ascii: string) => bytes.length >= ascii.length && [...ascii].every((c, i) => bytes[i] === c.charCodeAt(0));

/**
 * Whether a file is a PDF or a Word document (by its header, then its name), or undefined for
 * text. Throws LoadError for office formats that are not read (.doc, .rtf, .odt).
 */
export function binaryFormat(name: string, bytes: Uint8Array): BinaryFormat | undefined {
  const lower = name.toLowerCase();
  if (startsWith(bytes, '%PDF-')) return 'pdf';
  if (startsWith(bytes, '\xd0\xcf\x11\xe0')) throw new LoadError(`a legacy Word document (.doc) or other old Office file: save it as .docx or PDF (${SUPPORTED})`);
  if (startsWith(bytes, '{\\rtf')) throw new LoadError(`an RTF document: save it as .docx or PDF (${SUPPORTED})`);
  if (startsWith(bytes, 'PK\x03\x04') || startsWith(bytes, 'PK\x05\x06')) {
    if (lower.endsWith('.odt')) throw new LoadError(`an OpenDocument text (.odt): save it as .docx or PDF (${SUPPORTED})`);
    return 'docx';
  }
  if (lower.endsWith('.pdf')) return 'pdf';
  if (lower.endsWith('.docx')) return 'docx';
  if (/\.(doc|rtf|odt)$/.test(lower)) throw new LoadError(`.${lower.split('.').pop()} files are not read (${SUPPORTED})`);
  return undefined;
}

export interface BinaryLimits {
  zip?: ZipLimits;
  pdf?: PdfLimits;
}

/** Extracts a PDF or Word document. Throws LoadError for one that cannot be read. */
export async function extractDocument(format: BinaryFormat, bytes: Uint8Array, limits: BinaryLimits = {}): Promise<ExtractedDocument> {
  if (format === 'pdf') {
    const { extractPdf } = await import('./pdf.js');
    const pdf = await extractPdf(bytes, limits.pdf);
    return { format, text: pdf.text, parsed: pdf.parsed, lines: pdf.lines };
  }
  const { extractDocx } = await import('./docx.js');
  const docx = extractDocx(bytes, limits.zip);
  return { format, text: docx.text, parsed: docx.parsed, lines: docx.lines };
}

/** Adds where the reader finds each finding (page and line, paragraph and clause) to a result. */
export function addLocations(result: FileResult, doc: ExtractedDocument): FileResult {
  const at = (line: number) => {
    for (let l = line - 1; l >= 0; l--) if (doc.lines[l]) return doc.lines[l];
    return doc.lines.find((x) => x);
  };
  for (const list of [result.messages, result.suppressedMessages ?? []]) {
    for (const m of list) {
      if (m.fatal) continue;
      Object.assign(m, at(m.line));
    }
  }
  result.locations = doc.lines;
  return result;
}

/** "p. 3, line 12" or "para 14 (4.2.)" («с. 3, строка 12», «абз. 14 (4.2.)»): where a reader finds a finding, for reports. */
export function describeLocation(m: SourceLocation | undefined, lang: 'en' | 'ru' = 'en'): string | undefined {
  if (!m) return undefined;
  const ru = lang === 'ru';
  if (m.page !== undefined) return ru ? `с. ${m.page}, строка ${m.pageLine}` : `p. ${m.page}, line ${m.pageLine}`;
  if (m.paragraph !== undefined) return `${ru ? 'абз.' : 'para'} ${m.paragraph}${m.clause ? ` (${m.clause})` : ''}`;
  return undefined;
}
