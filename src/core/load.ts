/**
 * Bytes → text: BOMs, UTF-8, UTF-16, an HTML <meta charset>, and the legacy Russian code pages.
 * Browser-safe (TextDecoder only). See docs/formats.md for the detection order.
 */

import { mostlyHtml } from './parse/template.js';

export class LoadError extends Error {}

export interface Decoded {
  text: string;
  /** WHATWG name of the encoding used: utf-8, utf-16le, utf-16be, windows-1251, koi8-r, … */
  encoding: string;
  bom: boolean;
}

const MAGIC: [number[], string][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x52, 0x49, 0x46, 0x46], 'a RIFF file (WebP image, WAV or AVI)'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document: read it with extractDocument, not as text'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive or an Office document: a .docx is read with extractDocument, not as text'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Office document (save it as text or HTML first)'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'an RTF document (save it as text or HTML first)'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], 'an xz archive'],
  [[0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], 'a 7-Zip archive'],
  [[0x52, 0x61, 0x72, 0x21], 'a RAR archive'],
  [[0x7f, 0x45, 0x4c, 0x46], 'an executable'],
  [[0x00, 0x61, 0x73, 0x6d], 'a WebAssembly module'],
];

/** Labels people type that the WHATWG Encoding Standard does not know. */
const ALIASES: Record<string, string> = {
  koi8r: 'koi8-r',
  'koi8_r': 'koi8-r',
  win1251: 'windows-1251',
  'win-1251': 'windows-1251',
  'windows1251': 'windows-1251',
  'cp-1251': 'windows-1251',
  utf16: 'utf-16le',
  utf16le: 'utf-16le',
  utf16be: 'utf-16be',
  'utf-16': 'utf-16le',
  win1252: 'windows-1252',
  cp866: 'ibm866',
};

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

/** Windows-1252 bytes 0x80–0x9F (Node's TextDecoder decodes windows-1252 as Latin-1, giving C1 controls). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** A decoder for a label; windows-1252 is decoded here so that Node and browsers agree. */
function textDecoder(label: string): { encoding: string; decode: (bytes: Uint8Array) => string } {
  const d = decoderFor(label);
  if (d.encoding !== 'windows-1252') return { encoding: d.encoding, decode: (b) => d.decode(b) };
  return {
    encoding: 'windows-1252',
    decode: (bytes) => {
      let out = '';
      const CHUNK = 8192;
      for (let i = 0; i < bytes.length; i += CHUNK) {
        const part = bytes.subarray(i, i + CHUNK);
        const codes: number[] = new Array(part.length);
        for (let k = 0; k < part.length; k++) codes[k] = part[k] >= 0x80 && part[k] < 0xa0 ? CP1252_HIGH.charCodeAt(part[k] - 0x80) : part[k];
        out += String.fromCharCode(...codes);
      }
      return out;
    },
  };
}

function decoderFor(label: string): TextDecoder {
  const key = label.trim().toLowerCase();
  try {
    return new TextDecoder(ALIASES[key] ?? key);
  } catch {
    throw new LoadError(`unknown encoding "${label}" (use a WHATWG label such as utf-8, windows-1251, koi8-r, utf-16le)`);
  }
}

function binaryMagic(bytes: Uint8Array): void {
  for (const [sig, what] of MAGIC) if (bytes.length >= sig.length && startsWith(bytes, sig)) throw new LoadError(`binary file (${what}), not a text policy`);
}

/** 1-based line and column (characters, as an editor counts them in UTF-8) of a byte offset, for error messages. */
function where(bytes: Uint8Array, offset: number): string {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      start = i + 1;
    }
  }
  const column = new TextDecoder('utf-8').decode(bytes.subarray(start, offset)).length + 1;
  return `line ${line}, column ${column} (byte 0x${bytes[offset].toString(16).toUpperCase().padStart(2, '0')} at offset ${offset})`;
}

/**
 * Decodes a file's bytes; `encoding` forces an encoding (a WHATWG label, or koi8r / win1251 /
 * utf16 / cp866). Throws LoadError for binary data, and for bytes that are neither UTF-8 nor a
 * recognisable legacy encoding.
 */
