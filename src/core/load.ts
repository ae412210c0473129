/** Bytes → text: BOMs, UTF-8, UTF-16, and the legacy Russian code pages. Browser-safe (TextDecoder). */

export class LoadError extends Error {}

export interface Decoded {
  text: string;
  /** WHATWG label of the encoding used: utf-8, utf-16le, utf-16be, windows-1251, koi8-r. */
  encoding: string;
  bom: boolean;
}

const MAGIC: [number[], string][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document (convert it to text or HTML first)'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive or an Office document (save it as text, Markdown or HTML first)'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Office document (save it as text or HTML first)'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'an RTF document (save it as text or HTML first)'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x7f, 0x45, 0x4c, 0x46], 'an executable'],
];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

/** Decodes a file's bytes; `encoding` forces a WHATWG encoding label. Throws LoadError. */
export function decode(bytes: Uint8Array, encoding?: string): Decoded {
  if (encoding) {
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder(encoding, { fatal: false });
    } catch {
      throw new LoadError(`unknown encoding "${encoding}"`);
    }
    const text = decoder.decode(bytes);
    return { text, encoding: decoder.encoding, bom: false };
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8', bom: true };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', bom: true };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', bom: true };
  }
  for (const [sig, what] of MAGIC) if (bytes.length >= sig.length && startsWith(bytes, sig)) throw new LoadError(`binary file (${what}), not a text policy`);

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
    // UTF-16 without a BOM: ASCII text has every other byte zero.
    if (zeros > head.length / 4) {
      const le = oddZeros > zeros * 0.9;
      const be = oddZeros < zeros * 0.1;
      if (le || be) {
        const enc = le ? 'utf-16le' : 'utf-16be';
        return { text: new TextDecoder(enc).decode(bytes), encoding: enc, bom: false };
      }
    }
    throw new LoadError('binary file (contains NUL bytes), not a text policy');
  }
  if (controls > head.length * 0.01 + 2) throw new LoadError('binary file (control characters), not a text policy');

  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', bom: false };
  } catch {
    // Not UTF-8: try the Russian single-byte code pages.
  }
  const guess = guessCyrillic(bytes);
  if (!guess) {
    throw new LoadError('not valid UTF-8, and not Windows-1251 or KOI8-R text either (use --encoding to name the encoding)');
  }
  return { text: new TextDecoder(guess).decode(bytes), encoding: guess, bom: false };
}

/**
 * Windows-1251 or KOI8-R? Russian prose is mostly lower case: in Windows-1251 the lower-case
 * letters are 0xE0–0xFF, in KOI8-R they are 0xC0–0xDF. Undefined when the high bytes do not
 * look like Cyrillic letters at all.
 */
export function guessCyrillic(bytes: Uint8Array): 'windows-1251' | 'koi8-r' | undefined {
  let high = 0;
  let c0 = 0;
  let e0 = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    high++;
    if (b >= 0xc0 && b <= 0xdf) c0++;
    else if (b >= 0xe0) e0++;
  }
  if (high === 0) return 'windows-1251';
  if ((c0 + e0) / high < 0.7) return undefined;
  return e0 >= c0 ? 'windows-1251' : 'koi8-r';
}

export function formatFromName(name: string): 'markdown' | 'text' | 'html' | undefined {
  const lower = name.toLowerCase();
  if (/\.(md|markdown|mdown|mkd)$/.test(lower)) return 'markdown';
  if (/\.(html?|xhtml)$/.test(lower)) return 'html';
  if (/\.txt$/.test(lower)) return 'text';
  return undefined;
}

/** The format by file name, else sniffed from the content. */
export function detectFormat(name: string, text: string): 'markdown' | 'text' | 'html' {
  const byName = formatFromName(name);
  if (byName) return byName;
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || /<(html|body|head)[\s>]/.test(head)) return 'html';
  if (/^#{1,6}\s+\S/m.test(text.slice(0, 20000))) return 'markdown';
  return 'text';
}
