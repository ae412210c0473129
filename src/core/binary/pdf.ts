/**
 * PDF → the text a reader sees, from the PDF's text layer (pdf.js, in unpdf's build that needs no
 * worker: it runs the same in Node and in a page opened from file://). Lines are rebuilt in
 * reading order per page, running headers, footers and page numbers dropped, paragraphs found by
 * their spacing and line fill, and words hyphenated at line ends rejoined. Browser-safe; pdf.js
 * is loaded only when a PDF is read. See docs/formats.md (PDF).
 */
import { LoadError } from '../load.js';
import { parsePlainText } from '../parse/plaintext.js';
import type { LineUnit, ParsedSource } from '../parse/units.js';

/** Where a line of the extracted text is in the PDF. */
export interface PageLocation {
  page: number;
  /** 1-based line on that page, counting every line of text printed on it. */
  pageLine: number;
}

export interface ExtractedPdf {
  text: string;
  parsed: ParsedSource;
  /** Per line of `text` (0-based); blank separator lines have none. */
  lines: (PageLocation | undefined)[];
  pages: number;
}

export interface PdfLimits {
  maxPages: number;
}

export const DEFAULT_PDF_LIMITS: PdfLimits = { maxPages: 1000 };

interface Item {
  str: string;
  x: number;
  y: number;
  size: number;
  width: number;
}

interface PageLine {
  text: string;
  y: number;
  size: number;
  left: number;
  right: number;
  /** 1-based among the page's lines. */
  pageLine: number;
}

/** Items on one baseline, left to right, joined with a space for a word gap and a tab for a column gap (1.5 em or more). */
function buildLines(items: Item[]): PageLine[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Item[][] = [];
  for (const it of sorted) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0].y - it.y) <= 0.4 * Math.min(row[0].size, it.size)) row.push(it);
    else rows.push([it]);
  }
  return rows.map((row, i) => {
    row.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    let size = 0;
    for (const it of row) {
      size = Math.max(size, it.size);
      const gap = it.x - end;
      if (text && gap > 1.5 * it.size) text = text.trimEnd() + '\t';
      else if (text && gap > 0.15 * it.size && !/\s$/.test(text) && !/^\s/.test(it.str)) text += ' ';
      text += text.endsWith('\t') ? it.str.trimStart() : it.str;
      end = Math.max(end, it.x + it.width);
    }
    return { text: text.replace(/ {2,}/g, ' ').trim(), y: row[0].y, size, left: row[0].x, right: end, pageLine: i + 1 };
  }).filter((l) => l.text !== '');
}

const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:(?:стр\.?|страница|page|p\.|с\.)\s*)?\d{1,4}(?:\s*(?:из|of|\/)\s*\d{1,4})?(?:\s*[-–—])?$/i;
const EDGE = 2;
const key = (text: string) => text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ');

/** Drops running headers and footers (the same text at the top or bottom of most pages) and page numbers. */
function dropRunning(pages: PageLine[][]): PageLine[][] {
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const seen = new Set<string>();
    for (const l of [...lines.slice(0, EDGE), ...lines.slice(-EDGE)]) seen.add(key(l.text));
    for (const k of seen) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(pages.length * 0.6));
  return pages.map((lines) =>
    lines.filter((l, i) => {
      const atEdge = i < EDGE || i >= lines.length - EDGE;
      if (!atEdge) return true;
      if ((i === 0 || i === lines.length - 1) && PAGE_NUMBER.test(l.text)) return false;
      return pages.length < 2 || (counts.get(key(l.text)) ?? 0) < needed;
    }),
  );
}

/**
 * A line that starts a clause («7.», «7.1», «7.1.», «2)»), a lettered item («а)») or a bullet: never
 * the continuation of the line before. A bare number ("30 days") or a dash («— ООО …») may be.
 */