export function decode(bytes: Uint8Array, encoding?: string): Decoded {
  binaryMagic(bytes);
  if (encoding) {
    const decoder = textDecoder(encoding);
    const enc = decoder.encoding;
    const bom =
      (enc === 'utf-8' && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
      (enc === 'utf-16le' && bytes[0] === 0xff && bytes[1] === 0xfe) ||
      (enc === 'utf-16be' && bytes[0] === 0xfe && bytes[1] === 0xff);
    if (!enc.startsWith('utf-16') && bytes.subarray(0, 8192).includes(0)) throw new LoadError('binary file (contains NUL bytes), not a text policy');
    return { text: decoder.decode(bytes), encoding: enc, bom };
  }

  // Byte order marks.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) || (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff)) {
    throw new LoadError('UTF-32 text is not supported: save the file as UTF-8');
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const scan = scanUtf8(bytes, 3);
    if (scan.firstInvalid >= 0) {
      throw new LoadError(`invalid UTF-8 at ${where(bytes, scan.firstInvalid)} although the file starts with a UTF-8 byte order mark (fix the bytes, or name the encoding with --encoding)`);
    }
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', bom: true };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be', bom: true };

  // NUL bytes: UTF-16 without a BOM, or binary.
  const head = bytes.subarray(0, 8192);
  let zeros = 0;
  let oddZeros = 0;
  let controls = 0;
  for (let i = 0; i < head.length; i++) {
    const b = head[i];
    if (b === 0) {
      zeros++;
      if (i % 2 === 1) oddZeros++;
    } else if (b < 9 || (b > 13 && b < 32 && b !== 27)) controls++;
  }
  if (zeros > 0) {
    const utf16 = zeros >= head.length * 0.02 && (oddZeros >= zeros * 0.95 || oddZeros <= zeros * 0.05) ? (oddZeros > zeros / 2 ? 'utf-16le' : 'utf-16be') : undefined;
    if (utf16 && bytes.length % 2 === 0) {
      const text = new TextDecoder(utf16).decode(bytes);
      if (plausibleText(text)) return { text, encoding: utf16, bom: false };
    }
    throw new LoadError('binary file (contains NUL bytes), not a text policy');
  }
  if (controls > head.length * 0.01 + 2) throw new LoadError('binary file (control characters), not a text policy');

  // UTF-8 (ASCII is UTF-8).
  const scan = scanUtf8(bytes, 0);
  if (scan.firstInvalid < 0) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', bom: false };
  if (scan.sequences > 0 && scan.sequences >= scan.invalid * 4) {
    // Mostly well-formed UTF-8 with a few broken bytes: a damaged UTF-8 file, not a code page.
    throw new LoadError(`invalid UTF-8 at ${where(bytes, scan.firstInvalid)}; the rest of the file is UTF-8 (fix the broken bytes, or name the encoding with --encoding)`);
  }

  // A declared charset (HTML <meta>, XML declaration) is believed once the bytes are not UTF-8.
  const declared = declaredCharset(bytes);
  if (declared) return { text: declared.decode(bytes), encoding: declared.encoding, bom: false };

  const guess = guessEncoding(bytes);
  if (guess) return { text: textDecoder(guess).decode(bytes), encoding: guess, bom: false };
  throw new LoadError(
    `not valid UTF-8 (first invalid byte at ${where(bytes, scan.firstInvalid)}), and not recognisable as Windows-1251 or KOI8-R text: name the encoding with --encoding`,
  );
}

/** Well-formed UTF-8? Counts multi-byte sequences and invalid bytes; the first invalid offset or -1. */
export function scanUtf8(bytes: Uint8Array, from = 0): { sequences: number; invalid: number; firstInvalid: number } {
  let sequences = 0;
  let invalid = 0;
  let firstInvalid = -1;
  const n = bytes.length;
  const cont = (i: number, lo = 0x80, hi = 0xbf) => i < n && bytes[i] >= lo && bytes[i] <= hi;
  let i = from;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let len = 0;
    if (b >= 0xc2 && b <= 0xdf) len = cont(i + 1) ? 2 : 0;
    else if (b === 0xe0) len = cont(i + 1, 0xa0) && cont(i + 2) ? 3 : 0;
    else if ((b >= 0xe1 && b <= 0xec) || b === 0xee || b === 0xef) len = cont(i + 1) && cont(i + 2) ? 3 : 0;
    else if (b === 0xed) len = cont(i + 1, 0x80, 0x9f) && cont(i + 2) ? 3 : 0;
    else if (b === 0xf0) len = cont(i + 1, 0x90) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    else if (b >= 0xf1 && b <= 0xf3) len = cont(i + 1) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    else if (b === 0xf4) len = cont(i + 1, 0x80, 0x8f) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    if (len) {
      sequences++;
      i += len;
    } else {
      invalid++;
      if (firstInvalid < 0) firstInvalid = i;
      i++;
    }
  }
  return { sequences, invalid, firstInvalid };
}

/** The charset an HTML or XML file declares in its first 4 KB, if TextDecoder knows it (not UTF-8/16). */
function declaredCharset(bytes: Uint8Array): { decode: (b: Uint8Array) => string; encoding: string } | undefined {
  let head = '';
  const end = Math.min(bytes.length, 4096);
  for (let i = 0; i < end; i++) head += String.fromCharCode(bytes[i]);
  const m =
    /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(head) ?? /<\?xml\b[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)/i.exec(head);
  if (!m) return undefined;
  let decoder: ReturnType<typeof textDecoder>;
  try {
    decoder = textDecoder(m[1]);
  } catch {
    return undefined;
  }
  if (decoder.encoding === 'utf-8' || decoder.encoding.startsWith('utf-16') || decoder.encoding === 'replacement') return undefined;
  return decoder;
}

/** Characters of UTF-16 text decoded without a BOM look like prose (not binary that happens to fit). */
function plausibleText(text: string): boolean {
  const sample = text.slice(0, 4096);
  let good = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (
      c === 9 || c === 10 || c === 13 || (c >= 0x20 && c < 0x7f) || (c >= 0xa0 && c < 0x250) || (c >= 0x400 && c < 0x530) ||
      (c >= 0x2000 && c < 0x2070) || (c >= 0x2100 && c < 0x2150)
    ) good++;
  }
  return sample.length > 0 && good >= sample.length * 0.95;
}

// ---------------------------------------------------------------------------------------------
// Legacy single-byte encodings.

/** Letter frequencies of Russian prose (per cent, ё counted as е). */
const RU_FREQ: Record<string, number> = {
  о: 10.97, е: 8.49, а: 8.01, и: 7.35, н: 6.7, т: 6.26, с: 5.47, р: 4.73, в: 4.54, л: 4.4, к: 3.49, м: 3.21, д: 2.98,
  п: 2.81, у: 2.62, я: 2.01, ы: 1.9, ь: 1.74, г: 1.7, з: 1.65, б: 1.59, ч: 1.44, й: 1.21, х: 0.97, ж: 0.94, ш: 0.73,
  ю: 0.64, ц: 0.48, щ: 0.36, э: 0.32, ф: 0.26, ъ: 0.04,
  // Ukrainian and Belarusian letters (Windows-1251 has them): Cyrillic text all the same.
  і: 2, ї: 0.6, є: 0.6, ґ: 0.1, ў: 0.5,
};
const COST = new Map<string, number>(Object.entries(RU_FREQ).map(([k, v]) => [k, -Math.log2(v / 100)]));
/** Bits charged for a symbol that Russian text in a code page rarely holds. */
const RARE_COST = 12;
/** Punctuation that Russian text in these code pages does hold. */
const USUAL = new Set('«»—–№…“”„‘’‚•·°§©®™±\u00a0'.split(''));
/** The 120 most frequent Russian letter pairs (counted on our own prose): about 75% of the pairs in Russian text. */
const BIGRAMS = new Set(
  ('ра на ер ни ат по ны ан ен от ст ет ов ли те пе да ал то ор пр со ть ит ль ых та об ро ре ва нн он ол ел ос ия ве де ' +
    'ка но ти ие за ле ьн аб бо не ес ав оп бр ки во рс до го ом мо ог ые че ме ед ае ко ас ло тв ек ай ей ви ад ис тк тр ' +
    'ил ик са ак од ла ры ля ож си ег ся се ты йт ку их же чи сл ма др ри па кт еч ус ск ой вы ча аз ми из сп су це тс ем ' +
    'гл ин га').split(' '),
);
const isCyrillic = (c: number) => (c >= 0x400 && c <= 0x45f) || c === 0x490 || c === 0x491;

export interface RussianScore {
  /** Bits per letter under a Russian letter model, with penalties (lower is more Russian). */
  score: number;
  letters: number;
  /** Share of adjacent letter pairs that are frequent Russian pairs. */
  pairs: number;
  pairCount: number;
  /** Cyrillic letters next to a Latin letter ("cafй": Latin text in the wrong code page). */
  latinAdjacent: number;
}

/** How much a decoded text looks like Russian (or another Cyrillic) prose. */
export function russianScore(text: string): RussianScore {
  let cost = 0;
  let letters = 0;
  let odd = 0;
  let flips = 0;
  let latinAdjacent = 0;
  let pairCount = 0;
  let pairHits = 0;
  let prev = '';
  let prevLower = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const c = ch.charCodeAt(0);
    if (c < 0x80) {
      prev = '';
      prevLower = false;
      continue;
    }
    if (isCyrillic(c)) {
      let lower = ch.toLowerCase();
      const isLower = lower === ch;
      if (!isLower && prevLower) flips++;
      prevLower = isLower;
      if (lower === 'ё') lower = 'е';
      cost += COST.get(lower) ?? RARE_COST;
      letters++;
      if (prev) {
        pairCount++;
        if (BIGRAMS.has(prev + lower)) pairHits++;
      }
      prev = lower;
      if (/[A-Za-z]/.test(text[i - 1] ?? '') || /[A-Za-z]/.test(text[i + 1] ?? '')) latinAdjacent++;
      continue;
    }
    prev = '';
    prevLower = false;
    if (!USUAL.has(ch)) odd++;
  }
  const score = letters ? (cost + RARE_COST * odd + 4 * flips) / letters : Infinity;
  return { score, letters, pairs: pairCount ? pairHits / pairCount : 0, pairCount, latinAdjacent };
}