const NEW_ITEM = /^(?:\d{1,3}(?:\.\d{1,3}){0,4}[.)]\s|\d{1,3}(?:\.\d{1,3}){1,4}\s|\d{1,3}(?:\.\d{1,3}){0,4}\.(?=["«]?\p{Lu})|[-•*▪·●○◦■□➢►]\s|[а-яa-z]\)\s)/u;
const ENDS_SENTENCE = /[.!?;:…»"”)]$/;

/** Pages of lines → text with a blank line between paragraphs, and the page location of each line. */
function layout(pages: PageLine[][]): { text: string; lines: (PageLocation | undefined)[] } {
  const out: string[] = [];
  const locs: (PageLocation | undefined)[] = [];
  let prev: PageLine | undefined;
  let prevRight = 0;
  pages.forEach((lines, p) => {
    const right = Math.max(0, ...lines.map((l) => l.right));
    const left = Math.min(Infinity, ...lines.map((l) => l.left));
    for (const l of lines) {
      if (prev) {
        const samePage = locs[locs.length - 1]?.page === p + 1;
        const gap = samePage ? prev.y - l.y : 0;
        const width = (samePage ? right : prevRight) - left;
        const prevShort = prev.right < left + width * 0.8;
        const rows = prev.text.includes('\t') && l.text.includes('\t');
        const paragraphBreak = rows
          ? !samePage || gap > 3 * Math.max(prev.size, l.size)
          : (samePage && gap > 1.5 * Math.max(prev.size, l.size)) ||
          Math.abs(prev.size - l.size) > 0.15 * l.size ||
          prevShort ||
          NEW_ITEM.test(l.text) ||
          prev.text.includes('\t') !== l.text.includes('\t') ||
          (!samePage && ENDS_SENTENCE.test(prev.text));
        if (paragraphBreak) {
          out.push('');
          locs.push(undefined);
        }
      }
      // Columns become a pipe table row, which the plain-text parser reads as a table.
      out.push(l.text.includes('\t') ? `| ${l.text.split('\t').join(' | ')} |` : l.text);
      locs.push({ page: p + 1, pageLine: l.pageLine });
      prev = l;
    }
    prevRight = right;
  });
  return { text: out.join('\n'), lines: locs };
}

/**
 * Plain-text units, with the lines of one paragraph joined into one unit (the PDF wrapped them,
 * not the author): a word hyphenated at a line end is rejoined without its hyphen. The first row
 * of a table is its header.
 */
function joinWrapped(text: string): ParsedSource {
  const units: LineUnit[] = [];
  for (const u of parsePlainText(text).units) {
    const prev = units[units.length - 1];
    if (prev && u.kind === 'paragraph' && (prev.kind === 'paragraph' || prev.kind === 'list-item') && prev.group === u.group) {
      const hyphen = /\p{L}-$/u.test(prev.text) && /^\p{Ll}/u.test(u.text);
      if (hyphen) {
        prev.text = prev.text.slice(0, -1);
        const last = prev.segments[prev.segments.length - 1];
        last.length -= 1;
      } else prev.text += ' ';
      for (const s of u.segments) prev.segments.push({ ...s, textStart: s.textStart + prev.text.length });
      prev.text += u.text;
      prev.standalone = false;
      continue;
    }
    // A PDF table has no header markup: its first row is the header, as in Markdown and HTML.
    if (u.kind === 'table-row' && !(prev?.kind === 'table-row' && prev.table === u.table)) u.header = true;
    units.push(u);
  }
  return { units };
}

interface TextItemLike {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}

/** Extracts the text layer of a PDF. Throws LoadError for encrypted, scanned, corrupt or oversized ones. */
export async function extractPdf(bytes: Uint8Array, limits: PdfLimits = DEFAULT_PDF_LIMITS): Promise<ExtractedPdf> {
  const { getDocumentProxy } = await import('unpdf');
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // pdf.js takes the buffer over: give it a copy.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false, stopAtErrors: false });
  } catch (err) {
    const name = (err as Error).name;
    if (name === 'PasswordException') throw new LoadError('encrypted PDF (it needs a password to open): save an unprotected copy');
    throw new LoadError(`corrupt PDF: ${(err as Error).message}`);
  }
  try {
    if (pdf.numPages > limits.maxPages) throw new LoadError(`PDF has ${pdf.numPages} pages, over the ${limits.maxPages}-page limit for one policy`);
    const pages: PageLine[][] = [];
    let chars = 0;
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const items: Item[] = [];
      for (const raw of content.items as TextItemLike[]) {
        if (typeof raw.str !== 'string' || !raw.transform || raw.str.trim() === '') continue;
        const [, , c, d, x, y] = raw.transform;
        const size = Math.hypot(c, d) || raw.height || 1;
        items.push({ str: raw.str, x, y, size, width: raw.width ?? 0 });
        chars += raw.str.trim().length;
      }
      pages.push(buildLines(items));
      page.cleanup();
    }
    if (chars < 20) throw new LoadError(`PDF has no text layer (${pdf.numPages === 1 ? 'its page is' : `its ${pdf.numPages} pages are`} images, a scan?): run OCR on it first, or lint the source document`);
    const { text, lines } = layout(dropRunning(pages));
    return { text, parsed: joinWrapped(text), lines, pages: pdf.numPages };
  } catch (err) {
    if (err instanceof LoadError) throw err;
    throw new LoadError(`corrupt PDF: ${(err as Error).message}`);
  } finally {
    await pdf.destroy();
  }
}