/** The Cyrillic code pages tried, most likely first; the others must win clearly. */
const CYRILLIC_PAGES = ['windows-1251', 'koi8-r', 'ibm866', 'iso-8859-5'] as const;
export type LegacyEncoding = (typeof CYRILLIC_PAGES)[number] | 'windows-1252';

/** Plausible Cyrillic prose: letters cost no more than this, and enough frequent pairs. */
function plausibleCyrillic(s: RussianScore): boolean {
  if (s.letters === 0 || s.score > 6.2) return false;
  if (s.latinAdjacent >= s.letters * 0.5) return false;
  if (s.pairCount >= 60) return s.pairs >= 0.5;
  return s.pairCount < 20 || s.pairs >= 0.3;
}

/**
 * The encoding of bytes that are not UTF-8. Each Cyrillic code page is decoded and scored with a
 * Russian letter model and frequent letter pairs, case-insensitive (so texts in capitals, short
 * texts and texts full of English words work): Windows-1251 and KOI8-R first, IBM866 (DOS) and
 * ISO-8859-5 only when clearly better. Latin text with a few accented letters or typographic
 * quotes is Windows-1252. Undefined when nothing fits.
 */
export function guessEncoding(bytes: Uint8Array): LegacyEncoding | undefined {
  const sample = bytes.length > 65536 ? bytes.subarray(0, 65536) : bytes;
  let best: { enc: LegacyEncoding; rank: number } | undefined;
  let bestPrimary = Infinity;
  let cyrillicLetters = 0;
  let latinLike = false;
  for (const enc of CYRILLIC_PAGES) {
    const s = russianScore(new TextDecoder(enc).decode(sample));
    if (enc === 'windows-1251') {
      cyrillicLetters = s.letters;
      latinLike = s.letters > 0 && s.latinAdjacent >= s.letters * 0.5;
    }
    const rank = s.score - 3 * s.pairs;
    const primary = enc === 'windows-1251' || enc === 'koi8-r';
    if (primary) bestPrimary = Math.min(bestPrimary, rank);
    if (!plausibleCyrillic(s)) continue;
    if (!primary && (s.letters < 20 || rank > bestPrimary - 1)) continue;
    if (!best || rank < best.rank) best = { enc, rank };
  }
  if (best) return best.enc;
  // Latin text: the high bytes are accented letters inside Latin words, or typographic punctuation.
  if (cyrillicLetters > 0 && !latinLike) return undefined;
  let high = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i];
    if (b < 0x80) continue;
    high++;
    if (b === 0x81 || b === 0x8d || b === 0x8f || b === 0x90 || b === 0x9d) return undefined; // undefined in Windows-1252
  }
  return high > 0 && high <= sample.length * 0.3 ? 'windows-1252' : undefined;
}

/**
 * Server pages and templates are HTML once their server code is set aside (the HTML parser blanks
 * it): PHP, ASP.NET, classic ASP, JSP, Razor, ERB, Nunjucks, Handlebars, Twig, Vue, Astro, Svelte…
 */
export const SERVER_PAGE_EXTENSIONS = [
  'php', 'phtml', 'aspx', 'asp', 'ascx', 'master', 'jsp', 'jspx', 'cshtml', 'vbhtml', 'erb', 'ejs', 'njk', 'nunjucks', 'hbs', 'handlebars',
  'mustache', 'twig', 'liquid', 'tpl', 'vue', 'astro', 'svelte', 'shtml', 'jinja', 'j2',
];
const SERVER_PAGE = new RegExp(`\\.(?:${SERVER_PAGE_EXTENSIONS.join('|')})$`);

export function formatFromName(name: string): 'markdown' | 'text' | 'html' | undefined {
  const lower = name.toLowerCase();
  if (/\.(md|markdown|mdown|mkd)$/.test(lower)) return 'markdown';
  if (/\.(html?|xhtml)$/.test(lower) || SERVER_PAGE.test(lower)) return 'html';
  if (/\.txt$/.test(lower)) return 'text';
  return undefined;
}

/** The format by file name, else sniffed from the content. */
export function detectFormat(name: string, text: string): 'markdown' | 'text' | 'html' {
  const byName = formatFromName(name);
  if (byName) return byName;
  const head = text.slice(0, 2048).replace(/^\ufeff/, '').trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || /<(html|body|head)[\s>]/.test(head)) return 'html';
  if (head.startsWith('<?xml') && /<html[\s>]/.test(head)) return 'html';
  // An unknown extension whose content is mostly HTML after its server-code blocks.
  if (mostlyHtml(text)) return 'html';
  if (/^#{1,6}\s+\S/m.test(text.slice(0, 20000))) return 'markdown';
  return 'text';
}
